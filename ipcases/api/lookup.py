"""Citation look-up: the citations found in a pasted text, each with the catalogued ruling it
names. The same extraction reads the catalogue's own texts, and the same resolution links
them (parallel citations and a reporter spaced in any way name the same ruling)."""

from __future__ import annotations

from ..citations import catalogued, extract
from ..citations.found import CitedAuthority, Extraction
from ..models import Ruling
from .serializers import ruling_ref

MAX_TEXT_CHARS = 64_000


def look_up(text: str) -> dict:
    found = extract(text)
    targets = catalogued({key for authority in found.authorities for key in authority.cites})
    rulings = Ruling.objects.select_related("case__court").in_bulk(set(targets.values()))
    return {
        "citations": [_authority(a, found, targets, rulings) for a in found.authorities],
        "statutes": [
            {"key": s.key, "text": s.text, "start": s.start, "end": s.end} for s in found.statutes
        ],
        "rights": [
            {"kind": r.kind, "office": r.office, "number": r.number, "text": r.text}
            for r in found.rights
        ],
    }


def _authority(
    authority: CitedAuthority, found: Extraction, targets: dict[str, int], rulings: dict
) -> dict:
    named = next((targets[key] for key in authority.cites if key in targets), None)
    return {
        "cites": list(authority.cites.values()),
        "normalized": list(authority.cites),
        "form": authority.form,
        "relation": authority.relation,
        "case_name": authority.case_name,
        "year": authority.year,
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text}
            for m in found.case_mentions
            if m.group == authority.group
        ],
        "ruling": ruling_ref(rulings.get(named)) if named is not None else None,
    }
