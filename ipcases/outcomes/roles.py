"""The parties and every role the text gives them.

A catalogue party has one role (the importers keep the one that matters most: "appellee" for
"Plaintiff, Appellee"); the outcome needs all of them, because who holds the right is usually
said of the trial side (the plaintiff sued) and who prevailed of the appellate side (the
appellant won). The roles come from the party list, the caption ("ACME, INC.,
Plaintiff-Appellant, v. BOLT CO., Defendant-Cross-Appellant"), a printed header
("ZEPHYR PUMPS LIMITED Claimant/Respondent"), phrases in the text ("the first claimant and
appellant, Neurim ..."; "plaintiff-appellee Lotus Development Corporation") and the short names
the text defines ("... Limited (“Neurim”)", "the respondents (collectively “Supawall”)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Normalised roles and their opposite side.
OPPOSITE = {
    "plaintiff": "defendant",
    "defendant": "plaintiff",
    "appellant": "appellee",
    "appellee": "appellant",
    "cross_appellant": "cross_appellee",
    "cross_appellee": "cross_appellant",
    "opposer": "applicant",
    "applicant": "opposer",
    "petitioner": "registrant",
    "registrant": "petitioner",
    "office": "applicant",
}
ROLE_WORD = (
    r"(?:counter[- ]?claim(?:ant)?[- ]|counter[- ]|cross[- ]|third[- ]party[- ])?"
    r"(?:plaintiff|defendant|claimant|appellant|appellee|respondent|petitioner|opposer|"
    r"applicant|registrant|intervenor|intervener|patent[ _]owner)s?"
)
_ROLE_TAIL = re.compile(
    rf"(?:[\s,/-]+(?:and\s+)?{ROLE_WORD}\b)+[\s.,;]*$|^\s*{ROLE_WORD}(?:[\s,/-]+{ROLE_WORD})*[\s.,]*$",
    re.IGNORECASE,
)
_ROLE = re.compile(ROLE_WORD, re.IGNORECASE)
_GENERIC = {
    "the",
    "of",
    "and",
    "a",
    "an",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "lp",
    "plc",
    "co",
    "corp",
    "corporation",
    "company",
    "sa",
    "ag",
    "gmbh",
    "bv",
    "nv",
    "snc",
    "srl",
    "spa",
    "sas",
    "international",
    "holdings",
    "group",
    "et",
    "al",
    "mr",
    "mrs",
    "ms",
    "dr",
    "de",
    "la",
    "le",
    "uk",
    "us",
    "usa",
    "america",
    "american",
    "first",
    "second",
    "third",
    "united",
    "states",
    "national",
    "global",
    "technologies",
    "technology",
}
OFFICE = re.compile(
    r"\b(?:comptroller|commissioner (?:of|for) patents|registrar|euipo|ohim|examining attorney|"
    r"intellectual property office|patent and trademark office|uspto|director of the united "
    r"states patent|under secretary of commerce for intellectual property)\b",
    re.IGNORECASE,
)
_ALIAS = re.compile(
    r"\((?:collectively |together |jointly |hereafter |hereinafter |the )?(?:the )?"
    r"[“\"‘']([A-Z][^”\"’'()]{1,40})[”\"’']\)"
)


@dataclass
class Party:
    name: str
    roles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    # How many distinctive words of the name a text must use to mean this party: one
    # ("lotus" for LOTUS DEVELOPMENT CORPORATION) unless another party starts the same way.
    length: int = 1

    @property
    def words(self) -> list[str]:
        return [w for w in re.findall(r"[a-z0-9]+", self.name.lower()) if w not in _GENERIC]

    @property
    def keys(self) -> set[str]:
        """Lower-case phrases by which a text may name the party: the start of its name and
        the short names defined for it."""
        words = self.words[: self.length]
        found = {" ".join(words)} if words and len(" ".join(words)) > 2 else set()
        return found | {a.lower() for a in self.aliases}

    def named_in(self, text: str) -> bool:
        lowered = " ".join(re.findall(r"[a-z0-9]+", text.lower()))
        return any(re.search(rf"\b{re.escape(key)}\b", lowered) for key in self.keys)


def distinguish(parties: list[Party]) -> None:
    """Lengthen the key of parties whose names start alike ("Juniper Trail", "Juniper Row")."""
    for _ in range(3):
        starts: dict[str, list[Party]] = {}
        for party in parties:
            for key in party.keys - {a.lower() for a in party.aliases}:
                starts.setdefault(key, []).append(party)
        clashing = [p for group in starts.values() if len(group) > 1 for p in group]
        if not clashing:
            return
        for party in clashing:
            party.length += 1


def normal_role(word: str, appellate: bool, court: str = "") -> str:
    """The normalised role of a printed role word ("Plaintiffs" -> plaintiff; "Respondent"
    -> appellee on appeal, registrant at the TTAB); "" for a role that takes no side."""
    w = re.sub(r"[\s_-]+", " ", word.lower()).strip(" .,")
    w = re.sub(r"s$", "", w) if not w.endswith("ss") else w
    if w.startswith("counter"):
        return "plaintiff" if "defendant" in w else "defendant"
    if w.startswith("cross"):
        return "cross_appellant" if "appellant" in w else "cross_appellee"
    if w in ("plaintiff", "claimant"):
        return "plaintiff"
    if w == "respondent":
        return "appellee" if appellate else ("registrant" if court == "ttab" else "defendant")
    if w == "petitioner":
        return "appellant" if appellate else "petitioner"
    if w == "patent owner":
        return "patent_owner"
    known = ("defendant", "appellant", "appellee", "opposer", "applicant", "registrant")
    return w if w in known else ""


def roles_in(text: str, appellate: bool, court: str) -> set[str]:
    roles = {normal_role(m.group(0), appellate, court) for m in _ROLE.finditer(text)}
    return _implied(roles - {""})


def _implied(roles: set[str]) -> set[str]:
    """A cross-appellant is the appellee of the main appeal, and the other way round."""
    if "cross_appellant" in roles and "appellant" not in roles:
        roles.add("appellee")
    if "cross_appellee" in roles and "appellee" not in roles:
        roles.add("appellant")
    return roles


def build_parties(
    parties: list[dict], caption: str, head: str, appellate: bool, court: str
) -> list[Party]:
    """The parties with every role the list, the caption and the text's opening give them."""
    found = [Party(p["name"], roles_in(p.get("role", ""), appellate, court)) for p in parties]
    distinguish(found)
    for name, roles in caption_sides(caption, appellate, court):
        _add(found, name, roles)
    for name, roles in header_sides(head, appellate, court):
        _add(found, name, roles)
    for party in found:
        if OFFICE.search(party.name):
            party.roles.add("office")
        party.roles = _implied(party.roles)
    distinguish(found)
    return found


def _add(found: list[Party], name: str, roles: set[str]) -> None:
    """Give the roles to the listed party of that name, or list it."""
    for party in found:
        if party.named_in(name) or _same_name(party.name, name):
            party.roles |= roles
            return
    if Party(name).keys and roles:
        found.append(Party(name, set(roles)))


def _same_name(a: str, b: str) -> bool:
    return " ".join(re.findall(r"\w+", a.lower())) == " ".join(re.findall(r"\w+", b.lower()))


def caption_sides(caption: str, appellate: bool, court: str) -> list[tuple[str, set[str]]]:
    """(name, roles) for each side of a caption with role words after the names."""
    sides = [s for s in re.split(r"\s+v(?:s)?\.?\s+", " ".join(caption.split())) if s.strip()]
    if len(sides) != 2:
        return []
    found = []
    for side in sides:
        tail = _ROLE_TAIL.search(side)
        if tail and tail.start() > 0:
            name = side[: tail.start()].strip(" ,;")
            found.append((name, roles_in(tail.group(0), appellate, court)))
    return found


def header_sides(head: str, appellate: bool, court: str) -> list[tuple[str, set[str]]]:
    """(name, roles) from a printed header: the lines after "Between", sides split by
    "- and -", each name line with the role words printed beside it."""
    start = re.search(r"^\s*Between\s*:?\s*$", head, re.MULTILINE | re.IGNORECASE)
    if not start:
        return []
    block = head[start.end() : start.end() + 1500].split("\n\n")[0]
    found: list[tuple[str, set[str]]] = []
    for side in re.split(r"^\s*-?\s*(?:and|v)\s*-?\s*$", block, flags=re.MULTILINE | re.I):
        roles = roles_in(side, appellate, court)
        for line in side.splitlines():
            name = _ROLE.sub(" ", re.sub(r"\(\d+\)", " ", line)).strip(" /,-")
            if re.search(r"[A-Za-z]{3}", name):
                found.append((" ".join(name.split()), roles))
    return found


def define_aliases(text: str, parties: list[Party], appellate: bool, court: str) -> dict:
    """Short names the text defines: {alias: party index} for a name, {alias: role} for a
    role ("the respondents (collectively “Supawall”)")."""
    defined: dict[str, object] = {}
    for match in _ALIAS.finditer(text):
        alias = match.group(1).strip()
        before = re.split(r"[.;(]", text[max(0, match.start() - 160) : match.start()])[-1]
        target = _named_party(before, parties)
        if target is None:
            roles = roles_in(before[-40:], appellate, court)
            target = next(iter(roles)) if len(roles) == 1 else None
        if target is not None and alias.lower() not in defined:
            defined[alias.lower()] = target
            if isinstance(target, int):
                parties[target].aliases.add(alias)
            else:
                _role_of_named(parties, alias, target)
    return defined


def _role_of_named(parties: list[Party], alias: str, role: str) -> None:
    """A role's short name that is also the parties' name ("The Claimants (“Nomination”)",
    the parties being NOMINATION SNC and NOMINATION SRL) gives them that role."""
    word = alias.lower()
    for party in parties:
        if party.words[:1] == [word] and not _conflicts(party.roles, {role}):
            party.roles.add(role)


def _named_party(text: str, parties: list[Party]) -> int | None:
    hits = [i for i, party in enumerate(parties) if party.named_in(text)]
    return hits[-1] if len(hits) == 1 or (hits and _last_named(text, parties, hits)) else None


def _last_named(text: str, parties: list[Party], hits: list[int]) -> bool:
    """Of several parties named before a definition, the last one named is defined."""
    lowered = " ".join(re.findall(r"[a-z0-9]+", text.lower()))
    positions = {i: max(lowered.rfind(k) for k in parties[i].keys) for i in hits}
    last = max(positions, key=positions.get)
    return hits[-1] == last


def phrase_roles(text: str, parties: list[Party], appellate: bool, court: str) -> None:
    """Roles printed beside a name in the text: "plaintiff-appellee Lotus Development
    Corporation", "the first claimant and appellant, Neurim ...", "Regen, who is the
    appellant"."""
    compound = rf"{ROLE_WORD}(?:(?:[- ]|\s+and\s+){ROLE_WORD})*"
    before = re.compile(rf"\b({compound}),?\s+((?:[A-Z][\w&.'’-]*\s*){{1,4}})")
    after = re.compile(rf"\b([A-Z][\w&'’-]+),?\s+(?:who\s+(?:is|are)\s+)?the\s+({compound})\b")
    for match in before.finditer(text):
        _give(parties, match.group(2), roles_in(match.group(1), appellate, court))
    for match in after.finditer(text):
        _give(parties, match.group(1), roles_in(match.group(2), appellate, court))


def _give(parties: list[Party], name: str, roles: set[str]) -> None:
    index = _named_party(name, parties)
    if index is not None and roles and not _conflicts(parties[index].roles, roles):
        parties[index].roles |= roles


def _conflicts(a: set[str], b: set[str]) -> bool:
    return any(OPPOSITE.get(role) in b for role in a)
