"""Which side holds the right: the sentences that say so, weighed against each other.

Signals, strongest first:

- the forum's structure: at the TTAB the applicant or registrant holds the mark; a party
  facing an office (the Comptroller, the USPTO Director, EUIPO) is the one whose right the
  office refused;
- what the text says of a party or side: it owns or is the proprietor or exclusive licensee
  of the right, the right is in its name, it sued (or brought proceedings) for infringement,
  it alleges infringement, it counterclaims for infringement (holder); it seeks a declaration
  of non-infringement or invalidity, revocation or cancellation, or petitioned for review of
  the patent (the accused side or challenger);
- the default: the plaintiff or claimant, when nothing above contradicts it.

A side is the set of roles it plays (plaintiff, appellee, ...). Signals that put the right on
both sides (each owns a patent and sued the other) leave the holder unknown, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import GAP, Document
from .findings import HOLDER, Evidence, Finding, empty
from .roles import OPPOSITE, Party, define_aliases, phrase_roles, roles_in

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))(?:\s+(?:to|and)\s+\w+)?"
_ROLEWORD = r"(?:plaintiff|defendant|claimant|appellant|appellee|respondent|petitioner)s?"
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|and|of|de|\(\d+\))){0,6}"
# Who a sentence is about: a role ("the first respondent"), a name ("Regen"), or a name with
# the short name it is given ("Vellacott Technologies SA (“Vellacott”)").
SUBJECT = (
    rf"(?P<s>(?:[Tt]he\s+)?(?:{_ORDINAL}\s+)?(?:{_ROLEWORD}(?:\s+{_NAME})?|{_NAME})"
    r"(?:\s*\([^)]{1,60}\))?)"
)
_RIGHT = (
    r"(?i:patents?|trade ?marks?|marks?|copyrights?|registrations?|(?:registered )?designs?|SPC|"
    r"certificate|trade secrets?)"
)
HOLDS = [
    (
        "owns",
        rf"{SUBJECT},?\s+(?:which\s+)?(?:owns|owned|holds|held|is\s+the\s+(?:registered\s+|exclusive\s+)?"
        rf"(?:owner|proprietor|assignee|holder|licensee)\s+of)\b{GAP}{{0,90}}?\b{_RIGHT}",
    ),
    (
        "of_which_proprietor",
        rf"{_RIGHT}{GAP}{{0,80}}?,?\s+(?:of\s+)?which\s+{SUBJECT}\s+(?:is|was)\s+the\s+"
        r"(?:registered\s+)?(?:owner|proprietor|assignee)",
    ),
    ("which_owns", rf"{_RIGHT}{GAP}{{0,60}}?,\s+which\s+{SUBJECT}\s+owns"),
    ("in_the_name_of", rf"{_RIGHT}{GAP}{{0,80}}?\bin\s+the\s+name\s+of\s+{SUBJECT}"),
    (
        "owned_by",
        rf"{_RIGHT}{GAP}{{0,120}}?\b(?:owned\s+by|(?:exclusively\s+)?licensed\s+to|assigned\s+to)\s+"
        rf"{SUBJECT}",
    ),
    (
        "sued_for_infringement",
        rf"{SUBJECT}\s+(?:sued|filed\s+suit\s+against|brought\s+suit\s+against)\b{GAP}{{0,140}}?"
        r"\b(?:infring|counterfeit|passing off|misappropriat|dilut)",
    ),
    (
        "brought_infringement_proceedings",
        rf"{SUBJECT}\s+(?:commenced|brought|issued|filed|began|instituted)\s+(?:\w+\s+){{0,3}}?"
        r"(?:infringement|passing[- ]off)\s+(?:proceedings|action|claims?|suit)",
    ),
    (
        "proceedings_brought_by",
        rf"(?:proceedings|action|claims?|suit)\s+(?:are|were|was|is)\s+brought\s+by\s+{SUBJECT}"
        rf"{GAP}{{0,160}}?\bfor\s+(?:\w+\s+)?(?:infring|passing off)",
    ),
    (
        "alleges_infringement",
        rf"{SUBJECT}\s+(?:alleges?|alleged)\s+that\s+"
        rf"{GAP}{{0,200}}?\b(?:infring\w*|threaten\w*\s+(?:and\s+intend\w*\s+)?to\s+infringe|"
        r"misuse|misappropriat\w*|passing\s+off|counterfeit\w*)",
    ),
    ("counterclaims_infringement", rf"{SUBJECT}\s+counterclaim(?:s|ed)\s+for\s+infringement"),
]
CHALLENGES = [
    (
        "declaratory_judgment",
        rf"{SUBJECT}\s+(?:brought|filed|commenced|initiated)\s+(?:this|an?|the)\s+{GAP}{{0,60}}?"
        rf"declarat(?:ory\s+judgment|ion){GAP}{{0,120}}?(?:not\s+infringe|non-?infringement|"
        r"invalid|unenforceab)",
    ),
    (
        "seeks_revocation",
        rf"{SUBJECT}\s+(?:seeks|sought|claims|claimed|applies\s+for|applied\s+for|counterclaim"
        r"(?:s|ed)\s+for)\s+(?:the\s+)?(?:revocation|a\s+declaration\s+of\s+(?:invalidity|"
        r"non-infringement)|cancellation|invalidation)",
    ),
    ("infringed_by", rf"\binfring\w*\s+by\s+{SUBJECT}"),
    (
        "petitioned_for_review",
        rf"{SUBJECT}\s+(?:petitioned|filed\s+a\s+petition|requested)\s+(?:for\s+)?"
        r"(?:inter\s+partes|post-grant|ex\s+parte)\s+review",
    ),
]
# Words each pattern needs (lower case): a sentence without any is not tried, because the
# patterns are costly and most sentences of an opinion say nothing of who holds what.
WORDS = {
    "owns": ("owns", "owned", "holds", "held", "owner", "proprietor", "assignee", "licensee"),
    "of_which_proprietor": ("owner", "proprietor", "assignee"),
    "which_owns": ("owns",),
    "in_the_name_of": ("name of",),
    "owned_by": ("owned by", "licensed to", "assigned to"),
    "infringed_by": ("infringed by", "infringing by"),
    "sued_for_infringement": ("sued", "suit against"),
    "brought_infringement_proceedings": ("infringement", "passing off", "passing-off"),
    "proceedings_brought_by": ("brought by",),
    "alleges_infringement": ("alleg",),
    "counterclaims_infringement": ("counterclaim",),
    "declaratory_judgment": ("declarat",),
    "seeks_revocation": ("revocation", "declaration of", "cancellation", "invalidation"),
    "petitioned_for_review": ("review",),
}
_COMPILED = [
    (rule, WORDS[rule], re.compile(p), holds)
    for patterns, holds in ((HOLDS, True), (CHALLENGES, False))
    for rule, p in patterns
]
_ANY_WORD = tuple(sorted({word for words in WORDS.values() for word in words}))
OPENING_CHARS = 40_000
# Roles printed beside names ("plaintiff-appellee Lotus ...") are read in the opening pages.
PHRASE_CHARS = 12_000


@dataclass(frozen=True)
class Vote:
    side: frozenset[str]
    strong: bool
    evidence: Evidence | None
    why: str = ""


@dataclass(frozen=True)
class Holder:
    """The side that holds the right, as its roles, with the finding to show."""

    roles: frozenset[str]
    finding: Finding


def find_holder(doc: Document, parties: list[Party], appellate: bool, court: str) -> Holder:
    """The holder's side and the evidence, or an empty finding with the reason."""
    opening = doc.text[: max(8000, min(OPENING_CHARS, len(doc.text) * 2 // 5))]
    aliases = define_aliases(opening, parties, appellate, court)
    phrase_roles(opening[:PHRASE_CHARS], parties, appellate, court)
    votes = _structural(parties, court) or _stated(doc, opening, parties, aliases, appellate, court)
    strong = [v for v in votes if v.strong]
    chosen = strong or [v for v in votes if not v.strong] or _default(parties)
    if not chosen:
        return Holder(
            frozenset(), empty(HOLDER, "the text does not say which side holds the right")
        )
    side = chosen[0].side
    for vote in chosen[1:]:
        if _conflict(side, vote.side):
            why = "the text puts rights on both sides: " + "; ".join(_said(v) for v in chosen)
            return Holder(frozenset(), empty(HOLDER, why[:300]))
        side = side | vote.side
    side = _enriched(side, parties)
    names = "; ".join(p.name for p in parties if p.roles & side and not _conflict(p.roles, side))
    value = names or " / ".join(sorted(side))
    first = chosen[0]
    return Holder(side, Finding(HOLDER, value[:300], first.evidence, first.why))


def _said(vote: Vote) -> str:
    return vote.evidence.quote[:80] if vote.evidence else vote.why


def _conflict(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    return any(OPPOSITE.get(role) in b for role in a)


def _enriched(side: frozenset[str], parties: list[Party]) -> frozenset[str]:
    """The side with the other roles of the parties in it (the plaintiff is also the
    appellee), where the parties in it agree."""
    extra: set[str] = set()
    for party in parties:
        if party.roles & side and not _conflict(party.roles, side):
            extra |= party.roles
    return side if _conflict(extra, side) else frozenset(side | extra)


def _structural(parties: list[Party], court: str) -> list[Vote]:
    """The TTAB's parties, and a party facing an office."""
    if court == "ttab":
        held = {"applicant", "registrant"}
        if any(p.roles & held for p in parties):
            return [Vote(frozenset(held), True, None, "the applicant or registrant holds the mark")]
    offices = [p for p in parties if "office" in p.roles]
    others = [p for p in parties if "office" not in p.roles]
    if offices and others:
        side = frozenset(r for p in others for r in p.roles if r not in ("office",))
        why = f"the other party is an office ({offices[0].name})"
        return [Vote(side, True, None, why)] if side else []
    return []


def _stated(
    doc: Document, opening: str, parties: list[Party], aliases: dict, appellate: bool, court: str
) -> list[Vote]:
    votes = []
    for left, right in doc.sentences(0, len(opening), _ANY_WORD):
        sentence = doc.text[left:right]
        for rule, words, pattern, holds in _COMPILED:
            if not doc.contains(words, left, right):
                continue
            for match in pattern.finditer(sentence):
                side = _side(match.group("s"), parties, aliases, appellate, court)
                if not side:
                    continue
                if not holds:
                    side = frozenset(OPPOSITE[r] for r in side if r in OPPOSITE)
                span = (left + match.start(), left + match.end())
                votes.append(Vote(side, True, doc.evidence(f"holder.{rule}", *span)))
    return votes


def _side(
    subject: str, parties: list[Party], aliases: dict, appellate: bool, court: str
) -> frozenset[str]:
    """The roles of the party or side a subject names: a role word, a defined short name or a
    party's distinctive word; several parties named together share their common roles."""
    text = subject.strip()
    lowered = text.lower()
    if re.match(rf"(?:the\s+)?(?:{_ORDINAL}\s+)?{_ROLEWORD}\b", lowered):
        return frozenset(roles_in(lowered.split(",")[0][:40], appellate, court))
    named = [p for p in parties if p.named_in(text)]
    for alias, target in aliases.items():
        if alias in lowered and isinstance(target, str):
            return frozenset({target})
    if not named or any(_conflict(a.roles, b.roles) for a in named for b in named):
        return frozenset()
    common = set.intersection(*(set(p.roles) for p in named))
    return frozenset(common)


def _default(parties: list[Party]) -> list[Vote]:
    """The plaintiff (claimant) brought the claim, so holds the right, when nothing said
    otherwise."""
    plaintiffs = [p for p in parties if "plaintiff" in p.roles]
    if not plaintiffs:
        return []
    why = "the plaintiff or claimant brought the claim and nothing in the text says otherwise"
    return [Vote(frozenset({"plaintiff"}), False, None, why)]
