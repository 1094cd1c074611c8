"""The query language: one parser that turns what a user typed into a small syntax tree.

Words (all must match, stemmed; a space, AND or & between them), "exact phrases", OR, -word
or NOT, prefix* or prefix!, parentheses, a w/N b or a /N b (within N words, either order),
a pre/N b or a +N b (a before b), /s w/s +s (in one sentence), /p w/p +p (in one paragraph),
BUT NOT, AND NOT or % (excluding everything after it), and fields: case: party: court: docket:
cite: patent: mark:, cites: (rulings that cite a citation or a catalogued ruling by its id),
and the restrictions ti( ) name( ) co( ) court( ) ci( ) cite( ).

The connectors bind as Westlaw's and Lexis's do: OR first, then proximity, then AND, then
BUT NOT; so `a OR b w/5 c` is `(a OR b) w/5 c`.

Input that does not parse is repaired where the intent is clear (an unclosed quote is closed,
a stray parenthesis or a dangling operator is dropped), with a note saying so. The parser never
raises and never re-reads silently: whatever it cannot use, it drops or reads otherwise and
says so in a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..normalize import name_forms, without_et_al
from . import text
from .lexer import MAX_DEPTH as MAX_DEPTH
from .lexer import PARAGRAPH as PARAGRAPH
from .lexer import SENTENCE as SENTENCE
from .lexer import balance, lex

MAX_LENGTH = 1000
MAX_TERMS = 40
MAX_DISTANCE = 50


@dataclass(frozen=True)
class Term:
    token: str
    column: str = ""


@dataclass(frozen=True)
class Prefix:
    token: str
    column: str = ""
    # A word's own token, matched as well when the typed letters are a whole word that the
    # stemmer cuts short (`holding*`: tokens beginning with `holding`, and `hold`).
    stem: str = ""


@dataclass(frozen=True)
class Phrase:
    tokens: tuple[str, ...]
    column: str = ""


@dataclass(frozen=True)
class Near:
    """Two leaves within `distance` words, or, with a `unit`, in one sentence or paragraph
    (the distance then is 0); `ordered`: the left one first."""

    left: Term | Prefix | Phrase
    right: Term | Prefix | Phrase
    distance: int
    ordered: bool
    unit: str = ""


@dataclass(frozen=True)
class And:
    children: tuple


@dataclass(frozen=True)
class Or:
    children: tuple


@dataclass(frozen=True)
class Not:
    child: object


@dataclass(frozen=True)
class Field:
    name: str
    value: str


TEXT_LEAVES = (Term, Prefix, Phrase, Near)
# A node of a syntax tree.
Node = Term | Prefix | Phrase | Near | And | Or | Not | Field


@dataclass
class Parsed:
    tree: Node | None
    notes: list[str] = field(default_factory=list)
    # The compiled condition per database, so that one page matches its query once.
    compiled: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def error(self) -> str:
        """Set when nothing searchable is left; the notes say why."""
        if self.tree is None and self.notes:
            return " ".join(self.notes)
        return ""


def parse(query: str) -> Parsed:
    """The syntax tree of a query, with notes on anything repaired or ignored."""
    notes: list[str] = []
    query = query or ""
    if len(query) > MAX_LENGTH:
        query = query[:MAX_LENGTH]
        notes.append(f"Queries are limited to {MAX_LENGTH} characters; we used the first ones.")
    # "et al." ends a case name as one source gives it and not another.
    query = without_et_al(query.replace("\x00", " "))
    parser = _Parser(balance(lex(query, notes), notes), notes)
    tree = parser.parse()
    if parser.spaced and _WESTLAW.search(query):
        notes.append(
            "A space between words means AND here (in Westlaw it means OR): "
            "write OR for either word."
        )
    if tree is None and query.strip() and not notes:
        notes.append(
            "There were no words to search for. Type a word, a phrase in quotes or a field."
        )
    return Parsed(tree, list(dict.fromkeys(notes)))


_OPERAND_START = {"(", "PHRASE", "FIELD", "WORD", "PREFIX", "NOT"}
# Connectors only Westlaw writes so: a query in them may mean OR by a space.
_WESTLAW = re.compile(r"(?:^|\s)(?:/\d+|\+\d+|/[sp]|\+[sp]|%)(?=\s|$)|\w!", re.IGNORECASE)
_LEAVES = (Term, Prefix, Phrase)
# At most this many pairs when the sides of a proximity connector are alternatives.
MAX_PAIRS = 16


class _Parser:
    """Recursive descent over the lexed items; every rule returns a node or None. From the
    loosest: BUT NOT, AND (or a space), proximity, OR, NOT, a word or group."""

    def __init__(self, items: list, notes: list[str]):
        self.items = items
        self.pos = 0
        self.notes = notes
        self.terms = 0
        # Whether two parts were joined by a space alone.
        self.spaced = False

    def peek(self) -> str:
        return self.items[self.pos][0] if self.pos < len(self.items) else ""

    def take(self) -> tuple[str, object]:
        item = self.items[self.pos]
        self.pos += 1
        return item

    def parse(self):
        nodes = []
        while self.pos < len(self.items):
            node = self.parse_but_not()
            if node is not None:
                nodes.append(node)
            if self.peek() in (")", "OR", "AND", "PROX", "BUTNOT"):
                self.dangling(self.take()[0])
        return _combine(And, nodes)

    def dangling(self, kind: str) -> None:
        if kind == ")":
            return
        name = {"PROX": "A proximity connector", "BUTNOT": "BUT NOT"}.get(kind, kind)
        self.notes.append(f"{name} needs a word on both sides; we ignored it.")

    def parse_but_not(self):
        """Westlaw's %, BUT NOT and Lexis's AND NOT exclude everything after them (up to the
        closing parenthesis)."""
        node = self.parse_and()
        while self.peek() == "BUTNOT":
            self.take()
            excluded = self.parse_and() if self.peek() in _OPERAND_START else None
            if node is None or excluded is None:
                self.dangling("BUTNOT")
                node = node if node is not None else None
                continue
            node = _combine(And, [node, Not(excluded)])
        return node

    def parse_and(self):
        nodes = []
        joined = False
        while self.peek() in _OPERAND_START or self.peek() == "AND":
            if self.peek() == "AND":
                self.take()
                joined = True
                if not nodes or self.peek() not in _OPERAND_START:
                    self.dangling("AND")
                continue
            self.spaced = self.spaced or (bool(nodes) and not joined and self.peek() != "NOT")
            nodes.append(self.parse_proximity())
            joined = False
        if self.peek() in ("PROX", "OR") and not nodes:
            self.dangling(self.take()[0])
        return _combine(And, [n for n in nodes if n is not None])

    def parse_proximity(self):
        left = self.parse_or()
        pairs = []
        while self.peek() == "PROX":
            ordered, distance, unit = self.take()[1]
            if self.peek() not in _OPERAND_START or left is None:
                self.dangling("PROX")
                continue
            right = self.parse_or()
            if right is None:
                continue
            pairs.append(self.near(left, right, ordered, self.distance(distance, unit), unit))
            left = right
        return _combine(And, pairs) if pairs else left

    def near(self, left, right, ordered: bool, distance: int, unit: str):
        """The pairs of a proximity connector, one for each alternative on either side
        (`(a OR b) /s c`); sides that are no words are both required, with a note."""
        lefts, rights = _alternatives(left), _alternatives(right)
        if lefts is None or rights is None or len(lefts) * len(rights) > MAX_PAIRS:
            self.notes.append(
                "A proximity connector takes words, phrases or alternatives of them (OR) "
                f"on each side, at most {MAX_PAIRS} pairs; we required both sides instead."
            )
            return _combine(And, [left, right])
        pairs = [Near(a, b, distance, ordered, unit) for a in lefts for b in rights]
        return _combine(Or, pairs)

    def distance(self, asked: int, unit: str) -> int:
        if unit or 1 <= asked <= MAX_DISTANCE:
            return asked
        self.notes.append(
            f"Proximity distances go from 1 to {MAX_DISTANCE} words; we used the nearest."
        )
        return min(max(asked, 1), MAX_DISTANCE)

    def parse_or(self):
        nodes = [self.parse_unary()]
        while self.peek() == "OR":
            self.take()
            if nodes[-1] is None:
                self.dangling("OR")
            if self.peek() in _OPERAND_START:
                nodes.append(self.parse_unary())
            else:
                self.dangling("OR")
        return _combine(Or, [n for n in nodes if n is not None])

    def parse_unary(self):
        # Counted, not recursed into: a query of a thousand minus signs stays shallow, and two
        # negations in a row cancel out.
        negations = 0
        while self.peek() == "NOT":
            self.take()
            negations += 1
        if negations and self.peek() not in _OPERAND_START:
            self.dangling("NOT")
            return None
        child = self.parse_primary()
        return Not(child) if negations % 2 and child is not None else child

    def parse_primary(self):
        kind, value = self.take()
        if kind == "(":
            node = self.parse_but_not()
            while self.peek() not in (")", ""):
                self.dangling(self.take()[0])
            if self.peek() == ")":
                self.take()
            return node
        if kind == "FIELD":
            return self.field(*value)
        return self.words(kind, value)

    def counted(self, node):
        self.terms += 1
        if self.terms > MAX_TERMS:
            self.notes.append(f"Queries use at most {MAX_TERMS} terms; we ignored the rest.")
            return None
        return node

    def words(self, kind: str, value: str, column: str = ""):
        if kind == "PREFIX":
            token = text.prefix_token(value)
            if len(token) < 2:
                self.notes.append("A prefix needs at least two letters before the * or !.")
                return None
            return self.counted(Prefix(token, column, text.prefix_stem(value, token)))
        variants = _name_variants(value, column)
        if variants is not None:
            return self.counted(variants)
        found = tuple(text.tokens(value))[:20]
        if not found:
            if value.strip():
                self.notes.append(f"“{value[:30]}” was ignored: it is no word or connector.")
            return None
        if len(found) == 1:
            return self.counted(Term(found[0], column))
        return self.counted(Phrase(found, column))

    def field(self, name: str, value: str):
        if name == "case":
            # Every word of the name, each however it is written (`Corp.`, `Corporation`):
            # sources print names with and without `Pty. Ltd.`, so a phrase would miss them.
            if value.endswith(("*", "!")) and '"' not in value and " " not in value.strip():
                return self.words("PREFIX", value.rstrip("*!"), column="name")
            parts = [self.words("WORD", word, column="name") for word in value.split()]
            return _combine(And, [part for part in parts if part is not None])
        return self.counted(Field(name, value))


def _alternatives(node) -> list | None:
    """The leaves a side of a proximity connector offers: one, or an OR of several."""
    if isinstance(node, _LEAVES):
        return [node]
    if isinstance(node, Or) and all(isinstance(child, _LEAVES) for child in node.children):
        return list(node.children)
    return None


def _name_variants(word: str, column: str):
    """A word of a name written in any of its forms (`Corp.`: corp OR corporation; `Int'l`:
    intl OR international OR int'l as typed), or None for a word with one form."""
    forms = name_forms(word)
    if len(forms) < 2:
        return None
    nodes = []
    for form in (*forms, word):
        found = tuple(text.tokens(form))[:20]
        if len(found) == 1:
            nodes.append(Term(found[0], column))
        elif found:
            nodes.append(Phrase(found, column))
    nodes = list(dict.fromkeys(nodes))
    return nodes[0] if len(nodes) == 1 else Or(tuple(nodes)) if nodes else None


def _combine(kind, nodes: list):
    flat = []
    for node in nodes:
        flat.extend(node.children if isinstance(node, kind) else (node,))
    flat = list(dict.fromkeys(flat))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else kind(tuple(flat))
