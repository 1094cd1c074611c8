"""A page's query string with one parameter changed: the links of facets, chips and pages."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import QueryDict


class QueryString:
    """The parameters of a page without its page number, read once for all its links."""

    def __init__(self, params: QueryDict | None):
        params = params if params is not None else QueryDict()
        self.params = {key: params.getlist(key) for key in params if key != "page"}

    def with_value(self, name: str, value: str = "", toggle: bool = False) -> str:
        """The query string with one value set, toggled (for a multiple choice) or removed
        (no value)."""
        params = dict(self.params)
        values = list(params.get(name, []))
        if toggle and value in values:
            values.remove(value)
        elif toggle:
            values.append(value)
        else:
            values = [value] if value and value not in values else []
        params[name] = values
        return urlencode([(key, v) for key, listed in params.items() for v in listed])

    def pairs(self, names: set[str]) -> list[tuple[str, str]]:
        """(name, value) of the parameters of these names, for hidden inputs of a form."""
        listed = self.params.items()
        return [(name, value) for name, values in listed if name in names for value in values]
