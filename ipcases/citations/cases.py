"""Case citations: US reporter citations through eyecite, UK neutral citations and ECLIs by
our own patterns (eyecite covers neither), and the court below named in an appeal's header."""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from pathlib import Path

import eyecite.find
import eyecite.helpers
from courts_db import courts as _courts_db
from eyecite import get_citations, resolve_citations
from eyecite.models import FullCaseCitation
from eyecite.tokenizers import default_tokenizer

from ..normalize import ECLI, NEUTRAL, normalize_citation, normalize_docket, reporter_key
from .found import CaseMention, CitedAuthority
from .names import case_name_before

logger = logging.getLogger(__name__)
# eyecite logs every overlapping short form it cannot order; a long opinion has many.
logging.getLogger("eyecite").setLevel(logging.ERROR)

_COURT_KEYS = [(re.sub(r"[^\w]", "", c["citation_string"]).lower(), c["id"]) for c in _courts_db]


@lru_cache(maxsize=8192)
def _court_by_paren(paren_string: str) -> str | None:
    """eyecite's court lookup with the court strings cleaned once instead of on every call:
    the original spends two thirds of extraction time here. Same answers."""
    wanted = re.sub(r"[^\w]", "", paren_string).lower()
    found = None
    if wanted:
        for key, court_id in _COURT_KEYS:
            if key == wanted:
                return str(court_id)
            if key.startswith(wanted):
                found = court_id
    return found


eyecite.helpers.get_court_by_paren = _court_by_paren


def _no_reference_citations(citation, document) -> list:
    """eyecite's search for name references ("Feist, at 349") after each full citation compiles
    a new pattern per case name and scans the rest of the text: a sixth of the time, for
    citations we drop anyway (see _is_case)."""
    return []


eyecite.find.extract_reference_citations = _no_reference_citations


class _CompiledPatterns:
    """Stands in for the ``regex`` module inside eyecite.helpers, which passes pattern strings
    to ``regex.search`` and ``regex.sub`` thousands of times per opinion: the module's own cache
    lookup (flag arithmetic on enums) costs more than most matches. Same patterns, same results,
    compiled once."""

    def __init__(self, module):
        self._module = module
        self._compiled: dict = {}

    def _pattern(self, pattern, flags=0):
        if not isinstance(pattern, str):
            return pattern
        key = (pattern, int(flags))
        compiled = self._compiled.get(key)
        if compiled is None:
            if len(self._compiled) > 4096:
                self._compiled.clear()
            compiled = self._compiled[key] = self._module.compile(pattern, flags)
        return compiled

    def compile(self, pattern, flags=0):
        return self._pattern(pattern, flags)

    def search(self, pattern, string, flags=0):
        return self._pattern(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self._pattern(pattern, flags).match(string)

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self._pattern(pattern, flags).sub(repl, string, count)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self._pattern(pattern, flags).split(string, maxsplit)

    def __getattr__(self, name):
        return getattr(self._module, name)


eyecite.helpers.re = _CompiledPatterns(eyecite.helpers.re)

_tokenizer = default_tokenizer


def use_fast_tokenizer(cache_dir: str | None = None) -> bool:
    """Switch eyecite to its hyperscan tokenizer (extraction about three times faster).

    The first call on a machine compiles the patterns (about 16 s) into a cache directory that
    later processes load. Returns False, keeping the default tokenizer, where hyperscan is
    missing or the cache cannot be written.
    """
    global _tokenizer
    if _tokenizer is not default_tokenizer:
        return True  # already switched in this process
    directory = Path(
        cache_dir or os.environ.get("IPCASES_CACHE_DIR", str(Path.home() / ".cache" / "ipcases"))
    )
    try:
        import hyperscan  # noqa: F401  (eyecite imports it only when first used)
        from eyecite.tokenizers import HyperscanTokenizer

        directory.mkdir(parents=True, exist_ok=True)
        tokenizer = HyperscanTokenizer(cache_dir=str(directory / "hyperscan"))
        get_citations("1 U.S. 1", tokenizer=tokenizer)  # compiles or loads the database now
    except (ImportError, OSError) as error:
        logger.warning("Citation extraction keeps eyecite's default tokenizer: %s", error)
        return False
    _tokenizer = tokenizer
    return True


def find_reporter_citations(text: str) -> tuple[list[CitedAuthority], list[CaseMention]]:
    """Full, short, *id.* and *supra* citations to reporters, grouped by the ruling they name."""
    found = [
        c for c in get_citations(text, tokenizer=_tokenizer) if _is_case(c) and c.span()[1] > 0
    ]
    authorities, group_of, mentions = _full_citations(text, found)
    for resource, citations in resolve_citations(found).items():
        group = group_of.get(reporter_key(resource.citation) or "")
        if group is None:
            continue
        for citation in citations:
            if isinstance(citation, FullCaseCitation):
                continue
            start, end = citation.span()
            authorities[group].depth += 1
            _add_pin(authorities[group], citation.metadata.pin_cite)
            mentions.append(CaseMention(start, end, text[start:end], group, is_full=False))
    return list(authorities.values()), mentions


def _full_citations(text: str, found: list) -> tuple[dict, dict[str, str], list[CaseMention]]:
    """The cited rulings of the full citations, parallel citations sharing a group; and a map
    of each normalised citation to its group."""
    group_of: dict[str, str] = {}
    authorities: dict[str, CitedAuthority] = {}
    mentions: list[CaseMention] = []
    previous_end, previous_group = -1, None
    for citation in found:
        key = reporter_key(citation) if isinstance(citation, FullCaseCitation) else None
        if key is None:
            continue
        start, end = citation.span()
        parallel = previous_group is not None and re.fullmatch(r"[\s,]*", text[previous_end:start])
        group = group_of.get(key) or (previous_group if parallel else key)
        group_of[key] = group
        authority = authorities.setdefault(group, CitedAuthority(group=group, form="reporter"))
        authority.cites.setdefault(key, citation.corrected_citation())
        if not parallel and not authority.case_name:
            authority.case_name = case_name_before(text, start)
        _add_metadata(authority, citation, counts=not parallel)
        mentions.append(CaseMention(start, end, text[start:end], group))
        previous_group = group
        previous_end = citation.metadata.pin_cite_span_end or end
    return authorities, group_of, mentions


def _is_case(citation) -> bool:
    return type(citation).__name__ in (
        "FullCaseCitation",
        "ShortCaseCitation",
        "IdCitation",
        "SupraCitation",
    )


def _add_metadata(authority: CitedAuthority, citation: FullCaseCitation, counts: bool) -> None:
    if counts:
        authority.depth += 1
    meta = citation.metadata
    if not authority.case_name and _plausible(meta.plaintiff) and _plausible(meta.defendant):
        authority.case_name = f"{meta.plaintiff} v. {meta.defendant}"[:300]
    if authority.year is None and citation.year:
        authority.year = citation.year
    _add_pin(authority, meta.pin_cite)


def _plausible(side: str | None) -> bool:
    """eyecite's reading of one side of a name, where ours found none, if it can be trusted:
    it cuts names at abbreviations ("Int', Inc." for "Computer Assocs. Int'l, Inc.")."""
    if not side or not side[:1].isupper() or "'," in side or side.endswith("'"):
        return False
    first = re.sub(r"[^\w]", "", side.split()[0]).lower()
    return first not in {"inc", "corp", "co", "ltd", "llc", "pty", "plc", "int", "intl", "assn"}


def _add_pin(authority: CitedAuthority, pin: str | None) -> None:
    if pin:
        pin = re.sub(r"^at\s+", "", pin.strip(" ,"))
        if pin and pin not in authority.pin_cites:
            authority.pin_cites.append(pin)


def find_neutral_citations(text: str) -> tuple[list[CitedAuthority], list[CaseMention]]:
    """UK and Irish neutral citations and European Case Law Identifiers."""
    authorities: dict[str, CitedAuthority] = {}
    mentions: list[CaseMention] = []
    for pattern, form in ((NEUTRAL, "neutral"), (ECLI, "ecli")):
        for match in pattern.finditer(text):
            printed = re.sub(r"\s+", " ", match.group(0))
            key = normalize_citation(printed)
            authority = authorities.setdefault(key, CitedAuthority(group=key, form=form))
            authority.cites.setdefault(key, printed)
            authority.case_name = authority.case_name or case_name_before(text, match.start())
            authority.depth += 1
            if form == "neutral":
                authority.year = authority.year or int(match.group("year"))
            mentions.append(CaseMention(match.start(), match.end(), match.group(0), key))
    return list(authorities.values()), mentions


# The head of a judgment names the decision under appeal. UK: "ON APPEAL FROM THE HIGH COURT
# ... Nugee J [2019] EWHC 991 (Pat)". Federal Circuit: "Appeal from the United States District
# Court for the Eastern District of Texas in No. 2:19-cv-00123-JRG".
_HEAD_CHARS = 4000
_UK_BELOW = re.compile(r"ON\s+APPEAL\s+FROM\b[^\[]{0,600}?(?P<cite>" + NEUTRAL.pattern + ")", re.I)
# Or the opening paragraph of the body: "This is an appeal ... from an order of Nugee J ...
# for the reasons given in his judgment [2019] EWHC 991 (Pat)". Only the High Court counts: a
# Court of Appeal citation there is the court's own earlier judgment (costs, consequentials).
_UK_OPENING_CHARS = 2500
_UK_APPEAL_OPENING = re.compile(
    r"\bappeal\b[^\n]{0,800}?(?P<cite>\[(?:19|20)\d{2}\]\s+EWHC\s+\d{1,5}\s+\((?:Pat|IPEC|Ch)\))",
    re.I,
)
_US_BELOW = re.compile(
    r"Appeals?\s+from\s+the\s+(?P<court>United\s+States\s+[A-Za-z ,]+?)\s*(?:,|in)\s+"
    r"(?:[A-Za-z ,]*?\b)?(?:Case\s+|Investigation\s+)?Nos?\.\s*(?P<docket>[\w:\-]+)",
)
_BOARDS = {
    "patent trial and appeal board": "ptab",
    "trademark trial and appeal board": "ttab",
    "international trade commission": "usitc",
}


def find_court_below(text: str, court_names: dict[str, str]) -> CitedAuthority | None:
    """The decision this ruling reviews on appeal, as the head of the text names it.

    ``court_names`` maps lower-case court names to court ids (for docket-number origins).
    A docket origin is keyed ``docket <court id> <normalised docket>``.
    """
    head = text[:_HEAD_CHARS]
    match = _UK_BELOW.search(head)
    if match:
        printed = re.sub(r"\s+", " ", match.group("cite"))
        key = normalize_citation(printed)
        return CitedAuthority(group=key, form="neutral", cites={key: printed}, relation="reviews")
    match = _UK_APPEAL_OPENING.search(text[:_UK_OPENING_CHARS])
    if match:
        printed = re.sub(r"\s+", " ", match.group("cite"))
        key = normalize_citation(printed)
        return CitedAuthority(group=key, form="neutral", cites={key: printed}, relation="reviews")
    match = _US_BELOW.search(head)
    if match:
        name = re.sub(r"\s+", " ", match.group("court")).strip(" ,").lower()
        court_id = court_names.get(name) or _board_id(re.sub(r"\s+", " ", match.group(0)))
        if court_id:
            docket = match.group("docket").rstrip(".,-")
            key = f"docket {court_id} {normalize_docket(docket)}"
            printed = f"No. {docket}"
            return CitedAuthority(
                group=key, form="docket", cites={key: printed}, relation="reviews"
            )
    return None


def _board_id(header: str) -> str | None:
    header = header.lower()
    return next((court for board, court in _BOARDS.items() if board in header), None)


# A US appellate opinion names the rulings under review in its opening paragraph: "This
# appeal requires us to decide whether, as the district court held, ... See Lotus Dev. Corp.
# v. Borland Int'l, Inc., 788 F. Supp. 78 (D. Mass. 1992)". Only district-court reporters and
# only cases that share a party name with the ruling itself count.
_US_OPENING_CHARS = 3000
_DISTRICT_REPORTERS = re.compile(r"^\d+ f supp(?: [23]d)? \d+$")
_NAME_NOISE = {
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "llc",
    "the",
    "and",
    "of",
    "v",
    "international",
    "intl",
    "development",
    "dev",
    "systems",
    "sys",
    "technologies",
    "tech",
    "united",
    "states",
    "america",
    "plaintiff",
    "defendant",
    "appellant",
    "appellee",
}


def _name_words(name: str) -> set[str]:
    words = re.findall(r"[a-z]{3,}", name.lower().replace("\u2019", "'"))
    return {w for w in words if w not in _NAME_NOISE}


def find_district_rulings_below(text, found, case_name: str) -> list[CitedAuthority]:
    """Reviews-relations for the district-court rulings an appeal's opening paragraph cites."""
    opening = text[:_US_OPENING_CHARS]
    if not case_name or not re.search(r"\bappeal", opening, re.I):
        return []
    parties = _name_words(case_name)
    starts = {m.group: m.start for m in reversed(found.case_mentions) if m.is_full}
    below = []
    for authority in found.authorities:
        if authority.form != "reporter" or starts.get(authority.group, len(text)) >= len(opening):
            continue
        district = [key for key in authority.cites if _DISTRICT_REPORTERS.match(key)]
        if district and parties & _name_words(authority.case_name):
            below.append(
                CitedAuthority(
                    group=authority.group,
                    form="reporter",
                    cites={key: authority.cites[key] for key in district},
                    case_name=authority.case_name,
                    year=authority.year,
                    relation="reviews",
                )
            )
    return below
