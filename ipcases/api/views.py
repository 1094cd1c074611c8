"""The API's endpoints, a few lines each: read the parameters (400 with the errors), build the
answer from the page layer, answer with its validators (conditional.respond). Reads go to a
replica where there is one, as the pages' do (ipcases/replicas.py)."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import redirect
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.request import Request
from rest_framework.response import Response

from .. import analytics
from ..analytics.links import figure_params, rulings_href
from ..models import Court, MergedRuling, Ruling
from ..pages.analytics import AnalyticsForm
from ..pages.listing import Listing
from ..replicas import reads_from_replicas
from . import results, schema
from .conditional import catalogue_modified, respond
from .figures import analytics_data
from .lookup import MAX_TEXT_CHARS, look_up
from .network import network
from .params import ListParams, selected_fields
from .rights import RightParams, right_data
from .serializers import CourtSerializer, RulingDetailSerializer, RulingListSerializer

LIST_FIELDS = list(RulingListSerializer.Meta.fields)
DETAIL_FIELDS = list(RulingDetailSerializer.Meta.fields) + ["cited_by_count"]
MAX_ID_DIGITS = 18  # ids are 64-bit integers
BAD_REQUEST = OpenApiResponse(schema.FIELD_ERRORS, description="Parameters that do not validate")


def _bad(errors: dict) -> Response:
    return Response(errors, status=400)


@reads_from_replicas
@extend_schema(
    operation_id="rulings_list",
    parameters=schema.list_parameters(LIST_FIELDS),
    responses={200: results.LIST_SCHEMA, 400: BAD_REQUEST},
    description="The rulings /rulings/ lists for the same parameters, a page at a time.",
)
@api_view(["GET"])
def ruling_list(request: Request) -> Response:
    params = ListParams(request.query_params, LIST_FIELDS)
    if not params.is_valid():
        return _bad(params.errors)
    return respond(request, results.list_data(request, params), catalogue_modified())


@reads_from_replicas
@extend_schema(
    operation_id="ruling",
    parameters=[schema.fields_parameter(DETAIL_FIELDS)],
    responses={200: RulingDetailSerializer, 400: BAD_REQUEST, 404: schema.ERRORS},
)
@api_view(["GET"])
def ruling_detail(request: Request, pk: str) -> Response:
    if not (pk.isascii() and pk.isdigit() and len(pk) <= MAX_ID_DIGITS):
        raise Http404("No ruling has this id.")
    errors: dict = {}
    fields = selected_fields(request.query_params, DETAIL_FIELDS, errors)
    if errors:
        return _bad(errors)
    ruling = Ruling.objects.for_detail().filter(pk=int(pk)).first()
    if ruling is None:
        survivor = MergedRuling.objects.survivor_of(int(pk))
        if survivor is None:
            raise Http404("No ruling has this id.")
        return redirect("api:ruling", pk=survivor, permanent=True)
    context = {"network": network(ruling)}
    data = RulingDetailSerializer(ruling, fields=fields, context=context).data
    return respond(request, data, catalogue_modified())


@reads_from_replicas
@extend_schema(operation_id="courts", responses={200: CourtSerializer(many=True)})
@api_view(["GET"])
def court_list(request: Request) -> Response:
    courts = Court.objects.with_ruling_counts().order_by("country", "name")
    return respond(request, CourtSerializer(courts, many=True).data, catalogue_modified())


@reads_from_replicas
@extend_schema(
    operation_id="right",
    parameters=RightParams.parameters(),
    responses={200: results.RIGHT_SCHEMA, 400: BAD_REQUEST, 404: schema.ERRORS},
)
@api_view(["GET"])
def right_detail(request: Request, kind: str, number: str) -> Response:
    params = RightParams(kind, number, request.query_params)
    if params.not_found:
        raise Http404(params.not_found)
    if not params.is_valid():
        return _bad(params.errors)
    return respond(request, right_data(params), catalogue_modified())


@reads_from_replicas
@extend_schema(
    operation_id="analytics",
    parameters=[*schema.filter_parameters(), *schema.analytics_parameters()],
    responses={200: results.ANALYTICS_SCHEMA, 400: BAD_REQUEST},
    description="The figures of /analytics/ for the same parameters.",
)
@api_view(["GET"])
def analytics_figures(request: Request) -> Response:
    params = figure_params(request.query_params)
    listing, form = Listing(params), AnalyticsForm(params)
    if not listing.is_valid() or not form.is_valid():
        return _bad({**results.messages(listing.errors), **results.messages(form.errors)})
    figures, tables = analytics.page_tables(listing.qs, form.choice, listing.active)
    data = analytics_data(figures, tables, rulings_href(params), params.urlencode())
    return respond(request, data, catalogue_modified())


class LookupRequest(serializers.Serializer):
    text = serializers.CharField(max_length=MAX_TEXT_CHARS, allow_blank=True, trim_whitespace=False)


@extend_schema(
    operation_id="citation_lookup",
    request=LookupRequest,
    responses={200: results.LOOKUP_SCHEMA, 400: BAD_REQUEST},
    description="Every citation found in a text, with the catalogued ruling it names.",
)
@api_view(["POST"])
def citation_lookup(request: Request) -> Response:
    form = LookupRequest(data=request.data)
    if not form.is_valid():
        return _bad(form.errors)
    return Response(look_up(form.validated_data["text"]))
