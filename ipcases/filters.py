"""The one FilterSet: the query parameters of the ruling list (and of the API, exports and
analytics), its sort orders and its facet counts.

    f = RulingFilter(request.GET, queryset=Ruling.objects.all())
    results = f.results()      # sorted, sliceable for a Paginator
    facets = f.facets()        # every option with the number of rulings it would give

A value that does not validate shows the form's error and is left out; the other filters apply.
"""

from __future__ import annotations

from urllib.parse import urlencode

import django_filters
from django import forms
from django.db.models import F, Q, QuerySet
from django.http import QueryDict
from django.utils.functional import cached_property

from . import search
from .models import Court, IPType, Ruling, Source
from .normalize import fold

SORTS = [
    ("relevance", "Relevance"),
    ("newest", "Newest first"),
    ("oldest", "Oldest first"),
    ("damages", "Largest damages"),
    ("cited", "Most cited"),
]


def court_choices() -> list[tuple[str, str]]:
    return [(c.id, str(c)) for c in Court.objects.order_by("country", "name")]


def country_choices() -> list[tuple[str, str]]:
    countries = Court.objects.order_by("country").values_list("country", flat=True).distinct()
    return [(code, code) for code in countries]


class Checkbox(django_filters.BooleanFilter):
    """A filter that applies only when ticked; unticked means "no restriction"."""

    def __init__(self, condition: Q, **kwargs):
        self.condition = condition
        super().__init__(widget=forms.CheckboxInput, **kwargs)

    def filter(self, qs, value):
        return qs.filter(self.condition) if value else qs


class RulingFilterForm(forms.Form):
    def clean_currency(self) -> str:
        code = (self.cleaned_data.get("currency") or "").strip().upper()
        if code and not (len(code) == 3 and code.isascii() and code.isalpha()):
            raise forms.ValidationError("Enter a three-letter currency code, such as USD.")
        return code

    def clean_q(self) -> str:
        text = self.cleaned_data.get("q") or ""
        self.parsed = search.parse(text)
        if self.parsed.error:
            raise forms.ValidationError(self.parsed.error)
        return text


class RulingFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_query", label="Search")
    court = django_filters.MultipleChoiceFilter(
        # A ruling has one court: no duplicates to remove.
        field_name="case__court",
        choices=court_choices,
        label="Court",
        distinct=False,
    )
    country = django_filters.ChoiceFilter(
        field_name="case__court__country", choices=country_choices, label="Country"
    )
    level = django_filters.ChoiceFilter(
        field_name="case__court__level", choices=Court.Level.choices, label="Court level"
    )
    ip_type = django_filters.MultipleChoiceFilter(
        choices=IPType.choices, method="filter_ip_type", label="IP type"
    )
    outcome = django_filters.ChoiceFilter(
        field_name="rights_holder_outcome", choices=Ruling.Outcome.choices, label="Outcome"
    )
    disposition = django_filters.ChoiceFilter(choices=Ruling.Disposition.choices)
    injunction = django_filters.ChoiceFilter(choices=Ruling.Injunction.choices)
    damages_min = django_filters.NumberFilter(
        field_name="damages_amount", lookup_expr="gte", label="Damages from", min_value=0
    )
    damages_max = django_filters.NumberFilter(
        field_name="damages_amount", lookup_expr="lte", label="Damages to", min_value=0
    )
    # Amounts in different currencies are not comparable: "from"/"to" and the damages order
    # mix them unless a currency is chosen.
    currency = django_filters.CharFilter(field_name="damages_currency", label="Currency")
    decided_after = django_filters.DateFilter(
        field_name="decision_date", lookup_expr="gte", label="Decided from"
    )
    decided_before = django_filters.DateFilter(
        field_name="decision_date", lookup_expr="lte", label="Decided to"
    )
    precedential = Checkbox(Q(precedential_status="precedential"), label="Precedential only")
    has_text = Checkbox(~Q(text=""), label="Has full text")
    source = django_filters.ChoiceFilter(choices=Source.choices)
    real_only = Checkbox(~Q(source=Source.SYNTHETIC), label="Exclude synthetic records")
    party = django_filters.CharFilter(method="filter_party", label="Party name")
    right = django_filters.CharFilter(method="filter_right", label="Patent or mark number")
    statute = django_filters.CharFilter(method="filter_statute", label="Statute")
    sort = django_filters.ChoiceFilter(
        choices=SORTS, method="keep", empty_label="Best (relevance, or newest without a query)"
    )

    class Meta:
        model = Ruling
        fields: list[str] = []
        form = RulingFilterForm

    FACETS = search.FACETS

    @property
    def parsed(self) -> search.Parsed:
        """The query as the engine reads it, with notes on anything repaired."""
        self.errors  # noqa: B018 - validates the form, which parses the query
        return getattr(self.form, "parsed", None) or search.parse("")

    @cached_property
    def active(self) -> dict[str, object]:
        """The filters in use (valid and not empty), by name (worked out once: a page asks
        for them a few dozen times)."""
        if not self.is_bound:
            return {}
        self.errors  # noqa: B018
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if name != "sort" and not (value is None or value is False or value in ("", []))
        }

    @cached_property
    def matches(self) -> QuerySet:
        """The results, unordered, selected once for all the statements of a page: those the
        facet counts listed when a facet is in use (and the engine lists them)."""
        results = self.facet_counts.results if self._facet_in_use else None
        return results if results is not None else search.shared(self.qs)

    @property
    def _facet_in_use(self) -> bool:
        return any(facet.name in self.active for facet in self.FACETS)

    def filtered_without(self, names: set[str]) -> QuerySet:
        if not names:
            return self.matches
        queryset = self.queryset.all()
        for name, value in self.active.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @cached_property
    def facet_counts(self) -> search.Counts:
        return search.count_facets(self.queryset, self.active, self.filtered_without)

    def facets(self) -> list[dict]:
        """Every facet with its options: value, label, count, whether chosen, and its link."""
        counts = self.facet_counts.options
        return [
            {
                "name": facet.name,
                "label": self.form.fields[facet.name].label,
                "options": self._options(facet, counts[facet.name]),
                "errors": self.form.errors.get(facet.name, []),
            }
            for facet in self.FACETS
        ]

    def _choices(self, name: str) -> list[tuple[str, str]]:
        """A field's options, read once (court and country options come from the database)."""
        cache = self.__dict__.setdefault("_choice_cache", {})
        if name not in cache:
            cache[name] = [
                (str(v), label) for v, label in self.form.fields[name].choices if v != ""
            ]
        return cache[name]

    def _options(self, facet: search.Facet, counts: dict[str, int]) -> list[dict]:
        field = self.form.fields[facet.name]
        chosen = self.active.get(facet.name)
        chosen = [str(v) for v in chosen] if isinstance(chosen, list) else [str(chosen)]
        if facet.flag:
            chosen = ["on"] if facet.name in self.active else []
            choices = [("on", field.label)]
        else:
            choices = self._choices(facet.name)
        options = []
        for value, label in choices:
            is_chosen = value in chosen
            if facet.multiple:
                url = self.url_with(facet.name, value, toggle=True)
            else:
                url = self.url_with(facet.name, "" if is_chosen else value)
            count = counts.get(value, 0)
            if count or is_chosen:
                options.append(
                    {
                        "value": value,
                        "label": label,
                        "count": count,
                        "chosen": is_chosen,
                        "url": url,
                    }
                )
        return options

    @property
    def order(self) -> str:
        """The chosen order; relevance by default when there is a query, else newest first."""
        chosen = (
            self.form.cleaned_data.get("sort")
            if self.is_bound and not self.errors.get("sort")
            else ""
        )
        if chosen == "relevance" and self.parsed.tree is None:
            chosen = ""
        return chosen or ("relevance" if self.parsed.tree is not None else "newest")

    def results(self):
        """The filtered rulings in the chosen order, sliceable for a Paginator."""
        total = self.facet_counts.total
        if self.order == "relevance":
            return search.Ranked(self.matches, self.parsed, count=total)
        order = {
            "newest": ["-decision_date", "-id"],
            "oldest": ["decision_date", "id"],
            "damages": [F("damages_amount").desc(nulls_last=True), "-decision_date", "-id"],
            "cited": ["-cited_by_count", "-decision_date", "-id"],
        }[self.order]
        rulings = self.matches
        rulings = rulings.with_cited_by_count() if self.order == "cited" else rulings
        return search.Counted(rulings.for_list().order_by(*order), total)

    def filter_query(self, queryset, name, value):
        return search.filter(queryset, self.parsed) if value else queryset

    def filter_ip_type(self, queryset, name, value):
        return queryset.of_ip_type(*value) if value else queryset

    def filter_party(self, queryset, name, value):
        return queryset.filter(search.field_q("party", value)) if fold(value) else queryset

    def filter_right(self, queryset, name, value):
        """Rulings with the right in suit or mentioning its number in their text."""
        if not value.strip():
            return queryset
        mentioned = Ruling.objects.mentioning_right_number(value).values("pk")
        condition = search.field_q("patent", value) | search.field_q("mark", value)
        return queryset.filter(condition | Q(pk__in=mentioned))

    def filter_statute(self, queryset, name, value):
        """A provision as the ruling pages link it ("35 U.S.C. § 271") or as typed."""
        return queryset.citing_statute(statute_key(value)) if value.strip() else queryset

    def keep(self, queryset, name, value):
        return queryset

    def url_with(self, name: str, value: str = "", toggle: bool = False) -> str:
        """The query string of this page with one filter value set, toggled or removed."""
        params = dict(self._params)
        values = list(params.get(name, []))
        if toggle and value in values:
            values.remove(value)
        elif toggle:
            values.append(value)
        else:
            values = [value] if value and value not in values else []
        params[name] = values
        return urlencode([(key, v) for key, listed in params.items() for v in listed])

    @cached_property
    def _params(self) -> dict[str, list[str]]:
        """This page's parameters, without its page number (read once for all its links)."""
        data = self.data if self.data is not None else QueryDict()
        return {key: data.getlist(key) for key in data if key != "page"}

    @property
    def facet_params(self) -> list[tuple[str, str]]:
        """The facet choices in the URL, for hidden inputs of the search form."""
        names = {facet.name for facet in self.FACETS}
        data = self.data if self.data is not None else QueryDict()
        return [(name, value) for name in data if name in names for value in data.getlist(name)]

    def chips(self) -> list[dict]:
        """Active filters as removable chips: label, value shown and the URL without it."""
        chips = []
        for name, value in self.active.items():
            field = self.form.fields[name]
            labels = dict(self._choices(name)) if hasattr(field, "choices") else {}
            for raw in value if isinstance(value, list) else [value]:
                shown = labels.get(str(raw), raw) if name not in FLAGS else "yes"
                multiple = isinstance(value, list)
                chips.append(
                    {
                        "label": field.label,
                        "value": shown,
                        "url": self.url_with(name, str(raw), toggle=True)
                        if multiple
                        else self.url_with(name),
                    }
                )
        return chips

    def rows(self, rulings) -> list[tuple[Ruling, str]]:
        """Each ruling on the page with its snippet (built for these rows only)."""
        parsed = self.parsed if self.parsed.tree is not None else None
        rulings = list(rulings)
        return list(zip(rulings, search.ruling_snippets(rulings, parsed), strict=True))


FLAGS = {"precedential", "has_text", "real_only"}


def statute_key(value: str) -> str:
    """The key of the provision named in ``value``, or ``value`` itself when none is found."""
    from .citations.statutes import find_statutes

    found = find_statutes(value.replace("USC", "U.S.C.").replace("usc", "U.S.C."))
    return found[0].key if len(found) == 1 else value.strip()
