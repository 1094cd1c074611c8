"""What the OpenAPI schema says beyond what the serializers tell: the list's query parameters
(read from the one FilterSet, so the schema cannot drift from /rulings/), the 400 answer, and
the shapes of answers built without a serializer."""

from __future__ import annotations

import django_filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, inline_serializer
from rest_framework import serializers

from ..analytics.dimensions import DIMENSIONS
from ..filters import Checkbox, Fixed, RulingFilter
from . import params as api_params

# Choices read from the database (courts, countries) are left open in the schema.
OPEN_CHOICES = {"court", "country"}


def _type(item) -> OpenApiTypes:
    if isinstance(item, django_filters.NumberFilter):
        return OpenApiTypes.NUMBER
    if isinstance(item, django_filters.DateFilter):
        return OpenApiTypes.DATE
    return OpenApiTypes.STR


def _filter_parameter(name: str, item) -> OpenApiParameter:
    multiple = isinstance(item, django_filters.MultipleChoiceFilter)
    choices = item.extra.get("choices")
    if isinstance(choices, Fixed):
        choices = choices()
    enum = None
    if name not in OPEN_CHOICES and choices and not callable(choices):
        enum = [str(value) for value, _ in choices]
    if isinstance(item, Checkbox):
        enum = ["on", "1", "true"]
    label = str(item.label or name)
    return OpenApiParameter(
        name,
        _type(item),
        OpenApiParameter.QUERY,
        description=f"{label} (as on /rulings/; the query language is on /help/search/).",
        enum=enum,
        many=multiple,
        explode=True if multiple else None,
    )


def filter_parameters() -> list[OpenApiParameter]:
    """The parameters of /rulings/, one by one, from RulingFilter."""
    return [_filter_parameter(name, item) for name, item in RulingFilter.base_filters.items()]


def list_parameters(fields: list[str]) -> list[OpenApiParameter]:
    return [
        *filter_parameters(),
        OpenApiParameter("cursor", str, description="The `next` cursor of the previous page."),
        OpenApiParameter(
            "page_size",
            int,
            description=f"Rulings per page, 1 to {api_params.MAX_PAGE_SIZE} "
            f"(default {api_params.PAGE_SIZE}).",
        ),
        fields_parameter(fields),
    ]


def fields_parameter(fields: list[str]) -> OpenApiParameter:
    return OpenApiParameter(
        "fields",
        str,
        description="Only these fields, comma-separated: " + ", ".join(fields) + ".",
    )


ERRORS = inline_serializer(
    "Errors",
    {
        "detail": serializers.CharField(required=False),
    },
)
# Every parameter that does not validate, by name: {"damages_min": ["Enter a number."]}.
FIELD_ERRORS = {
    "type": "object",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}


def analytics_parameters() -> list[OpenApiParameter]:
    dimensions = list(DIMENSIONS)
    return [
        OpenApiParameter(
            "group", str, description="Split the figures by a dimension.", enum=dimensions
        ),
        OpenApiParameter(
            "compare", str, description="Compare values of a dimension.", enum=dimensions
        ),
        OpenApiParameter(
            "compare_values", str, description="The values compared, comma-separated."
        ),
        OpenApiParameter("include_synthetic", str, description="1: count synthetic rulings too."),
    ]
