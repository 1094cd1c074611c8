"""The page of one right (a patent, a mark, a registration): every ruling and case concerning
it, and how the right is usually written."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from django.core.paginator import Paginator

from ..models import IPRight, RightMention, Ruling

_PATENT_KINDS = ("utility_patent", "design_patent", "reissue_patent", "plant_patent")


def right_label(kind: str, number: str, office: str = "US") -> str:
    """How the right is usually written: `utility_patent`, `7654321` -> "U.S. Patent No.
    7,654,321"; `european_patent`, `2624245` -> "EP 2 624 245"."""
    prefix, digits = re.match(r"([A-Za-z]*)(.*)", number).groups()
    grouped = f"{int(digits):,}" if digits.isdigit() else digits
    spaced = f"{digits.zfill(7)[:1]} {digits.zfill(7)[1:4]} {digits.zfill(7)[4:]}"
    if kind == "european_patent":
        return f"EP {spaced}"
    if kind in _PATENT_KINDS and office == "US":
        return f"U.S. Patent No. {prefix}{grouped}"
    if kind in _PATENT_KINDS and office == "GB":
        return f"GB {spaced}"
    if kind == "trademark_registration" and office == "US":
        return f"U.S. Trademark Reg. No. {grouped}"
    if kind == "trademark_application":
        return f"U.S. Trademark Serial No. {digits}"
    if kind == "trademark_registration":
        return f"{'UK' if office == 'GB' else office} trade mark No. {digits}"
    if kind == "copyright_registration" and len(digits) >= 7:
        return f"{prefix} {int(digits[:-6])}-{digits[-6:-3]}-{digits[-3:]}"
    return f"{office} {IPRight.Kind(kind).label} {number}"


def right_context(kind: str, number: str, office: str, params) -> dict:
    """The page of one right; `office` ("" for any) narrows it to the right of one office,
    since the same kind and number can be held in several (a GB and a US patent)."""
    mentions = RightMention.objects.filter(kind=kind, number=number)
    rights = IPRight.objects.filter(kind=kind, number=number)
    offices = sorted(set(mentions.values_list("office", flat=True)) | {r.office for r in rights})
    if office:
        mentions, rights = mentions.filter(office=office), rights.filter(office=office)
    rulings = Ruling.objects.concerning_right(kind, number, office)
    rights = rights.prefetch_related("cases__court")
    only = offices[0] if len(offices) == 1 else ("EP" if kind == "european_patent" else "US")
    shown = office or only
    return {
        "kind": kind,
        "kind_label": IPRight.Kind(kind).label,
        "number": number,
        "offices": [(code, right_label(kind, number, code)) for code in offices]
        if len(offices) > 1
        else [],
        "office": office,
        "query_string": urlencode({"office": office}) if office else "",
        "label": right_label(kind, number, shown),
        "titles": [r.title for r in rights if r.title],
        "cases_in_suit": [case for right in rights for case in right.cases.all()],
        "mention_counts": dict(mentions.values_list("ruling_id", "count")),
        "page": Paginator(rulings.for_list().newest_first(), 20).get_page(params.get("page")),
    }
