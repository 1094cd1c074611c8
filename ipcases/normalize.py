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
    """A comparable docket number: `2:19-cv-00123-JRG` -> `2:19-cv-123`, `No. 20-1046` -> `20-1046`.

    Judge initials and leading zeros of the serial number are dropped; the office, year and
    case type are kept, so numbers from different courts stay distinct when paired with the court.
    A year written in full is shortened as federal dockets print it (`2:2015cv1455` ->
    `2:15-cv-1455`), so that the FJC's office, year and serial join the docket as published.
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
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"\b0+(\d)", r"\1", text)


def normalize_citation(cite: str) -> str:
    """`499 U.S. 340` -> `499 us 340`; `[2020] EWCA Civ 871` -> `[2020] ewca civ 871`."""
    text = cite.strip().lower().replace(".", "")
    return re.sub(r"\s+", " ", text)


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


def normalize_party_name(name: str) -> str:
    return fold(name)[:500]


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
