"""The query language's words: what a user typed, as tokens (lex) with balanced parentheses
(balance), and a note for everything repaired or ignored. query.py builds the tree."""

from __future__ import annotations

import re

MAX_DEPTH = 8
FIELDS = ("case", "party", "court", "docket", "cite", "cites", "patent", "mark")
# The units of /s and /p.
SENTENCE = "sentence"
PARAGRAPH = "paragraph"
UNITS = {"s": SENTENCE, "p": PARAGRAPH}

_TOKEN = re.compile(r'\s*(?:(\()|(\))|("[^"]*"?)|([^\s()"]+))')
# w/5 pre/5 /5 +5 (words), w/s /s +s (sentence), w/p /p +p (paragraph).
_PROX = re.compile(r"^(?:(w/|/)(\d+|s|p)|(pre/|\+)(\d+|s|p))$", re.IGNORECASE)
# What looks like a connector but is none of them (`w/seg`, `near/5`, `/x`, `+`).
_NOT_A_CONNECTOR = re.compile(r"^(?:(?:w|pre|near|n|not\s?w)/\S*|/\S*|\+\S*)$", re.IGNORECASE)
_FIELD = re.compile(r"^(\w+):(.*)$", re.DOTALL)
# Westlaw's and Lexis's field restrictions, `ti(apple)`, as our fields.
RESTRICTIONS = {
    "ti": "case",
    "title": "case",
    "name": "case",
    "co": "court",
    "court": "court",
    "ci": "cite",
    "cite": "cite",
    "citation": "cite",
}
# Restrictions of theirs to parts of a ruling that the catalogue does not index apart.
OTHER_RESTRICTIONS = {
    *("sy", "di", "hn", "headnotes", "overview", "summary", "syn", "op", "opinionby"),
    *("ju", "judge", "judges", "writtenby", "counsel", "at", "attorney", "da", "date"),
    *("dis", "con", "te", "core-terms", "pa", "party", "parties", "atleast"),
}
# Punctuation that words hold (`7,654,321`, `§271`, `Int'l`, `patent-eligible`, `and/or`).
_IN_WORDS = set(".,'’‘-–—§¶:;/&$")
_WILDCARDS = "*!?"


def lex(query: str, notes: list[str]) -> list[tuple[str, object]]:
    """(kind, value) pairs: ( ) OR AND NOT BUTNOT PROX PHRASE FIELD WORD PREFIX."""
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
    return _but_not(items)


def _but_not(items: list) -> list:
    """BUT NOT and AND NOT as one connector (Westlaw's %): the rest is excluded."""
    result: list = []
    for kind, value in items:
        previous = result[-1] if result else None
        if kind == "NOT" and previous in (("WORD", "BUT"), ("AND", None)):
            result[-1] = ("BUTNOT", None)
        else:
            result.append((kind, value))
    return result


def _lex_word(word: str, query: str, pos: int, items: list, notes: list[str]) -> int:
    # A minus right before a group or a phrase excludes it: -(a OR b), -"a b".
    if word == "-" and query[pos : pos + 1] in ('"', "("):
        items.append(("NOT", None))
        return pos
    while word.startswith("-") and len(word) > 1:
        items.append(("NOT", None))
        word = word[1:]
    if word in ("OR", "AND", "NOT", "BUT"):
        items.append((word if word != "BUT" else "WORD", word if word == "BUT" else None))
        return pos
    if word == "&":
        items.append(("AND", None))
        return pos
    if word == "%":
        items.append(("BUTNOT", None))
        return pos
    if word == "and":
        return pos  # between words, "and" says what the space says ("Johnson and Johnson")
    prox = _PROX.match(word)
    if prox:
        items.append(("PROX", _connector(prox)))
        return pos
    if _NOT_A_CONNECTOR.match(word):
        notes.append(f"“{word[:20]}” is not a connector we know (see the help); we ignored it.")
        return pos
    if query[pos : pos + 1] == "(" and word.lower() in RESTRICTIONS | dict.fromkeys(
        OTHER_RESTRICTIONS
    ):
        return _restriction(word, query, pos, items, notes)
    fielded = _FIELD.match(word)
    if fielded and fielded.group(1).lower() in FIELDS:
        return _field(fielded.group(1).lower(), fielded.group(2), query, pos, items, notes)
    if fielded and fielded.group(1).isalpha() and fielded.group(2)[:2] not in ("", "//"):
        notes.append(
            f"{fielded.group(1)[:20]}: is not a field (the fields are {', '.join(FIELDS)}); "
            "we searched for its words."
        )
    items.append(_word(word, notes))
    return pos


def _connector(prox: re.Match) -> tuple[bool, int, str]:
    """(ordered, distance, unit) of a proximity connector."""
    ordered = prox.group(3) is not None
    value = (prox.group(4) if ordered else prox.group(2)).lower()
    if value in UNITS:
        return ordered, 0, UNITS[value]
    return ordered, int(value[:6]), ""


def _field(name: str, value: str, query: str, pos: int, items: list, notes: list[str]) -> int:
    if not value and query[pos : pos + 1] == '"':
        end = query.find('"', pos + 1)
        value = query[pos + 1 : end] if end >= 0 else query[pos + 1 :]
        pos = end + 1 if end >= 0 else len(query)
    if value.strip():
        items.append(("FIELD", (name, value.strip())))
    else:
        notes.append(f"{name}: needs a value, for example {name}:{_EXAMPLES[name]}.")
    return pos


def _restriction(word: str, query: str, pos: int, items: list, notes: list[str]) -> int:
    """`ti(apple)` as case:apple; a restriction to a part we do not index apart, as its words
    anywhere, with a note."""
    end = query.find(")", pos)
    inside = query[pos + 1 : end if end >= 0 else len(query)].strip().strip('"')
    after = end + 1 if end >= 0 else len(query)
    name = RESTRICTIONS.get(word.lower())
    if name is None:
        notes.append(
            f"{word[:20]}( ) restricts to a part of a ruling that is not searched apart; "
            "we searched its words anywhere."
        )
        items.extend(_word(part, notes) for part in inside.split())
    elif inside:
        items.append(("FIELD", (name, inside)))
    else:
        notes.append(f"{word[:20]}( ) needs a value, for example {name}:{_EXAMPLES[name]}.")
    return after


def _word(word: str, notes: list[str]) -> tuple[str, str]:
    """A word or a prefix; what the word holds that means nothing here is named in a note."""
    ignored = [c for c in dict.fromkeys(word) if not c.isalnum() and c not in _IN_WORDS]
    ignored = [c for c in ignored if c not in _WILDCARDS]
    if ignored and any(c.isalnum() for c in word):
        shown = ", ".join(f"“{c}”" for c in ignored[:5])
        notes.append(f"{shown} {'was' if len(ignored) == 1 else 'were'} ignored in “{word[:30]}”.")
    stem = word.rstrip(_WILDCARDS)
    inner = [c for c in stem if c in _WILDCARDS]
    if inner or word.endswith("?"):
        cut = min((stem.index(c) for c in inner), default=len(stem))
        stem = stem[:cut]
        notes.append(
            f"“{word[:30]}”: a wildcard for one letter cannot be matched on stemmed words; "
            f"we searched for every word beginning with “{stem[:30]}”."
        )
        return "PREFIX", stem
    if word != stem:
        return "PREFIX", stem
    return "WORD", word


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
