"""The facet groups of a page whose rulings are one long id array (a phrase's or a w/N's
matches, or a page's selection made one array: see selection.materialize), counted in this
process from each ruling's facet group, which every process keeps in memory under the
index's versions (kept.in_memory) and reads again after any write.

The statement it replaces plans the array (7 ms for the 40,743 matches of `willful w/5
infringement` at 100,000 rulings), hashes it and tests every search row: 24 ms in all, against
7 ms here. Each process reads every ruling's group once a write: about 50 ms and 1.6 MB at
100,000 rulings. What it counts is kept between the query's pages as the statement's rows are
(SQLEngine.facet_groups, kept.rows).
"""

from __future__ import annotations

from array import array
from collections import Counter

from .. import kept, reading
from ..engine import FacetGroupCount
from .index import RULINGS
from .matches import LONG_ARRAY
from .selection import one_array


def counted(rulings, list_rulings: bool) -> list[FacetGroupCount] | None:
    """The facet groups of the rulings, where they are one long id array and this process
    knows every one's group; else None (the statement counts them)."""
    ids = one_array(rulings)
    if ids is None or ids == "{}" or ids.count(",") < LONG_ARRAY:
        return None
    group_of = kept.in_memory("facet group of each ruling", _read)
    members: dict[int, list[str]] = {}
    try:
        if list_rulings:
            for ruling in ids[1:-1].split(","):
                members.setdefault(group_of[int(ruling)], []).append(ruling)
            numbers = Counter({group: len(found) for group, found in members.items()})
        else:
            numbers = Counter(map(group_of.__getitem__, map(int, ids[1:-1].split(","))))
    except IndexError:  # a ruling indexed since this process read the groups
        return None
    numbers.pop(0, None)  # rulings without a group, which the statement leaves out
    return [
        FacetGroupCount(group, count, ",".join(members[group]) if list_rulings else None)
        for group, count in sorted(numbers.items())
    ]


def _read() -> array:
    """Each ruling's facet group by ruling id, 0 for none. The rows are read one at a time
    from the statement's result, so that reading keeps no list of them: about 50 ms at
    100,000 rulings."""
    with reading.database().cursor() as cursor:
        cursor.execute(f"SELECT max(ruling_id) FROM {RULINGS}")
        group_of = array("i", bytes(4 * ((cursor.fetchone()[0] or 0) + 1)))
        cursor.execute(f"SELECT ruling_id, facet_group FROM {RULINGS} WHERE facet_group > 0")
        for ruling, group in cursor:
            if ruling >= len(group_of):  # indexed since the statement before
                group_of.extend([0] * (ruling + 1 - len(group_of)))
            group_of[ruling] = group
    return group_of
