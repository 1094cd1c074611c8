"""Kaplan–Meier estimates checked against small examples worked by hand."""

import math

import pytest

from ipcases.analytics.survival import Estimate, kaplan_meier


def test_without_censoring_it_is_the_share_still_open_and_the_usual_median():
    # Four cases ended after 10, 20, 30 and 40 days.
    survival = kaplan_meier([(10, True, 1), (20, True, 1), (30, True, 1), (40, True, 1)])

    assert [s.survival for s in survival.steps] == [0.75, 0.5, 0.25, 0.0]
    assert [s.at_risk for s in survival.steps] == [4, 3, 2, 1]
    # S is exactly 1/2 from day 20 to day 30: the median is the middle, as for four values.
    assert survival.median.value == 25
    assert survival.lower_quartile.value == 15
    assert survival.upper_quartile.value == 35


def test_a_censored_case_counts_while_it_is_known_to_be_open():
    # Ended at 1; pending at 2; two ended at 3; pending at 4; ended at 5.
    survival = kaplan_meier(
        [(1, True, 1), (2, False, 1), (3, True, 2), (4, False, 1), (5, True, 1)]
    )

    by_time = {s.time: s for s in survival.steps}
    assert (survival.n, survival.events, survival.censored) == (6, 4, 2)
    # At 3, four cases are still at risk (the one censored at 2 is not): S = 5/6 * 2/4.
    assert by_time[3].at_risk == 4
    assert by_time[3].survival == pytest.approx(5 / 12)
    assert by_time[5].survival == 0
    # The median of the three finished cases (1, 3, 3, 5) would be 3 as well; the upper
    # quartile is where S first falls to 1/4 or below.
    assert survival.median.value == 3
    assert survival.lower_quartile.value == 3
    assert survival.upper_quartile.value == 5


def test_its_pointwise_interval_is_greenwoods_on_the_log_log_scale():
    survival = kaplan_meier(
        [(1, True, 1), (2, False, 1), (3, True, 2), (4, False, 1), (5, True, 1)]
    )
    by_time = {s.time: s for s in survival.steps}

    # At 1: v = 1/(6*5); S = 5/6. Worked by hand: 0.2732 to 0.9747.
    assert (by_time[1].low, by_time[1].high) == (
        pytest.approx(0.27318, abs=1e-4),
        pytest.approx(0.97471, abs=1e-4),
    )
    # At 3: v = 1/30 + 2/(4*2) = 0.28333; S = 5/12. Worked by hand: 0.0560 to 0.7665.
    assert by_time[3].low == pytest.approx(0.05599, abs=1e-4)
    assert by_time[3].high == pytest.approx(0.76651, abs=1e-4)
    v = 1 / 30 + 1 / 4
    spread = 1.96 * math.sqrt(v) / abs(math.log(5 / 12))
    assert by_time[3].low == pytest.approx((5 / 12) ** math.exp(spread))
    # Where the curve reaches 0 the lower bound is 0 and the upper carried from before.
    assert (by_time[5].low, by_time[5].high) == (0.0, by_time[4].high)


def test_the_interval_of_a_quantile_is_brookmeyer_and_crowleys():
    survival = kaplan_meier(
        [(1, True, 1), (2, False, 1), (3, True, 2), (4, False, 1), (5, True, 1)]
    )

    # The lower bound falls to 1/2 at day 1; the upper bound (0.77 at the end) never does.
    assert survival.median == Estimate(3, 1, None)


def test_a_curve_that_never_falls_to_a_half_has_no_median():
    survival = kaplan_meier([(100, True, 1), (200, False, 3)])

    assert survival.steps[0].survival == 0.75
    assert survival.median == Estimate(None, 100, None)
    assert survival.lower_quartile.value == 100


def test_all_pending_or_nothing_gives_no_estimate():
    assert kaplan_meier([(30, False, 5)]).median == Estimate(None, None, None)
    empty = kaplan_meier([])
    assert (empty.n, empty.steps, empty.median.value) == (0, (), None)


def test_counts_at_the_same_time_are_added_and_order_does_not_matter():
    one = kaplan_meier([(5, True, 2), (1, False, 1), (5, True, 1), (9, True, 1)])
    other = kaplan_meier([(9, True, 1), (5, True, 3), (1, False, 1)])

    assert one == other
    assert [(s.time, s.events, s.censored) for s in one.steps] == [(1, 0, 1), (5, 3, 0), (9, 1, 0)]


def test_it_refuses_negative_times_and_counts():
    with pytest.raises(ValueError):
        kaplan_meier([(-1, True, 1)])
    with pytest.raises(ValueError):
        kaplan_meier([(1, True, -1)])
