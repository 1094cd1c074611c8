"""The demo: the landmark rulings, the deterministic synthetic corpus and `seed_demo`, which
loads them through the importers' write path. An app of its own: the catalogue does not
depend on it, and a deployment without demo data can leave it out of INSTALLED_APPS."""
