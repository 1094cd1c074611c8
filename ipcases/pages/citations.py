"""What the ruling page and the right page show of the citation network."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.urls import reverse

from .. import search
from ..citations.extract import text_hash
from ..citations.related import related
from ..citations.render import link_spans
from ..models import Citation, CitationScan, Court, Ruling
from ..models.citations import TREATMENT_FILTER_CHOICES, TREATMENT_FILTERS
from ..models.treatments import Cited, treating
from ..outcomes.document import Document
from .history import LaterTreatment, appeals_in, later_treatments
from .rights import right_label
from .treatments import mark_treatments

CITED_BY_PAGE_SIZE = 20
T = Citation.Treatment


class CitedByFilter(forms.Form):
    """Narrows the "Cited by" list of a ruling page; its fields are prefixed query parameters."""

    cited_by_court = forms.ModelChoiceField(
        queryset=Court.objects.all(),
        required=False,
        to_field_name="pk",
        label="Court",
        empty_label="Any court",
    )
    cited_by_from = forms.DateField(
        required=False, label="Decided from", widget=forms.DateInput(attrs={"type": "date"})
    )
    cited_by_to = forms.DateField(
        required=False, label="to", widget=forms.DateInput(attrs={"type": "date"})
    )
    cited_by_treatment = forms.ChoiceField(
        choices=[("", "Any treatment"), *TREATMENT_FILTER_CHOICES],
        required=False,
        label="Treatment",
    )


@dataclass
class CitedAuthorityRow:
    """One cited ruling in the "Cites" list: linked (ruling) or not (cite text only)."""

    cites: list[Citation]
    ruling: Ruling | None = None
    depth: int = 1
    pin_cites: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "; ".join(c.cite for c in self.cites)

    @property
    def case_name(self) -> str:
        return next((c.case_name for c in self.cites if c.case_name), "")


def cited_authorities(ruling: Ruling) -> tuple[list[CitedAuthorityRow], list[Citation]]:
    """The rulings this one cites, grouped by parallel citations, linked ones first, and the
    decision(s) it reviews on appeal."""
    rows = list(
        Citation.objects.filter(citing_ruling=ruling).select_related("cited_ruling__case__court")
    )
    groups: dict[str, CitedAuthorityRow] = {}
    for citation in rows:
        if citation.relation != Citation.Relation.CITES:
            continue
        row = groups.setdefault(citation.group, CitedAuthorityRow(cites=[]))
        row.cites.append(citation)
        row.ruling = row.ruling or citation.cited_ruling
        row.depth = max(row.depth, citation.depth)
        for pin in filter(None, citation.pin_cites.split("; ")):
            if pin not in row.pin_cites:
                row.pin_cites.append(pin)
    merged: dict[object, CitedAuthorityRow] = {}
    for key, row in groups.items():
        target = row.ruling.pk if row.ruling else key
        if target in merged:  # two groups that turned out to cite the same ruling
            merged[target].cites += row.cites
            merged[target].depth += row.depth
        else:
            merged[target] = row
    ordered = sorted(merged.values(), key=lambda r: (r.ruling is None, -r.depth, r.label))
    reviews = [c for c in rows if c.relation == Citation.Relation.REVIEWS]
    return ordered, reviews


def cited_by_section(ruling: Ruling, params, history: list[LaterTreatment]) -> dict:
    """The citing references: the rulings that cite this one or decided an appeal from it
    (its ``history`` has them), each with how it treats it (pages/treatments.py), filtered
    by court, dates and treatment."""
    form = CitedByFilter(params)
    cited = Cited.ruling(ruling, appeals_in(history))
    every = Ruling.objects.filter(treating(cited))
    total = every.count()
    if not total:
        return {"cited_by_total": 0, "cited_by_page": [], "cited_by_form": form}
    citing = every
    if form.is_valid():
        data = form.cleaned_data
        if data["cited_by_court"]:
            citing = citing.in_court(data["cited_by_court"])
        citing = citing.decided_between(data["cited_by_from"], data["cited_by_to"])
        if data["cited_by_treatment"]:
            citing = citing.filter(treating(cited, TREATMENT_FILTERS[data["cited_by_treatment"]]))
    # The page's ids in order first, then their rows: sorting every citing ruling with the
    # start of its text (for_list) read a thousand texts for twenty rows.
    # One statement: the page's ids are a subquery of the rows' statement.
    ids = citing.newest_first().values("pk")
    counted = search.Counted(ids, total) if citing is every else ids
    page = Paginator(counted, CITED_BY_PAGE_SIZE).get_page(params.get("cited_by_page"))
    rows = Ruling.objects.for_list().filter(pk__in=page.object_list).newest_first()
    page.object_list = mark_treatments(list(rows), cited)
    query = urlencode(
        {k: v for k, v in params.items() if k.startswith("cited_by_") and k != "cited_by_page"}
    )
    return {
        "cited_by_total": total,
        "cited_by_page": page,
        "cited_by_form": form,
        "cited_by_query": query,
    }


def citation_spans(ruling: Ruling, cites: list[CitedAuthorityRow]) -> list[tuple[int, int, str]]:
    """(start, end, url) of every link in the text; dangling citations get none."""
    scan = CitationScan.objects.filter(ruling=ruling).values_list("text_hash", "spans").first()
    if scan is None or scan[0] != text_hash(ruling.text):
        return []  # read before the text last changed: the places no longer fit
    urls = {
        c.group: row.ruling.get_absolute_url() for row in cites if row.ruling for c in row.cites
    }
    statute_list = reverse("ruling_list")
    spans = []
    for start, end, kind, key in scan[1]:
        if kind == "case" and key in urls:
            spans.append((start, end, urls[key]))
        elif kind == "statute":
            spans.append((start, end, f"{statute_list}?{urlencode({'statute': key})}"))
        elif kind == "right":
            right_kind, number = key.split("/", 1)
            spans.append((start, end, reverse("right_detail", args=[right_kind, number])))
    return spans


def passage_span(ruling: Ruling, params) -> tuple[int, int] | None:
    """The sentence a citing reference points at (``?at=<offset>`` of its citation), so that
    the page marks it; None for a missing or impossible offset."""
    at = params.get("at", "")
    if not (at.isascii() and at.isdigit() and len(at) < 10 and int(at) < len(ruling.text)):
        return None
    return Document(ruling.text).sentence(int(at), int(at) + 1)


def passage_marks(passage: tuple[int, int], links) -> list[tuple[int, int]]:
    """The passage cut at the edges of the text's links, so that each piece lies inside a
    link or outside all (a mark may not cross a link's edge)."""
    start, end = passage
    cuts = sorted(
        {start, end} | {edge for a, b, _ in links for edge in (a, b) if start < edge < end}
    )
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def ruling_citation_context(ruling: Ruling, params) -> dict:
    """Everything templates/_ruling_citations.html and the linked full text need."""
    cites, reviews = cited_authorities(ruling)
    statute_list = reverse("ruling_list")
    statutes = [
        (m, f"{statute_list}?{urlencode({'statute': m.key})}")
        for m in ruling.statute_mentions.all()
    ]
    history = later_treatments(ruling)
    return {
        "later_treatments": history,
        "related": related(ruling),
        "warnings": [t for t in history if t.warns],
        "cites": cites,
        "cites_linked": sum(1 for row in cites if row.ruling),
        "reviews": reviews,
        "statutes": statutes,
        "rights_mentioned": [
            (m, right_label(m.kind, m.number, m.office)) for m in ruling.right_mentions.all()
        ],
        "text_links": (links := citation_spans(ruling, cites)),
        # Rendered only where the page shows it (not when it highlights a search instead).
        "linked_text": functools.partial(link_spans, ruling.text, links),
        **cited_by_section(ruling, params, history),
    }
