"""Well-known intellectual-property rulings for the demo catalogue, kept as data.

``landmarks.jsonl`` is a curated list in JSON Lines (the ``curated`` import format, one ruling
a line, with a readable ``source_id`` such as "feist-1991"); its records are stored under the
source "landmark". Only facts that were checked are given: where a docket number, a right in
suit or an address was not certain, the key is left out rather than guessed. Summaries are our
own words, not text of the decisions.
"""

from __future__ import annotations

from pathlib import Path

from ..importers import curated
from ..models import Source

LANDMARKS_FILE = Path(__file__).with_name("landmarks.jsonl")


def landmark_records() -> list[dict]:
    """The landmark list as ruling records, in the order of the file."""
    return list(curated.parse(LANDMARKS_FILE, record_source=Source.LANDMARK))
