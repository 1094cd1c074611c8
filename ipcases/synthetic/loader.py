"""Placeholder; the bulk loader follows."""


def load_synthetic(count, seed=20201, batch_size=2000, progress=None):
    raise NotImplementedError
