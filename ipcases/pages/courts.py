"""The list of courts as the courts page shows it: the courts that have rulings in the
catalogue, grouped by country and level (the highest first), each group sorted by name, and
how many courts without rulings are left out."""

from __future__ import annotations

from itertools import groupby

from ..models import Court

# Highest first: a reader looks for the leading courts of a country before its trial courts.
LEVELS = [Court.Level.FINAL, Court.Level.APPELLATE, Court.Level.FIRST_INSTANCE]


def court_groups(courts) -> dict:
    """{"groups": [{"country", "level", "courts"}], "without_rulings": n} from courts
    annotated with their ruling_count."""
    courts = list(courts)
    listed = [court for court in courts if court.ruling_count]
    listed.sort(key=lambda c: (c.country, _level_rank(c.level), c.name.casefold()))
    groups = [
        {"country": country, "level": Court.Level(level).label, "courts": list(members)}
        for (country, level), members in groupby(listed, key=lambda c: (c.country, c.level))
    ]
    return {"groups": groups, "without_rulings": len(courts) - len(listed)}


def _level_rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)
