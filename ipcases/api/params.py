"""The parameters of the API's list: those of /rulings/, read by the same Listing (and so the
same FilterSet, with the same messages), and the API's own: `cursor`, `page_size` and
`fields`. Every value that does not validate is an error by its parameter's name; the view
answers them with a 400 before any query runs."""

from __future__ import annotations

from django.http import QueryDict
from django.utils.functional import cached_property

from ..pages.listing import Listing
from . import pagination

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def selected_fields(params: QueryDict, known: list[str], errors: dict) -> list[str] | None:
    """The fields asked for with `fields=a,b` (None: all), or an error naming the unknown."""
    raw = params.get("fields", "")
    if not raw.strip():
        return None
    names = [name.strip() for name in raw.split(",") if name.strip()]
    unknown = [name for name in names if name not in known]
    if unknown:
        errors["fields"] = [
            f"Unknown field(s): {', '.join(sorted(set(unknown)))[:200]}. "
            f"Choose among: {', '.join(known)}."
        ]
        return None
    return names


class ListParams:
    def __init__(self, params: QueryDict, fields: list[str]):
        self.listing = Listing(params)
        self.errors: dict[str, list[str]] = {
            name: [str(message) for message in messages]
            for name, messages in self.listing.errors.items()
        }
        self.fields = selected_fields(params, fields, self.errors)
        self.size = self._page_size(params.get("page_size", ""))
        self.cursor = self._cursor(params.get("cursor", ""))

    def is_valid(self) -> bool:
        return not self.errors

    @cached_property
    def page(self):
        return pagination.page(self.listing, self.cursor, self.size)

    def _page_size(self, raw: str) -> int:
        if not raw:
            return PAGE_SIZE
        if raw.isascii() and raw.isdigit() and len(raw) <= 3 and 1 <= int(raw) <= MAX_PAGE_SIZE:
            return int(raw)
        self.errors["page_size"] = [f"Enter a whole number from 1 to {MAX_PAGE_SIZE}."]
        return PAGE_SIZE

    def _cursor(self, token: str) -> pagination.Cursor | None:
        if not token or self.errors:
            return None
        try:
            return pagination.decode(token, self.listing.order)
        except pagination.BadCursor as bad:
            self.errors["cursor"] = [str(bad)]
            return None
