"""The rulings a list's parameters select: filtered by the one FilterSet, counted by facet in
one statement, and in the chosen order. The list page and analytics use it; the API and
exports take the same parameters through it.

    listing = Listing(request.GET)
    listing.results()        # in the chosen order, sliceable for a Paginator
    listing.facet_counts     # every facet option with the number of rulings it would give
"""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import F, QuerySet
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.safestring import SafeString

from .. import search
from ..filters import RulingFilter, court_options
from ..models import Ruling
from ..models.treatments import Cited
from .treatments import mark_treatments

ORDERS = {
    "newest": ["-decision_date", "-id"],
    "oldest": ["decision_date", "id"],
    "damages": [F("damages_amount").desc(nulls_last=True), "-decision_date", "-id"],
    "cited": ["-cited_by_count", "-decision_date", "-id"],
}
COURT_OPTIONS = ("court", "country")
# Rulings read at a time by an export.
EXPORT_CHUNK = 1000


class Listing:
    def __init__(self, params: QueryDict | None):
        self.params = params if params is not None else QueryDict()
        self.filter = RulingFilter(self.params, queryset=Ruling.objects.all())
        self._choices: dict[str, list[tuple[str, str]]] = {}

    @property
    def form(self):
        return self.filter.form

    @property
    def errors(self) -> dict:
        return self.filter.errors

    def is_valid(self) -> bool:
        return self.filter.is_valid()

    @property
    def parsed(self) -> search.Parsed:
        return self.filter.parsed

    @property
    def active(self) -> dict[str, object]:
        return self.filter.active

    def choices(self, name: str) -> list[tuple[str, str]]:
        """A field's options, each read once (the court and country options come from the
        database, both in one statement)."""
        if name not in self._choices:
            if name in COURT_OPTIONS:
                found = court_options()
            else:
                found = {name: self.form.fields[name].choices}
            for each, options in found.items():
                self._choices[each] = [(str(v), label) for v, label in options if v != ""]
        return self._choices[name]

    @property
    def qs(self) -> QuerySet:
        """The rulings every valid filter selects, unordered."""
        return self.filter.qs

    @cached_property
    def facet_counts(self) -> search.Counts:
        return search.count_facets(
            self.filter.queryset, self.active, self.filter.filtered_without, share=self.shares
        )

    @property
    def shares(self) -> bool:
        """Whether the page's statements share one selection of its results (search.shared):
        with a query, whose matches the count, facets and ranking would each look up again.
        Filters alone are left to the rows' statement, which finds the first page along the
        order's index (listing the 80,000 ids of `decided_after=2001-01-01` to share them
        cost half of a 120 ms page), or, where a facet leaves few, to a list of them that
        the facet counts make (search.count_facets)."""
        return self.parsed.tree is not None

    @cached_property
    def matches(self) -> QuerySet:
        """The results, unordered, selected once for all the statements of a page: those the
        facet counts listed, where the engine listed them (see search.count_facets), else the
        filtered rulings, shared where the page `shares`."""
        results = self.facet_counts.results
        if results is not None:
            return results
        return search.shared(self.qs) if self.shares else self.qs

    @property
    def order(self) -> str:
        """The chosen order; relevance by default when there is a query, else newest first."""
        valid = self.filter.is_bound and not self.errors.get("sort")
        chosen = self.form.cleaned_data.get("sort") if valid else ""
        if chosen == "relevance" and self.parsed.tree is None:
            chosen = ""
        return chosen or ("relevance" if self.parsed.tree is not None else "newest")

    def results(self) -> search.Ranked | search.Counted:
        """The filtered rulings in the chosen order, sliceable for a Paginator."""
        total = self.facet_counts.total
        if self.order == "relevance":
            return search.Ranked(self.matches, self.parsed, count=total)
        rulings = self.matches
        if self.order == "cited":
            ordered = rulings.with_cited_by_count().order_by(*ORDERS["cited"])
            return search.Counted(ordered, total, loaded=Ruling.objects.for_list())
        ordered = rulings.for_list().order_by(*ORDERS[self.order])
        return search.Counted(ordered, total, loaded=Ruling.objects.for_list(), later_only=True)

    def in_order(
        self, limit: int, order: str = "", chunk_size: int = EXPORT_CHUNK
    ) -> Iterator[Ruling]:
        """The first `limit` rulings in the chosen order (or `order`), loaded a chunk at a
        time with what an export shows (exports and feeds: memory stays flat)."""
        order = order or self.order
        if order == "relevance":
            loaded = Ruling.objects.for_export()
            return search.Ranked(self.qs, self.parsed).iterate(loaded, limit, chunk_size)
        rulings = self.qs.for_export()
        rulings = rulings.with_cited_by_count() if order == "cited" else rulings
        return rulings.order_by(*ORDERS[order])[:limit].iterator(chunk_size=chunk_size)

    def rows(self, rulings) -> list[tuple[Ruling, SafeString]]:
        """Each ruling of a page with its snippet (built for these rulings only), and how it
        treats what the query's `cites:` names (see `treated`)."""
        parsed = self.parsed if self.parsed.tree is not None else None
        rulings = self.treated(list(rulings))
        return list(zip(rulings, search.ruling_snippets(rulings, parsed), strict=True))

    @property
    def cited(self) -> Cited | None:
        """What the query's `cites:` names, or None (no query, none named, or an invalid
        query)."""
        return self.filter.cited

    def treated(self, rulings: list[Ruling]) -> list[Ruling]:
        """The rulings, each with `treated`: how it treats what the query's `cites:` names
        (a RowTreatment, or None where it neither cites it nor decided its appeal). One
        statement for them all; none without `cites:`."""
        return rulings if self.cited is None else mark_treatments(rulings, self.cited)
