"""One right (a patent, a mark, a registration) as the API gives it: what the right's page
shows, with the rulings concerning it a page at a time, read by the same page layer."""

from __future__ import annotations

from django.http import QueryDict
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter

from ..models import IPRight
from ..normalize import normalize_right_number
from ..pages.rights import right_context
from .serializers import RulingListSerializer

RIGHT_NUMBER_LENGTH = IPRight._meta.get_field("number").max_length


class RightParams:
    """The right a path names and the `office` and `page` parameters; `not_found` says why a
    path names no right (a 404), `errors` what parameter does not validate (a 400)."""

    def __init__(self, kind: str, number: str, params: QueryDict):
        self.kind, self.params = kind, params
        # Room for how people write a number (EP 1 234 567 B1), and no more.
        short = len(number) <= 2 * RIGHT_NUMBER_LENGTH
        self.number = normalize_right_number(number) if short else ""
        self.office = params.get("office", "").upper()
        self.not_found = self._not_found()
        self.errors: dict[str, list[str]] = {}
        if self.office and not (
            len(self.office) == 2 and self.office.isascii() and self.office.isalpha()
        ):
            self.errors["office"] = ["Enter a two-letter office code, such as US or GB."]
        page = params.get("page", "")
        if page and not (page.isascii() and page.isdigit() and 0 < len(page) <= 6):
            self.errors["page"] = ["Enter a page number."]

    def _not_found(self) -> str:
        if self.kind not in IPRight.Kind.values:
            return "No such kind of right."
        if not any(ch.isdigit() for ch in self.number) or len(self.number) > RIGHT_NUMBER_LENGTH:
            return "Not a right number."
        return ""

    def is_valid(self) -> bool:
        return not self.errors

    @staticmethod
    def parameters() -> list[OpenApiParameter]:
        return [
            OpenApiParameter("office", str, description="Only the right of this office (US, GB)."),
            OpenApiParameter("page", int, description="The page of its rulings (20 a page)."),
        ]


def right_data(params: RightParams) -> dict:
    context = right_context(params.kind, params.number, params.office, params.params)
    page = context["page"]
    counts = context["mention_counts"]
    rulings = RulingListSerializer(page.object_list, many=True).data
    return {
        "kind": params.kind,
        "number": params.number,
        "office": params.office or None,
        "label": context["label"],
        "offices": [{"office": code, "label": label} for code, label in context["offices"]],
        "titles": context["titles"],
        "url": reverse("right_detail", args=[params.kind, params.number]),
        "cases_in_suit": [
            {
                "court": case.court_id,
                "docket_number": case.docket_number,
                "name": case.name,
            }
            for case in context["cases_in_suit"]
        ],
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "rulings": [{**row, "mentions": counts.get(row["id"], 0)} for row in rulings],
    }
