"""How many rulings of each facet group hold each common word, kept by the write path, so that
a page whose rulings are one word's matches counts its facets from these numbers instead of
reading every search row that holds the word, and a page of one word without another from
these numbers less the groups of the rulings that hold both (see grouped).

- COMMON: the words in SHARE or more of the indexed rulings, chosen when every tally is counted
  again (`recount`: at the end of a bulk write, and when the tables are analysed while the
  tallies are out of date);
- TALLIES: (word, facet group, rulings) for those words;
- the state row ('tallies', KEPT) says that the tallies are those of the search rows now.

Every other change of rulings' words or facet groups adjusts the tallies in the writer's
transaction (`adjusted`): what the rulings' rows held is taken away before the change, and
what they hold after it is added. Writers take the state row's lock first, so that each
reads what the one before it wrote. Two changes cannot be adjusted and leave the tallies out
of date instead, until the next recount: a bulk write (it recounts at its end) and a
deleted ruling (its search row went with it, so what it held is not known any more). Pages
then count with the facet statement, as for any other query.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

from ..versions import STATE
from .index import RULINGS
from .selection import one_words_query

COMMON = "ipcases_search_common_word"
TALLIES = "ipcases_search_word_tally"
# The facet statement reads every search row that holds the word: about 0.5 ms a thousand
# rulings (`laches`, in 9 % of them, 5.9 ms; its tallies 1.0 ms). Each common word costs a new
# ruling a tally written: at 100,000 synthetic rulings, 1,304 words in 5 % or more (3.0
# million tallies, 251 MB; 416 words a ruling), against 745 in 20 % or more (2.3 million,
# 364 a ruling; see docs/benchmarks.md).
SHARE = 0.05
NAME, KEPT, STALE = "tallies", "kept", "out of date"
ONE_WORD = re.compile(r"'([^':\\]+)'")
# `patent -copyright`, as the words query writes it.
WITHOUT = re.compile(r"\('([^':\\]+)' & !'([^':\\]+)'\)")


def grouped(rulings, list_rulings: bool, statement: str, params: list, fetch) -> list | None:
    """The rows of the facet statement (with its parameters, run by `fetch`), where the
    rulings are the matches of one word alone, or of one word without another: from the
    word's tallies when it is common and they are up to date (less, for `patent -copyright`,
    the groups of the rulings that hold both, which are at most the other word's rulings),
    else from the statement, in one statement either way; None for other rulings. The
    tallies hold numbers, not rulings: where the statement would list each group's rulings
    (a facet in use), their rows list none, and the page reads the rulings of the groups that
    pass instead (Engine.in_groups: for `patent&court=cafc`, 16-20 ms to list the 51,543
    matches by group, against 13.5 ms to read those of the court's groups)."""
    words = _words(rulings)
    if words is None:
        return None
    word, other = words
    counted = f"({statement}) AS counted WHERE NOT {KNOWN}"
    if other is None:
        return fetch(FROM_TALLIES + counted, [word, word, *params])
    return fetch(LESS_BOTH + counted, [word, f"'{word}' & '{other}'", word, *params])


def _words(rulings) -> tuple[str, str | None] | None:
    """(word, None) where the rulings are one word's matches alone, (word, other) where they
    are those of a word without another, else None."""
    query = one_words_query(rulings)
    if not query:
        return None
    found = ONE_WORD.fullmatch(query)
    if found:
        return found.group(1), None
    found = WITHOUT.fullmatch(query)
    return found.groups() if found else None


# `known`: whether the word is common and its tallies up to date, found once, before either
# side runs (the other is then not run at all).
KNOWN_WORD = f"""known (yes) AS (SELECT EXISTS (SELECT FROM {STATE} s, {COMMON} c
        WHERE c.word = %s AND s.name = '{NAME}' AND s.value = '{KEPT}'))"""
FROM_TALLIES = f"""
    WITH {KNOWN_WORD}
    SELECT t.facet_group, t.rulings, NULL FROM {TALLIES} t
    WHERE t.word = %s AND t.rulings > 0 AND (SELECT yes FROM known)
    UNION ALL
    SELECT counted.* FROM """
# The rulings that hold both words are grouped only where the tallies are read.
LESS_BOTH = f"""
    WITH {KNOWN_WORD},
    paired (facet_group, rulings) AS (
        SELECT facet_group, count(*) FROM {RULINGS}
        WHERE facet_group IS NOT NULL AND words @@ %s::tsquery AND (SELECT yes FROM known)
        GROUP BY facet_group)
    SELECT t.facet_group, t.rulings - coalesce(b.rulings, 0), NULL
    FROM {TALLIES} t LEFT JOIN paired b ON b.facet_group = t.facet_group
    WHERE t.word = %s AND t.rulings > coalesce(b.rulings, 0) AND (SELECT yes FROM known)
    UNION ALL
    SELECT counted.* FROM """
KNOWN = "(SELECT yes FROM known)"


@contextmanager
def adjusted(ruling_ids: list[int]) -> Iterator[None]:
    """A context around a change of these rulings' words or facet groups, inside the writer's
    transaction, that keeps the tallies those of the search rows (see the module's note).
    Only what changed is written: a ruling indexed again as it was changes no tally."""
    with connection.cursor() as cursor:
        kept = _state(cursor, lock=True) == KEPT
        if kept and _deleted(cursor, ruling_ids):
            _note(cursor, STALE)
            kept = False
        before = _held(cursor, ruling_ids) if kept else Counter()
    yield
    if kept:
        with connection.cursor() as cursor:
            change = _held(cursor, ruling_ids)
            change.subtract(before)
            _add(cursor, change)


def _deleted(cursor, ruling_ids: list[int]) -> bool:
    """Whether some of these rulings were deleted (their search rows went with them)."""
    cursor.execute("SELECT count(*) FROM ipcases_ruling WHERE id = ANY(%s)", [ruling_ids])
    return cursor.fetchone()[0] < len(set(ruling_ids))


def _held(cursor, ruling_ids: list[int]) -> Counter:
    """{(common word, facet group): how many of these rulings' search rows hold it}."""
    cursor.execute(
        f"{COUNTED} AND r.ruling_id = ANY(%s) GROUP BY u.word, r.facet_group", [ruling_ids]
    )
    return Counter({(word, group): n for word, group, n in cursor.fetchall()})


def _add(cursor, change: Counter) -> None:
    """Add each (word, group)'s number to its tally, in one statement; zeros are left out."""
    changed = [(word, group, n) for (word, group), n in change.items() if n]
    if changed:
        cursor.execute(ADJUST, [list(column) for column in zip(*changed, strict=True)])


ADJUST = f"""
    INSERT INTO {TALLIES} AS t (word, facet_group, rulings)
    SELECT * FROM unnest(%s::text[], %s::integer[], %s::integer[])
    ON CONFLICT (word, facet_group) DO UPDATE SET rulings = t.rulings + excluded.rulings"""


def out_of_date() -> None:
    """Note that the tallies are not those of the search rows (before a bulk write)."""
    with connection.cursor() as cursor:
        _note(cursor, STALE)


def is_kept() -> bool:
    with connection.cursor() as cursor:
        return _state(cursor) == KEPT


def _state(cursor, lock: bool = False) -> str | None:
    """The state row's value; with `lock`, its lock taken for the writer's transaction."""
    cursor.execute(
        f"SELECT value FROM {STATE} WHERE name = %s" + (" FOR UPDATE" if lock else ""), [NAME]
    )
    row = cursor.fetchone()
    return row[0] if row else None


def recount() -> None:
    """Choose the common words again and count every tally from the search rows. Pages read
    the former tallies meanwhile (DELETE, unlike TRUNCATE, does not make them wait)."""
    with connection.cursor() as cursor:
        _state(cursor, lock=True)
        cursor.execute(f"DELETE FROM {TALLIES}")
        cursor.execute(f"DELETE FROM {COMMON}")
        cursor.execute(CHOOSE, [SHARE])
        cursor.execute(COUNT)
        _note(cursor, KEPT)
        cursor.execute(f"ANALYZE {COMMON}, {TALLIES}")


def _note(cursor, value: str) -> None:
    """The state row is updated in place, never replaced: a writer waiting for its lock then
    reads the new value (a deleted row would be skipped)."""
    cursor.execute(
        f"INSERT INTO {STATE} (name, value) VALUES (%s, %s) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        [NAME, value],
    )


INDEXED = f"SELECT words FROM {RULINGS} WHERE facet_group IS NOT NULL"
CHOOSE = f"""
    INSERT INTO {COMMON} (word)
    SELECT word FROM ts_stat('{INDEXED}')
    WHERE ndoc >= %s * (SELECT count(*) FROM {RULINGS} WHERE facet_group IS NOT NULL)"""
COUNTED = f"""
    SELECT u.word, r.facet_group, count(*)
    FROM {RULINGS} r CROSS JOIN LATERAL unnest(tsvector_to_array(r.words)) AS u (word)
    WHERE r.facet_group IS NOT NULL AND u.word IN (SELECT word FROM {COMMON})"""
# In the key's order, so that a word's tallies lie together.
COUNT = f"""INSERT INTO {TALLIES} (word, facet_group, rulings) {COUNTED}
    GROUP BY u.word, r.facet_group ORDER BY 1, 2"""


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {TALLIES}, {COMMON}")
        _note(cursor, STALE)
