"""The PostgreSQL engine's relevance order: an exact rank of a few candidates on their
passages, after a first stage on the words of the rulings' heads (see ranked_ids).
"""

from __future__ import annotations

from django.db.models import QuerySet

from ..query import And, Near, Or, Phrase, Prefix
from ..sql import ids_sql
from .index import HEAD_WORDS, RANK_WEIGHTS, RULINGS, TABLE
from .matches import fetch, restrict, statement_settings, tsquery


class Tuning:
    """How many matches are ranked exactly, and how the first stage reads the head words;
    an engine's attributes (tests change them to rank small corpora in two stages)."""

    EXACT_LIMIT = 500
    CANDIDATES = 100
    HEAD_SCAN = 20


def ranked_ids(
    rulings: QuerySet, node, offset: int, limit: int, total: int, tuning: Tuning | None = None
) -> list[int]:
    """Ids of the filtered rulings in order of relevance to the text leaves in `node`.

    Up to EXACT_LIMIT matches are ranked exactly on their passages. A broad query ranks in two
    stages, since an exact rank reads every match's full vectors: first the matches whose head
    (name, citations, parties, summary) holds the query's words most strongly, then the others,
    by boost; only the first CANDIDATES of that order are ranked exactly. The other matches
    follow them by boost, the same order for every page, so that the pages list each match
    once (the first stage read deeper for a later page, and could move a ruling into or out
    of the candidates).
    """
    tuning = tuning or Tuning()
    if total <= tuning.EXACT_LIMIT:
        sql, params = ids_sql(rulings)
        return _exact(f"SELECT * FROM ({sql}) AS hit", params, tsquery(node), offset, limit)
    candidates = _by_head(rulings, node, tuning.CANDIDATES, tuning.HEAD_SCAN)
    found = []
    if offset < len(candidates):
        found = _exact("SELECT unnest(%s::bigint[])", [candidates], tsquery(node), offset, limit)
    if len(found) == limit:
        return found
    rest = max(0, offset - len(candidates))
    return found + _by_boost(rulings, candidates, rest, limit - len(found))


def _by_head(rulings: QuerySet, node, count: int, head_scan: int) -> list[int]:
    """The first `count` filtered rulings of the first stage. Each word's best heads among the
    matches come from the top of the head-word index (its first HEAD_SCAN × `count` entries, so
    that a rare second word does not make it read a common word's whole list); summing a
    ruling's scores over the words orders them. Matches without any of the words in their head
    follow, by boost."""
    words, prefixes = head_words(node)
    if not words and not prefixes:
        return _by_boost(rulings, [], 0, count)
    # Words matches are tested on each candidate's own vector: far fewer rows than the matches
    # whose ids an array would need.
    own_words = f"(SELECT w.words FROM {RULINGS} w WHERE w.ruling_id = hw.ruling_id)"
    condition, params = restrict(rulings, "hw.ruling_id", own_words, probing=True)
    parts, part_params = _best_heads(words, prefixes, condition, params, count, count * head_scan)
    sql = f"""
        SELECT best.ruling_id FROM ({" UNION ALL ".join(parts)}) AS best
        GROUP BY best.ruling_id ORDER BY sum(best.score) DESC, best.ruling_id DESC LIMIT %s"""
    found = _fetch_ids(sql, [*part_params, count])
    if len(found) >= count:
        return found
    return found + _by_boost(rulings, found, 0, count - len(found))


def _best_heads(words, prefixes, condition, params, count, scan) -> tuple[list[str], list]:
    """For each word, its first `count` heads among the filtered rulings, read from the first
    `scan` entries of the head-word index, best first. A word is written in its own statement
    part, so that the planner knows how common it is and reads a common word's best heads from
    the top of the index, in order (`patent`: 2 ms), instead of reading its whole list and
    sorting it (110 ms at 100,000 rulings); each part stops at its `count`th head that passes
    the filters. The words a prefix stands for are found by the statement itself."""

    def best(word: str) -> str:
        return f"""SELECT hw.ruling_id, hw.score FROM (
            SELECT h.ruling_id, h.score FROM {HEAD_WORDS} h WHERE h.word = {word}
            ORDER BY h.score DESC, h.ruling_id DESC LIMIT %s
        ) AS hw WHERE {condition} ORDER BY hw.score DESC, hw.ruling_id DESC LIMIT %s"""

    parts, found = [], []
    for word in words:
        parts.append(f"({best('%s')})")
        found += [word, scan, *params, count]
    if prefixes:
        parts.append(
            f"""(SELECT top.ruling_id, top.score FROM (
                SELECT DISTINCT hw.word FROM {HEAD_WORDS} hw, unnest(%s::text[]) AS p (prefix)
                WHERE hw.word >= p.prefix AND hw.word < p.prefix || '~' AND hw.word <> ALL(%s)
            ) AS word, LATERAL ({best("word.word")}) AS top)"""
        )
        found += [prefixes, words, scan, *params, count]
    return parts, found


def _by_boost(rulings: QuerySet, excluded: list[int], offset: int, limit: int) -> list[int]:
    """Filtered rulings other than `excluded`, by boost, then newest id first."""
    condition, params = restrict(rulings, "r.ruling_id", "r.words", probing=True, year="r.year")
    sql = f"""
        SELECT r.ruling_id FROM {RULINGS} r
        WHERE {condition} AND NOT r.ruling_id = ANY(%s::bigint[])
        ORDER BY r.boost DESC, r.ruling_id DESC LIMIT %s OFFSET %s"""
    return _fetch_ids(sql, [*params, excluded, limit, offset])


def head_words(node) -> tuple[list[str], list[str]]:
    """The words and the prefixes of a text group, outside negations."""
    if isinstance(node, And | Or):
        found = [head_words(child) for child in node.children]
    elif isinstance(node, Near):
        found = [head_words(node.left), head_words(node.right)]
    elif isinstance(node, Phrase):
        found = [(list(node.tokens), [])]
    elif isinstance(node, Prefix):
        found = [([node.stem] if node.stem else [], [node.token])]
    else:
        found = [([node.token], [])]
    words = [w for part in found for w in part[0]]
    prefixes = [p for part in found for p in part[1]]
    return list(dict.fromkeys(words)), list(dict.fromkeys(prefixes))


def _exact(hits: str, params, query: str, offset: int, limit: int) -> list[int]:
    """The rulings `hits` selects, by their best passage's rank (times the boost)."""
    sql = f"""
        WITH hit (id) AS MATERIALIZED ({hits}),
        scored AS (
            SELECT p.ruling_id, ts_rank_cd('{RANK_WEIGHTS}', p.document, %s::tsquery) * p.boost
                AS score
            FROM {TABLE} p WHERE p.ruling_id IN (SELECT id FROM hit) AND p.document @@ %s::tsquery
        ),
        best AS (SELECT ruling_id, max(score) AS score FROM scored GROUP BY ruling_id)
        SELECT hit.id FROM hit LEFT JOIN best ON best.ruling_id = hit.id
        ORDER BY coalesce(best.score, 0) DESC, hit.id DESC
        LIMIT %s OFFSET %s"""
    return _fetch_ids(sql, [*params, query, query, limit, offset])


def _fetch_ids(sql: str, params: list) -> list[int]:
    return [row[0] for row in fetch(statement_settings(sql), sql, params)]
