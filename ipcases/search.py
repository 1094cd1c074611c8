"""Full-text search: the query language and the engines. The only module that knows which
database it runs on."""

from collections.abc import Iterable


def update_index(ruling_ids: Iterable[int]) -> None:
    """Bring the search index up to date for these rulings (called by the write path)."""
