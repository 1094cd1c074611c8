"""The Wilson interval and the quantile method, against known values."""

import random
from collections import Counter
from decimal import Decimal
from fractions import Fraction

import pytest

from ipcases.analytics.measures import spread_of_counts
from ipcases.analytics.stats import needed_indexes, quantile, wilson


def test_it_gives_the_known_wilson_interval_for_81_of_263():
    # The textbook example: Wilson gives 0.2553..0.3662 (0.3637 is the upper end of the
    # normal-approximation interval, which Wilson improves on).
    share = wilson(81, 263)
    assert share.share == pytest.approx(0.30798, abs=1e-5)
    assert share.low == pytest.approx(0.2553, abs=1e-4)
    assert share.high == pytest.approx(0.3662, abs=1e-4)


def test_it_keeps_the_interval_inside_zero_and_one_at_the_edges():
    none = wilson(0, 10)
    assert none.share == 0 and none.low == 0
    assert none.high == pytest.approx(0.2775, abs=1e-4)
    every = wilson(10, 10)
    assert every.share == 1 and every.high == 1
    assert every.low == pytest.approx(0.7225, abs=1e-4)


def test_it_gives_no_share_and_no_interval_for_an_empty_sample():
    empty = wilson(0, 0)
    assert (empty.share, empty.low, empty.high) == (None, None, None)


def test_it_refuses_a_count_larger_than_the_sample():
    with pytest.raises(ValueError):
        wilson(5, 4)


def test_it_interpolates_quantiles_linearly_like_percentile_cont():
    values = [1, 2, 3, 4, 10]
    assert quantile(values, Fraction(1, 2)) == 3
    assert quantile([1, 2, 3, 4], Fraction(1, 2)) == 2.5
    assert quantile([1, 2, 3, 4], Fraction(1, 4)) == 1.75
    assert quantile([1, 2, 3, 4], Fraction(3, 4)) == 3.25
    assert quantile([7], Fraction(1, 4)) == 7
    assert quantile([], Fraction(1, 2)) is None


def test_it_keeps_decimal_amounts_exact():
    amounts = [Decimal("100.00"), Decimal("250.50")]
    assert quantile(amounts, Fraction(1, 2)) == Decimal("175.25")
    assert quantile(amounts, Fraction(1, 4)) == Decimal("137.625")


def test_it_needs_only_the_values_either_side_of_each_quartile():
    assert needed_indexes(1) == {0}
    assert needed_indexes(4) == {0, 1, 2, 3}
    assert needed_indexes(101) == {25, 50, 75}
    assert needed_indexes(100) == {24, 25, 49, 50, 74, 75}


def test_it_reads_the_same_quartiles_off_counts_per_value():
    rng = random.Random(7)
    for size in (1, 2, 3, 4, 5, 10, 101, 1000):
        values = sorted(rng.randint(0, 40) for _ in range(size))
        spread = spread_of_counts(sorted(Counter(values).items()))
        assert spread.n == size
        assert (spread.minimum, spread.maximum) == (values[0], values[-1])
        assert spread.q1 == quantile(values, Fraction(1, 4))
        assert spread.median == quantile(values, Fraction(1, 2))
        assert spread.q3 == quantile(values, Fraction(3, 4))
