"""Precision of the citator's treatments on a labelled set of citations.

    .venv/bin/python bench/treatments.py [--held-out] [--data ../shared/data]

The labels are in bench/treatment_labels.py: real citations in ../shared/data (read through
the importers, as an import would) and sentences written for this project. Prints, for each
part and in total, how many citations there are, the precision and recall of negative
treatment (distinguished, questioned, overruled: the right treatment exactly, and "some
negative treatment"), and every citation read wrong. Needs no database.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

import treatment_labels as labels  # noqa: E402

from ipcases.citations import extract  # noqa: E402
from ipcases.citations.treatment import NEGATIVE  # noqa: E402
from ipcases.importers import cap, uk_fcl  # noqa: E402

PARSERS = {"cap": cap, "uk-find-case-law": uk_fcl}


def real(files: list[str], data: Path) -> list[tuple[str, str, str, str]]:
    """(where, label, read, rule) of every ruling cited in the real files."""
    rows = []
    for name in files:
        parser = PARSERS[name.split("/")[0]]
        for record in parser.parse(data / name):
            if not isinstance(record, dict) or not record.get("text"):
                continue
            for authority in extract(record["text"]).authorities:
                if authority.relation != "cites":
                    continue
                label = labels.REAL.get((name, authority.group), "cited")
                where = f"{name} {authority.group}"
                rows.append((where, label, authority.treatment, authority.treatment_rule))
    return rows


def samples(items: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    rows = []
    for template, label in items:
        text = template.format(cite=labels.CITE)
        found = [a for a in extract(text).authorities if a.group == labels.GROUP]
        read = found[0] if found else None
        rows.append(
            (
                template,
                label,
                read.treatment if read else "(not found)",
                read.treatment_rule if read else "",
            )
        )
    return rows


def scores(rows) -> dict[str, object]:
    predicted = [r for r in rows if r[2] in NEGATIVE]
    actual = [r for r in rows if r[1] in NEGATIVE]
    exact = sum(1 for r in predicted if r[1] == r[2])
    some = sum(1 for r in predicted if r[1] in NEGATIVE)
    found = sum(1 for r in actual if r[2] in NEGATIVE)
    return {
        "citations": len(rows),
        "labelled negative": len(actual),
        "read negative": len(predicted),
        "precision (exact treatment)": _ratio(exact, len(predicted)),
        "precision (some negative)": _ratio(some, len(predicted)),
        "recall (some negative)": _ratio(found, len(actual)),
        "agreement, all treatments": _ratio(sum(1 for r in rows if r[1] == r[2]), len(rows)),
        "labels": dict(Counter(r[1] for r in rows)),
    }


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.0f} %" if whole else "n/a (0)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="Score the held-out set.")
    parser.add_argument("--data", default=str(ROOT.parent.parent / "shared" / "data"))
    args = parser.parse_args()
    data = Path(args.data)
    if args.held_out:
        parts = {
            "real (UK)": real(labels.HELD_OUT_FILES, data),
            "samples": samples(labels.HELD_OUT_SAMPLES),
        }
    else:
        parts = {"real (CAP)": real(labels.DEV_FILES, data), "samples": samples(labels.DEV_SAMPLES)}
    parts["total"] = [row for rows in parts.values() for row in rows]
    for name, rows in parts.items():
        print(f"== {name}")
        for key, value in scores(rows).items():
            print(f"  {key}: {value}")
    print("== read wrong (label -> read: rule)")
    for where, label, read, rule in parts["total"]:
        if label != read:
            print(f"  {label} -> {read} ({rule}): {where}")


if __name__ == "__main__":
    main()
