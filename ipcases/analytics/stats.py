"""Plain statistics with no database: the Wilson interval and the quantile method.

Quantiles use linear interpolation between closest ranks, the method of PostgreSQL's
``percentile_cont`` and of NumPy's default: for n sorted values and a fraction p, the position
h = p * (n - 1) (counted from 0) lies between the values at floor(h) and floor(h) + 1, and the
quantile is the first plus (h - floor(h)) times the difference. The database only counts;
the quantiles are computed here from its counts (see ``measures.measured``), so SQLite and
PostgreSQL give the same answers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

Z_95 = 1.96
QUARTILES = (Fraction(1, 4), Fraction(1, 2), Fraction(3, 4))


@dataclass(frozen=True)
class Share:
    """k of n, with its 95% Wilson score interval; all None when n is 0."""

    k: int
    n: int
    share: float | None
    low: float | None
    high: float | None


def wilson(k: int, n: int, z: float = Z_95) -> Share:
    """The share k/n and its Wilson score interval, which stays inside 0..1 for small n."""
    if n <= 0:
        return Share(k, n, None, None, None)
    if not 0 <= k <= n:
        raise ValueError(f"k={k} must lie between 0 and n={n}")
    p = k / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return Share(k, n, p, max(0.0, centre - half), min(1.0, centre + half))


def quantile_positions(n: int, p: Fraction) -> tuple[int, Fraction]:
    """The 0-based index below position p * (n - 1) and the fraction of the way to the next."""
    h = p * (n - 1)
    lower = math.floor(h)
    return lower, h - lower


def interpolate(values_at: dict[int, Decimal | float], n: int, p: Fraction) -> Decimal | float:
    """The p-quantile from the sorted values at the needed 0-based indexes."""
    lower, fraction = quantile_positions(n, p)
    low = values_at[lower]
    if fraction == 0:
        return low
    high = values_at[lower + 1]
    if isinstance(low, Decimal):
        return low + (high - low) * Decimal(fraction.numerator) / Decimal(fraction.denominator)
    return low + (high - low) * float(fraction)


def quantile(sorted_values: list, p: Fraction) -> Decimal | float | None:
    """The p-quantile of an already sorted list (None when it is empty)."""
    if not sorted_values:
        return None
    return interpolate(dict(enumerate(sorted_values)), len(sorted_values), p)


def needed_indexes(n: int) -> set[int]:
    """The 0-based sorted positions the quartiles of n values are computed from."""
    indexes: set[int] = set()
    for p in QUARTILES:
        lower, fraction = quantile_positions(n, p)
        indexes.add(lower)
        if fraction:
            indexes.add(lower + 1)
    return indexes
