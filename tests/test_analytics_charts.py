"""Charts are SVG built on the server: labelled for screen readers, and escaped."""

import datetime as dt

import pytest

from ipcases import search
from ipcases.analytics.charts import (
    Bar,
    bar_chart,
    box_plot,
    column_chart,
    continuous_years,
    heat_map,
    survival_chart,
)
from ipcases.analytics.survival import kaplan_meier
from tests.helpers import make_case, make_ruling

HOSTILE = '<script>alert("x")</script> & Sons'


def test_it_labels_each_chart_with_a_title_and_a_description():
    svg = bar_chart("chart-x", "Outcomes", "Share of wins", [Bar("Won", 0.5, "50.0%")], 1)
    assert 'role="img"' in svg
    assert 'aria-labelledby="chart-x-title chart-x-desc"' in svg
    assert '<title id="chart-x-title">Outcomes</title>' in svg
    assert '<desc id="chart-x-desc">Share of wins</desc>' in svg


def test_it_escapes_every_label_title_and_description():
    for svg in (
        bar_chart("c", HOSTILE, HOSTILE, [Bar(HOSTILE, 1, HOSTILE, 0.5, 1)]),
        column_chart("c", HOSTILE, HOSTILE, [(HOSTILE, 3)]),
        box_plot("c", HOSTILE, HOSTILE, (1, 2, 3, 4, 5), HOSTILE),
        survival_chart("c", HOSTILE, HOSTILE, [(HOSTILE, kaplan_meier([(5, True, 1)]))], HOSTILE),
    ):
        assert "<script>" not in svg
        assert "&lt;script&gt;" in svg and "&amp; Sons" in svg


def test_it_steps_a_survival_curve_down_at_each_ending_with_its_band():
    survival = kaplan_meier([(100, True, 1), (200, True, 1), (300, False, 2)])
    svg = survival_chart("km", "Time", "Share open", [("All", survival)], "days")

    # From 100% at day 0 down to 3/4 at day 100 and 1/2 at day 200, then flat to day 300.
    assert 'class="curve curve-0" d="M40.0 10 H233.3 V55.0 H426.7 V100.0 H620.0"' in svg
    assert svg.count('class="band"') == 2
    assert "300 days" in svg


def test_it_draws_an_interval_line_only_when_there_is_an_interval():
    assert "interval" in bar_chart("c", "t", "d", [Bar("a", 0.5, "50%", 0.2, 0.8)], 1)
    assert "interval" not in bar_chart("c", "t", "d", [Bar("a", 3, "3")])


@pytest.mark.django_db
def test_it_escapes_court_names_on_the_page(client):
    court = make_case(court="txed").court
    court.short_name = HOSTILE
    court.save()
    make_ruling(case=make_case(court="txed", name=HOSTILE), rights_holder_outcome="holder_won")
    html = client.get("/analytics/?compare=court&compare_values=txed").content.decode()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_a_year_axis_runs_through_the_years_without_rulings():
    assert continuous_years({2016: 2, 2019: 1}) == [
        ("2016", 2),
        ("2017", 0),
        ("2018", 0),
        ("2019", 1),
    ]
    assert continuous_years({}) == []


def test_columns_stand_on_a_named_value_axis_with_its_scale():
    svg = column_chart("c", "Rulings per year", "d", [("2019", 3), ("2020", 7)])
    assert 'class="axis-label"' in svg and ">Rulings</text>" in svg
    assert [tick for tick in ("0", "4", "8") if f">{tick}</text>" in svg] == ["0", "4", "8"]


def test_compared_charts_share_their_scale(client, db):
    made = [
        make_ruling(court=court, decision_date=dt.date(year, 1, 1))
        for court, year in (("txed", 2018), ("txed", 2018), ("txed", 2020), ("ded", 2019))
    ]
    search.update_index([r.pk for r in made])
    html = client.get("/analytics/?compare=court&compare_values=txed,ded").content.decode()
    ded = html.split('id="chart-compare-years-1-title"')[1].split("</svg>")[0]
    assert ">2<" in ded  # the top of txed's scale, though ded has one ruling a year
    assert ded.count("<rect") == 3  # 2018, 2019 and 2020, on one time axis


def test_a_heat_map_has_a_legend_and_keeps_its_last_year_inside_the_chart():
    svg = heat_map(
        "h", "Coverage", "d", [("Fed. Cir.", {2001: 1, 2024: 9})], list(range(2001, 2025))
    )
    assert "Rulings a year:" in svg
    assert [n for n in ("1", "4", "9") if f">{n}</text>" in svg] == ["1", "4", "9"]
    assert '<text x="629.0" y="30" text-anchor="end">2024</text>' in svg
