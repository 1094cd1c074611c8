"""Server-rendered SVG charts: accessible, self-describing, and escaped.

Each chart is an ``<svg role="img">`` labelled by its own ``<title>`` and ``<desc>``. Every piece
of text (court names, IP types, currency codes) goes through ``format_html`` or ``escape``, so a
name like ``<script>`` or ``AT&T`` is shown as text and never becomes markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
ROW = 26
LABEL_WIDTH = 200
VALUE_WIDTH = 110
COLUMNS_HEIGHT = 180
AXIS = 56  # room left of the columns for the value axis
HEADING = 26


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as the table shows it
    low: float | None = None  # optional interval, in the same unit as value
    high: float | None = None


def _frame(chart_id: str, title: str, desc: str, height: int, body: SafeString) -> SafeString:
    """The chart with its accessible name and description, and its title shown on top (the
    body is drawn below a band of HEADING pixels)."""
    return format_html(
        '<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {} {}" '
        'aria-labelledby="{}-title {}-desc"><title id="{}-title">{}</title>'
        '<desc id="{}-desc">{}</desc>'
        '<text class="heading" x="10" y="17" aria-hidden="true">{}</text>'
        '<g transform="translate(0 {})">{}</g></svg>',
        WIDTH,
        height + HEADING,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        desc,
        title,
        HEADING,
        body,
    )


def _scale(bars: list[Bar], maximum: float | None) -> float:
    top = maximum or max([b.high or b.value for b in bars] + [0])
    return top if top > 0 else 1


def _bar_row(index: int, bar: Bar, top: float) -> SafeString:
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    y = index * ROW + 4
    width = round(span * bar.value / top, 1)
    row = format_html(
        '<g class="bar"><text x="{}" y="{}" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}"></rect>'
        '<text class="value" x="{}" y="{}">{}</text>',
        LABEL_WIDTH - 6,
        y + 15,
        _clip(bar.label),
        LABEL_WIDTH,
        y + 3,
        width,
        ROW - 8,
        WIDTH - VALUE_WIDTH + 6,
        y + 15,
        bar.text,
    )
    if bar.low is not None and bar.high is not None:
        x1 = LABEL_WIDTH + round(span * bar.low / top, 1)
        x2 = LABEL_WIDTH + round(span * bar.high / top, 1)
        row += format_html(
            '<line class="interval" x1="{}" x2="{}" y1="{}" y2="{}"></line>', x1, x2, y + 11, y + 11
        )
    return row + mark_safe("</g>")


def _clip(label: str, length: int = 28) -> str:
    return label if len(label) <= length else label[: length - 1] + "…"


def bar_chart(
    chart_id: str, title: str, desc: str, bars: list[Bar], maximum: float | None = None
) -> SafeString:
    """Horizontal bars, one per row of the table; lines across bars show 95% intervals."""
    top = _scale(bars, maximum)
    body = format_html_join("", "{}", ((_bar_row(i, bar, top),) for i, bar in enumerate(bars)))
    return _frame(chart_id, title, desc, max(len(bars), 1) * ROW + 8, body)


def continuous_years(per_year: dict) -> list[tuple[str, int]]:
    """Every year from the first to the last, those without rulings as 0: a time axis that
    skipped empty years would draw a gap as a neighbour."""
    if not per_year:
        return []
    years = [int(year) for year in per_year]
    counts = {int(year): n for year, n in per_year.items()}
    return [(str(year), counts.get(year, 0)) for year in range(min(years), max(years) + 1)]


def _value_axis(top: float, label: str) -> SafeString:
    """Gridlines at 0, half and the top of the scale, their values, and the axis's name."""
    ticks = [(0, 0), (top / 2, COLUMNS_HEIGHT / 2), (top, COLUMNS_HEIGHT)]
    lines = format_html_join(
        "",
        '<line class="grid" x1="{}" x2="{}" y1="{}" y2="{}"></line>'
        '<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>',
        (
            (
                AXIS,
                WIDTH - 10,
                y,
                y,
                AXIS - 4,
                y + 4,
                f"{value:,.0f}" if value == int(value) else "",
            )
            for value, y in ((v, round(COLUMNS_HEIGHT + 10 - h, 1)) for v, h in ticks)
        ),
    )
    name = format_html(
        '<text class="axis-label" transform="translate(12 {}) rotate(-90)" '
        'text-anchor="middle">{}</text>',
        COLUMNS_HEIGHT / 2 + 10,
        label,
    )
    return format_html("{}{}", lines, name)


def column_chart(
    chart_id: str,
    title: str,
    desc: str,
    columns: list[tuple[str, int]],
    maximum: float | None = None,
    value_label: str = "Rulings",
) -> SafeString:
    """Vertical columns, such as rulings per year, over a value axis with its name; charts
    compared side by side pass the same `maximum`, so that equal heights mean equal counts.
    Every label is kept in the table beside it."""
    top = max([value for _, value in columns] + [maximum or 0, 1])
    if top % 2:
        top += 1  # the middle gridline on a whole number
    slot = (WIDTH - AXIS - 10) / max(len(columns), 1)
    step = max(1, round(len(columns) / 12))  # at most about twelve axis labels
    parts = [_value_axis(top, value_label)]
    for i, (label, value) in enumerate(columns):
        height = round(COLUMNS_HEIGHT * value / top, 1)
        x = round(AXIS + i * slot, 1)
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>',
                x,
                COLUMNS_HEIGHT - height + 10,
                max(round(slot - 2, 1), 1),
                height,
                label,
                value,
            )
        )
        if i % step == 0:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle">{}</text>',
                    round(x + slot / 2, 1),
                    COLUMNS_HEIGHT + 28,
                    label,
                )
            )
    body = format_html_join("", "{}", ((p,) for p in parts))
    return _frame(chart_id, title, desc, COLUMNS_HEIGHT + 36, body)


def box_plot(
    chart_id: str, title: str, desc: str, five: tuple[float, float, float, float, float], unit: str
) -> SafeString:
    """Minimum, quartiles and maximum on one line: the middle half of the sample is the box."""
    low, q1, median, q3, high = (float(v) for v in five)
    span = (high - low) or 1
    left, usable = 20, WIDTH - 40

    def x(v: float) -> float:
        return round(left + usable * (v - low) / span, 1)

    body = format_html(
        '<line class="whisker" x1="{}" x2="{}" y1="30" y2="30"></line>'
        '<rect class="box" x="{}" y="15" width="{}" height="30"></rect>'
        '<line class="median" x1="{}" x2="{}" y1="12" y2="48"></line>'
        '<text x="{}" y="68">{} {}</text><text x="{}" y="68" text-anchor="end">{} {}</text>',
        x(low),
        x(high),
        x(q1),
        max(round(x(q3) - x(q1), 1), 1),
        x(median),
        x(median),
        left,
        _short(low),
        unit,
        WIDTH - 20,
        _short(high),
        unit,
    )
    return _frame(chart_id, title, desc, 76, body)


def _short(value: float) -> str:
    return f"{value:,.0f}"


def heat_map(
    chart_id: str, title: str, desc: str, rows: list[tuple[str, dict[int, int]]], years: list[int]
) -> SafeString:
    """One row per label, one cell per year, darker for more rulings and empty for none: where
    the catalogue has gaps."""
    top = max([n for _, counts in rows for n in counts.values()] + [1])
    cell = max(min((WIDTH - LABEL_WIDTH - 10) / max(len(years), 1), 18), 3)
    parts = []
    for r, (label, counts) in enumerate(rows):
        y = r * 16
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end">{}</text>',
                LABEL_WIDTH - 6,
                y + 12,
                _clip(label),
            )
        )
        for c, year in enumerate(years):
            n = counts.get(year, 0)
            if n:
                parts.append(
                    format_html(
                        '<rect x="{}" y="{}" width="{}" height="14" fill-opacity="{}">'
                        "<title>{} {}: {}</title></rect>",
                        round(LABEL_WIDTH + c * cell, 1),
                        y + 1,
                        round(cell - 1, 1),
                        round(0.25 + 0.75 * n / top, 2),
                        label,
                        year,
                        n,
                    )
                )
    if years:
        parts.append(_heat_axis(years, cell, len(rows) * 16 + 14))
    parts.append(_heat_legend(top, len(rows) * 16 + 24))
    body = format_html_join("", "{}", ((p,) for p in parts))
    return _frame(chart_id, title, desc, len(rows) * 16 + 46, body)


def _heat_axis(years: list[int], cell: float, y: int) -> SafeString:
    """The first and last year, the last one ending at its cell, so that it is never cut."""
    first = format_html('<text x="{}" y="{}">{}</text>', LABEL_WIDTH, y, years[0])
    if len(years) == 1:
        return first
    end = round(LABEL_WIDTH + len(years) * cell - 1, 1)
    last = format_html('<text x="{}" y="{}" text-anchor="end">{}</text>', end, y, years[-1])
    return format_html("{}{}", first, last)


def _heat_legend(top: int, y: int) -> SafeString:
    """What the shades mean: one ruling, about half the most, the most in one year."""
    steps = sorted({1, max(1, round(top / 2)), top})
    swatches = format_html_join(
        "",
        '<rect x="{}" y="{}" width="14" height="14" fill-opacity="{}"></rect>'
        '<text x="{}" y="{}">{}</text>',
        (
            (
                LABEL_WIDTH + i * 70,
                y,
                round(0.25 + 0.75 * n / top, 2),
                LABEL_WIDTH + i * 70 + 18,
                y + 12,
                f"{n:,}",
            )
            for i, n in enumerate(steps)
        ),
    )
    name = format_html(
        '<text x="{}" y="{}" text-anchor="end">Rulings a year:</text>', LABEL_WIDTH - 6, y + 12
    )
    return format_html("{}{}", name, swatches)


CURVE_HEIGHT = 180
MAX_CURVES = 5
CURVE_LEFT = 40


@dataclass(frozen=True)
class _Axes:
    """Days across (0 to end), the share still open up (1 at the top)."""

    end: float

    def x(self, time: float) -> float:
        return round(CURVE_LEFT + (WIDTH - 60) * time / self.end, 1)

    def y(self, share: float) -> float:
        return round(10 + CURVE_HEIGHT * (1 - share), 1)

    def path(self, steps, curve: str) -> str:
        """A step line through one of the curves of the steps (survival, low or high)."""
        points, level = [f"M{self.x(0)} {self.y(1)}"], 1.0
        for step in steps:
            value = getattr(step, curve)
            if value != level:
                points += [f"H{self.x(step.time)}", f"V{self.y(value)}"]
                level = value
        return " ".join([*points, f"H{self.x(steps[-1].time)}"])


def survival_chart(
    chart_id: str, title: str, desc: str, curves: list[tuple[str, object]], unit: str
) -> SafeString:
    """Kaplan–Meier curves (``survival.Survival``): the share still open, stepping down at each
    time cases ended; the first curve with its 95% band, a dashed line at one half."""
    curves = [(label, s) for label, s in curves if s.steps][:MAX_CURVES]
    axes = _Axes(max([s.steps[-1].time for _, s in curves] + [1]) or 1)
    parts = [_survival_axes(axes, unit)]
    if curves:
        for band in ("low", "high"):
            path = axes.path(curves[0][1].steps, band)
            parts.append(format_html('<path class="band" d="{}"></path>', path))
    for i, (label, survival) in enumerate(curves):
        parts.append(
            format_html(
                '<path class="curve curve-{}" d="{}"><title>{}</title></path>'
                '<text class="legend curve-{}" x="{}" y="{}">{}</text>',
                i,
                axes.path(survival.steps, "survival"),
                label,
                i,
                CURVE_LEFT + 4 + i * 118,
                CURVE_HEIGHT + 44,
                _clip(label, 18),
            )  # fmt: skip
        )
    body = format_html_join("", "{}", ((p,) for p in parts))
    return _frame(chart_id, title, desc, CURVE_HEIGHT + 50, body)


def _survival_axes(axes: _Axes, unit: str) -> SafeString:
    return format_html(
        '<line class="half" x1="{}" x2="{}" y1="{}" y2="{}"></line>'
        '<text x="{}" y="{}" text-anchor="end">50%</text>'
        '<text x="{}" y="{}">0</text><text x="{}" y="{}" text-anchor="end">{} {}</text>',
        CURVE_LEFT, axes.x(axes.end), axes.y(0.5), axes.y(0.5), CURVE_LEFT - 4, axes.y(0.5) + 4,
        CURVE_LEFT, CURVE_HEIGHT + 26, axes.x(axes.end), CURVE_HEIGHT + 26, _short(axes.end), unit,
    )  # fmt: skip
