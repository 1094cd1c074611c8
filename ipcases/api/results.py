"""The answers built of several parts: a page of the list (with its count, the facet counts
/rulings/ shows beside it, the notes on the query and the next cursor), and the schema of
each answer that has no serializer of its own."""

from __future__ import annotations

from rest_framework import serializers
from rest_framework.request import Request

from .network import treatment_data
from .params import ListParams
from .serializers import RowTreatmentSerializer, RulingListSerializer, RulingRefSerializer


def messages(errors) -> dict[str, list[str]]:
    return {name: [str(message) for message in listed] for name, listed in errors.items()}


def list_data(request: Request, params: ListParams) -> dict:
    rulings, following = params.page
    counts = params.listing.facet_counts
    return {
        "count": counts.total,
        "order": params.listing.order,
        "notes": list(params.listing.parsed.notes),
        "next": _next_url(request, following.encode()) if following else None,
        "facets": counts.options,
        "results": _results(params, rulings),
    }


def _results(params: ListParams, rulings: list) -> list[dict]:
    """The rulings as the list shows them; where the query's `cites:` names a ruling, each
    with how it treats it (`treatment`, null where it neither cites it nor decided its
    appeal)."""
    data = RulingListSerializer(rulings, many=True, fields=params.fields).data
    if params.listing.cited is None:
        return data
    params.listing.treated(rulings)
    for row, ruling in zip(data, rulings, strict=True):
        row["treatment"] = treatment_data(ruling.treated) if ruling.treated else None
    return data


def _next_url(request: Request, token: str) -> str:
    query = request.query_params.copy()
    query["cursor"] = token
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


class CitingResult(RulingListSerializer):
    treatment = RowTreatmentSerializer(
        required=False,
        allow_null=True,
        help_text="Only where the query's cites: names a ruling: how this one treats it, with "
        "the citing passage (null where it neither cites it nor decided its appeal).",
    )

    class Meta(RulingListSerializer.Meta):
        fields = [*RulingListSerializer.Meta.fields, "treatment"]


class RulingPage(serializers.Serializer):
    count = serializers.IntegerField(help_text="Rulings the parameters select, all pages.")
    order = serializers.CharField(help_text="The order of the results.")
    notes = serializers.ListField(
        child=serializers.CharField(), help_text="What was repaired in the query, if anything."
    )
    next = serializers.URLField(allow_null=True, help_text="The next page; null on the last.")
    facets = serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField()),
        help_text="For each facet of /rulings/, the rulings with each option within the "
        "search and the other filters; in a multiple choice (court, ip_type) with options "
        "chosen, a chosen one's rulings among the results and an unchosen one's the rulings "
        "that adding it brings.",
    )
    results = CitingResult(many=True)


class Row(serializers.Serializer):
    cells = serializers.ListField(child=serializers.CharField())
    rulings_url = serializers.CharField(allow_null=True, help_text="The rulings behind the row.")
    rulings_api_url = serializers.CharField(allow_null=True)


class BasisCount(serializers.Serializer):
    basis = serializers.CharField(help_text="Where the values come from.")
    n = serializers.IntegerField()
    rulings_url = serializers.CharField(allow_null=True)
    rulings_api_url = serializers.CharField(allow_null=True)


class Figure(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    n = serializers.IntegerField(help_text="The sample size.")
    sample = serializers.CharField(help_text="What n counts.")
    small_sample = serializers.BooleanField()
    rulings_url = serializers.CharField(allow_null=True)
    rulings_api_url = serializers.CharField(allow_null=True)
    columns = serializers.ListField(child=serializers.CharField())
    rows = Row(many=True)
    notes = serializers.ListField(child=serializers.CharField())
    bases_of = serializers.CharField()
    bases = BasisCount(many=True)
    csv_url = serializers.CharField()


class AnalyticsFigures(serializers.Serializer):
    total = serializers.IntegerField()
    rulings_url = serializers.CharField()
    rulings_api_url = serializers.CharField(allow_null=True)
    tables = Figure(many=True)


class Mention(serializers.Serializer):
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    text = serializers.CharField()


class FoundCitation(serializers.Serializer):
    cites = serializers.ListField(child=serializers.CharField(), help_text="As printed.")
    normalized = serializers.ListField(child=serializers.CharField())
    form = serializers.CharField()
    relation = serializers.CharField()
    case_name = serializers.CharField()
    year = serializers.IntegerField(allow_null=True)
    mentions = Mention(many=True)
    ruling = RulingRefSerializer(allow_null=True, help_text="null: not in the catalogue.")


class FoundStatute(Mention):
    key = serializers.CharField()


class FoundRight(serializers.Serializer):
    kind = serializers.CharField()
    office = serializers.CharField()
    number = serializers.CharField()
    text = serializers.CharField()


class Lookup(serializers.Serializer):
    citations = FoundCitation(many=True)
    statutes = FoundStatute(many=True)
    rights = FoundRight(many=True)


class Office(serializers.Serializer):
    office = serializers.CharField()
    label = serializers.CharField()


class CaseInSuit(serializers.Serializer):
    court = serializers.CharField()
    docket_number = serializers.CharField()
    name = serializers.CharField()


class RightRuling(RulingListSerializer):
    mentions = serializers.IntegerField(help_text="Times the ruling's text mentions the right.")

    class Meta(RulingListSerializer.Meta):
        fields = [*RulingListSerializer.Meta.fields, "mentions"]


class RightAnswer(serializers.Serializer):
    kind = serializers.CharField()
    number = serializers.CharField()
    office = serializers.CharField(allow_null=True)
    label = serializers.CharField()
    offices = Office(many=True)
    titles = serializers.ListField(child=serializers.CharField())
    url = serializers.CharField()
    cases_in_suit = CaseInSuit(many=True)
    count = serializers.IntegerField()
    page = serializers.IntegerField()
    pages = serializers.IntegerField()
    rulings = RightRuling(many=True)


LIST_SCHEMA = RulingPage
ANALYTICS_SCHEMA = AnalyticsFigures
LOOKUP_SCHEMA = Lookup
RIGHT_SCHEMA = RightAnswer
