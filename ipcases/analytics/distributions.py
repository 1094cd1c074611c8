"""Damages awarded and time to decision: medians, quartiles and distributions.

Damages are reported per currency and never added up across currencies. Rulings without an
amount, or without both dates, are left out of these figures and counted as unknown. Time to
decision is a Kaplan–Meier estimate (see ``durations``).
"""

from __future__ import annotations

from . import charts, durations
from .measures import DAMAGES_DECADES
from .tables import Figures, Table, bases

SPREAD_COLUMNS = ["Lowest", "Lower quartile", "Median", "Upper quartile", "Highest"]


def _decade_label(bucket: int) -> str:
    if bucket == -1:
        return "Zero"
    if bucket == DAMAGES_DECADES[0]:
        return f"Under {_power(bucket)}"
    if bucket > DAMAGES_DECADES[-1]:
        return f"{_power(bucket - 1)} or more"
    return f"{_power(bucket - 1)} to under {_power(bucket)}"


def _power(exponent: int) -> str:
    names = {3: "1 thousand", 6: "1 million", 9: "1 billion"}
    if exponent in names:
        return names[exponent]
    base = {4: 10, 5: 100, 7: 10, 8: 100, 10: 10}[exponent]
    unit = "thousand" if exponent < 6 else "million" if exponent < 9 else "billion"
    return f"{base} {unit}"


def _with_damages(figures: Figures, currency: str = "") -> str:
    """The rulings behind a damages figure: those with an amount, in `currency` if given."""
    cell = {"damages_min": figures.params.get("damages_min") or "0"}
    return figures.href(**cell, **({"currency": currency} if currency else {}))


def damages_table(figures: Figures) -> Table:
    table = Table(
        "damages",
        "Damages awarded",
        "",
        ["Currency", "Awards", *SPREAD_COLUMNS],
        money_columns=frozenset(range(2, 2 + len(SPREAD_COLUMNS))),
    )
    for currency, spread in figures.damages.items():
        five = [spread.minimum, spread.q1, spread.median, spread.q3, spread.maximum]
        table.add([currency, spread.n, *five], _with_damages(figures, currency), currency)
    table.n = sum(spread.n for spread in figures.damages.values())
    table.sample = "rulings with an amount of damages"
    table.sample_href = _with_damages(figures)
    unknown = figures.total - table.n
    table.notes.append(
        f"Amounts are never added up across currencies. {unknown} rulings with no amount of "
        "damages recorded are left out."
    )
    table.description = (
        f"Median and quartiles of {table.n} damages awards, one row per currency; medians and "
        "quartiles interpolate linearly between the two nearest awards."
    )
    table.bases, table.bases_of = bases(figures, figures.award_bases, "damages_basis"), "awards"
    return table


def damages_distribution_table(figures: Figures) -> Table:
    table = Table(
        "damages_distribution",
        "Distribution of damages awarded (log scale)",
        "",
        ["Currency", "Amount", "Awards"],
    )
    for currency, buckets in sorted(figures.histogram.items()):
        bars = []
        for bucket, n in sorted(buckets.items()):
            table.add([currency, _decade_label(bucket), n])
            bars.append(charts.Bar(_decade_label(bucket), n, str(n)))
        desc = f"Number of {currency} awards in each tenfold band of amount."
        title = f"Damages awarded in {currency}, by tenfold band"
        table.charts.append(charts.bar_chart(f"chart-damages-{currency}", title, desc, bars))
    table.n = sum(sum(b.values()) for b in figures.histogram.values())
    table.sample = "rulings with an amount of damages"
    table.sample_href = _with_damages(figures)
    table.description = "Awards counted in tenfold bands of amount, per currency."
    return table


def durations_table(figures: Figures) -> Table:
    """Days from filing to decision: the Kaplan–Meier estimate, the finished cases beside it."""
    table = Table(
        "durations",
        "Time from filing to decision",
        "",
        ["Measure", "Rulings", *durations.KM_COLUMNS],
    )
    survival, spread = figures.survival, figures.durations
    table.n = survival.n if survival else 0
    table.sample, table.sample_href = "rulings with both dates known", figures.href()
    unknown = figures.total - table.n
    table.notes.append(
        f"{unknown} rulings whose case has no filing date recorded (or a filing date after "
        "the decision) are left out."
    )
    table.notes.append(durations.METHOD_NOTE)
    table.description = (
        f"Days from the filing of the case to the decision, over {table.n} rulings: "
        "estimated with the rulings that report their case still pending, and, below, over "
        "finished cases alone."
    )
    if survival and survival.n:
        table.add([durations.KM_LABEL, survival.n, *durations.survival_cells(survival)])
        finished = spread.n if spread else 0
        table.add([durations.FINISHED_LABEL, finished, *durations.finished_cells(spread)])
        table.charts.append(
            durations.survival_chart("chart-durations", table.title, [("All", survival)])
        )
    return table
