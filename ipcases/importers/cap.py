"""Caselaw Access Project (case.law): case JSON, in the API v1 shape and the static bulk shape.

API v1 (``api.case.law/v1/cases/<id>/?full_case=true``) wraps the body as
``casebody: {"status": "ok", "data": {opinions, judges, parties, ...}}``; the static bulk
volumes (``static.case.law/<reporter>/<volume>/cases/*.json``) give ``casebody`` directly.
A file may hold one case, a JSON list of cases, or an API page (``{"results": [...]}``).
The volume's metadata files (``CasesMetadata.json`` and the like) repeat the cases without
their text and are passed over.

CAP's texts are public domain (all access restrictions were lifted in March 2024).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from ..courts import is_known
from .classify import classify
from .inputs import open_source
from .records import Parsed, RulingRecord

SUFFIXES = (".json",)
METADATA_FILES = {"casesmetadata.json", "volumemetadata.json", "reportermetadata.json"}

# CAP court slugs that courts-db does not read as court names.
_CIRCUITS = ["1st", "2d", "3d", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th"]
CAP_SLUGS = {
    "us": "scotus",
    "fed-cir": "cafc",
    "cadc": "cadc",
    "dc-cir": "cadc",
    **{f"{ordinal}-cir": f"ca{n}" for n, ordinal in enumerate(_CIRCUITS, start=1)},
}
ROLE_WORDS = {
    "plaintiff": "plaintiff",
    "plaintiffs": "plaintiff",
    "defendant": "defendant",
    "defendants": "defendant",
    "appellant": "appellant",
    "appellants": "appellant",
    "appellee": "appellee",
    "appellees": "appellee",
    "petitioner": "petitioner",
    "petitioners": "petitioner",
    "respondent": "respondent",
    "respondents": "respondent",
    "intervenor": "intervener",
    "intervener": "intervener",
    "claimant": "claimant",
}
_ROLE_TAIL = re.compile(
    r"(?:(?:,?\s*|\s*-\s*)(?:and\s+)?(?:cross-)?(" + "|".join(ROLE_WORDS) + r")\b[.,]?)+\s*$",
    re.IGNORECASE,
)
_BARE_DISTRICT = re.compile(
    r"^(?:(?:Eastern|Western|Northern|Southern|Middle|Central) )?District of"
)
_VERSUS = re.compile(r"\s+v(?:s)?\.\s+", re.IGNORECASE)


def parse(source) -> Iterator[Parsed]:
    """Yield one record per case in a CAP JSON file (a path, an Input or a binary stream)."""
    with open_source(source) as (name, stream):
        if name.rsplit("/", 1)[-1].lower() in METADATA_FILES:
            return
        try:
            data = json.load(stream)
        except (ValueError, UnicodeDecodeError) as error:
            yield {"position": name, "error": f"not valid JSON ({error})"}
            return
        cases = data.get("results", [data]) if isinstance(data, dict) else data
        if not isinstance(cases, list):
            yield {"position": name, "error": "expected a case object or a list of cases"}
            return
        for index, case in enumerate(cases, start=1):
            position = name if len(cases) == 1 else f"{name}:#{index}"
            yield _record_or_error(case, position)


def _record_or_error(case, position: str) -> Parsed:
    try:
        return {**case_record(case), "position": position}
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        message = str(error) if isinstance(error, ValueError) else f"missing or bad {error}"
        return {"position": position, "error": message}


def case_record(case: dict) -> RulingRecord:
    """The ruling record of one CAP case object; raises ValueError when it cannot be read."""
    if not isinstance(case, dict) or not case.get("id"):
        raise ValueError("a case needs an 'id'")
    body = _casebody(case)
    text = case_text(body.get("opinions") or [])
    court = court_id(case.get("court") or {})
    ip_types, reason = classify(text, title=case.get("name", ""))
    # Official and parallel reporters alike: each one finds the ruling.
    citations = [c["cite"] for c in case.get("citations") or [] if c.get("cite")]
    return {
        "source": "cap",
        "source_id": str(case["id"]),
        "court": court,
        "case_name": _one_line(case.get("name") or case.get("name_abbreviation") or ""),
        "case_short_name": case.get("name_abbreviation") or "",
        "decision_date": _date(case.get("decision_date") or ""),
        "docket_number": case.get("docket_number") or "",
        "source_url": case.get("frontend_url") or case.get("url") or "",
        "kind": "opinion",
        "precedential_status": "precedential" if _official(case) else "unknown",
        "judges": _one_line(re.sub(r"(\w)-\n(\w)", r"\1\2", " ".join(body.get("judges") or []))),
        "parties": parties(body.get("parties") or [case.get("name", "")], court),
        "citations": citations,
        "text": text,
        "ip_types": ip_types,
        "ip_classification": reason,
    }


def _official(case: dict) -> bool:
    return any(c.get("type") == "official" for c in case.get("citations") or [])


def _casebody(case: dict) -> dict:
    body = case.get("casebody") or {}
    if "data" in body or "status" in body:
        if body.get("status", "ok") != "ok":
            raise ValueError(f"casebody not available (status {body.get('status')!r})")
        body = body.get("data")
        if not isinstance(body, dict):
            raise ValueError(
                "casebody is not in the JSON text format (fetch with body_format=text)"
            )
    return body


def case_text(opinions: list[dict]) -> str:
    """The opinions as plain text: a heading per opinion, paragraphs separated by blank lines."""
    parts = []
    for opinion in opinions:
        kind = (opinion.get("type") or "majority").replace("-", " ")
        author = _one_line(opinion.get("author") or "")
        heading = f"[{kind.capitalize()} opinion{f', {author}' if author else ''}]"
        paragraphs = [p.strip() for p in dehyphenate(opinion.get("text") or "").split("\n")]
        parts.append("\n\n".join([heading, *(p for p in paragraphs if p)]))
    return "\n\n".join(parts)


def dehyphenate(text: str) -> str:
    """Join words OCR split across a line break ("copy-\\nright"), only between lower-case
    letters, so that real hyphens at a line end before a capital or digit stay."""
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", text)


def parties(captions: list[str], court: str) -> list[dict]:
    """Parties from CAP captions ("LOTUS ..., Plaintiff, Appellee, v. BORLAND ..., Defendant,
    Appellant."): one party per side of the "v.", its role from the last role word."""
    found = []
    for caption in captions:
        sides = [s for s in _VERSUS.split(_one_line(caption)) if s.strip()]
        for index, side in enumerate(sides[:2]):
            match = _ROLE_TAIL.search(side)
            words = re.findall("|".join(ROLE_WORDS), match.group(0), re.I) if match else []
            name = (side[: match.start()] if match else side).strip(" ,;")
            name = re.sub(r",?\s+et al\.?$", "", name, flags=re.IGNORECASE)
            role = ROLE_WORDS[words[-1].lower()] if words else _default_role(index, court)
            if name:
                found.append({"name": name, "role": role, "is_natural_person": None})
    return found


def _default_role(side: int, court: str) -> str:
    # The Supreme Court's captions put the petitioner first; elsewhere the order says nothing.
    if court == "scotus":
        return ("petitioner", "respondent")[side]
    return "other"


def court_id(court: dict) -> str:
    """Our court id for a CAP court; raises ValueError naming a court we do not list."""
    name = court.get("name") or ""
    candidate = CAP_SLUGS.get(court.get("slug") or "")
    if candidate is None and name:
        from courts_db import find_court  # slow to import (compiles its patterns)

        # Without bankruptcy=False a bare district name resolves to the bankruptcy court.
        found = find_court(name, bankruptcy="bankruptcy" in name.lower())
        if not found and _BARE_DISTRICT.match(name):
            found = find_court(f"United States District Court for the {name}", bankruptcy=False)
        candidate = found[0] if len(found) == 1 else None
    if candidate and is_known(candidate):
        return candidate
    label = name or court.get("slug") or "(no court)"
    raise ValueError(f"court {label!r} is neither in courts-db nor in ipcases.courts")


def _date(value: str) -> str:
    """CAP dates may be partial ("1995-03", "1995"): kept so, the store records how much of
    the date is known."""
    if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        raise ValueError(f"decision_date {value!r} is not a date")
    return value


def _one_line(text: str) -> str:
    return " ".join(text.split())
