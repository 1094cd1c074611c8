"""The sample rulings of tests/data/outcomes: short texts written for these tests, one for each
pattern the outcome reader knows. Each file starts with "court:", "case:" and "parties:"
lines (roles as the importers record them), then a line "---", then the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ipcases.outcomes import Reading, extract

SAMPLES = Path(__file__).parent / "data" / "outcomes"


def sample(name: str) -> dict:
    head, text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    parties = []
    for item in meta.get("parties", "").split("; "):
        role, _, name_ = item.partition(": ")
        if name_:
            parties.append({"name": name_, "role": role})
    return {"court": meta["court"], "case_name": meta["case"], "parties": parties, "text": text}


def read(name: str) -> Reading:
    found = sample(name)
    return extract(found["text"], found["parties"], found["court"], found["case_name"])


def ruling_record(name: str, source: str = "courtlistener", **overrides) -> dict:
    """An import record of a sample ruling (as a parser would give it), for the write path."""
    found = sample(name)
    parties = [{**party, "is_natural_person": False} for party in found["parties"]]
    return {
        "source": source,
        "source_id": f"{source}-{name}",
        "court": found["court"],
        "case_name": found["case_name"],
        "decision_date": dt.date(2021, 3, 4),
        "text": found["text"],
        "parties": parties,
        "ip_types": ["patent"],
        "retrieved_at": "2024-01-01T00:00:00Z",
        **overrides,
    }
