"""A syntax tree as a condition on rulings.

Text (words, phrases, prefixes, proximity) is matched by the engine: words and prefixes anywhere
in the ruling, the words of a phrase, w/N or case: term within one passage of it (for most
rulings, the whole ruling). Negations and fields apply to the whole ruling, so `-music`
excludes every ruling that mentions music anywhere. Fields other than case: are exact lookups
on normalised columns, the same on both databases.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable

from django.db.models import Q

from ..models import Case, Court, IPRight, OfficialCitation, Party
from ..models.rulings import COMPACT_CITATION
from ..models.treatments import Cited, treating
from ..normalize import (
    citation_key,
    compact_citation,
    fold,
    normalize_docket,
    normalize_party_name,
    normalize_right_number,
)
from .query import TEXT_LEAVES, And, Field, Not, Or, Prefix, Term

PATENT_KINDS = [k for k in IPRight.Kind.values if "patent" in k or k == "spc"]
MARK_KINDS = [IPRight.Kind.TRADEMARK_REGISTRATION, IPRight.Kind.TRADEMARK_APPLICATION]


def is_text(node) -> bool:
    if isinstance(node, And | Or):
        return all(is_text(child) for child in node.children)
    return isinstance(node, TEXT_LEAVES)


def is_plain(node) -> bool:
    """Words and prefixes only (no phrase, proximity or field), or their exclusion: matched on
    a whole ruling."""
    if isinstance(node, And | Or):
        return all(is_plain(child) for child in node.children)
    if isinstance(node, Not):
        return is_plain(node.child)
    return isinstance(node, Term | Prefix) and not node.column


def text_q(node, whole: Callable[[object], Q], passage: Callable[[object], Q]) -> Q:
    """A text group as a condition on rulings: its words anywhere in the ruling (`whole`), each
    phrase, w/N or case: term within one passage (`passage`)."""
    if is_plain(node):
        return whole(node)
    if not isinstance(node, And | Or):
        return passage(node)
    kind = type(node)
    plain = [child for child in node.children if is_plain(child)]
    parts = [text_q(child, whole, passage) for child in node.children if not is_plain(child)]
    if plain:
        parts.insert(0, whole(plain[0] if len(plain) == 1 else kind(tuple(plain))))
    return functools.reduce(operator.and_ if kind is And else operator.or_, parts)


def to_q(node, match_q: Callable[[object], Q], found: dict | None = None) -> Q:
    """The condition on Ruling for a tree; match_q turns a text group into the engine's match;
    ``found`` keeps what fields looked up (see `cited`)."""
    if is_text(node):
        return match_q(node)
    if isinstance(node, Not):
        return ~to_q(node.child, match_q, found)
    if isinstance(node, Field):
        return field_q(node.name, node.value, found)
    kind = type(node)
    texts = [child for child in node.children if is_text(child)]
    if kind is And and any(is_plain(child) for child in texts):
        # Excluded words join the words they are excluded from: one look-up of whole rulings.
        texts += [c for c in node.children if isinstance(c, Not) and is_plain(c.child)]
    grouped = {id(child) for child in texts}
    parts = [to_q(child, match_q, found) for child in node.children if id(child) not in grouped]
    if texts:
        group = texts[0] if len(texts) == 1 else kind(tuple(texts))
        parts.insert(0, match_q(group))
    combined = parts[0]
    for part in parts[1:]:
        combined = combined & part if kind is And else combined | part
    return combined


def field_q(name: str, value: str, found: dict | None = None) -> Q:
    value = value.strip().strip('"')
    return treating(cited(value, found)) if name == "cites" else _FIELDS[name](value)


def _party(value: str) -> Q:
    name = normalize_party_name(value)
    if not name:
        return Q(pk__in=[])
    words = (
        Q(normalized_name=name)
        | Q(normalized_name__startswith=f"{name} ")
        | Q(normalized_name__endswith=f" {name}")
        | Q(normalized_name__contains=f" {name} ")
    )
    cases = Case.objects.filter(case_parties__party__in=_parties(words))
    return Q(case__in=cases.values("pk"))


def _parties(condition: Q):
    return Party.objects.filter(condition, pseudonymised=False).values("pk")


def _court(value: str) -> Q:
    """A court by its id or its short name, looked up first so that the rulings are found
    through the index on their cases' court (an OR across the join would scan every case)."""
    return Q(case__court_id__in=court_ids(value))


def court_ids(value: str) -> list[str]:
    """The courts a court: value names: by id, or by short name whatever its case, spacing and
    dots (`E.D. Tex` is `E.D. Tex.`). None for a court the catalogue does not know."""
    key = _letters(value)
    if not key:
        return []
    courts = Court.objects.values_list("pk", "short_name")
    return [pk for pk, short in courts if pk == value.lower() or _letters(short) == key]


def _letters(value: str) -> str:
    return fold(value).replace(" ", "")


def field_notes(node) -> list[str]:
    """What the fields of a tree name that the catalogue does not know, for the search notes."""
    if isinstance(node, And | Or):
        return [note for child in node.children for note in field_notes(child)]
    if isinstance(node, Not):
        return field_notes(node.child)
    if isinstance(node, Field) and node.name == "court":
        value = node.value.strip().strip('"')
        if not court_ids(value):
            return [f"The catalogue knows no court called “{value[:60]}”; see the list of courts."]
    return []


def _docket(value: str) -> Q:
    return Q(case__docket_number_normalized=normalize_docket(value))


def _cite(value: str) -> Q:
    """A ruling by its official citation as typed, however spaced (`786 F. 3d 983`)."""
    cites = OfficialCitation.objects.annotate(compact=COMPACT_CITATION)
    cites = cites.filter(compact=compact_citation(value))
    return Q(pk__in=cites.values("ruling_id"))


def cited(value: str, found: dict | None = None) -> Cited:
    """What a `cites:` value names: the citations written so, and the catalogued rulings
    that `cite:` finds by it (or the ruling of that id), looked up first: the few ids keep
    the statements that ask for their appeals short to plan. A cites: finds the rulings that
    cite it in their text, and the appeals that affirmed, reversed or vacated it (its
    history, see models.treatments). ``found`` (a query's) keeps it for the query's other
    uses, its appeals with it."""
    if found is not None and ("cites", value) in found:
        return found["cites", value]
    if value.isascii() and value.isdigit():
        named = Cited.ruling(int(value[:18]))
    else:
        rulings = OfficialCitation.objects.annotate(compact=COMPACT_CITATION)
        ids = rulings.filter(compact=compact_citation(value)).values_list("ruling_id", flat=True)
        named = Cited(Q(normalized=citation_key(value)), Q(pk__in=sorted(set(ids))))
    if found is not None:
        found["cites", value] = named
    return named


def _right(kinds: list[str]) -> Callable[[str], Q]:
    def condition(value: str) -> Q:
        rights = IPRight.objects.filter(kind__in=kinds, number=normalize_right_number(value))
        return Q(case__in=Case.objects.filter(rights__in=rights).values("pk"))

    return condition


_FIELDS: dict[str, Callable[[str], Q]] = {
    "party": _party,
    "court": _court,
    "docket": _docket,
    "cite": _cite,
    "patent": _right(PATENT_KINDS),
    "mark": _right(MARK_KINDS),
}
