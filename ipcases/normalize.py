"""Normal forms of the identifiers the catalogue matches on: dockets, citations, names, numbers.

The bottom of the package: pure functions that models, search, importers and citations all use,
importing nothing of the project.
"""

import re
import unicodedata

from eyecite import get_citations
from eyecite.models import FullCaseCitation

_ORG_WORDS = re.compile(
    r"\b(inc|incorporated|corp|corporation|co|company|llc|l\.l\.c|ltd|limited|plc|llp|lp|"
    r"gmbh|ag|sa|s\.a|s\.p\.a|spa|bv|b\.v|nv|n\.v|ab|oy|kk|kg|srl|sarl|pty|pte|"
    r"holdings?|group|partners|trust|bank|university|college|institute|foundation|association|"
    r"society|council|board|department|office|ministry|commission|agency|authority|"
    r"technologies|technology|systems|industries|international|laboratories|labs|"
    r"pharmaceuticals?|enterprises|entertainment|records|studios|publications|publishing|"
    r"services|solutions|products|networks|communications|media|motors|electronics|"
    r"united states|commissioner|director|city|county|state of|government|the)\b",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", " ", text.lower())
    return " ".join(text.split())


def normalize_docket(docket: str) -> str:
    """A comparable docket number: `2:19-cv-00123-JRG` -> `2:19-cv-123`, `No. 20-1046` -> `20-1046`,
    `13-4829-cv(L)` -> `13-4829`, `2015-1455` -> `15-1455`.

    Judge initials, leading zeros of the serial number and an appellate number's case-type
    suffix are dropped; the office, year and a district number's case type are kept, so
    numbers from different courts stay distinct when paired with the court. A year written in
    full is shortened as federal dockets print it (`2:2015cv1455` -> `2:15-cv-1455`), so that
    the FJC's office, year and serial join the docket as published.
    """
    text = docket.strip().lower()
    text = re.sub(r"^(nos?|case no|docket no|appeal no|case number)\b[.:]?\s*", "", text)
    text = text.split(",")[0].split(";")[0].strip()
    federal = re.match(r"^(\d+:)?(\d{2,4})-?([a-z]{1,4})-?0*(\d+)", text)
    if federal:
        office, year, kind, serial = federal.groups()
        if len(year) == 4 and year[:2] in ("19", "20"):
            year = year[2:]
        return f"{office or ''}{year}-{kind}-{serial}"
    # Courts of appeals: year and serial, then a case type (`-cv`, `-ag`) and a lead or
    # consolidated mark (`(L)`, `(CON)`) that other sources leave out.
    appeal = re.match(
        r"^((?:19|20)?\d{2})-0*(\d{1,6})(?:-[a-z]{1,4})?(?:\s*\([a-z]{1,4}\))?$", text
    )
    if appeal:
        return f"{appeal.group(1)[-2:]}-{appeal.group(2)}"
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"\b0+(\d)", r"\1", text)


def docket_core(normalized: str) -> str:
    """A normalised docket without its district office (`2:19-cv-123` -> `19-cv-123`), which
    some sources leave out."""
    return re.sub(r"^\d+:", "", normalized)


def normalize_citation(cite: str) -> str:
    """`499 U.S. 340` -> `499 us 340`; `[2020] EWCA Civ 871` -> `[2020] ewca civ 871`;
    `34 U.S.P.Q.2d (BNA) 1014` -> `34 uspq2d 1014` (the publisher some sources add)."""
    text = cite.strip().lower().replace(".", "")
    text = re.sub(r"\s*\(bna\)", "", text)
    return re.sub(r"\s+", " ", text)


# Where one citation of a parallel group ends and the next begins: a comma or semicolon before
# a volume and reporter, a bracketed year or an ECLI.
_NEXT_CITATION = re.compile(r"\s*[,;]\s+(?=\d+\s+[A-Za-z]|\[\d{4}\]|\(\d{4}\)\s+\d|ECLI:)")
_YEAR_PARENTHESIS = re.compile(r"\s*\([^()]*\b\d{4}\)\s*$")


def split_citations(printed: str) -> list[str]:
    """The citations of a parallel group as printed together: `499 U.S. 340, 111 S. Ct. 1282,
    113 L. Ed. 2d 358 (1991)` -> the three, each without the closing year."""
    parts = (_YEAR_PARENTHESIS.sub("", part).strip(" ,;") for part in _NEXT_CITATION.split(printed))
    return [part for part in parts if part]


def compact_citation(cite: str) -> str:
    """A citation without spaces, so that its spacing does not matter: `786 F. 3d 983`,
    `786 F.3d 983` -> `786f3d983` (see OfficialCitation's compact index)."""
    return normalize_citation(cite).replace(" ", "")


NEUTRAL = re.compile(
    r"\[(?P<year>(?:19|20)\d{2})\]\s+"
    r"(?P<court>UKSC|UKPC|UKHL|UKUT|UKFTT|EWCA\s+(?:Civ|Crim)|EWHC|EWCOP|EWFC|CSIH|CSOH|"
    r"NICA|NIQB|NICh|IESC|IECA|IEHC)\s+"
    r"(?P<number>\d{1,5})\b(?:\s+\((?P<division>[A-Z][A-Za-z]{1,11})\))?"
)
ECLI = re.compile(r"\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:(?:19|20)\d{2}:[A-Za-z0-9.]*[A-Za-z0-9]")


def reporter_key(citation) -> str | None:
    """`499 U. S. 340` -> `499 us 340`: volume, the reporter's standard form, first page (of a
    citation eyecite found)."""
    volume, page = citation.groups.get("volume"), citation.groups.get("page")
    if not volume or not page or not page.isdigit():
        return None
    return normalize_citation(f"{volume} {citation.corrected_reporter()} {page}")


def citation_key(cite: str) -> str:
    """The normalised form a typed citation is stored under: `499 U. S. 340` -> `499 us 340`
    (eyecite's standard reporter), `[2019] EWHC 991 (Pat)` -> `[2019] ewhc 991 (pat)`."""
    if not NEUTRAL.search(cite) and not ECLI.search(cite):
        for citation in get_citations(cite):
            if isinstance(citation, FullCaseCitation) and (key := reporter_key(citation)):
                return key
    return normalize_citation(cite)


# Words of names as lawyers abbreviate them (Bluebook style) and as they are spelt out: one
# form stands for each group, so that `Alice Corp. v. CLS Bank Int'l` and `Alice Corporation v.
# CLS Bank International` read alike.
_NAME_FORMS = (
    "corp corporation",
    "inc incorporated",
    "co company",
    "ltd limited",
    "intl international",
    "v vs versus",
    "and &",
    "assn association",
    "assocs associates",
    "bros brothers",
    "commn commission",
    "commcns communications",
    "dept department",
    "dev development",
    "distrib distributing distribution",
    "elec electric electrical",
    "elecs electronics",
    "engg engineering",
    "ent entertainment",
    "govt government",
    "grp group",
    "indus industries industry",
    "ins insurance",
    "lab laboratory",
    "labs laboratories",
    "mfg manufacturing",
    "mgmt management",
    "natl national",
    "pharm pharmaceutical pharmaceuticals",
    "prods products",
    "pub publishing publication publications",
    "servs services",
    "sys system systems",
    "tech technology",
    "techs technologies",
    "tel telephone",
    "univ university",
)
NAME_FORMS = {form: group.split()[0] for group in _NAME_FORMS for form in group.split()}
_NAME_GROUPS = {group.split()[0]: tuple(group.split()) for group in _NAME_FORMS}
# "L.L.C.", "L. L. C." and "U.S.A." are one word; "Int'l", "Ass'n" and "Dep't" too.
_INITIALS = re.compile(r"\b(?:[A-Za-z]\.\s?){2,}")
_CONTRACTION = re.compile(r"(?<=[A-Za-z])['\u2019](?=[A-Za-z])")
_ET_AL = re.compile(r"\bet\.?\s+al\b\.?|\bet\s+alia\b", re.IGNORECASE)


def without_et_al(text: str) -> str:
    return _ET_AL.sub(" ", text)


def name_words(name: str) -> list[str]:
    """The words of a case or party name in one form: folded, abbreviations and their
    spelt-out forms made one (`Corporation` -> `corp`, `Int'l` -> `intl`, `&` -> `and`),
    `et al.` and punctuation left out."""
    text = _ET_AL.sub(" ", name.replace("&", " and "))
    text = _INITIALS.sub(lambda m: re.sub(r"[.\s]", "", m.group()) + " ", text)
    text = _CONTRACTION.sub("", text)
    return [NAME_FORMS.get(word, word) for word in fold(text).split()]


def name_key(name: str) -> str:
    """`Alice Corporation Pty. Ltd. v. CLS Bank International et al.` ->
    `alice corp pty ltd v cls bank intl`: names that differ only in how they are written."""
    return " ".join(name_words(name))


# Words that one source prints in a name and another leaves out.
_OPTIONAL_WORDS = {
    *("corp", "inc", "co", "ltd", "llc", "pty", "plc", "lp", "llp", "sa", "ag", "nv", "bv"),
    *("gmbh", "the", "and", "others", "al", "et"),
}


def name_signature(name: str) -> str:
    """What two prints of one case name share: the first two telling words of each side
    (`Alice Corporation Pty. Ltd. v. CLS Bank International et al.` and `Alice Corp. v. CLS
    Bank Int'l` -> `alice v cls bank`)."""
    sides = " ".join(name_words(name)).split(" v ")
    kept = [[w for w in side.split() if w not in _OPTIONAL_WORDS][:2] for side in sides]
    return " v ".join(" ".join(words) for words in kept)


def name_forms(word: str) -> tuple[str, ...]:
    """Every way of writing one word of a name (`Corp.` -> corp, corporation); the word itself
    when it has no other form."""
    words = name_words(word)
    if len(words) != 1:
        return ()
    return _NAME_GROUPS.get(words[0], (words[0],))


def normalize_party_name(name: str) -> str:
    return name_key(name)[:500]


def looks_like_natural_person(name: str) -> bool:
    """A guess used by importers: short names without organisation words are people.

    Editors correct it in the admin; organisations are never pseudonymised, so a wrong
    guess towards "organisation" hides nothing that should be hidden.
    """
    cleaned = re.sub(r"\bet al\.?", "", name, flags=re.IGNORECASE).strip(" ,.")
    if not cleaned or any(ch.isdigit() for ch in cleaned) or _ORG_WORDS.search(cleaned):
        return False
    words = [w for w in re.split(r"[\s,]+", cleaned) if w]
    return 2 <= len(words) <= 5 and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


_PARTICLES = {"de", "da", "van", "von", "der", "den", "la", "le", "di", "du", "bin", "al"}


def normalize_right_number(number: str) -> str:
    """`7,654,321` -> `7654321`; `D789,123` -> `D789123`; `RE45,678` -> `RE45678`;
    `EP 1 234 567 B1` -> `1234567`."""
    text = number.strip().upper()
    text = re.sub(r"^(U\.?S\.?|EP)\s*", "", text)
    text = re.sub(r"\s*[AB][0-9]$", "", text)
    prefix_match = re.match(r"^(RE|D|PP|H|T)\s*", text)
    prefix = prefix_match.group(1) if prefix_match else ""
    digits = re.sub(r"\D", "", text[len(prefix_match.group(0)) :] if prefix_match else text)
    return f"{prefix}{digits.lstrip('0') or digits}"
