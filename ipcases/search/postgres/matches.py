"""The PostgreSQL engine's matches: words on each ruling's stripped vector, phrases, w/N and
case: on the passages' positions (RUM, or GIN where the rum extension is not installed; see
migration 0007), and the settings of heavy statements. index.py writes what these read;
ranking.py orders them.
"""

from __future__ import annotations

from dataclasses import replace

from django.db import transaction
from django.db.models import BigAutoField, Lookup, Q, QuerySet

from .. import kept, match, reading, terms, versions
from ..conditions import text_q
from ..query import PARAGRAPH, And, Near, Not, Or, Phrase, Prefix, Term
from ..sql import beside, by_year, split, within
from .index import ORDER_BASE, ORDER_VERSION, RULINGS, TABLE, UNKNOWN, WEIGHTS


def prepare(tree):
    """The tree as this index answers it: each phrase that is a term of art as one word, once
    the index holds the terms of this version of the list (see terms), and in the stems of an
    older index until it is rebuilt (see versions)."""
    folded = terms.as_terms(tree)
    if folded == tree and not versions.keeps(tree):
        return tree
    held = versions.held()
    if not versions.holds_words(held):
        return versions.legacy(tree)
    return folded if held.get("terms") == terms.VERSION else tree


def tsquery(node, body: bool = False) -> str:
    """The tsquery of a node; of its words in passages' bodies only where `body`."""
    if isinstance(node, Not):
        return f"!{tsquery(node.child, body)}"
    if isinstance(node, And | Or):
        joiner = " & " if isinstance(node, And) else " | "
        return "(" + joiner.join(tsquery(child, body) for child in node.children) + ")"
    if isinstance(node, Near) and node.unit:
        # On the document, both sides; their sentence or paragraph is UnitMatches's.
        return f"({tsquery(node.left, body)} & {tsquery(node.right, body)})"
    if isinstance(node, Near):
        left, right = tsquery(node.left, body), tsquery(node.right, body)
        steps = range(1, node.distance + 1)
        options = [f"{left} <{n + _tail(node.left)}> {right}" for n in steps]
        if not node.ordered:
            options += [f"{right} <{n + _tail(node.right)}> {left}" for n in steps]
        # Every word is required: the index then skips the passages that lack one before it
        # checks positions, which the alternatives alone would check in every passage with any.
        required = [
            tsquery(Term(t, side.column), body)
            for side in (node.left, node.right)
            for t in getattr(side, "tokens", ())
        ]
        required += [
            tsquery(side, body) for side in (node.left, node.right) if not isinstance(side, Phrase)
        ]
        return "(" + " & ".join([*dict.fromkeys(required), "(" + " | ".join(options) + ")"]) + ")"
    weight = WEIGHTS["body"] if body else WEIGHTS["name"] if node.column else ""
    if isinstance(node, Term):
        return f"'{node.token}'" + (f":{weight}" if weight else "")
    if isinstance(node, Prefix):
        if node.stem:
            return f"('{node.token}':*{weight} | '{node.stem}'{':' + weight if weight else ''})"
        return f"'{node.token}':*{weight}"
    assert isinstance(node, Phrase)
    suffix = f":{weight}" if weight else ""
    return "(" + " <-> ".join(f"'{token}'{suffix}" for token in node.tokens) + ")"


def _tail(side) -> int:
    """How far a term of art ends after its position (that of its first token), since
    proximity counts from the end of the first side; PostgreSQL measures a phrase's from its
    last word already."""
    return terms.length(side.token) - 1 if isinstance(side, Term) else 0


def match_q(node) -> Q:
    """The rulings matching a text group: words on each ruling's stripped vector; phrases, w/N
    and case: on the passages. See Matches."""
    return text_q(node, _whole_q, _passage_q)


def _whole_q(node) -> Q:
    return Q(pk__any_of=Matches(tsquery(node), words=True))


def _passage_q(node) -> Q:
    if isinstance(node, Near) and node.unit:
        return Q(pk__any_of=UnitMatches(node))
    return Q(pk__any_of=Matches(tsquery(node), words=False))


class Matches:
    """The rulings a text group matches, looked up once per page, when first needed, and passed
    on as one id array literal ("{3,5,8}"), which PostgreSQL parses far faster than Python
    turns tens of thousands of ints into parameters.

    A page counts, ranks and facets the same matches several times, so they are looked up once
    rather than in each statement. Words matches (`words`) can also be read as a condition on
    the ruling's own search row (see restrict), which facet counts do without the ids.
    """

    def __init__(self, query: str, words: bool):
        self.query = query
        self.words = words
        self._ids: str | None = None

    @property
    def ids(self) -> str:
        """The ids, kept between pages when their lookup is slow (see kept)."""
        if self._ids is None:
            self._ids = kept.ids(f"{self.lookup}:{self.query}", self._look_up)
        return self._ids

    @property
    def lookup(self) -> str:
        return WORDS_IDS if self.words else PASSAGE_IDS

    def _look_up(self) -> str:
        # The planner would read every stripped vector for a word in most rulings; the index
        # answers without reading any.
        settings, sql = (INDEX_ONLY, WORDS_IDS) if self.words else (PARALLEL, PASSAGE_IDS)
        return fetch(f"SELECT {settings}", sql, [self.query])[0][0] or "{}"


class UnitMatches(Matches):
    """The rulings where both sides of /s or /p (w/s, +s, w/p, +p) are in one sentence or
    paragraph: the unit vector finds a unit holding every word of both sides (`a <0> b`),
    which is the answer when the sides are words and their order does not matter. For +s and
    +p between words the order vector answers (`a <1> b | ... `, see index.order_vector),
    once the index holds it. Otherwise (a phrase, a restriction to a field, an older index,
    a word the order vector could not hold) the positions of their words in those passages
    are read and checked in Python (match.py), as SQLite checks its own."""

    def __init__(self, node: Near):
        super().__init__(tsquery(node), words=False)
        self.node = node
        self.column = "paragraphs" if node.unit == PARAGRAPH else "sentences"
        self.order = "paragraph_order" if node.unit == PARAGRAPH else "sentence_order"
        self.together = " <0> ".join(_unit_leaf(side) for side in (node.left, node.right))

    @property
    def lookup(self) -> str:
        return f"{UNIT_IDS}:{ORDER_IDS}:{UNIT_POSITIONS}:{self.node!r}"

    def _look_up(self) -> str:
        database = reading.database()
        with transaction.atomic(using=database.alias), database.cursor() as cursor:
            cursor.execute(f"SELECT {PARALLEL}")
            if self._unordered_words():
                cursor.execute(UNIT_IDS.format(column=self.column), [self.query, self.together])
                return cursor.fetchone()[0] or "{}"
            if self._ordered_words():
                return self._ordered(cursor)
            return _array(self._checked(cursor))

    def _unordered_words(self) -> bool:
        sides = (self.node.left, self.node.right)
        return not self.node.ordered and not any(isinstance(side, Phrase) for side in sides)

    def _ordered_words(self) -> bool:
        sides = (self.node.left, self.node.right)
        return (
            all(isinstance(side, Term | Prefix) and not side.column for side in sides)
            and versions.held().get("order") == ORDER_VERSION
        )

    def _ordered(self, cursor) -> str:
        """The rulings of the passages whose order vector has the left side before the right
        in a unit, and of those whose order vector does not hold a side, checked."""
        left, right = (_unit_leaf(side) for side in (self.node.left, self.node.right))
        before = " | ".join(f"{left} <{d}> {right}" for d in range(1, ORDER_BASE))
        # The planner takes seven alternatives of two common words for every passage, and
        # would read every order vector (`willful +s infringement` at 100,000 rulings: 2.0 s
        # against 0.4 s from the index).
        cursor.execute(f"SELECT {INDEX_ONLY}")
        cursor.execute(ORDER_IDS.format(order=self.order), [before])
        found = cursor.fetchone()[0] or "{}"
        unknown = " | ".join([f"'{UNKNOWN}'", *map(_unknown, (self.node.left, self.node.right))])
        checked = self._checked(cursor, f"AND p.{self.order} @@ %s::tsquery", [unknown])
        if not checked:
            return found
        return _array(checked | {int(i) for i in found.strip("{}").split(",") if i})

    def _checked(self, cursor, condition: str = "", params: list | None = None) -> set[int]:
        words, prefixes = _words_of(self.node)
        cursor.execute(
            UNIT_POSITIONS.format(column=self.column, condition=condition),
            [self.query, self.together, words, [_like(p) for p in prefixes], *(params or [])],
        )
        found = set()
        for ruling_id, sentences, paragraphs, lexemes, positions in cursor.fetchall():
            places = {
                lexeme: [int(p) - 1 for p in at.split(",")]
                for lexeme, at in zip(lexemes, positions, strict=True)
            }
            if match.matches_positions(self.node, places, (sentences or [], paragraphs or [])):
                found.add(ruling_id)
        return found


def _array(ids: set[int]) -> str:
    return "{" + ",".join(map(str, sorted(ids))) + "}"


def _unknown(side: Term | Prefix) -> str:
    """The lexemes of an order vector saying that it does not hold a side's positions."""
    if isinstance(side, Term):
        return f"'{UNKNOWN}{side.token}'"
    stem = f" | '{UNKNOWN}{side.stem}'" if side.stem else ""
    return f"'{UNKNOWN}{side.token}':*{stem}"


def _unit_leaf(node) -> str:
    """A side of /s or /p on a unit vector: a phrase's words all in the unit."""
    if isinstance(node, Phrase):
        return "(" + " <0> ".join(f"'{token}'" for token in node.tokens) + ")"
    return tsquery(replace(node, column=""))


def _words_of(node: Near) -> tuple[list[str], list[str]]:
    words, prefixes = [], []
    for side in (node.left, node.right):
        if isinstance(side, Prefix):
            prefixes.append(side.token)
            words += [side.stem] if side.stem else []
        else:
            words += list(getattr(side, "tokens", None) or (side.token,))
    return words, prefixes


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


UNIT_IDS = (
    f"SELECT array_agg(DISTINCT ruling_id)::text FROM {TABLE} "
    "WHERE document @@ %s::tsquery AND {column} @@ %s::tsquery"
)
UNIT_POSITIONS = f"""
    SELECT p.ruling_id, p.sentence_starts, p.paragraph_starts,
        array_agg(u.lexeme), array_agg(array_to_string(u.positions, ','))
    FROM {TABLE} p CROSS JOIN LATERAL unnest(p.document) AS u
    WHERE p.document @@ %s::tsquery AND p.{{column}} @@ %s::tsquery
        AND (u.lexeme = ANY(%s::text[]) OR u.lexeme LIKE ANY(%s::text[])) {{condition}}
    GROUP BY p.ruling_id, p.passage, p.sentence_starts, p.paragraph_starts"""
ORDER_IDS = (
    f"SELECT array_agg(DISTINCT ruling_id)::text FROM {TABLE} WHERE {{order}} @@ %s::tsquery"
)
WORDS_IDS = f"SELECT array_agg(ruling_id)::text FROM {RULINGS} WHERE words @@ %s::tsquery"
PASSAGE_IDS = (
    f"SELECT array_agg(DISTINCT ruling_id)::text FROM {TABLE} WHERE document @@ %s::tsquery"
)
INDEX_ONLY = "set_config('enable_seqscan', 'off', true)"
# The passages' partitions are scanned in parallel, one process each (see migration 0015). The
# planner's default costs for a worker (1000 to start it, 0.1 a row passed on) keep a look-up of
# thousands of passages in one process: `enablement pre/5 "written description"` 42 ms, 30 ms
# in parallel; `willful w/5 infringement` 140 ms, 88 ms. A worker takes 4-5 ms to start, so
# the look-up of a rare word stays in one process.
PARALLEL = (
    "set_config('parallel_setup_cost', '300', true), set_config('parallel_tuple_cost', '0', true)"
)


def restrict(
    rulings: QuerySet, column: str, words: str = "", probing: bool = False, year: str = ""
) -> tuple[str, list]:
    """SQL limiting `column` to the rulings of a queryset. A query's matches are their id
    arrays, a scan of a search table with a hashed filter, or, when the statement reads the
    rulings' own search rows (`words`), a condition on their word vectors (statement_settings),
    and dates on whole years one on their `year` (by_year); the queryset's other conditions
    stay a subquery of the ruling table. A statement that tests few rows (`probing`: the
    first stage of the ranking) tests them as probed_among_sql says."""
    rulings, parts, params = by_year(rulings, year)
    found, others = split(rulings.query.where, AnyOf)
    if not found and not parts:
        return within(rulings, column)
    for matches in found:
        if words and isinstance(matches, Matches) and matches.words:
            parts.append(f"{words} @@ %s::tsquery")
            params.append(matches.query)
        else:
            ids = ids_of(matches)
            parts.append((probed_among_sql if probing else among_sql)(column, ids))
            params.append(ids)
    return beside(parts, params, rulings, others, column)


def among_sql(column: str, ids: str) -> str:
    """`column = ANY(ids)`, for an id array literal. Against a long array the column is written
    `column + 0`: the planner then estimates the condition without looking every id up in the
    column's statistics (which took 5-20 ms to plan a statement against 40,000 ids), and the
    array is hashed all the same when the statement runs. A short array keeps the column as it
    is, so that its index can find the few rows."""
    if ids.count(",") < LONG_ARRAY:
        return f"{column} = ANY(%s::bigint[])"
    return f"({column} + 0) = ANY(%s::bigint[])"


LONG_ARRAY = 1000


def probed_among_sql(column: str, ids: str) -> str:
    """`column` among the ids, for a statement that tests a few hundred rows: a long array is
    the result of a subquery, hashed once when the statement runs. The planner estimates a
    constant array element by element, even against `column + 0`: 11-15 ms of planning for
    each time 40,000 ids appear in a statement, where testing the rows takes 2-5 ms (the first
    stage of `willful w/5 infringement` at 100,000 rulings: 38-42 ms, 16-21 ms so). `IS TRUE`
    keeps the subquery a hashed filter: as a join, it would be planned for 200 rows."""
    if ids.count(",") < LONG_ARRAY:
        return among_sql(column, ids)
    return f"({column} IN (SELECT unnest(%s::bigint[]))) IS TRUE"


def statement_settings(sql: str, every_match: bool = False) -> str:
    """The settings for one statement over many matches: more memory for sorting and grouping,
    no JIT (whose estimates for these statements make it compile for 100-200 ms for nothing),
    and, when it tests text queries, no sequential scan (which would read every vector).

    A statement over `every_match` (facet counts) also joins by hashing only: a nested loop
    would test the words of a ruling joined from the other filters (a date range) on its word
    vector, one ruling at a time (`infringement` from 2015 on: 470 ms against 85 ms), a plan
    the planner picks because it prices reading a vector like reading a number."""
    settings = HEAVY_SETTINGS + (f", {INDEX_ONLY}" if "@@" in sql else "")
    return settings + (f", {HASH_JOINS}" if every_match and "@@" in sql else "")


HASH_JOINS = "set_config('enable_nestloop', 'off', true)"


def ids_of(matches) -> str:
    """The id array literal of matches, or the literal itself."""
    return matches.ids if isinstance(matches, Matches) else matches


@BigAutoField.register_lookup
class AnyOf(Lookup):
    """`pk__any_of="{3,5,8}"` as `id = ANY(array)`: PostgreSQL hashes a constant array, so a
    filter by tens of thousands of ids costs one hash probe per row (an IN subquery would instead
    be planned for 200 rows and looked up one index entry at a time)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        ids = ids_of(self.rhs)
        return among_sql(lhs, ids), [*lhs_params, ids]


def fetch(settings: str, sql: str, params: list) -> list[tuple]:
    """The rows of `sql` run with `settings` (a SELECT of set_config(..., true) calls) in one
    round trip. Sent as one query, the two statements make one transaction (or are part of
    the caller's): the settings hold for this statement and end with it, without a BEGIN, a
    COMMIT and a statement of their own (four round trips, 0.3-0.8 ms each on a busy machine,
    for each of a page's two to four such statements). This needs Django's default cursor,
    which binds the parameters itself (OPTIONS server_side_binding would refuse two
    statements in one query)."""
    with reading.database().cursor() as cursor:
        cursor.execute(f"{settings}; {sql}", params)
        cursor.nextset()
        return cursor.fetchall()


# For one statement over many matches: more memory for sorting and grouping, and no JIT,
# whose estimates for these statements make it compile for 100-200 ms for nothing.
HEAVY_SETTINGS = "SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)"
