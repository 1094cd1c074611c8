"""Related rulings, found by what two rulings share, without a model.

Each ruling has features (``RulingFeature``): the rulings it cites (``cites:``; bibliographic
coupling), the rulings that cite it (``citedby:``; co-citation: two rulings cited by the same
later ruling share that ruling's feature), the provisions and rights its text mentions, and
its IP types. A shared feature weighs its rarity, log(N / n), N the rulings of the catalogue
and n those that have the feature: sharing a ruling that three others cite says more than
sharing Feist, which thousands cite. The score of a pair is the sum over what they share.

``refresh_features(ids)`` is called by the write path with the citations (index_citations);
``related(ruling)`` answers in a handful of indexed queries: candidates come from the rarer
features (held by at most RARE_SHARE of the rulings, so that a feature every patent ruling has
does not make every patent ruling a candidate), and the common ones then add their weight to
the best candidates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Case, Count, FloatField, OuterRef, Subquery, Sum, Value, When

from ..models import (
    Citation,
    FeatureFrequency,
    RightMention,
    Ruling,
    RulingFeature,
    RulingIPType,
    StatuteMention,
)
from ..models.catalogue import IPType

ALL = "*"
LIMIT = 10
CANDIDATES = 50
RARE_SHARE = 0.02
RARE_FLOOR = 50
# At most so many features, and so many of their rows, make the candidates.
RARE_KEYS = 40
ROW_BUDGET = 5000
CHUNK = 500


@dataclass
class Related:
    ruling: Ruling
    score: float
    shared: list[tuple[str, str]] = field(default_factory=list)  # (key, label), heaviest first

    @property
    def reason(self) -> str:
        """ "both cite Feist and 17 U.S.C. § 102(b)" in words: what the two share, by kind."""
        return reason(self.shared)


def reason(shared: list[tuple[str, str]]) -> str:
    by_verb: dict[str, list[str]] = defaultdict(list)
    for key, label in shared:
        by_verb[_VERBS[key.split(":", 1)[0]]].append(label)
    parts = [
        f"{verb} {_listed(labels[:3], len(labels) - 3)}"
        for verb in dict.fromkeys(_VERBS.values())
        if (labels := by_verb.get(verb))
    ]
    return "both " + "; ".join(parts) if parts else ""


_VERBS = {
    "cites": "cite",
    "statute": "cite",
    "right": "mention",
    "citedby": "are cited by",
    "ip": "concern",
}


def _listed(labels: list[str], more: int) -> str:
    if more > 0:
        return ", ".join(labels) + f" and {more} more"
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def related(ruling: Ruling, limit: int = LIMIT) -> list[Related]:
    """Up to ``limit`` rulings most like ``ruling`` by what they share, heaviest first, each
    with what it shares; rulings of the same case are left out (the page lists them).
    Three queries: the ruling's features with their counts, what the best candidates share
    with it, and the rulings shown."""
    mine, weights, total = _weights(ruling)
    rare = _rarest(weights, max(RARE_FLOOR, total * RARE_SHARE))
    if not rare:
        return []
    found = _scored(ruling, rare, mine, weights)[:limit]
    shown = {pk for _, _, shared in found for key, _ in _shown(shared) if (pk := _ruling_of(key))}
    rulings = Ruling.objects.filter(pk__in={*shown, *(pk for pk, _, _ in found)})
    by_pk = {r.pk: r for r in rulings.select_related("case__court").defer("text", "summary")}
    return [
        Related(by_pk[pk], score, _named(shared, by_pk))
        for pk, score, shared in found
        if pk in by_pk
    ]


def _named(shared: list[tuple[str, str]], rulings: dict[int, Ruling]) -> list[tuple[str, str]]:
    """The labels of the features that are rulings: their case names as they are now."""
    return [
        (key, short_name(rulings[pk].case.name) if (pk := _ruling_of(key)) in rulings else label)
        for key, label in shared
    ]


def _shown(shared: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: dict[str, int] = defaultdict(int)
    shown = []
    for key, label in shared:
        verb = _VERBS[key.split(":", 1)[0]]
        seen[verb] += 1
        if seen[verb] <= 3:
            shown.append((key, label))
    return shown


def _rarest(weights: dict[str, tuple[float, int]], cap: float) -> list[str]:
    """The rarest features, as many as keep the candidates' look-up within ROW_BUDGET rows."""
    chosen, rows = [], 0
    for key, (_, n) in sorted(weights.items(), key=lambda item: (item[1][1], item[0])):
        if n > cap or rows + n > ROW_BUDGET or len(chosen) == RARE_KEYS:
            break
        chosen.append(key)
        rows += n
    return chosen


def _ruling_of(key: str) -> int | None:
    if key.startswith("cites:r") and key[7:].isdigit():
        return int(key[7:])
    if key.startswith("citedby:") and key[8:].isdigit():
        return int(key[8:])
    return None


def _weights(ruling: Ruling):
    """The ruling's features (key -> label), key -> (rarity weight, rulings that have it),
    and how many rulings there are, in one query."""
    frequency = FeatureFrequency.objects.filter(key=OuterRef("key")).values("rulings")[:1]
    everyone = FeatureFrequency.objects.filter(key=ALL).values("rulings")[:1]
    rows = (
        RulingFeature.objects.filter(ruling=ruling)
        .annotate(n=Subquery(frequency), total=Subquery(everyone))
        .values_list("key", "label", "n", "total")
    )
    mine, counts, total = {}, {}, 1
    for key, label, n, rulings in rows:
        total = max(rulings or 0, 1)
        mine[key] = label
        counts[key] = n or 1
    weights = {key: (math.log((total + 1) / (n + 1)) + 0.01, n) for key, n in counts.items()}
    return mine, weights, total


def _scored(ruling: Ruling, rare: list[str], mine: dict[str, str], weights) -> list[tuple]:
    """[(ruling id, score, [(key, label)] heaviest first)], best first, of the candidates:
    the rulings of other cases scoring best on the rare features. Their score counts
    everything they share, common features included (one query)."""
    weight = Case(
        *(When(key=key, then=Value(weights[key][0])) for key in rare),
        default=Value(0.0),
        output_field=FloatField(),
    )
    best = (
        RulingFeature.objects.filter(key__in=rare)
        .exclude(ruling__in=Ruling.objects.filter(case=ruling.case_id).values("pk"))
        .values("ruling")
        .annotate(score=Sum(weight))
        .order_by("-score", "-ruling")
        .values("ruling")[:CANDIDATES]
    )
    rows = RulingFeature.objects.filter(ruling__in=best, key__in=list(mine)).values_list(
        "ruling", "key"
    )
    shared: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for ruling_id, key in rows:
        shared[ruling_id].append((key, mine[key]))
    scored = []
    for ruling_id, keys in shared.items():
        keys.sort(key=lambda item: (-weights[item[0]][0], item[0]))
        scored.append((ruling_id, sum(weights[key][0] for key, _ in keys), keys))
    # Ties: the ruling catalogued last first.
    scored.sort(key=lambda row: (-round(row[1], 9), -row[0]))
    return scored


def refresh_features(ruling_ids: Iterable[int]) -> None:
    """Rewrite the features of these rulings, and the co-citation features they give the
    rulings they cite, and the counts of every feature touched. Idempotent."""
    ids = list(ruling_ids)
    for start in range(0, len(ids), CHUNK):
        _refresh(ids[start : start + CHUNK])


def _refresh(ids: list[int]) -> None:
    rows = _features(ids)
    cited_by = [f"citedby:{pk}" for pk in ids]
    with transaction.atomic():
        old = RulingFeature.objects.filter(ruling_id__in=ids) | RulingFeature.objects.filter(
            key__in=cited_by
        )
        touched = set(old.values_list("key", flat=True))
        old.delete()
        RulingFeature.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
        touched.update(row.key for row in rows)
        _count(touched)


def _count(keys: set[str]) -> None:
    keys = list(keys)
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        counts = dict(
            RulingFeature.objects.filter(key__in=chunk)
            .values("key")
            .annotate(n=Count("ruling"))
            .values_list("key", "n")
        )
        FeatureFrequency.objects.filter(key__in=chunk).delete()
        FeatureFrequency.objects.bulk_create(
            FeatureFrequency(key=key, rulings=n) for key, n in counts.items()
        )
    FeatureFrequency.objects.update_or_create(key=ALL, defaults={"rulings": Ruling.objects.count()})


def _features(ids: list[int]) -> list[RulingFeature]:
    """The features of these rulings, and the ``citedby:`` features they give others."""
    found: dict[tuple[int, str], str] = {}
    links = Citation.objects.filter(relation=Citation.Relation.CITES).order_by("id")
    for citing, cited, group, name, cite, cited_name in links.filter(
        citing_ruling_id__in=ids
    ).values_list(
        "citing_ruling_id",
        "cited_ruling_id",
        "group",
        "case_name",
        "cite",
        "cited_ruling__case__name",
    ):
        if cited:
            found.setdefault((citing, f"cites:r{cited}"), short_name(cited_name) or cite)
            found.setdefault((cited, f"citedby:{citing}"), "")
        else:
            found.setdefault((citing, f"cites:{group}"), short_name(name) or cite)
    for cited, citing in links.filter(cited_ruling_id__in=ids).values_list(
        "cited_ruling_id", "citing_ruling_id"
    ):
        found.setdefault((cited, f"citedby:{citing}"), "")
    for ruling, key in StatuteMention.objects.filter(ruling_id__in=ids).values_list(
        "ruling", "key"
    ):
        found.setdefault((ruling, f"statute:{key}"), key)
    rights = RightMention.objects.filter(ruling_id__in=ids)
    for ruling, kind, number, printed in rights.values_list("ruling", "kind", "number", "printed"):
        found.setdefault((ruling, f"right:{kind}/{number}"), printed or number)
    labels = dict(IPType.choices)
    tags = RulingIPType.objects.filter(ruling_id__in=ids).values_list("ruling", "ip_type")
    for ruling, ip_type in tags:
        found.setdefault((ruling, f"ip:{ip_type}"), str(labels.get(ip_type, ip_type)).lower())
    _name_citers(found)
    return [
        RulingFeature(ruling_id=ruling, key=key[:250], label=label[:300])
        for (ruling, key), label in found.items()
    ]


def _name_citers(found: dict[tuple[int, str], str]) -> None:
    """The label of a ``citedby:`` feature: the citing ruling's short case name."""
    citers = {int(key.split(":", 1)[1]) for _, key in found if key.startswith("citedby:")}
    names = dict(Ruling.objects.filter(pk__in=citers).values_list("pk", "case__name").order_by())
    for (ruling, key), label in found.items():
        if key.startswith("citedby:") and not label:
            found[(ruling, key)] = short_name(names.get(int(key.split(":", 1)[1]), ""))


def short_name(case_name: str) -> str:
    """How a reason names a case: its first party, without the company suffix ("Feist
    Publications" of "Feist Publications, Inc. v. Rural Telephone Service Co.")."""
    first = case_name.split(" v. ")[0].split(" v ")[0].split(",")[0].strip()
    return first[:80]
