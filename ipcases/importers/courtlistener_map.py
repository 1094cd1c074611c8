"""CourtListener objects -> ruling records: search results, clusters (with their opinions and
docket) and dockets on their own. Fields are read by name; missing and extra keys are fine.

Source ids carry the kind of object, so that ids of different kinds never collide:
``cluster:691310`` (a search result or a cluster: the same ruling either way),
``opinion:9487893`` (an opinion whose cluster id is unknown), ``docket:70806753``.
"""

from __future__ import annotations

import html
import re

from ..courts import is_known
from .classify import classify
from .records import RulingRecord

SITE = "https://www.courtlistener.com"
# Nature-of-suit codes (free text led by the code: "830 Patent") and the IP type they mark.
NATURE_OF_SUIT = {
    "820": "copyright",
    "830": "patent",
    "835": "patent",
    "840": "trademark",
    "880": "trade_secret",
}
CAUSES = [
    (re.compile(r"^\s*35\s*:"), "patent"),
    (re.compile(r"^\s*17\s*:"), "copyright"),
    (re.compile(r"^\s*15\s*:\s*(1051|1114|1116|1117|1125|1126)"), "trademark"),
    (re.compile(r"^\s*18\s*:\s*1836"), "trade_secret"),
]
KEYWORDS = [
    (re.compile(r"\bpatent(s|ed|ee|ability)?\b", re.I), "patent"),
    (re.compile(r"\bcopyright(s|ed|able|ability)?\b", re.I), "copyright"),
    (re.compile(r"\btrade[- ]?marks?\b|\blanham act\b|\bservice marks?\b", re.I), "trademark"),
    (re.compile(r"\btrade secrets?\b", re.I), "trade_secret"),
    (re.compile(r"\bdesign patent\b|\bindustrial design\b", re.I), "design"),
]
STATUS = {
    "published": "precedential",
    "precedential": "precedential",
    "unpublished": "non_precedential",
    "non-precedential": "non_precedential",
    "nonprecedential": "non_precedential",
}
OPINION_TEXT_FIELDS = (
    "html_with_citations",
    "html_columbia",
    "html_lawbox",
    "xml_harvard",
    "html_anon_2020",
    "html",
    "plain_text",
)
ROLE_WORDS = {
    "appellant": "appellant",
    "appellee": "appellee",
    "petitioner": "petitioner",
    "respondent": "respondent",
    "plaintiff": "plaintiff",
    "defendant": "defendant",
}
COURT_NAMES = [
    (re.compile(r"Federal Circuit", re.I), "cafc"),
    (re.compile(r"District of Columbia Circuit", re.I), "cadc"),
    (re.compile(r"Supreme Court of the United States", re.I), "scotus"),
]
ORDINALS = [
    *("first", "second", "third", "fourth", "fifth", "sixth"),
    *("seventh", "eighth", "ninth", "tenth", "eleventh"),
]


class MappingError(ValueError):
    """An object that cannot become a record; the message says why."""


def search_result_record(result: dict) -> RulingRecord:
    """A v4 (nested opinions) or v3 (one row per opinion) search result of type ``o``; a
    docket result (type ``r`` or ``d``: no cluster, a docket id) becomes a docket record."""
    cluster_id = result.get("cluster_id")
    if not cluster_id and result.get("docket_id") and not result.get("id"):
        return docket_record(_docket_from_search(result))
    source_id = f"cluster:{cluster_id}" if cluster_id else f"opinion:{_required(result, 'id')}"
    court = _court(result.get("court_id") or result.get("court_exact"), result.get("court"))
    nature = _text(result.get("suitNature"))
    case_name = _text(result.get("caseName")) or _text(result.get("caseNameFull"))
    snippets = " ".join(_text(o.get("snippet")) for o in _dicts(result.get("opinions")))
    record = {
        "source": "courtlistener",
        "source_id": source_id,
        "court": court,
        "case_name": case_name,
        "case_short_name": _text(result.get("caseNameShort")),
        "decision_date": _date(result.get("dateFiled")),
        "docket_number": _text(result.get("docketNumber")),
        "nature_of_suit": _nature_code(nature),
        "precedential_status": _status(result.get("status")),
        "judges": _text(result.get("judge")),
        "summary": _plain(result.get("syllabus")),
        "citations": _unique([_text(c) for c in result.get("citation") or [] if _text(c)]),
        "parties": parties_from_caption(case_name, court),
        "source_url": _url(result.get("absolute_url")),
    }
    words = " ".join([case_name, record["summary"], _text(result.get("snippet")), snippets])
    return _classified(record, nature, "", words, "")


def cluster_record(cluster: dict, opinions: list[dict], docket: dict | None) -> RulingRecord:
    """A cluster (REST v3/v4) with the opinions and docket found beside it."""
    docket = docket or {}
    headmatter = _text(cluster.get("headmatter"))
    court = docket.get("court_id") or cluster.get("court_id") or _court_from_text(headmatter)
    if not court:
        raise MappingError(
            f"cluster {cluster.get('id')}: no court (its docket {cluster.get('docket_id')} "
            "is not in the file and the court is not named in the headmatter)"
        )
    court = _court(court, None)
    nature = _text(cluster.get("nature_of_suit")) or _text(docket.get("nature_of_suit"))
    case_name = _text(cluster.get("case_name")) or _text(cluster.get("case_name_full"))
    text = opinions_text(opinions)
    record = {
        "source": "courtlistener",
        "source_id": f"cluster:{_required(cluster, 'id')}",
        "court": court,
        "case_name": case_name or _text(docket.get("case_name")),
        "case_short_name": _text(cluster.get("case_name_short")),
        "decision_date": _date(cluster.get("date_filed")),
        # CourtListener estimated the date: only its year is taken as known.
        "decision_date_precision": "year"
        if _true(cluster.get("date_filed_is_approximate"))
        else "",
        "docket_number": _text(docket.get("docket_number")) or _headmatter_docket(headmatter),
        "date_filed": _date(docket.get("date_filed")) or None,
        "date_terminated": _date(docket.get("date_terminated")) or None,
        "nature_of_suit": _nature_code(nature),
        "precedential_status": _status(cluster.get("precedential_status")),
        "disposition": disposition(_plain(cluster.get("disposition"))),
        "judges": _text(cluster.get("judges")) or _authors(opinions),
        "summary": _plain(cluster.get("summary")) or _plain(cluster.get("syllabus")),
        "text": text,
        "citations": [_citation(c) for c in _dicts(cluster.get("citations")) if _citation(c)],
        "parties": parties_from_caption(_text(cluster.get("case_name_full")) or case_name, court),
        "source_url": _url(cluster.get("absolute_url")),
    }
    prose = " ".join([case_name, record["summary"], _plain(headmatter)])
    return _classified(record, nature, _text(docket.get("cause")), prose, text)


def docket_record(docket: dict) -> RulingRecord:
    """A docket with no opinion in the file: the case so far, kind "other"."""
    court = _court(docket.get("court_id"), None)
    terminated = _date(docket.get("date_terminated"))
    nature = _text(docket.get("nature_of_suit"))
    cause = _text(docket.get("cause"))
    case_name = _text(docket.get("case_name")) or _text(docket.get("case_name_full"))
    facts = [f"Cause: {cause}." if cause else "", f"Nature of suit: {nature}." if nature else ""]
    record = {
        "source": "courtlistener",
        "source_id": f"docket:{_required(docket, 'id')}",
        "court": court,
        "case_name": case_name,
        "case_short_name": _text(docket.get("case_name_short")),
        # A docket has no decision of its own: it is dated by its end, else its start.
        "decision_date": terminated or _date(docket.get("date_filed")),
        "docket_number": _text(docket.get("docket_number")),
        "date_filed": _date(docket.get("date_filed")) or None,
        "date_terminated": terminated or None,
        "nature_of_suit": _nature_code(nature),
        "kind": "other",
        "rights_holder_outcome": "" if terminated else "pending",
        "summary": " ".join(["Docket only, no opinion in the record.", *facts]).strip(),
        "parties": parties_from_caption(case_name, court),
        "source_url": _url(docket.get("absolute_url")),
    }
    return _classified(record, nature, cause, case_name, "")


def _docket_from_search(result: dict) -> dict:
    """A search result of type r or d, under the names the REST docket uses."""
    return {
        "id": result.get("docket_id"),
        "court_id": result.get("court_id"),
        "case_name": result.get("caseName") or result.get("case_name_full"),
        "docket_number": result.get("docketNumber"),
        "date_filed": result.get("dateFiled"),
        "date_terminated": result.get("dateTerminated"),
        "nature_of_suit": result.get("suitNature"),
        "cause": result.get("cause"),
        "absolute_url": result.get("docket_absolute_url"),
    }


def ip_types_for(nature: str, cause: str, prose: str, text: str) -> tuple[list[str], str]:
    """``(ip_types, reason)`` from the nature of suit, else the cause, else the words used.

    Full opinion text goes to the shared classifier, which wants statutes and doctrines, not
    a passing "patent". Without text (search results, clusters saved alone) only the caption,
    syllabus, snippets and headmatter are there, and one IP term in them is taken as enough.
    """
    code = _nature_code(nature)
    if code:
        return [NATURE_OF_SUIT[code]], f"nature of suit {nature}"
    for pattern, ip_type in CAUSES:
        if pattern.search(cause):
            return [ip_type], f"cause {cause}"
    if text:
        return classify(text, prose)
    found = [t for p, t in KEYWORDS if p.search(prose)]
    if "design" in found and "patent" in found:
        found.remove("patent")
    if found:
        return sorted(set(found)), "terms in the case name, summary or headmatter: " + ", ".join(
            found
        )
    return [], ""


def _classified(record: dict, nature: str, cause: str, prose: str, text: str) -> dict:
    ip_types, reason = ip_types_for(nature, cause, prose, text)
    record.update(ip_types=ip_types, ip_classification=reason)
    if not record["decision_date"]:
        raise MappingError(f"{record['source_id']}: no date filed")
    if not record["case_name"]:
        raise MappingError(f"{record['source_id']}: no case name")
    return {k: v for k, v in record.items() if v not in ("", None)}


def parties_from_caption(caption: str, court: str) -> list[dict]:
    """Parties from "A, Plaintiff, Appellee, v. B, Defendant, Appellant" or "A v. B"."""
    sides = re.split(r"\s+v\.?\s+", " ".join(caption.split()), maxsplit=1)
    if len(sides) != 2 or caption.lower().startswith("in re"):
        return []
    default = ("plaintiff", "defendant") if _is_trial_court(court) else ("other", "other")
    parties = []
    for side, fallback in zip(sides, default, strict=True):
        name, role = _name_and_role(side.strip(" ,"), fallback)
        if name:
            parties.append({"name": name, "role": role, "is_natural_person": None})
    return parties


def _name_and_role(side: str, fallback: str) -> tuple[str, str]:
    pieces = [p.strip() for p in side.split(",")]
    roles: list[str] = []
    while len(pieces) > 1 and (words := _role_words(pieces[-1])):
        pieces.pop()
        roles[:0] = words
    # On appeal the appellate role is the one that matters ("Plaintiff, Appellee",
    # "Plaintiff-Appellee").
    return ", ".join(pieces), (roles[-1] if roles else fallback)


def _role_words(piece: str) -> list[str]:
    """The roles a caption's piece names ("Plaintiff-Appellant": plaintiff, appellant), or
    [] when it is not made of role words only."""
    words = [w.lower().rstrip("s.") for w in re.split(r"[-\s]+", piece.strip()) if w]
    return [ROLE_WORDS[w] for w in words] if words and all(w in ROLE_WORDS for w in words) else []


def _is_trial_court(court: str) -> bool:
    return court not in ("scotus", "cafc", "cadc") and not re.match(r"^ca\d+$", court)


def opinions_text(opinions: list[dict]) -> str:
    """The opinions' text, lead opinion first, from the best field each one has, in
    paragraphs separated by blank lines."""
    ordered = sorted(opinions, key=lambda o: (o.get("ordering_key") or 0, str(o.get("type"))))
    texts = []
    for opinion in ordered:
        for name in OPINION_TEXT_FIELDS:
            if _text(opinion.get(name)):
                texts.append(paragraphs(opinion[name]))
                break
    return "\n\n".join(t for t in texts if t)


_BLOCK = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|blockquote|pre|tr|table|section|opinion|author)\b[^>]*>", re.I
)


def paragraphs(value: str) -> str:
    """Mark-up or plain text as paragraphs: block tags and blank lines end a paragraph, the
    line breaks of a hard-wrapped text inside one do not, and a word broken across a line
    ("infringe-\\nment") is joined."""
    text = re.sub(r"<[^>]+>", "", _BLOCK.sub("\n\n", value))
    text = re.sub(r"([a-z])-\n[ \t]*([a-z])", r"\1\2", html.unescape(text))
    found = (" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text))
    return "\n\n".join(p for p in found if p)


def disposition(text: str) -> str:
    """A Ruling.Disposition value for CourtListener's free-text disposition, or ""."""
    lowered = text.lower()
    for words, value in (
        (("affirmed in part",), "affirmed_in_part"),
        (("reversed and remanded", "reverse and remand"), "reversed_and_remanded"),
        (("vacated and remanded", "vacate and remand"), "vacated_and_remanded"),
        (("affirmed", "affirm"), "affirmed"),
        (("reversed",), "reversed"),
        (("vacated",), "vacated"),
        (("remanded",), "remanded"),
        (("dismissed",), "dismissed"),
    ):
        if any(w in lowered for w in words):
            return value
    return "other" if lowered.strip() else ""


def _court(court_id, court_name) -> str:
    court_id = _text(court_id)
    if is_known(court_id):
        return court_id
    named = f" ({court_name})" if court_name else ""
    raise MappingError(
        f"court {court_id or '(none)'!r}{named} is neither in courts-db nor in ipcases.courts"
    )


def _court_from_text(text: str) -> str:
    court = re.search(r"<court[^>]*>(.*?)</court>", text, re.S)
    name = _plain(court.group(1)) if court else ""
    for pattern, court_id in COURT_NAMES:
        if pattern.search(name):
            return court_id
    circuit = re.search(r"Court of Appeals,? (?:for the )?(\w+) Circuit", name, re.I)
    if circuit and circuit.group(1).lower() in ORDINALS:
        return f"ca{ORDINALS.index(circuit.group(1).lower()) + 1}"
    return ""


def _headmatter_docket(text: str) -> str:
    found = re.search(r"<docketnumber[^>]*>(.*?)</docketnumber>", text, re.S)
    return _plain(found.group(1)).removeprefix("No.").strip(" .") if found else ""


def _citation(cite: dict) -> str:
    parts = [_text(cite.get("volume")), _text(cite.get("reporter")), _text(cite.get("page"))]
    return " ".join(parts) if all(parts) else ""


def _authors(opinions: list[dict]) -> str:
    names = [_text(o.get("author_str")) for o in opinions]
    return ", ".join(_unique([n for n in names if n]))


def _nature_code(nature: str) -> str:
    code = re.match(r"^\s*(\d{3})\b", nature or "")
    return code.group(1) if code and code.group(1) in NATURE_OF_SUIT else ""


def _status(value) -> str:
    return STATUS.get(_text(value).lower(), "unknown")


def _date(value) -> str:
    text = _text(value)
    return text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", text) else ""


def _url(path) -> str:
    path = _text(path)
    return SITE + path if path.startswith("/") else path


def _required(obj: dict, key: str):
    if obj.get(key) in (None, ""):
        raise MappingError(f"object without {key!r}")
    return obj[key]


def _plain(value) -> str:
    """Text without mark-up, entities decoded, white space collapsed."""
    text = re.sub(r"<[^>]+>", " ", _text(value))
    return " ".join(html.unescape(text).split())


def _true(value) -> bool:
    return value is True or _text(value).lower() in ("true", "t")


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _dicts(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))
