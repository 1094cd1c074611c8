"""Synthetic ruling number i as an importer record (the dict format of ``ipcases.importers``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator

from .records import facts
from .text import opinion_text, summary

GENERATOR_VERSION = "2"
DEFAULT_SEED = 20201
SOURCE = "synthetic"
CLASSIFICATION = "synthetic demo record"
# A fixed time, so that the same (seed, i) always gives the same row.
GENERATED_AT = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def source_id(i: int, seed: int = DEFAULT_SEED) -> str:
    """`syn-0000042` for the default seed; other seeds carry theirs so they never collide."""
    return f"syn-{i:07d}" if seed == DEFAULT_SEED else f"syn-{seed}-{i:07d}"


def content_hash(i: int, seed: int) -> str:
    key = f"{source_id(i, seed)}:{seed}:{GENERATOR_VERSION}"
    return hashlib.sha256(key.encode()).hexdigest()


def generate_ruling(i: int, seed: int = DEFAULT_SEED) -> dict:
    """Synthetic ruling number i (from 1) for this seed, as an importer record."""
    f = facts(seed, i)
    text_rng = random.Random(f"ipcases-synthetic-text:{seed}:{i}")
    return {
        "source": SOURCE,
        "source_id": source_id(i, seed),
        "source_url": "",
        "retrieved_at": GENERATED_AT,
        "content_hash": content_hash(i, seed),
        "court": f.profile.court,
        "case_name": f.case_name,
        "case_short_name": f.short_name,
        "docket_number": f.docket,
        "date_filed": f.date_filed,
        "date_terminated": f.date_terminated,
        "nature_of_suit": _nature_of_suit(f),
        "decision_date": f.decision_date,
        "kind": f.kind,
        "precedential_status": f.precedential_status,
        "disposition": f.disposition,
        "rights_holder_outcome": f.outcome,
        "injunction": f.injunction,
        "damages_amount": f.damages_amount,
        "damages_currency": f.damages_currency,
        "judges": f.judges,
        "summary": summary(f),
        "text": opinion_text(f, text_rng),
        "language": "en",
        "ip_classification": CLASSIFICATION,
        "ip_types": list(f.ip_types),
        "citations": list(f.citations),
        "parties": [
            {"name": p.name, "role": p.role, "is_natural_person": p.natural}
            for p in (f.holder, f.challenger)
            if p is not None
        ],
        "rights": [right.record() for right in f.rights],
    }


def generate_rulings(start: int, stop: int, seed: int = DEFAULT_SEED) -> Iterator[dict]:
    """Rulings start..stop-1."""
    for i in range(start, stop):
        yield generate_ruling(i, seed)


def _nature_of_suit(f) -> str:
    if f.profile.level != "first" or f.profile.system != "us":
        return ""
    codes = {
        "patent": "830",
        "trademark": "840",
        "copyright": "820",
        "trade_secret": "880",
        "design": "830",
    }
    return codes[f.ip_types[0]]
