"""The one FilterSet: the query parameters of the ruling list, and of the API, exports and
analytics, which take the same ones.

    f = RulingFilter(request.GET, queryset=Ruling.objects.all())
    f.qs                            # the rulings every valid filter selects
    f.filtered_without({"court"})   # ... every filter but some (for facet counts)

A value that does not validate is the form's error and is left out; the other filters apply.
What pages make of the filtered rulings (order, facet counts, chips, links) is in pages/.
"""

from __future__ import annotations

import copy
import functools

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.functional import cached_property
from django_filters.filters import FilterMethod

from . import search, widgets
from .citations.statutes import find_statutes
from .models import Basis, Court, IPType, Ruling, Source, Termination
from .models.citations import TREATMENT_FILTER_CHOICES, TREATMENT_FILTERS
from .models.treatments import Cited, treating
from .normalize import fold
from .search.query import And, Field, Or

SORTS = [
    ("relevance", "Relevance"),
    ("newest", "Newest first"),
    ("oldest", "Oldest first"),
    ("damages", "Largest damages"),
    ("cited", "Most cited"),
]


class Fixed:
    """Choices that never change, given to a filter as a function that returns them: a page's
    FilterSet and form copy every filter and field they have (copy.deepcopy), and with them
    each list of choices (1.5 ms a page), where a function is kept as it is. The API schema
    lists them (api/schema.py)."""

    def __init__(self, choices):
        self.choices = list(choices)

    def __call__(self) -> list:
        return self.choices

    def __deepcopy__(self, memo) -> Fixed:
        return self


def court_choices() -> list[tuple[str, str]]:
    return court_options()["court"]


def country_choices() -> list[tuple[str, str]]:
    return court_options()["country"]


def court_options() -> dict[str, list[tuple[str, str]]]:
    """The court and the country filters' options, read in one statement: each court, and
    each country that has a court (its code, as its label), in order."""
    courts = Court.objects.order_by("country", "name")
    rows = list(courts.values_list("id", "short_name", "name", "country"))
    countries = dict.fromkeys(country for *_, country in rows)
    return {
        # A court's label is its str(): the short name, else the name.
        "court": [(pk, short_name or name) for pk, short_name, name, _ in rows],
        "country": [(code, code) for code in countries],
    }


class Checkbox(django_filters.BooleanFilter):
    """A filter that applies only when ticked; unticked means "no restriction"."""

    def __init__(self, condition: Q, **kwargs):
        self.condition = condition
        super().__init__(widget=forms.CheckboxInput, **kwargs)

    def filter(self, qs, value):
        return qs.filter(self.condition) if value else qs


class RulingFilterForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, error_class=widgets.Errors, **kwargs)

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
        field_name="case__court__level", choices=Fixed(Court.Level.choices), label="Court level"
    )
    ip_type = django_filters.MultipleChoiceFilter(
        choices=Fixed(IPType.choices), method="filter_ip_type", label="IP type"
    )
    outcome = django_filters.ChoiceFilter(
        field_name="rights_holder_outcome", choices=Fixed(Ruling.Outcome.choices), label="Outcome"
    )
    disposition = django_filters.ChoiceFilter(choices=Fixed(Ruling.Disposition.choices))
    injunction = django_filters.ChoiceFilter(choices=Fixed(Ruling.Injunction.choices))
    damages_min = django_filters.NumberFilter(
        field_name="damages_amount",
        lookup_expr="gte",
        label="Damages from",
        min_value=0,
        widget=widgets.NumberInput,
    )
    damages_max = django_filters.NumberFilter(
        field_name="damages_amount",
        lookup_expr="lte",
        label="Damages to",
        min_value=0,
        widget=widgets.NumberInput,
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
    source = django_filters.ChoiceFilter(choices=Fixed(Source.choices))
    real_only = Checkbox(~Q(source=Source.SYNTHETIC), label="Exclude synthetic records")
    # Where an outcome value comes from (see ipcases.outcomes.choice).
    outcome_basis = django_filters.ChoiceFilter(
        choices=Fixed(Basis.choices), label="Outcome from", widget=widgets.Select
    )
    injunction_basis = django_filters.ChoiceFilter(
        choices=Fixed(Basis.choices), label="Injunction from"
    )
    damages_basis = django_filters.ChoiceFilter(choices=Fixed(Basis.choices), label="Damages from")
    # Bounded so that no value reaches SQL longer than any stored one (SQLite refuses LIKE
    # patterns past 50,000 bytes).
    party = django_filters.CharFilter(
        method="filter_party", label="Party name", max_length=500, widget=widgets.TextInput
    )
    right = django_filters.CharFilter(
        method="filter_right",
        label="Patent or mark number",
        max_length=100,
        widget=widgets.TextInput,
    )
    statute = django_filters.CharFilter(
        method="filter_statute", label="Statute", max_length=200, widget=widgets.TextInput
    )
    kind = django_filters.ChoiceFilter(choices=Fixed(Ruling.Kind.choices), label="Kind of ruling")
    # How the rulings treat what they cite: what the query's cites: names, or any ruling.
    treatment = django_filters.ChoiceFilter(
        choices=Fixed(TREATMENT_FILTER_CHOICES),
        method="filter_treatment",
        label="Treatment of the cited ruling",
        widget=widgets.Select,
    )
    # How a district-court case ended and how far it got, as the FJC IDB records them.
    ending = django_filters.MultipleChoiceFilter(
        field_name="termination__ending",
        choices=Fixed(Termination.Ending.choices),
        label="How the case ended",
        distinct=False,
    )
    stage = django_filters.MultipleChoiceFilter(
        field_name="termination__stage",
        choices=Fixed(Termination.Stage.choices),
        label="Stage the case reached",
        distinct=False,
    )
    sort = django_filters.ChoiceFilter(
        choices=Fixed(SORTS), method="keep", empty_label="Best match", widget=widgets.Select
    )

    class Meta:
        model = Ruling
        fields: list[str] = []
        form = RulingFilterForm

    def get_form_class(self) -> type[forms.Form]:
        """The form, made once: no field depends on the request (choices that come from the
        database are read when shown or checked), and making it cost 0.3 ms a page."""
        made = type(self).__dict__.get("_form_class")
        if made is None:
            made = super().get_form_class()
            made.base_fields = Copied(made.base_fields)
            type(self)._form_class = made
        return made

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

    def filtered_without(self, names: set[str]) -> QuerySet:
        """The rulings that every filter in use except `names` selects."""
        queryset = self.queryset.all()
        for name, value in self.active.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

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

    @cached_property
    def cited(self) -> Cited | None:
        """What the query's ``cites:`` names (looked up once), or None: no query, none
        named, or an invalid query."""
        return cited_in(self.parsed.tree, self.parsed.compiled) if "q" in self.active else None

    def filter_treatment(self, queryset, name, value):
        """Rulings that treat so what ``cites:`` names in the query (any ruling, where it
        names none): in their text, or on appeal."""
        return queryset.filter(self._treating(value))

    def _treating(self, value: str) -> Q:
        """The condition, built once (the list and its facet counts each apply it)."""
        if value not in self._conditions:
            named = self.cited or Cited.any()
            self._conditions[value] = treating(named, TREATMENT_FILTERS[value])
        return self._conditions[value]

    @cached_property
    def _conditions(self) -> dict[str, Q]:
        return {}

    def keep(self, queryset, name, value):
        return queryset


class Copied(dict):
    """A FilterSet's filters or its form's fields, which each page copies (copy.deepcopy)
    before using: copied one by one rather than deeply, with each filter's own `extra`. A page
    sets its filters' parent and model and its fields' values and errors, never a widget or
    a list of choices, which the deep copy copied too (0.7 ms a page)."""

    def __deepcopy__(self, memo) -> dict:
        copied = {name: copy.copy(item) for name, item in self.items()}
        for item in copied.values():
            if isinstance(item, django_filters.Filter):
                item.extra = dict(item.extra)
                if item.method:
                    # Its FilterMethod finds the method through the filter it was made for.
                    item.filter = FilterMethod(item)
        return copied


RulingFilter.base_filters = Copied(RulingFilter.base_filters)


def cited_in(node, found: dict | None = None) -> Cited | None:
    """What the ``cites:`` of a query name (outside NOT), as one; None where they name
    nothing. ``found``: what the query's condition looked up already (Parsed.compiled)."""
    if isinstance(node, Field) and node.name == "cites":
        return search.cited(node.value.strip().strip('"'), found)
    if isinstance(node, And | Or):
        named = [one for child in node.children if (one := cited_in(child, found)) is not None]
        if named:
            return functools.reduce(
                lambda a, b: Cited(a.links | b.links, a.rulings | b.rulings), named
            )
    return None


def statute_key(value: str) -> str:
    """The key of the provision named in ``value``, or ``value`` itself when none is found."""
    found = find_statutes(value.replace("USC", "U.S.C.").replace("usc", "U.S.C."))
    return found[0].key if len(found) == 1 else value.strip()
