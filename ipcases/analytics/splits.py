"""Splits by one whitelisted dimension, and the side-by-side comparison of up to four values."""

from __future__ import annotations

from . import charts, measures
from .dimensions import Dimension, RefusedGrouping
from .durations import median_text as median
from .durations import middle_half
from .links import value_href, year_cell
from .stats import wilson
from .tables import Figures, Table, amount, bases, percent, share_cells, share_text

MAX_COMPARED = 4
KM = "Kaplan–Meier"
SPLIT_COLUMNS = [
    "Rulings",
    "Known outcomes",
    "Rights holder won",
    "Won %",
    "95% low",
    "95% high",
    "Injunctions granted",
    "Injunctions refused",
]


def split_table(figures: Figures, dimension: Dimension) -> Table:
    """Rulings and the rights holder's wins for each value of the dimension, largest first."""
    per_value = figures.split(dimension)
    labels = dimension.label_for(k for k in per_value if k is not None)
    table = Table(f"by_{dimension.name}", f"Rulings by {dimension.label.lower()}", "", [])
    table.columns = [dimension.label, *SPLIT_COLUMNS]
    ordered = sorted(per_value.items(), key=lambda item: (-item[1]["rulings"], str(item[0])))
    bars = []
    for value, row in ordered:
        label = labels.get(value, str(value)) if value not in (None, "") else "Unknown"
        share = wilson(row["outcome_holder_won"], measures.known_outcomes(row))
        cells = [
            label,
            row["rulings"],
            measures.known_outcomes(row),
            row["outcome_holder_won"],
            *share_cells(share),
        ]
        table.add(
            [*cells, row["injunction_granted"], row["injunction_refused"]],
            value_href(figures.params, dimension, value),
        )
        bars.append(charts.Bar(label, row["rulings"], str(row["rulings"])))
    table.n = figures.total
    table.sample, table.sample_href = "rulings", figures.href()
    table.bases = bases(figures, figures.count_bases("outcome"), "outcome_basis")
    table.bases_of = "recorded outcomes (pending cases included)"
    table.description = f"Rulings for each {dimension.label.lower()}, largest first."
    if dimension.name == "ip_type":
        table.notes.append("A ruling on more than one IP type is counted under each of them.")
    if bars:
        chart_id = f"chart-by-{dimension.name}"
        table.charts.append(charts.bar_chart(chart_id, table.title, table.description, bars))
    return table


def compared_values(dimension: Dimension, raw: str) -> list:
    """The values to compare, from a comma-separated list; RefusedGrouping when unusable."""
    values = [v.strip() for v in raw.split(",") if v.strip()]
    if not 1 <= len(values) <= MAX_COMPARED:
        raise RefusedGrouping(
            f"Compare between one and {MAX_COMPARED} values, separated by commas."
        )
    if dimension.name == "year":
        if not all(v.isdigit() and len(v) == 4 for v in values):
            raise RefusedGrouping("Years to compare must be written as four digits, like 2019.")
        return [int(v) for v in values]
    return list(dict.fromkeys(_known(dimension, values)))


def _known(dimension: Dimension, values: list[str]) -> list[str]:
    """The values as the catalogue spells them (txed, US); RefusedGrouping for any other."""
    known = {str(value).lower(): str(value) for value in dimension.values()}
    unknown = [value for value in values if value.lower() not in known]
    if unknown:
        examples = ", ".join(sorted(known.values())[:6])
        raise RefusedGrouping(
            f"There is no {dimension.label.lower()} “{unknown[0][:40]}” to compare; "
            f"compare values such as {examples}."
        )
    return [known[value.lower()] for value in values]


def comparison_table(figures: Figures, dimension: Dimension, values: list) -> Table:
    """The same measures side by side, one column per compared value."""
    counts = figures.split(dimension)
    both = figures.measured_by(dimension, values)
    damages = measures.damages(figures.rulings, dimension, awards=both.awards)
    durations, survival = both.durations, both.survival
    labels = dimension.label_for(values)
    heads = [labels.get(v, str(v)) for v in values]
    table = Table("comparison", f"Comparison by {dimension.label.lower()}", "", ["Measure", *heads])
    table.column_links = [None, *(value_href(figures.params, dimension, v) for v in values)]
    rows = [counts.get(v, measures.empty_counts()) for v in values]
    won = [wilson(r.get("outcome_holder_won", 0), measures.known_outcomes(r)) for r in rows]
    granted = [_injunction_share(r) for r in rows]
    table.add(["Rulings", *(r.get("rulings", 0) for r in rows)])
    table.add(["Known outcomes", *(measures.known_outcomes(r) for r in rows)])
    table.add(["Rights holder won, % (95% interval)", *(share_text(s) for s in won)])
    table.add(["Injunctions decided", *(s.n for s in granted)])
    table.add(["Injunction granted, % (95% interval)", *(share_text(s) for s in granted)])
    for currency in sorted({c for v in values for c in damages.get(v, {})}):
        spreads = [damages.get(v, {}).get(currency) for v in values]
        table.add([f"Median damages, {currency} (awards)", *(_median(s) for s in spreads)])
        table.add([f"Damages, {currency}: middle half", *(_middle(s) for s in spreads)])
    curves = [survival.get(v) for v in values]
    table.add([f"Median days from filing to decision, {KM} (95% interval)", *map(median, curves)])
    table.add([f"Days from filing to decision: middle half, {KM}", *map(middle_half, curves)])
    spreads = [durations.get(v) for v in values]
    table.add(["Median days, finished cases only (rulings)", *(_median(s) for s in spreads)])
    table.n = min(measures.known_outcomes(r) for r in rows)
    table.sample = "rulings with a known outcome, in the smallest column"
    table.sample_href = figures.href()
    table.bases = bases(figures, figures.count_bases("outcome"), "outcome_basis")
    table.bases_of = "recorded outcomes of the whole selection (pending cases included)"
    table.description = f"The rights holder's share of wins for each {dimension.label.lower()}."
    table.charts.append(_share_chart("chart-compare-won", "Rights holder won", heads, won))
    table.charts.append(
        _share_chart("chart-compare-injunction", "Injunction granted", heads, granted)
    )
    return table


def comparison_years_table(figures: Figures, dimension: Dimension, values: list) -> Table:
    """Rulings per year for each compared value: whether the values are comparable over time."""
    per_year = figures.per_year_by(dimension)
    labels = dimension.label_for(values)
    heads = [labels.get(v, str(v)) for v in values]
    table = Table(
        "comparison_years",
        f"Rulings per year by {dimension.label.lower()}",
        "Rulings per year of decision, one column per compared value.",
        ["Year", *heads],
    )
    years = sorted({year for v in values for year in per_year.get(v, {})})
    for year in years:
        counts = [per_year.get(v, {}).get(year, 0) for v in values]
        table.add([year, *counts], figures.href(**year_cell(figures.params, year)))
    table.n = sum(sum(per_year.get(v, {}).values()) for v in values)
    table.sample, table.sample_href = "rulings in the compared columns", figures.href()
    # One time axis and one scale for every compared value, so that the charts compare.
    every_year = dict.fromkeys(years, 0)
    shared = max([n for v in values for n in per_year.get(v, {}).values()] + [1])
    for i, (value, head) in enumerate(zip(values, heads, strict=True)):
        columns = charts.continuous_years({**every_year, **per_year.get(value, {})})
        title = f"Rulings per year: {head}"
        desc = f"Rulings per year of decision for {head}, on the scale shared by the comparison."
        chart = charts.column_chart(f"chart-compare-years-{i}", title, desc, columns, shared)
        table.charts.append(chart)
    return table


def _injunction_share(row: dict):
    granted, refused = row.get("injunction_granted", 0), row.get("injunction_refused", 0)
    return wilson(granted, granted + refused)


def _middle(spread) -> str:
    return f"{amount(spread.q1)}–{amount(spread.q3)}" if spread else "no data"


def _median(spread) -> str:
    return f"{amount(spread.median)} ({spread.n})" if spread else "no data"


def _share_chart(chart_id: str, title: str, heads: list[str], shares: list) -> object:
    bars = [
        charts.Bar(head, s.share or 0, f"{percent(s.share)}%" if s.n else "no data", s.low, s.high)
        for head, s in zip(heads, shares, strict=True)
    ]
    desc = f"{title}: share with 95% Wilson interval for each compared value."
    return charts.bar_chart(chart_id, title, desc, bars, 1)
