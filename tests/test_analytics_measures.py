"""Every figure of the analytics, checked against counts made by hand on a small set."""

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from django.http import QueryDict

from ipcases import analytics
from ipcases.analytics import measures
from ipcases.analytics.dimensions import DIMENSIONS
from ipcases.analytics.stats import quantile, wilson
from ipcases.models import Ruling
from ipcases.pages.analytics import AnalyticsForm
from tests.analytics_corpus import build_corpus, ruling

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    build_corpus()
    return Ruling.objects.all()


def tables(rulings, query=""):
    form = AnalyticsForm(QueryDict(query))
    assert form.is_valid(), form.errors
    _, found = analytics.page_tables(rulings, form.choice)
    return {table.slug: table for table in found}


def test_it_counts_rulings_per_year(corpus):
    years = tables(corpus)["years"]
    assert years.rows == [["2018", "1"], ["2019", "2"], ["2020", "2"], ["2021", "2"], ["2022", "1"]]
    assert years.n == 8


def test_it_counts_unknown_and_pending_outcomes_apart_from_the_shares(corpus):
    outcomes = tables(corpus)["outcomes"]
    rows = {row[0]: row[1:] for row in outcomes.rows}
    won = wilson(3, 5)
    assert outcomes.n == 5  # 3 won, 1 lost, 1 mixed; the pending and the two unknown left out
    assert rows["Rights holder won"] == [
        "3",
        "60.0",
        f"{won.low * 100:.1f}",
        f"{won.high * 100:.1f}",
    ]
    assert rows["Challenger won"][:2] == ["1", "20.0"]
    assert rows["Mixed"][:2] == ["1", "20.0"]
    assert rows["Pending"] == ["1", "", "", ""]
    assert rows["Unknown (left out of the shares)"] == ["2", "", "", ""]


def test_it_counts_injunctions_granted_and_refused_of_those_decided(corpus):
    injunctions = tables(corpus)["injunctions"]
    rows = {row[0]: row[1:3] for row in injunctions.rows}
    assert injunctions.n == 3
    assert rows == {
        "Granted": ["2", "66.7"],
        "Refused": ["1", "33.3"],
        "None decided (left out of the shares)": ["5", ""],
    }


def test_it_gives_damages_per_currency_and_never_sums_across_currencies(corpus):
    damages = tables(corpus)["damages"]
    assert damages.rows == [
        ["EUR", "1", "250000.50", "250000.50", "250000.50", "250000.50", "250000.50"],
        ["GBP", "1", "50000", "50000", "50000", "50000", "50000"],
        ["USD", "3", "0", "500000", "1000000", "2000000", "3000000"],
    ]
    assert damages.n == 5
    assert "3 rulings with no amount" in damages.notes[0]


def test_it_counts_awards_in_tenfold_bands_with_zero_apart(corpus):
    bands = tables(corpus)["damages_distribution"].rows
    assert ["USD", "Zero", "1"] in bands
    assert ["USD", "1 million to under 10 million", "2"] in bands
    assert ["GBP", "10 thousand to under 100 thousand", "1"] in bands
    assert ["EUR", "100 thousand to under 1 million", "1"] in bands


def test_it_measures_time_to_decision_only_where_both_dates_are_known_and_in_order(corpus):
    durations = tables(corpus)["durations"]
    # 365, 365, 121 and 366 days; the case filed after its decision is left out.
    days = sorted([365, 365, 121, 366])
    expected = [quantile(days, Fraction(k, 4)) for k in (1, 2, 3)]
    assert expected == [304, 365, 365.25]
    # Kaplan–Meier with nothing censored: S is 3/4 from day 121 to 365, so the lower quartile
    # is the middle of the two; the upper bound of four cases never falls to one half.
    assert durations.rows == [
        [
            "Kaplan–Meier estimate, pending cases censored",
            "4",
            "0",
            "243 (121–365)",
            "365 (121–not reached)",
            "365.5 (121–not reached)",
        ],
        [
            "Finished cases only (biased short while cases are pending)",
            "4",
            "left out",
            "304",
            "365",
            "365.25",
        ],
    ]
    assert durations.n == 4
    assert durations.notes[0].startswith("4 rulings")
    assert "Brookmeyer and Crowley" in durations.notes[1]


def test_a_ruling_that_reports_its_case_pending_is_censored_not_finished(corpus):
    # Filed 2020-01-01, still pending at a ruling 1,000 days later.
    ruling("ded", dt.date(2022, 9, 27), dt.date(2019, 12, 31), rights_holder_outcome="pending")

    durations = tables(Ruling.objects.all())["durations"]
    estimate, finished = durations.rows
    assert estimate[1:3] == ["5", "1"]  # five rulings, one of them censored
    assert finished[1] == "4"  # the pending one is not a finished case
    survival = measures.measured(Ruling.objects.all()).survival[None]
    assert survival.steps[-1].time == 1001 and survival.steps[-1].censored == 1
    # Without the censored case S would fall to 0 at day 366; with it, 4/5 * 2/4 * 1/2 = 1/5
    # of cases are still open after day 366.
    assert survival.steps[-2].survival == pytest.approx(0.2)


def test_it_splits_by_court_and_by_ip_type(corpus):
    found = tables(corpus)
    courts = {row[0]: row[1:4] for row in found["by_court"].rows}
    assert courts == {"E.D. Tex.": ["4", "3", "2"], "D. Del.": ["4", "2", "1"]}
    ip_types = {row[0]: row[1] for row in found["by_ip_type"].rows}
    assert ip_types == {"Patent": "6", "Trade mark": "2", "Design": "1"}


def test_it_honours_the_filtered_queryset(corpus):
    txed = tables(corpus.filter(case__court_id="txed"))
    assert txed["years"].n == 4
    assert txed["outcomes"].n == 3


def test_it_compares_up_to_four_values_side_by_side(corpus):
    found = tables(corpus, "compare=court&compare_values=txed,ded")
    comparison = found["comparison"]
    assert comparison.columns == ["Measure", "E.D. Tex.", "D. Del."]
    rows = {row[0]: row[1:] for row in comparison.rows}
    assert rows["Rulings"] == ["4", "4"]
    assert rows["Known outcomes"] == ["3", "2"]
    assert rows["Median damages, USD (awards)"] == ["2000000 (2)", "0 (1)"]
    assert rows["Median damages, GBP (awards)"] == ["50000 (1)", "no data"]
    assert rows["Damages, USD: middle half"] == ["1500000–2500000", "0–0"]
    km = "Kaplan–Meier"
    assert rows[f"Median days from filing to decision, {km} (95% interval)"] == [
        "365 (121–not reached), n = 3",
        "366 (366–not reached), n = 1",
    ]
    # E.D. Tex.: S is 2/3 after day 121, below 3/4 (no interpolation, unlike finished cases).
    assert rows[f"Days from filing to decision: middle half, {km}"] == ["121–365", "366–366"]
    assert rows["Median days, finished cases only (rulings)"] == ["365 (3)", "366 (1)"]


def test_its_quartiles_match_the_quantile_method_on_this_database(corpus):
    amounts = [Decimal(a) for a in ("10", "20", "35", "1000", "1000.5", "77")]
    for amount in amounts:
        ruling("cafc", dt.date(2023, 1, 1), damages_amount=amount, damages_currency="JPY")
    spread = measures.damages(Ruling.objects.all())[None]["JPY"]
    ordered = sorted(amounts)
    assert spread.q1 == quantile(ordered, Fraction(1, 4))
    assert spread.median == quantile(ordered, Fraction(1, 2))
    assert spread.q3 == quantile(ordered, Fraction(3, 4))
    assert (spread.minimum, spread.maximum) == (Decimal("10"), Decimal("1000.5"))


def test_it_groups_every_measure_by_a_whitelisted_dimension(corpus):
    by_year = measures.per_year(corpus, DIMENSIONS["court"])
    assert by_year == {"txed": {2019: 2, 2020: 2}, "ded": {2018: 1, 2021: 2, 2022: 1}}
    durations = measures.durations(corpus, DIMENSIONS["court"])
    assert durations["txed"].n == 3 and durations["ded"].n == 1


def test_it_gives_empty_figures_for_an_empty_selection(corpus):
    found = tables(corpus.none())
    assert found["years"].rows == [] and found["years"].small
    assert found["outcomes"].n == 0
    assert found["damages"].rows == [] and found["durations"].rows == []


def test_it_compares_years_and_splits_by_year_with_date_range_links(corpus):
    found = tables(
        corpus, "compare=year&compare_values=2019,2021&group=year&decided_before=2021-03-01"
    )
    rows = {row[0]: row[1:] for row in found["comparison"].rows}
    assert found["comparison"].columns == ["Measure", "2019", "2021"]
    assert rows["Rulings"] == ["2", "2"]
    split = found["by_year"]
    assert [row[0] for row in split.rows] == ["2019", "2020", "2021", "2018", "2022"]
    links = dict(zip([row[0] for row in split.rows], split.row_links, strict=True))
    assert links["2021"] == "/rulings/?decided_before=2021-03-01&decided_after=2021-01-01"


def test_it_counts_each_ruling_once_when_the_filter_joins_a_to_many_relation(corpus):
    joined = corpus.filter(ip_type_tags__ip_type__in=["patent", "design"]).distinct()
    assert tables(joined)["years"].n == 6
    assert measures.counts(joined)[None]["rulings"] == 6
