"""Accuracy of the outcomes the catalogue stores, against labelled rulings.

    .venv/bin/python bench/outcomes.py [--split dev|heldout|all] [--data ../shared/data] [--show]
    .venv/bin/python bench/outcomes.py --speed [--runs 20]
    DATABASE_URL=sqlite:////tmp/bench-outcomes.sqlite3 .venv/bin/python bench/outcomes.py --pages

The labels (bench/outcomes/labels.jsonl) are facts read by a person: for each ruling its
expected disposition, outcome for the rights holder and remedies, or null where the ruling
decides none. The rulings are the real judgments and opinions in the shared data folder (read
through the importers, as an import would) and sample texts written for this project
(tests/data/outcomes/ for development, bench/outcomes/heldout/ kept apart until the end).

Each ruling's value is the one the catalogue would store: the text's reading, or the source's
metadata, by the order of trust of ipcases.outcomes.choice. Per field and per source it prints
precision (correct values among those given; a value where the label has none counts as
wrong), coverage (values given among rulings whose label has one), the confusion table of
disposition and outcome, and the coverage of appellate rulings that have a text.

With --pages it imports the real labelled files into the database named by DATABASE_URL (use
a throwaway one), as import_rulings would, and checks on each IP ruling's page that the
labelled disposition and outcome are shown with the sentence they were read from.

With --speed it times extract() instead: each real text with a reader (the CAP opinions and
the Find Case Law judgments), ``runs`` times, and 500 synthetic opinions once each; it prints
the median milliseconds per text and the characters read per second.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from ipcases.demo.synthetic.generate import generate_ruling  # noqa: E402
from ipcases.importers import cap, courtlistener, ttab, uk_fcl  # noqa: E402
from ipcases.importers.inputs import iter_inputs  # noqa: E402
from ipcases.importers.pipeline import parsed, run_import  # noqa: E402
from ipcases.models import Ruling  # noqa: E402
from ipcases.outcomes import extract, family_of  # noqa: E402
from ipcases.outcomes.choice import Offer, choose  # noqa: E402

LABELS = ROOT / "bench" / "outcomes" / "labels.jsonl"
FIELDS = (
    "disposition",
    "rights_holder_outcome",
    "injunction",
    "damages",
    "enhanced_damages",
    "attorney_fees",
)
# Fields the catalogue keeps on the ruling, where metadata competes with the text.
RECORD_KEYS = {"disposition": "disposition", "rights_holder_outcome": "rights_holder_outcome"}
PARSERS = {"cap": cap, "uk-find-case-law": uk_fcl, "courtlistener": courtlistener, "ttab": ttab}
SOURCES = {
    "cap": "cap",
    "uk-find-case-law": "uk-fcl",
    "courtlistener": "courtlistener",
    "ttab": "ttab",
}


def sample_input(path: Path) -> dict:
    """A sample text: "key: value" lines (court, case, parties), a line "---", the text."""
    head, text = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    parties = []
    for item in meta.get("parties", "").split("; "):
        if ": " in item:
            role, name = item.split(": ", 1)
            parties.append({"name": name, "role": role})
    return {
        "court": meta["court"],
        "case_name": meta.get("case", ""),
        "parties": parties,
        "text": text,
    }


@functools.cache
def _records(data: Path, path: str) -> list[dict]:
    """The records a file (or folder) gives, read once however many labels it has."""
    parser = PARSERS[path.split("/")[0]]
    inputs = iter_inputs([str(data / path)], ())
    return [r for r in parsed(parser, inputs) if not r.get("error")]


def real_input(label: dict, data: Path) -> dict:
    records = _records(data, label["path"])
    wanted = label.get("record")
    found = [r for r in records if not wanted or r.get("source_id") == wanted]
    if len(found) != 1:
        raise SystemExit(f"{label['id']}: {len(found)} records match in {label['path']}")
    return found[0]


def predict(label: dict, data: Path) -> dict:
    """{field: (value, basis)} as the catalogue would store them, and what was read."""
    if label["kind"] == "sample":
        record, source = sample_input(ROOT / label["path"]), "sample"
    else:
        record = real_input(label, data)
        source = SOURCES[label["path"].split("/")[0]]
    parties = [{"name": p["name"], "role": p["role"]} for p in record.get("parties", [])]
    reading = extract(record.get("text", ""), parties, record["court"], record["case_name"])
    values = {}
    for name in FIELDS:
        offered = record.get(RECORD_KEYS.get(name, ""), "") if name in RECORD_KEYS else ""
        offers = [Offer(source if source != "sample" else "text", offered)] if offered else []
        choice = choose(offers, reading[name].value, False, "")
        values[name] = (choice.value, choice.basis, reading[name])
    appellate = family_of(record["court"]) in ("us_appellate", "england_appeal", "eu")
    return {
        "source": source,
        "values": values,
        "appellate_text": appellate and bool(record.get("text")),
    }


def same(name: str, expected, predicted: str) -> bool:
    if name == "damages" and expected and predicted:
        amount, currency = expected.split()
        got, got_currency = predicted.split()
        return Decimal(amount) == Decimal(got) and currency == got_currency
    return (expected or "") == predicted


def evaluate(labels: list[dict], data: Path) -> list[dict]:
    rows = []
    for label in labels:
        result = predict(label, data)
        rows.append({"label": label, **result})
    return rows


def tally(rows: list[dict]) -> dict:
    """{(field, source): Counter(n, due, given, given_due, correct)}."""
    counts: dict = defaultdict(Counter)
    for row in rows:
        for name in FIELDS:
            expected = row["label"].get(name)
            value = row["values"][name][0]
            for key in ((name, row["source"]), (name, "all")):
                c = counts[key]
                c["n"] += 1
                c["due"] += bool(expected)
                c["given"] += bool(value)
                c["given_due"] += bool(value and expected)
                c["correct"] += bool(value) and same(name, expected, value)
    return counts


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def print_tally(counts: dict) -> None:
    print(
        f"{'field':22} {'source':14} {'n':>4} {'due':>4} {'given':>5} {'right':>5} "
        f"{'precision':>9} {'coverage':>8}"
    )
    for (name, source), c in sorted(
        counts.items(), key=lambda kv: (FIELDS.index(kv[0][0]), kv[0][1] == "all", kv[0][1])
    ):
        if c["due"] == 0 and c["given"] == 0 and source != "all":
            continue
        print(
            f"{name:22} {source:14} {c['n']:4} {c['due']:4} {c['given']:5} {c['correct']:5} "
            f"{percent(c['correct'], c['given']):>9} {percent(c['given_due'], c['due']):>8}"
        )


def print_confusion(rows: list[dict], name: str) -> None:
    pairs = Counter((row["label"].get(name) or "—", row["values"][name][0] or "—") for row in rows)
    expected = sorted({e for e, _ in pairs})
    predicted = sorted({p for _, p in pairs})
    print(f"\nConfusion, {name} (rows: label; columns: value stored)")
    width = max(len(p) for p in predicted + expected) + 1
    print(" " * width + "".join(f"{p[:16]:>17}" for p in predicted))
    for e in expected:
        print(f"{e:{width}}" + "".join(f"{pairs.get((e, p), 0) or '.':>17}" for p in predicted))


def print_appellate(rows: list[dict]) -> None:
    with_text = [r for r in rows if r["appellate_text"]]
    for name in ("disposition", "rights_holder_outcome"):
        due = [r for r in with_text if r["label"].get(name)]
        given = sum(1 for r in due if r["values"][name][0])
        print(
            f"appellate rulings with a text, {name}: {given} of {len(due)} have a value "
            f"({percent(given, len(due))})"
        )


def print_misses(rows: list[dict]) -> None:
    for row in rows:
        for name in FIELDS:
            expected = row["label"].get(name)
            value, basis, finding = row["values"][name]
            if not same(name, expected, value):
                quote = finding.evidence.quote[:140] if finding.evidence else finding.reason[:140]
                got = f"got {value or '—':18} [{basis}]"
                print(f"  {row['label']['id']:40} {name:22} want {expected!s:18} {got} {quote}")


def _timed(record: dict, runs: int) -> float:
    """The median milliseconds of ``runs`` readings of one ruling."""
    parties = record.get("parties", [])
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        extract(record["text"], parties, record["court"], record["case_name"])
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def speed(labels: list[dict], data: Path, runs: int) -> None:
    real = [
        real_input(label, data) for label in labels if label["path"].endswith((".xml", "_h.json"))
    ]
    synthetic = [generate_ruling(i, 20201) for i in range(1, 501)]
    print(
        f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for name, records, repeat in (("real texts", real, runs), ("synthetic texts", synthetic, 1)):
        times = [_timed(record, repeat) for record in records]
        chars = sum(len(record["text"]) for record in records)
        print(
            f"{name}: {len(records)} texts, median {statistics.median(records_len(records))} "
            f"characters; median {statistics.median(times):.1f} ms per text, slowest "
            f"{max(times):.1f} ms; {chars / sum(times) / 1000:.2f} M characters/s"
        )


def pages(labels: list[dict], data: Path) -> None:
    call_command("migrate", verbosity=0)
    settings.ALLOWED_HOSTS.append("testserver")
    client = Client()
    for label in labels:
        folder = label["path"].split("/")[0]
        if folder not in ("cap", "uk-find-case-law") or not label["rights_holder_outcome"]:
            continue
        run_import(
            {"cap": "cap", "uk-find-case-law": "uk-fcl"}[folder], [str(data / label["path"])]
        )
        ruling = Ruling.objects.filter(source_records__source_id=_source_id(label, data)).first()
        html = client.get(f"/rulings/{ruling.pk}/").content.decode()
        facts = " ".join(html.split('<dl class="facts card">')[1].split("</dl>")[0].split())
        shown = [ruling.get_disposition_display(), ruling.get_rights_holder_outcome_display()]
        quotes = facts.count('<blockquote class="evidence">')
        fine = (
            ruling.disposition == label["disposition"]
            and ruling.rights_holder_outcome == label["rights_holder_outcome"]
        )
        print(
            f"{label['id']:10} {'ok' if fine and quotes >= 2 else 'DIFFERS':8} "
            f"{' / '.join(shown)}; {quotes} sentences quoted; /rulings/{ruling.pk}/"
        )


def _source_id(label: dict, data: Path) -> str:
    return real_input(label, data)["source_id"]


def records_len(records: list[dict]) -> list[int]:
    return [len(record["text"]) for record in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--data", default=str(ROOT.parent.parent / "shared" / "data"))
    parser.add_argument("--show", action="store_true", help="List every disagreement.")
    parser.add_argument("--speed", action="store_true", help="Time the reader instead.")
    parser.add_argument("--pages", action="store_true", help="Import the real files, check pages.")
    parser.add_argument("--runs", type=int, default=20)
    options = parser.parse_args()
    labels = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    if options.pages:
        pages([label for label in labels if label["kind"] == "real"], Path(options.data))
        return
    if options.speed:
        speed(
            [label for label in labels if label["kind"] == "real"], Path(options.data), options.runs
        )
        return
    chosen = [label for label in labels if options.split in ("all", label["split"])]
    rows = evaluate(chosen, Path(options.data))
    print(f"Split: {options.split}, {len(rows)} labelled rulings\n")
    print_tally(tally(rows))
    for name in ("disposition", "rights_holder_outcome"):
        print_confusion(rows, name)
    print()
    print_appellate(rows)
    if options.show:
        print("\nDisagreements:")
        print_misses(rows)


if __name__ == "__main__":
    main()
