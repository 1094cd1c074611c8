"""District-court figures, from the terminations the FJC Integrated Database records: how cases
end, how far they got, the rights holder's share of judgments on the merits, injunctions, and
time to termination as a Kaplan–Meier estimate; overall and by court, year and IP type, never
by party. Each row links to its rulings, and each table states its basis.

The tables appear when the selection holds terminations (``present``); their queries run once
per page, shared through ``district(figures)``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from ..models import Termination
from . import charts, durations, terminations
from .dimensions import DIMENSIONS, Dimension
from .links import value_cell
from .stats import wilson
from .survival import Survival, kaplan_meier
from .tables import Figures, Table, percent, share_cells

Ending = Termination.Ending
Stage = Termination.Stage
TERMINATION = "termination"
ENDED = [e for e in Ending.values if e != Ending.PENDING]
SPLIT_COLUMNS = [
    "Cases",
    "Pending",
    "Settled %",
    "Dismissed %",
    "Judgments on the merits",
    "Rights holder won %",
    "95% low",
    "95% high",
    "Judgments with relief recorded",
    "Injunction %",
    "95% low",
    "95% high",
]
MERITS_NOTE = (
    "Judgments on the merits: on a motion before trial, after a jury trial (verdict or "
    "directed verdict) or after a trial by the court; a judgment for both sides counts in n "
    "but not as a win. Default and consent judgments are not on the merits. Settled: "
    "dismissed as settled or a judgment on consent; dismissed: voluntarily or on other "
    "grounds; both as a share of terminated cases."
)
INJUNCTION_NOTE = (
    "Injunction: judgments whose relief (NOJ) is an injunction, among judgments with their "
    "relief recorded; declaratory-judgment actions are left out (the IDB does not say whom an "
    "injunction binds). Relief recorded as money and other may hide an injunction, so the "
    "share is a floor."
)


def present(figures: Figures) -> bool:
    """Whether the selection holds terminations (read from the counts the page has anyway)."""
    return figures.counts.get(f"kind_{TERMINATION}", 0) > 0


class District:
    """The terminations' measures of one page, each queried once when first needed."""

    def __init__(self, figures: Figures):
        self.figures = figures
        self._tallies: dict[str, dict] = {}

    def tallies(self, dimension: Dimension) -> dict:
        if dimension.name not in self._tallies:
            ended_only = dimension.name == "year"  # a pending case has no year of termination
            found = terminations.tallies(self.figures.rulings, dimension, ended_only)
            self._tallies[dimension.name] = found
        return self._tallies[dimension.name]

    @cached_property
    def totals(self) -> dict:
        """Every case is in exactly one court: the split by court adds up to the totals."""
        rows = list(self.tallies(DIMENSIONS["court"]).values())
        total = {
            key: sum(row[key] for row in rows) for key in terminations.empty() if key != "latest"
        }
        total["latest"] = max((row["latest"] for row in rows if row["latest"]), default=None)
        return total

    @cached_property
    def survival(self) -> dict:
        return terminations.survival(self.figures.rulings, DIMENSIONS["court"])

    def href(self, **cell) -> str:
        return self.figures.href(kind=TERMINATION, **cell)

    def basis(self) -> str:
        latest = self.totals["latest"]
        files = f" (files dated up to {latest:%-d %B %Y})" if latest else ""
        return (
            f"Basis: FJC Integrated Database of federal civil cases{files}: how each case "
            "ended (DISP), for whom judgment was entered (JUDGMENT), its relief (NOJ) and how "
            "far the case got (PROCPROG). In a declaratory-judgment action (28 U.S.C. § 2201) "
            "the plaintiff is read as the accused infringer. The amount the FJC records as "
            "received (AMTREC) is used in no figure."
        )


def district(figures: Figures) -> District:
    return figures.__dict__.setdefault("_district", District(figures))


def endings_table(figures: Figures) -> Table:
    found = district(figures)
    totals = found.totals
    ended = terminations.ended(totals)
    table = Table(
        "district_endings",
        "District courts: how cases end (FJC IDB)",
        "",
        ["Ending", "Cases", "Share %", "95% low", "95% high"],
    )
    bars = []
    for value, label in Ending.choices:
        if value == Ending.PENDING:
            continue
        share = wilson(totals[f"ending_{value}"], ended)
        table.add([label, share.k, *share_cells(share)], found.href(ending=value))
        bars.append(_bar(label, share))
    pending = totals[f"ending_{Ending.PENDING}"]
    table.add(
        ["Pending (left out of the shares)", pending, "", "", ""], found.href(ending="pending")
    )
    table.n, table.sample = ended, "terminated cases"
    table.sample_href = found.href(ending=ENDED)
    table.description = (
        f"Share of the {ended} terminated cases that ended each way, with 95% Wilson intervals."
    )
    table.notes += [found.basis(), MERITS_NOTE]
    if ended:
        chart = charts.bar_chart("chart-district-endings", table.title, table.description, bars, 1)
        table.charts.append(chart)
    return table


def stages_table(figures: Figures) -> Table:
    found = district(figures)
    totals = found.totals
    recorded = sum(totals[f"stage_{s}"] for s in Stage.values)
    table = Table(
        "district_stages",
        "District courts: how far terminated cases got (FJC IDB)",
        "",
        ["Stage reached", "Cases", "Share %", "95% low", "95% high"],
    )
    for value, label in Stage.choices:
        share = wilson(totals[f"stage_{value}"], recorded)
        table.add([label, share.k, *share_cells(share)], found.href(stage=value))
    unrecorded = terminations.ended(totals) - recorded
    table.add(["Not recorded (left out of the shares)", unrecorded, "", "", ""])
    table.n, table.sample = recorded, "terminated cases with the stage recorded"
    table.sample_href = found.href(stage=list(Stage.values))
    table.description = (
        f"How far the {recorded} terminated cases with a recorded stage got before they ended "
        "(PROCPROG), with 95% Wilson intervals."
    )
    table.notes.append(found.basis())
    return table


def split_table(figures: Figures, dimension: Dimension) -> Table:
    """The endings, the holder's share of merits judgments and injunctions per value."""
    found = district(figures)
    per_value = found.tallies(dimension)
    labels = dimension.label_for(k for k in per_value if k is not None)
    title = f"District courts by {dimension.label.lower()} (FJC IDB)"
    table = Table(f"district_by_{dimension.name}", title, "", [dimension.label, *SPLIT_COLUMNS])
    if dimension.name == "year":
        ordered = sorted(per_value.items(), key=lambda item: item[0] or 0)
    else:
        ordered = sorted(per_value.items(), key=lambda item: (-item[1]["cases"], str(item[0])))
    bars = []
    for value, row in ordered:
        label = labels.get(value, str(value)) if value not in (None, "") else "Unknown"
        won = wilson(row["holder_won"], row["merits"])
        cells = [label, *_split_cells(row, won)]
        link = found.href(**value_cell(figures.params, dimension, value)) if value else None
        table.add(cells, link)
        bars.append(_bar(label, won))
    table.n = sum(row["merits"] for row in per_value.values())
    table.sample = "judgments on the merits"
    table.sample_href = found.href(ending=list(Termination.MERITS))
    table.description = (
        f"For each {dimension.label.lower()}: how cases ended, the rights holder's share of "
        "judgments on the merits and the share of judgments that entered an injunction, with "
        "95% Wilson intervals."
    )
    table.notes += [found.basis(), MERITS_NOTE, INJUNCTION_NOTE]
    if dimension.name == "year":
        table.notes.append("By year of termination; pending cases are left out.")
    if any(bar.text != "no data" for bar in bars):
        chart_title = f"Rights holder won, judgments on the merits, by {dimension.label.lower()}"
        chart_id = f"chart-district-{dimension.name}"
        desc = "Share of judgments on the merits won by the rights holder, with 95% intervals."
        table.charts.append(charts.bar_chart(chart_id, chart_title, desc, bars, 1))
    return table


def _split_cells(row: dict, won) -> list:
    ended = terminations.ended(row)
    settled = row[f"ending_{Ending.SETTLED}"] + row[f"ending_{Ending.CONSENT_JUDGMENT}"]
    dismissed = row[f"ending_{Ending.VOLUNTARY_DISMISSAL}"] + row[f"ending_{Ending.DISMISSED}"]
    injunction = wilson(row["injunction"], row["relief_known"])
    return [
        row["cases"],
        row[f"ending_{Ending.PENDING}"],
        percent(settled / ended) if ended else "",
        percent(dismissed / ended) if ended else "",
        won.n,
        *share_cells(won),
        injunction.n,
        *share_cells(injunction),
    ]


def _bar(label: str, share) -> charts.Bar:
    if share.share is None:
        return charts.Bar(label, 0, "no data")
    return charts.Bar(label, share.share, f"{percent(share.share)}%", share.low, share.high)


def time_table(figures: Figures) -> Table:
    """Days from filing to termination, Kaplan–Meier, for all courts and for each court."""
    found = district(figures)
    per_court = found.survival
    labels = DIMENSIONS["court"].label_for(per_court)
    overall = pooled(per_court.values())
    table = Table(
        "district_time",
        "District courts: time to termination (Kaplan–Meier, FJC IDB)",
        "",
        ["Court", "Cases", *durations.KM_COLUMNS, "Median of terminated cases only, days"],
    )
    ordered = sorted(per_court.items(), key=lambda item: (-item[1].n, str(item[0])))
    rows = [("All district courts", overall, found.href())] if overall.n else []
    rows += [(labels.get(court, court), s, found.href(court=court)) for court, s in ordered]
    for label, survival, link in rows:
        finished = durations.finished_spread(survival)
        median = durations.days(float(finished.median)) if finished else "no data"
        table.add([label, survival.n, *durations.survival_cells(survival), median], link)
    table.n, table.sample, table.sample_href = overall.n, "cases", found.href()
    table.description = (
        f"Days from filing to termination of {overall.n} cases; the {overall.censored} still "
        "pending count as open up to the date of the file that reported them pending."
    )
    table.notes += [found.basis(), durations.METHOD_NOTE]
    if overall.n:
        curves = [("All", overall), *((labels.get(c, c), s) for c, s in ordered[:4])]
        table.charts.append(durations.survival_chart("chart-district-time", table.title, curves))
    return table


def pooled(estimates) -> Survival:
    """One estimate over several groups' cases (rebuilt from their steps)."""
    observations = []
    for survival in estimates:
        for step in survival.steps:
            observations += [(step.time, True, step.events), (step.time, False, step.censored)]
    return kaplan_meier(observations)


BUILDERS: dict[str, Callable[[Figures], Table]] = {
    "district_endings": endings_table,
    "district_stages": stages_table,
    "district_by_court": lambda figures: split_table(figures, DIMENSIONS["court"]),
    "district_by_year": lambda figures: split_table(figures, DIMENSIONS["year"]),
    "district_by_ip_type": lambda figures: split_table(figures, DIMENSIONS["ip_type"]),
    "district_time": time_table,
}
