"""The tables of the analytics page: each with its sample, its chart and its link back.

A Table's cells are strings, written once: the CSV download and the API give them as they are
(plain numbers, days, currency codes), and the page shows the same values made readable
(``shown``: thousands separators, currency symbols, durations in months), so the two cannot
disagree. Figures are computed lazily and shared, so the
page costs one query per measure and a CSV download only the queries its table needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.safestring import SafeString

from ..models import Basis, Ruling
from . import charts, groups, measures
from .dimensions import DIMENSIONS, Dimension
from .groups import Groups
from .links import rulings_href, year_cell
from .stats import Share, wilson
from .survival import Survival

SMALL_SAMPLE = 20


@dataclass
class Table:
    slug: str
    title: str
    description: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    row_links: list[str | None] = field(default_factory=list)
    n: int = 0
    sample: str = ""  # what n counts
    sample_href: str = ""
    notes: list[str] = field(default_factory=list)
    charts: list[SafeString] = field(default_factory=list)
    column_links: list[str | None] = field(default_factory=list)
    # The cells as the page shows them (see ``shown_cell``), row for row; the columns that
    # hold amounts of the row's currency.
    shown_rows: list[list[str]] = field(default_factory=list)
    money_columns: frozenset[int] = frozenset()
    # Where the figure's values come from: (basis, how many, the rulings behind them).
    bases: list[tuple[str, int, str | None]] = field(default_factory=list)
    bases_of: str = ""  # what the bases count ("recorded outcomes")

    @property
    def small(self) -> bool:
        return self.n < SMALL_SAMPLE

    @property
    def collapsed(self) -> bool:
        """Long enough that the page folds the table away behind its chart."""
        return len(self.rows) > 40

    @property
    def wide(self) -> bool:
        """Too many columns to sit beside a chart."""
        return len(self.columns) > 5

    @property
    def lines(self) -> list[tuple[list[str], str | None]]:
        return list(zip(self.rows, self.row_links, strict=True))

    @property
    def shown_lines(self) -> list[tuple[list[str], str | None]]:
        """The rows as the page shows them."""
        return list(zip(self.shown_rows, self.row_links, strict=True))

    @property
    def shown_headings(self) -> list[tuple[str, str | None]]:
        return [(shown_heading(heading), link) for heading, link in self.headings]

    @property
    def headings(self) -> list[tuple[str, str | None]]:
        links = self.column_links or [None] * len(self.columns)
        return list(zip(self.columns, links, strict=True))

    def add(self, cells: list, link: str | None = None, currency: str = "") -> None:
        """A row; ``currency`` (an ISO code) is the unit of its amounts."""
        row = [_cell(c) for c in cells]
        self.rows.append(row)
        columns = [column.lower() for column in self.columns]
        columns += [""] * (len(row) - len(columns))
        # The first cell names the row; years are shown as years ("2018", not "2,018").
        shown = [row[0]] + [
            cell
            if "year" in columns[i]
            else shown_cell(cell, currency if i in self.money_columns else "", "days" in columns[i])
            for i, cell in enumerate(row[1:], start=1)
        ]
        self.shown_rows.append(shown)
        self.row_links.append(link)


# How a figure's values are said to be obtained ("80 read from the text · 12 set by editors").
BASIS_LABELS = {
    Basis.EDITOR: "set by editors",
    Basis.METADATA: "from source metadata",
    Basis.TEXT: "read from the text",
    Basis.FJC_IDB: "from the FJC Integrated Database",
    Basis.LANDMARK: "from landmark facts",
    Basis.SYNTHETIC: "synthetic",
    "unrecorded": "not yet attributed",
}


def bases(figures: Figures, tallies: dict[str, int], param: str) -> list:
    """(label, n, link) for each basis with values, most first; a link narrows the rulings
    behind the figure to that basis (``param`` is its /rulings/ filter)."""
    found = [(basis, n) for basis, n in tallies.items() if n]
    found.sort(key=lambda item: (-item[1], item[0]))
    return [
        (BASIS_LABELS[basis], n, None if basis == "unrecorded" else figures.href(**{param: basis}))
        for basis, n in found
    ]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return amount(value)
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


NUMBER = re.compile(r"-?\d+(\.\d+)?")
# Days in a month on average, to show durations in months.
MONTH_DAYS = 30.4375
DAYS = re.compile(r"\d[\d,]*(\.\d+)?")
SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "CNY": "¥", "INR": "₹", "KRW": "₩"}


def shown_cell(cell: str, currency: str = "", in_days: bool = False) -> str:
    """A cell as the page shows it: "333882.12" as "333,882.12", or "$333,882.12" for an
    amount in dollars ("1,200 CHF" where the currency has no symbol of its own); a duration
    in days ("365 (300–420)") in months ("12.0 (9.9–13.8)")."""
    if in_days:
        return DAYS.sub(lambda m: f"{float(m[0].replace(',', '')) / MONTH_DAYS:,.1f}", cell)
    if not NUMBER.fullmatch(cell):
        return cell
    number = f"{Decimal(cell):,}"
    if not currency:
        return number
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def shown_heading(heading: str) -> str:
    return heading.replace(", days", ", months").replace(" days", " months")


def amount(value: Decimal | float) -> str:
    text = f"{Decimal(value).quantize(Decimal('0.01'))}"
    return text.removesuffix(".00")


def percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f}"


def share_cells(share: Share) -> list[str]:
    return [percent(share.share), percent(share.low), percent(share.high)]


def share_text(share: Share) -> str:
    if share.share is None:
        return "no data"
    return f"{percent(share.share)}% ({percent(share.low)}–{percent(share.high)})"


class Figures:
    """The measures of one filtered set of rulings, each queried once when first needed:
    added up from the analytics groups when the filters select whole groups (`groups`),
    else read from the rulings."""

    def __init__(self, rulings: QuerySet, params: QueryDict, groups: Groups | None = None):
        self.rulings = rulings
        self.params = params
        self.groups = groups
        self._splits: dict[str, dict] = {}

    @cached_property
    def counts(self) -> dict:
        # Every ruling is in exactly one court, so the split by court adds up to the totals
        # and the page needs no separate query for them.
        return measures.add_counts(self.split(DIMENSIONS["court"]).values())

    @cached_property
    def per_year(self) -> dict[int, int]:
        return self.per_year_by(None).get(None, {})

    def per_year_by(self, dimension: Dimension | None) -> dict:
        """{value: {year: rulings}} for one dimension (None: the whole selection)."""
        if self.groups is not None:
            return measures.tally_years(groups.year_rows(self.groups, dimension))
        return measures.per_year(self.rulings, dimension)

    @cached_property
    def measured(self) -> measures.Measured:
        return self.measured_by(None)

    def measured_by(
        self, dimension: Dimension | None, values: list | None = None
    ) -> measures.Measured:
        """Awards and durations for each value of one dimension (None: the whole selection),
        or for some of its values only."""
        if self.groups is not None:
            rows = groups.measure_rows(self.groups, dimension, values)
            return measures.tally_measured(rows)
        return measures.measured(self.rulings, dimension, values)

    @cached_property
    def awards(self) -> dict:
        return self.measured.awards

    @cached_property
    def damages(self) -> dict:
        return measures.damages(self.rulings, awards=self.awards).get(None, {})

    @cached_property
    def histogram(self) -> dict:
        return measures.damages_histogram(self.rulings, awards=self.awards).get(None, {})

    @cached_property
    def durations(self) -> measures.Spread | None:
        """Finished cases only; shown beside ``survival``, never alone."""
        return self.measured.durations.get(None)

    @cached_property
    def survival(self) -> Survival | None:
        return self.measured.survival.get(None)

    @cached_property
    def award_bases(self) -> dict[str, int]:
        return self.measured.award_bases.get(None, {})

    def count_bases(self, field: str) -> dict[str, int]:
        """{basis: n} of the recorded values of "outcome" or "injunction"."""
        prefix = f"{field}_basis_"
        return {k.removeprefix(prefix): n for k, n in self.counts.items() if k.startswith(prefix)}

    def split(self, dimension: Dimension) -> dict:
        """{value: counts} for one dimension, queried once per page."""
        if dimension.name not in self._splits:
            if self.groups is not None:
                self._splits.update(groups.splits(self.groups, dimension))
            else:
                self._splits[dimension.name] = measures.counts(self.rulings, dimension)
        return self._splits[dimension.name]

    @property
    def total(self) -> int:
        return self.counts.get("rulings", 0)

    def href(self, **cell: str) -> str:
        return rulings_href(self.params, **cell)


def years_table(figures: Figures) -> Table:
    table = Table("years", "Rulings per year", "", ["Year", "Rulings"])
    for year, n in figures.per_year.items():
        table.add([year, n], figures.href(**year_cell(figures.params, year)))
    table.n = sum(figures.per_year.values())
    table.sample, table.sample_href = "rulings", figures.href()
    table.description = "Rulings in the selection for each year of decision."
    if figures.per_year:
        columns = charts.continuous_years(figures.per_year)
        table.charts.append(
            charts.column_chart("chart-years", table.title, table.description, columns)
        )
    return table


def _shares_table(figures: Figures, slug: str, title: str, spec: dict) -> Table:
    """Categories with counts and shares of those known; the unknown counted apart."""
    counts, prefix, left_out = figures.counts, spec["prefix"], spec.get("left_out", ())
    known = sum(
        counts.get(f"{prefix}{value}", 0)
        for value in spec["choices"].values
        if value not in left_out
    )
    table = Table(slug, title, "", [spec["heading"], "Rulings", "Share %", "95% low", "95% high"])
    bars = []
    for value, label in spec["choices"].choices:
        k = counts.get(f"{prefix}{value}", 0)
        share = wilson(k, known) if value not in left_out else wilson(0, 0)
        table.add([label, k, *share_cells(share)], figures.href(**{spec["param"]: value}))
        if share.share is not None:
            text = f"{percent(share.share)}%"
            bars.append(charts.Bar(label, share.share, text, share.low, share.high))
    unknown = counts.get(f"{prefix}{spec['unknown_key']}", 0)
    table.add([spec["unknown_label"], unknown, "", "", ""])
    table.n, table.sample, table.sample_href = known, spec["sample"], figures.href()
    table.notes.append(spec["note"].format(unknown=unknown))
    table.description = (
        f"Share of the {known} rulings {spec['sample_words']} in each category, with 95% "
        f"Wilson intervals."
    )
    if bars:
        table.charts.append(charts.bar_chart(f"chart-{slug}", title, table.description, bars, 1))
    return table


def outcomes_table(figures: Figures) -> Table:
    table = _shares_table(
        figures,
        "outcomes",
        "Outcome for the rights holder",
        {
            "prefix": "outcome_",
            "choices": Ruling.Outcome,
            "heading": "Outcome",
            "param": "outcome",
            "unknown_key": "unknown",
            "left_out": (Ruling.Outcome.PENDING,),
            "unknown_label": "Unknown (left out of the shares)",
            "sample": "rulings with a known outcome",
            "sample_words": "with a known outcome",
            "note": "{unknown} rulings with no recorded outcome are counted as unknown, not as "
            "a loss or a win; they and pending cases are left out of the shares.",
        },
    )
    table.bases = bases(figures, figures.count_bases("outcome"), "outcome_basis")
    table.bases_of = "recorded outcomes (pending cases included)"
    return table


def injunctions_table(figures: Figures) -> Table:
    table = _shares_table(
        figures,
        "injunctions",
        "Injunctions granted and refused",
        {
            "prefix": "injunction_",
            "choices": Ruling.Injunction,
            "heading": "Injunction",
            "param": "injunction",
            "unknown_key": "none",
            "unknown_label": "None decided (left out of the shares)",
            "sample": "rulings that decided an injunction",
            "sample_words": "that decided an injunction",
            "note": "{unknown} rulings decided no injunction, or none is recorded.",
        },
    )
    table.bases = bases(figures, figures.count_bases("injunction"), "injunction_basis")
    table.bases_of = "injunctions granted or refused"
    return table
