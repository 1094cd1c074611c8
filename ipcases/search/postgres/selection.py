"""What selects a page's rulings on PostgreSQL, as the engine's other modules ask it: the
rulings made one id array where more than a query's matches select them (`materialize`), and
the one id array or words query that alone selects them, if one does (`one_array`,
`one_words_query`: see grouping.py and tallies.py).
"""

from __future__ import annotations

from django.db.models import QuerySet

from ..sql import ids_sql, split
from .index import RULINGS
from .matches import AnyOf, Matches, fetch, ids_of, restrict, statement_settings


def materialize(rulings: QuerySet) -> QuerySet:
    """The same rulings as one id array, when more than a query's matches select them: the page
    then reads the ruling table (and its joins) once, and its facet counts and ranking scan
    search tables with a hashed filter. Words matches are tested on the search rows, beside a
    subquery for the other conditions, so that they are never listed (`court:cafc anticipat*`:
    listing 37,000 matches and filtering the ruling table by them took 80 ms)."""
    if not materializes(rulings):
        return rulings
    found, _ = split(rulings.query.where, AnyOf)
    if any(isinstance(matches, Matches) and matches.words for matches in found):
        condition, params = restrict(rulings, "ruling_id", words="words", year="year")
        sql = f"SELECT array_agg(ruling_id)::text FROM {RULINGS} WHERE {condition}"
    else:
        sql, params = ids_sql(rulings)
        sql = f"SELECT array_agg(pk)::text FROM ({sql}) AS found (pk)"
    ids = fetch(statement_settings(sql, every_match=True), sql, params)[0][0]
    return rulings.model.objects.filter(pk__any_of=ids or "{}")


def materializes(rulings: QuerySet) -> bool:
    """Whether materialize selects these rulings again (more than a query's matches select
    them)."""
    return bool(rulings.query.where) and not _only_matches(rulings)


def one_array(rulings: QuerySet) -> str | None:
    """The id array literal that alone selects a queryset's rulings, if one does: a phrase's,
    w/N's or field's matches (not a words query's, which are never listed), or an array."""
    found = _only_matches(rulings)
    if not found or len(found) > 1 or (isinstance(found[0], Matches) and found[0].words):
        return None
    return ids_of(found[0])


def one_words_query(rulings: QuerySet) -> str | None:
    """The tsquery of the words query whose matches alone select a queryset's rulings, if
    one does."""
    found = _only_matches(rulings)
    if not found or len(found) > 1 or not isinstance(found[0], Matches) or not found[0].words:
        return None
    return found[0].query


def _only_matches(rulings: QuerySet) -> list | None:
    """The matches (or id arrays) of a queryset selected by them alone, else None."""
    found, others = split(rulings.query.where, AnyOf)
    return found if found and not others else None
