"""The query language: one parser that turns what a user typed into a small syntax tree.

Words (all must match, stemmed), "exact phrases", OR, -word or NOT, prefix*, parentheses,
a w/N b (within N words, either order), a pre/N b (a before b), and fields:
case: party: court: docket: cite: patent: mark:, and cites: (rulings that cite a citation or
a catalogued ruling by its id).

Input that does not parse is repaired where the intent is clear (an unclosed quote is closed,
a stray parenthesis or a dangling operator is dropped), with a note saying so. The parser never
raises: whatever it cannot use, it drops and explains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..normalize import name_forms, without_et_al
from . import text

MAX_LENGTH = 1000
MAX_TERMS = 40
MAX_DEPTH = 8
MAX_DISTANCE = 50
FIELDS = ("case", "party", "court", "docket", "cite", "cites", "patent", "mark")


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
    left: Term | Prefix | Phrase
    right: Term | Prefix | Phrase
    distance: int
    ordered: bool


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


_TOKEN = re.compile(r'\s*(?:(\()|(\))|("[^"]*"?)|([^\s()"]+))')
_PROX = re.compile(r"^(w|pre)/(\d+)$", re.IGNORECASE)
_FIELD = re.compile(r"^(\w+):(.*)$", re.DOTALL)


def lex(query: str, notes: list[str]) -> list[tuple[str, object]]:
    """(kind, value) pairs: ( ) OR AND NOT PROX PHRASE FIELD WORD PREFIX."""
    items: list[tuple[str, object]] = []
    pos = 0
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        if not match or match.end() == pos:
            break
        pos = match.end()
        opening, closing, quoted, word = match.groups()
        if opening or closing:
            items.append((opening or closing, None))
        elif quoted is not None:
            if len(quoted) == 1 or not quoted.endswith('"'):
                notes.append("An opening quotation mark had no closing one; we closed it.")
            items.append(("PHRASE", quoted.strip('"')))
        elif word:
            pos = _lex_word(word, query, pos, items, notes)
    return items


def _lex_word(word: str, query: str, pos: int, items: list, notes: list[str]) -> int:
    # A minus right before a group or a phrase excludes it: -(a OR b), -"a b".
    if word == "-" and query[pos : pos + 1] in ('"', "("):
        items.append(("NOT", None))
        return pos
    while word.startswith("-") and len(word) > 1:
        items.append(("NOT", None))
        word = word[1:]
    if word in ("OR", "AND", "NOT"):
        items.append((word, None))
        return pos
    if word in ("and", "&"):
        return pos  # between words, "and" says what the space says ("Johnson & Johnson")
    prox = _PROX.match(word)
    if prox:
        items.append(("PROX", (prox.group(1).lower() == "pre", int(prox.group(2)))))
        return pos
    fielded = _FIELD.match(word)
    if fielded and fielded.group(1).lower() in FIELDS:
        name, value = fielded.group(1).lower(), fielded.group(2)
        if not value and query[pos : pos + 1] == '"':
            end = query.find('"', pos + 1)
            value = query[pos + 1 : end] if end >= 0 else query[pos + 1 :]
            pos = end + 1 if end >= 0 else len(query)
        if value.strip():
            items.append(("FIELD", (name, value.strip())))
        else:
            notes.append(f"{name}: needs a value, for example {name}:{_EXAMPLES[name]}.")
        return pos
    if fielded and fielded.group(1).isalpha() and fielded.group(2)[:2] not in ("", "//"):
        notes.append(
            f"{fielded.group(1)[:20]}: is not a field (the fields are {', '.join(FIELDS)}); "
            "we searched for its words."
        )
    if word.endswith("*"):
        items.append(("PREFIX", word.rstrip("*")))
    else:
        items.append(("WORD", word))
    return pos


_EXAMPLES = {
    "case": '"eBay"',
    "party": "apple",
    "court": "cafc",
    "docket": "20-1234",
    "cite": '"547 U.S. 388"',
    "cites": '"499 U.S. 340"',
    "patent": "7654321",
    "mark": "1234567",
}


def balance(items: list, notes: list[str]) -> list:
    """Drop unmatched ")" and nesting deeper than MAX_DEPTH; close what is left open."""
    result, depth, dropped, deep = [], 0, 0, 0
    for kind, value in items:
        if kind == "(":
            depth += 1
            if depth > MAX_DEPTH:
                deep += 1
                continue
        elif kind == ")":
            if depth == 0:
                dropped += 1
                continue
            depth -= 1
            if depth >= MAX_DEPTH:
                continue
        result.append((kind, value))
    if dropped:
        notes.append("A closing parenthesis had no opening one; we ignored it.")
    if deep:
        notes.append(f"Parentheses nest at most {MAX_DEPTH} deep; we ignored the deeper ones.")
    if depth:
        notes.append("An opening parenthesis was not closed; we closed it at the end.")
        result.extend((")", None) for _ in range(min(depth, MAX_DEPTH)))
    return result


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
    if tree is None and query.strip() and not notes:
        notes.append(
            "There were no words to search for. Type a word, a phrase in quotes or a field."
        )
    return Parsed(tree, list(dict.fromkeys(notes)))


_OPERAND_START = {"(", "PHRASE", "FIELD", "WORD", "PREFIX", "NOT"}


class _Parser:
    """Recursive descent over the lexed items; every rule returns a node or None."""

    def __init__(self, items: list, notes: list[str]):
        self.items = items
        self.pos = 0
        self.notes = notes
        self.terms = 0

    def peek(self) -> str:
        return self.items[self.pos][0] if self.pos < len(self.items) else ""

    def take(self) -> tuple[str, object]:
        item = self.items[self.pos]
        self.pos += 1
        return item

    def parse(self):
        nodes = []
        while self.pos < len(self.items):
            node = self.parse_or()
            if node is not None:
                nodes.append(node)
            if self.peek() in (")", "OR", "AND", "PROX"):
                self.dangling(self.take()[0])
        return _combine(And, nodes)

    def dangling(self, kind: str) -> None:
        if kind == ")":
            return
        name = {"PROX": "w/N or pre/N"}.get(kind, kind)
        self.notes.append(f"{name} needs a word on both sides; we ignored it.")

    def parse_or(self):
        nodes = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            if nodes[-1] is None:
                self.dangling("OR")
            if self.peek() in _OPERAND_START:
                nodes.append(self.parse_and())
            else:
                self.dangling("OR")
        return _combine(Or, [n for n in nodes if n is not None])

    def parse_and(self):
        nodes = []
        while self.peek() in _OPERAND_START or self.peek() == "AND":
            if self.peek() == "AND":
                self.take()
                if not nodes or self.peek() not in _OPERAND_START:
                    self.dangling("AND")
                continue
            nodes.append(self.parse_unary())
        if self.peek() == "PROX" and not nodes:
            self.dangling(self.take()[0])
        return _combine(And, [n for n in nodes if n is not None])

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
        child = self.parse_proximity()
        return Not(child) if negations % 2 and child is not None else child

    def parse_proximity(self):
        left = self.parse_primary()
        pairs = []
        while self.peek() == "PROX":
            ordered, distance = self.take()[1]
            if self.peek() not in ("PHRASE", "WORD", "PREFIX") or not isinstance(
                left, Term | Prefix | Phrase
            ):
                self.dangling("PROX")
                continue
            right = self.parse_primary()
            if not isinstance(right, Term | Prefix | Phrase):
                continue
            pairs.append(Near(left, right, self.distance(distance), ordered))
            left = right
        return _combine(And, pairs) if pairs else left

    def distance(self, asked: int) -> int:
        if 1 <= asked <= MAX_DISTANCE:
            return asked
        self.notes.append(
            f"Proximity distances go from 1 to {MAX_DISTANCE} words; we used the nearest."
        )
        return min(max(asked, 1), MAX_DISTANCE)

    def parse_primary(self):
        kind, value = self.take()
        if kind == "(":
            node = self.parse_or()
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
                self.notes.append("A prefix needs at least two letters before the *.")
                return None
            return self.counted(Prefix(token, column, text.prefix_stem(value, token)))
        variants = _name_variants(value, column)
        if variants is not None:
            return self.counted(variants)
        found = tuple(text.tokens(value))[:20]
        if not found:
            return None
        if len(found) == 1:
            return self.counted(Term(found[0], column))
        return self.counted(Phrase(found, column))

    def field(self, name: str, value: str):
        if name == "case":
            # Every word of the name, each however it is written (`Corp.`, `Corporation`):
            # sources print names with and without `Pty. Ltd.`, so a phrase would miss them.
            if value.endswith("*") and '"' not in value and " " not in value.strip():
                return self.words("PREFIX", value.rstrip("*"), column="name")
            parts = [self.words("WORD", word, column="name") for word in value.split()]
            return _combine(And, [part for part in parts if part is not None])
        return self.counted(Field(name, value))


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
