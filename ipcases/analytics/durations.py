"""How durations are shown: the Kaplan–Meier estimate first, with its 95% intervals, and the
median of finished cases only beside it, labelled as such (see ``survival`` for the method).
Every table with a duration uses these rows, so that none shows the biased figure alone."""

from __future__ import annotations

from django.utils.safestring import SafeString

from . import charts
from .measures import Spread, spread_of_counts
from .survival import Estimate, Survival

NOT_REACHED = "not reached"
KM_LABEL = "Kaplan–Meier estimate, pending cases censored"
FINISHED_LABEL = "Finished cases only (biased short while cases are pending)"
KM_COLUMNS = [
    "Still pending (censored)",
    "Lower quartile, days (95% interval)",
    "Median, days (95% interval)",
    "Upper quartile, days (95% interval)",
]
METHOD_NOTE = (
    "Kaplan–Meier: a ruling that reports its case still pending counts as open up to its "
    "date and says nothing after it, so long cases still running are not lost. Greenwood's "
    "variance on the log-log scale gives the 95% intervals of the curve; the intervals of the "
    "median and quartiles are Brookmeyer and Crowley's. A quartile the curve never reaches "
    f"is '{NOT_REACHED}'. The page shows durations in months of 30.4 days; the CSV "
    "download and the API give them in days."
)


def days(value: float | None) -> str:
    if value is None:
        return NOT_REACHED
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def estimate_text(estimate: Estimate) -> str:
    """ "365 (300–420)": a quantile with its 95% interval."""
    return f"{days(estimate.value)} ({days(estimate.low)}–{days(estimate.high)})"


def middle_half(survival: Survival | None) -> str:
    if survival is None or not survival.n:
        return "no data"
    return f"{days(survival.lower_quartile.value)}–{days(survival.upper_quartile.value)}"


def median_text(survival: Survival | None) -> str:
    """The estimated median with its interval and n, or "no data"."""
    if survival is None or not survival.n:
        return "no data"
    return f"{estimate_text(survival.median)}, n = {survival.n}"


def survival_cells(survival: Survival) -> list[str]:
    """The censored count and the three quartiles with their intervals."""
    quartiles = (survival.lower_quartile, survival.median, survival.upper_quartile)
    return [str(survival.censored), *(estimate_text(q) for q in quartiles)]


def finished_cells(spread: Spread | None) -> list[str]:
    """The quartiles of finished cases alone (no interval: they are not an estimate of the
    time cases take)."""
    if spread is None:
        return ["left out", "no data", "no data", "no data"]
    return ["left out", *(days(float(v)) for v in (spread.q1, spread.median, spread.q3))]


def finished_spread(survival: Survival) -> Spread | None:
    """The quartiles of the finished cases of an estimate (its events), as ``stats`` computes
    them for any sample."""
    events = [(step.time, step.events) for step in survival.steps if step.events]
    return spread_of_counts(events) if events else None


def survival_chart(
    chart_id: str, title: str, curves: list[tuple[str, Survival]], unit: str = "days"
) -> SafeString:
    desc = (
        f"Share of cases still open against {unit} since filing, as estimated by Kaplan–Meier; "
        "thin lines show the 95% interval of the first curve, the dashed line one half."
    )
    return charts.survival_chart(chart_id, title, desc, curves, unit)
