"""A ruling's place in the citation network as the API gives it: what it cites (parallel
citations together, as the ruling page groups them), the decision it reviews, the rulings that
cite it, and the statutes and rights its text mentions."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse

from ..models import Citation, Ruling
from ..models.treatments import Cited, treating
from ..pages.citations import cited_authorities
from ..pages.rights import right_label
from ..pages.treatments import RowTreatment, row_treatments
from .serializers import ruling_ref

CITED_BY_SHOWN = 100


def network(ruling: Ruling) -> dict:
    cites, reviews = cited_authorities(ruling)
    citing = Ruling.objects.filter(treating(Cited.ruling(ruling)))
    return {
        "cites": [
            {
                "cites": [c.cite for c in row.cites],
                "case_name": row.case_name,
                "depth": row.depth,
                "pin_cites": row.pin_cites,
                "ruling": ruling_ref(row.ruling),
                "treatment": _treatment(row.cites),
            }
            for row in cites
        ],
        "reviews": [{"cite": c.cite, "ruling": ruling_ref(c.cited_ruling)} for c in reviews],
        "cited_by": _cited_by(ruling, citing),
        "cited_by_count": citing.count(),
        "statutes": [
            {"key": m.key, "count": m.count, "rulings_url": _list_url(statute=m.key)}
            for m in ruling.statute_mentions.all()
        ],
        "rights_mentioned": [
            {
                "kind": m.kind,
                "office": m.office,
                "number": m.number,
                "label": right_label(m.kind, m.number, m.office),
                "printed": m.printed,
                "count": m.count,
                "url": reverse("right_detail", args=[m.kind, m.number]),
            }
            for m in ruling.right_mentions.all()
        ],
    }


def _treatment(cites: list[Citation]) -> dict:
    """How the text treats the cited ruling, as its first citation was read (parallel
    citations share it), with the words that gave it and the passage quoted."""
    first = cites[0]
    return {
        "treatment": first.treatment,
        "rule": first.treatment_rule,
        "passage": first.passage,
        "passage_at": first.passage_at,
    }


def _cited_by(ruling: Ruling, citing) -> list[dict]:
    """The newest citing references, each with how it treats the ruling (in its text, or
    on appeal)."""
    rows = list(citing.select_related("case").newest_first()[:CITED_BY_SHOWN])
    treated = row_treatments(rows, Cited.ruling(ruling))
    return [
        {**ruling_ref(r), "depth": treated[r.pk].depth, "treatment": treatment_data(treated[r.pk])}
        for r in rows
        if r.pk in treated
    ]


def treatment_data(treated: RowTreatment) -> dict:
    """A row's treatment as the API gives it (the list's rows of a `cites:` query too)."""
    return {
        "treatment": treated.treatment,
        "treatments": list(treated.treatments),
        "rule": treated.rule,
        "passage": treated.passage,
        "passage_at": treated.passage_at,
        "passage_url": treated.passage_url,
    }


def _list_url(**params: str) -> str:
    return f"{reverse('api:rulings')}?{urlencode(params)}"
