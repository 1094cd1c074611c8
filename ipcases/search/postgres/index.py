"""The PostgreSQL index as it is written: hand-built weighted tsvectors, one row per passage
(RUM or GIN, see migration 0007), a stripped word vector and a facet group per ruling, the
head words' scores, and a note of what the index holds. matches.py and ranking.py read it.

Vectors are built in Python from the same tokens SQLite indexes (see text.py), so no text
search configuration is involved and nothing is computed from full texts at query time.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

from .. import terms, versions
from ..text import COLUMN_GAP, COLUMNS, Passage

TABLE = "ipcases_search_passage"
RULINGS = "ipcases_search_ruling"
HEAD_WORDS = "ipcases_search_head_word"
STARTS = "ipcases_search_passage_start"
HEAD = ("name", "cites", "parties", "summary")
WEIGHTS = {"name": "A", "cites": "B", "parties": "C", "summary": "C", "body": "D"}
# ts_rank_cd weights for {D, C, B, A}: name and citations highest, then parties and summary.
RANK_WEIGHTS = "{0.1, 0.4, 1.0, 1.0}"


def vector(passage: Passage, columns: tuple[str, ...] = COLUMNS) -> str:
    """A tsvector literal with the passage's positions and weights, and its terms of art as
    words at the positions of their first tokens."""
    positions: dict[str, list[str]] = {}
    position = 1
    for name in COLUMNS:
        tokens = passage.columns.get(name, [])
        if name in columns:
            weight = WEIGHTS[name]
            found = [*enumerate(tokens), *terms.occurrences(tokens)]
            for offset, token in found:
                positions.setdefault(token, []).append(f"{position + offset}{weight}")
        position += len(tokens) + COLUMN_GAP
    return " ".join(f"'{token}':{','.join(places)}" for token, places in positions.items())


def unit_columns(passage: Passage) -> tuple[str, str, list[int], list[int], str, str]:
    """The passage's sentence and paragraph vectors (each word at the numbers of the sentences
    or paragraphs it is in, so that `a <0> b` finds a sentence that holds both), where they
    begin, in the document's positions less one, and their order vectors (see order_vector).
    Both vectors of a unit are written from one walk over the words (see _places)."""
    sentences, paragraphs = passage.starts()
    tokens = laid_out(passage)
    in_sentences = _places(tokens, sentences)
    in_paragraphs = _places(tokens, paragraphs)
    return (
        _unit_vector(in_sentences[0]),
        _unit_vector(in_paragraphs[0]),
        sentences,
        paragraphs,
        _order_vector(*in_sentences),
        _order_vector(*in_paragraphs),
    )


def laid_out(passage: Passage) -> list[tuple[int, str]]:
    """(position less one, token) of the passage's words and terms of art, its columns in
    order and COLUMN_GAP positions apart, as in the document vector."""
    found, offset = [], 0
    for name in COLUMNS:
        tokens = passage.columns.get(name, [])
        found += [(offset + index, token) for index, token in enumerate(tokens)]
        found += [(offset + index, token) for index, token in terms.occurrences(tokens)]
        offset += len(tokens) + COLUMN_GAP
    return found


def unit_vector(tokens: list[tuple[int, str]], starts: list[int]) -> str:
    """A tsvector with each word at the numbers of the units it is in (`starts` says where the
    units begin among the `tokens`, as laid_out gives them)."""
    return _unit_vector(_places(tokens, starts)[0])


def _unit_vector(places: dict[str, dict[int, list[int]]]) -> str:
    return " ".join(
        f"'{token}':{','.join(map(UNIT_POSITIONS.__getitem__, sorted(units)[:MAX_POSITIONS]))}"
        for token, units in places.items()
    )


# PostgreSQL keeps at most 256 positions of a word in a vector, and none past 16,383.
MAX_POSITIONS = 256
LAST_POSITION = 16383
# Each position's text, looked up rather than written out for every word of every passage.
POSITIONS = [str(position) for position in range(LAST_POSITION + 2)]
# A unit's position is its number plus one: PostgreSQL's positions begin at 1.
UNIT_POSITIONS = POSITIONS[1:]
# The version of the order vectors (order_vector) an index notes: a change to how they are
# written needs `reindex_search`.
ORDER_VERSION = "1"
# The order vectors' base: each place in a unit is written in this base, one position for
# each digit; `a <1> b | a <2> b | a <3> b` then asks for a before b in one unit.
ORDER_BASE = 8
SPACING = ORDER_BASE * 2 - 1
# The lexeme of an order vector that does not hold a word's positions (too many: see
# order_vector), or, alone, that the vector holds none (the passage's places do not fit).
UNKNOWN = "~"


def order_vector(tokens: list[tuple[int, str]], starts: list[int]) -> str:
    """A tsvector in which `a <d> b`, for d from 1 to ORDER_BASE - 1, holds exactly when some
    unit (a sentence or a paragraph, as `starts` says where they begin) of a passage (its
    `tokens`, as laid_out gives them) has a before b.

    A token's place in its unit is written in base ORDER_BASE, and each of its digits becomes
    a position: the digit's offset in a node, the node being the unit, the digit's rank and
    the number the digits before it make. Nodes are ORDER_BASE * 2 - 1 positions apart, so
    that two positions 1 to ORDER_BASE - 1 apart are two digits of one node, the smaller
    first. Two places of one unit, the first before the second, have one such node: where
    their digits first differ. The first and the last place of a word in each unit are
    enough (a is before b in a unit when a's first place is before b's last), and are all
    that is written.

    A word with more than MAX_POSITIONS positions is written as UNKNOWN + word, without
    positions, and a passage whose nodes do not fit in LAST_POSITION as UNKNOWN alone: the
    passages holding either are checked on their words' places (see matches.UnitMatches)."""
    return _order_vector(*_places(tokens, starts))


def _order_vector(places: dict[str, dict[int, list[int]]], longest: dict[int, int]) -> str:
    digits, count = _digits(longest)
    if count * SPACING > LAST_POSITION:
        return f"'{UNKNOWN}'"
    written = []
    for token, units in places.items():
        # Distinct by construction: a digit of the first and of the last place differ, or
        # they are the same position (PostgreSQL sorts a vector's positions).
        positions = []
        for unit, (first, last) in units.items():
            if first == last:
                positions += [start + offsets[first] for start, offsets in digits[unit]]
                continue
            for start, offsets in digits[unit]:
                one, other = start + offsets[first], start + offsets[last]
                positions += (one,) if one == other else (one, other)
        if len(positions) > MAX_POSITIONS:
            written.append(f"'{UNKNOWN}{token}'")
        else:
            written.append(f"'{token}':{','.join(map(POSITIONS.__getitem__, positions))}")
    return " ".join(written)


def _places(tokens: list[tuple[int, str]], starts: list[int]) -> tuple:
    """{token: {unit: [first place, last place]}}, a place being a token's number counted
    from its unit's start, and each unit's last place. The units a token is in are the keys of
    its places."""
    places: dict[str, dict[int, list[int]]] = {}
    last = [-1] * len(starts)
    unit_at = _units(starts, max((at for at, _ in tokens), default=-1) + 1)
    for at, token in tokens:
        unit = unit_at[at]
        place = at - starts[unit]
        if last[unit] < place:
            last[unit] = place
        units = places.get(token)
        if units is None:
            places[token] = {unit: [place, place]}
            continue
        ends = units.get(unit)
        if ends is None:
            units[unit] = [place, place]
        elif place < ends[0]:
            ends[0] = place
        elif place > ends[1]:
            ends[1] = place
    return places, {unit: place for unit, place in enumerate(last) if place >= 0}


def _units(starts: list[int], length: int) -> list[int]:
    """The number of the unit each position from 0 to length - 1 is in, as
    bisect_right(starts, position) - 1 would say (the first unit begins at 0)."""
    found: list[int] = []
    for unit, start in enumerate(starts):
        end = starts[unit + 1] if unit + 1 < len(starts) else max(length, start)
        found += [unit] * (end - start)
    return found


def _digits(longest: dict[int, int]) -> tuple[dict[int, list[tuple[int, list[int]]]], int]:
    """For each unit, one (position of its first node, each place's offset from its node's
    first position) for each digit its last place has, and how many nodes there are."""
    found, count = {}, 0
    for unit in sorted(longest):
        found[unit], rank = [], 0
        while True:
            found[unit].append((count * SPACING + 1, _offsets(rank)))
            count += longest[unit] // ORDER_BASE ** (rank + 1) + 1
            rank += 1
            if ORDER_BASE**rank > longest[unit]:
                break
    return found, count


@functools.cache
def _offsets(rank: int) -> list[int]:
    """For each place a vector can hold, its offset from the first position of its node for
    the digit of this rank (a node per ORDER_BASE ** (rank + 1) places, SPACING positions
    apart): a table, since every word of every passage looks it up."""
    scale = ORDER_BASE**rank
    return [
        place // (scale * ORDER_BASE) * SPACING + place // scale % ORDER_BASE
        for place in range(LAST_POSITION + 1)
    ]


def store(built: list[tuple]) -> None:
    """Replace the passages, words and head-word scores of these rulings, each as literals
    built it. Their facet values, in the same row as their words, are facets.refresh's."""
    ids = [ruling_id for ruling_id, *_ in built]
    passages, words, heads, starts = [], [], [], []
    for _, found, word, head, start in built:
        passages += found
        starts += start
        # A ruling without passages is one no longer stored: its rows went with it.
        if word:
            words.append(word)
            heads.append(head)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE ruling_id = ANY(%s)", [ids])
        _write_passages(cursor, passages)
        cursor.executemany(
            f"INSERT INTO {RULINGS} (ruling_id, boost, words) VALUES (%s, %s, %s::tsvector) "
            "ON CONFLICT (ruling_id) DO UPDATE SET boost = excluded.boost, words = excluded.words",
            words,
        )
        cursor.execute(f"DELETE FROM {HEAD_WORDS} WHERE ruling_id = ANY(%s)", [ids])
        columns = [[row[i] for row in heads] for i in range(3)]
        cursor.execute(SCORE_HEAD_WORDS, columns)
        _write_starts(cursor, ids, starts)


# The passages' columns, in the order of the rows `literals` builds.
PASSAGE_COLUMNS = (
    "ruling_id, passage, boost, document, sentences, paragraphs, sentence_starts, "
    "paragraph_starts, sentence_order, paragraph_order"
)


def _write_passages(cursor, rows: list[tuple]) -> None:
    """The passages' rows, written with COPY: about a tenth less of PostgreSQL's time than a
    statement each (docs/benchmarks.md); the vectors' literals are read as their columns'
    type."""
    with cursor.copy(f"COPY {TABLE} ({PASSAGE_COLUMNS}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def literals(row: tuple[int, float, list[Passage]]) -> tuple:
    """What one ruling's rows hold, as the statements take them: its id, its passages' rows,
    its words' row and its head's (None without passages), and where its passages' bodies
    begin. Pure Python, and most of a load's time: a bulk write runs it in worker processes
    (see search/index.py)."""
    ruling_id, boost, found = row
    passages = [(ruling_id, p.number, boost, vector(p), *unit_columns(p)) for p in found]
    starts = [(ruling_id, p.number, p.at) for p in found]
    if not found:
        return ruling_id, passages, None, None, starts
    # Every passage repeats the head; its words are scored once per ruling.
    head = (ruling_id, boost, vector(found[0], HEAD))
    return ruling_id, passages, (ruling_id, boost, word_vector(found)), head, starts


def _write_starts(cursor, ids: list[int], starts: list[tuple[int, int, int]]) -> None:
    """Where each passage's body begins in its ruling's text (see listed.ruling_snippets)."""
    cursor.execute(f"DELETE FROM {STARTS} WHERE ruling_id = ANY(%s)", [ids])
    columns = [[row[i] for row in starts] for i in range(3)]
    cursor.execute(
        f"INSERT INTO {STARTS} (ruling_id, passage, body_at) "
        "SELECT * FROM unnest(%s::bigint[], %s::smallint[], %s::int[])",
        columns,
    )


# Each word of the heads of some rulings with its score: ts_rank_cd of the head for that word
# alone, times the boost (see migration 0010).
SCORE_HEAD_WORDS = f"""
    INSERT INTO {HEAD_WORDS} (word, ruling_id, score)
    SELECT u.lexeme, h.ruling_id,
        ts_rank_cd('{RANK_WEIGHTS}', h.head::tsvector, quote_literal(u.lexeme)::tsquery) * h.boost
    FROM unnest(%s::bigint[], %s::real[], %s::text[]) AS h (ruling_id, boost, head),
        unnest(h.head::tsvector) u"""


def word_vector(passages: list[Passage]) -> str:
    """A stripped tsvector literal of every word and term of art in the passages."""
    found = {token for p in passages for column in p.columns.values() for token in column}
    columns = (column for p in passages for column in p.columns.values())
    found.update(word for column in columns for _, word in terms.occurrences(column))
    return " ".join(f"'{token}'" for token in sorted(found))


@contextmanager
def bulk() -> Iterator[None]:
    """Drop the passages' position index (RUM or GIN) for a large write, then build it again,
    on each partition (see migration 0015). search.bulk() has the workers open meanwhile:
    large batches' vectors are built in them (see literals)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname <> %s",
            [TABLE, f"{TABLE}_pkey"],
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {name}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            # CREATE INDEX refuses a table with foreign-key checks pending in the transaction.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for _, definition in indexes:
                # A partitioned table's index is listed "ON ONLY" the table, which would build
                # it without its partitions' indexes.
                cursor.execute(definition.replace(" ON ONLY ", " ON ", 1))
    compact()


def compact() -> None:
    """Rewrite the per-ruling rows and their word index tightly, after a large write: the write
    path writes each row twice (words, then facet group) and adds index entries one ruling at a
    time, which left 38 MB of rows and a 194 MB word index for 100,000 rulings, against 21 MB
    and 81 MB rewritten (facet counts of a common word: 29 to 20 ms). VACUUM cannot run in a
    transaction; inside one (a test, a caller's atomic block) this does nothing."""
    if connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM (FULL, ANALYZE) {RULINGS}")


def record_versions() -> None:
    """Record that every ruling is indexed with this version's terms of art and order
    vectors."""
    versions.record("terms", terms.VERSION)
    versions.record("order", ORDER_VERSION)


def clear() -> None:
    with connection.cursor() as cursor:
        # TRUNCATE refuses tables with foreign-key checks still pending in this transaction.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {TABLE}, {RULINGS}, {HEAD_WORDS}, {STARTS}")
