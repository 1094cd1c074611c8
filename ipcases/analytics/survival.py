"""Time to an event when some cases have not reached it yet: the Kaplan–Meier estimate.

A median of finished cases alone is biased short while many cases are pending: the long ones
are the ones still open. Kaplan–Meier counts a pending case as *censored*: known to have
lasted at least until the day it was last seen open (for the FJC's file, the file's date),
and says nothing about it after that. Pure arithmetic, no database.

Method, for the record of every figure that uses it:

* S(t) = product over event times t_i <= t of (1 - d_i / n_i), where d_i cases ended at t_i
  and n_i were at risk just before it (a case censored at t_i is still at risk at t_i).
* Greenwood's variance, on the log-log scale: v(t) = sum of d_i / (n_i (n_i - d_i)), and the
  pointwise 95% interval is S(t) ** exp(+-1.96 sqrt(v(t)) / |log S(t)|) (Kalbfleisch and
  Prentice), which stays inside 0..1. Where the curve reaches 0 the lower bound is 0 and the
  upper bound is carried from the step before (v is infinite there).
* The p-quantile (median p = 1/2, quartiles 1/4 and 3/4) is the first time at which S falls to
  1 - p or below; where S equals 1 - p exactly, the middle of that flat stretch and the next
  event time, so that with nothing censored the median is the usual median.
* Its 95% interval is Brookmeyer and Crowley's: the times whose pointwise interval contains
  1 - p, from the quantile of the lower bound to the quantile of the upper bound. An end the
  curve never reaches is "not reached" (None).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from .stats import Z_95

_EXACT = 1e-9


@dataclass(frozen=True)
class Step:
    """The estimate at one time at which a case ended or was censored."""

    time: float
    at_risk: int
    events: int
    censored: int
    survival: float
    low: float
    high: float


@dataclass(frozen=True)
class Estimate:
    """A quantile and its 95% interval; None where the curve never gets there."""

    value: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class Survival:
    n: int
    events: int
    steps: tuple[Step, ...]

    @property
    def censored(self) -> int:
        return self.n - self.events

    def quantile(self, p: float) -> Estimate:
        target = 1 - p
        return Estimate(
            _first_below(self.steps, target, "survival"),
            _first_below(self.steps, target, "low"),
            _first_below(self.steps, target, "high"),
        )

    @cached_property
    def median(self) -> Estimate:
        return self.quantile(0.5)

    @cached_property
    def lower_quartile(self) -> Estimate:
        return self.quantile(0.25)

    @cached_property
    def upper_quartile(self) -> Estimate:
        return self.quantile(0.75)


def kaplan_meier(observations: Iterable[tuple[float, bool, int]], z: float = Z_95) -> Survival:
    """The estimate from (time, ended, how many) triples, in any order; a triple with ended
    False counts cases censored at that time."""
    at_time: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for time, ended, count in observations:
        if count < 0 or time < 0:
            raise ValueError(f"a time ({time}) and a count ({count}) cannot be negative")
        at_time[time][0 if ended else 1] += count
    at_risk = sum(events + censored for events, censored in at_time.values())
    n, survival, variance, high = at_risk, 1.0, 0.0, 1.0
    steps = []
    for time in sorted(at_time):
        events, censored = at_time[time]
        if events:
            survival *= 1 - events / at_risk
            variance = variance + events / (at_risk * (at_risk - events)) if survival else math.inf
        low, high = _interval(survival, variance, z, high)
        steps.append(Step(time, at_risk, events, censored, survival, low, high))
        at_risk -= events + censored
    return Survival(n, sum(step.events for step in steps), tuple(steps))


def _interval(survival: float, variance: float, z: float, previous_high: float) -> tuple:
    if survival >= 1:
        return 1.0, 1.0
    if survival <= 0:
        return 0.0, previous_high
    spread = z * math.sqrt(variance) / abs(math.log(survival))
    return survival ** math.exp(spread), survival ** math.exp(-spread)


def _first_below(steps: tuple[Step, ...], target: float, curve: str) -> float | None:
    """The first time the curve is at or below target; the middle of a stretch exactly at it."""
    for index, step in enumerate(steps):
        value = getattr(step, curve)
        if value > target + _EXACT:
            continue
        if abs(value - target) <= _EXACT:
            later = [s.time for s in steps[index + 1 :] if getattr(s, curve) < value - _EXACT]
            if later:
                return (step.time + later[0]) / 2
        return step.time
    return None
