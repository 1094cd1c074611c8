"""CourtListener bulk import: how fast the opinions file is scanned for IP, and how much memory a
run takes, on generated dumps of two sizes.

    python bench/courtlistener_bulk.py generate /tmp/clbulk-10k --opinions 10000
    python bench/courtlistener_bulk.py generate /tmp/clbulk-40k --opinions 40000
    python bench/courtlistener_bulk.py measure /tmp/clbulk-10k /tmp/clbulk-40k

``generate`` writes dockets, clusters, opinions and citations files in CourtListener's dialect
(``.csv.bz2``, every value quoted, backslash escapes, multi-line texts). Opinion texts follow a
log-normal length (median 8,000 characters, mean about 15,000, capped at 400,000), like
court opinions; 60 % of rows carry the text twice (``plain_text`` and
``html_with_citations``), as CourtListener's rows often do. One docket in twenty has an IP
nature of suit; one opinion in thirty of the others is about IP and is found by its text; one
in ten mentions a patent in passing (the classifier must read it and say no).

``measure`` parses each dump (no database: ``courtlistener_bulk.parse_all``) in a fresh
process and reports the opinion rows scanned per second in the opinions pass, with and without
the time spent decompressing (the same dump decompressed to ``.csv`` first), and the peak RSS;
``floor`` only reads the opinions file's rows (what the scan cannot beat), and ``one FOLDER
--cache-kib N`` parses one dump with the staging file's page cache set to N KiB.
Results go in docs/benchmarks.md ("CourtListener bulk files"). Keep the dumps out of the
repository.
"""

from __future__ import annotations

import argparse
import bz2
import json
import math
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")

DATE = "2025-06-30"
WORDS = [
    "the",
    "court",
    "held",
    "that",
    "defendant",
    "plaintiff",
    "appeal",
    "judgment",
    "motion",
    "evidence",
    "record",
    "order",
    "district",
    "trial",
    "jury",
    "contract",
    "claim",
    "statute",
    "damages",
    "injunction",
    "review",
    "standard",
    "party",
    "under",
    "section",
    "law",
    "fact",
    "question",
    "error",
    "counsel",
    "witness",
    "testimony",
    "finding",
    "summary",
    "issue",
    "argument",
    "reason",
    "state",
    "federal",
    "rule",
    "discovery",
    "notice",
    "hearing",
    "decision",
    "remand",
    "affirm",
    "reverse",
    "vacate",
    "opinion",
    "dissent",
    "majority",
    "circuit",
    "panel",
    "brief",
    "government",
    "agency",
]
IP_SENTENCE = (
    "The patentee alleges infringement of the patent; claim construction and the prior art "
    "decide obviousness under 35 U.S.C. 103, and the patent infringement claim turns on them."
)
PASSING = "The defect was patent on the face of the record."


def paragraph_pool(rng: random.Random, size: int = 4000) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 140))) for _ in range(size)]


def text_of(rng: random.Random, pool: list[str], ip: bool, passing: bool) -> str:
    length = min(400_000, int(rng.lognormvariate(math.log(8000), 1.1)))
    parts, total = [], 0
    while total < length:
        parts.append(rng.choice(pool))
        total += len(parts[-1]) + 2
    if ip:
        parts[len(parts) // 2 :: 3] = [IP_SENTENCE] * len(parts[len(parts) // 2 :: 3])
    elif passing:
        parts.insert(len(parts) // 2, PASSING)
    return "\n\n".join(parts)


def quoted(values: list) -> str:
    out = []
    for value in values:
        if value is None:
            out.append("")
        else:
            text = str(value).replace("\\", "\\\\").replace('"', '\\"')
            out.append(f'"{text}"')
    return ",".join(out) + "\n"


def generate(folder: Path, opinions: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    pool = paragraph_pool(rng)
    folder.mkdir(parents=True, exist_ok=True)
    clusters = opinions  # one opinion per cluster, one cluster per docket
    with _bz2(folder / f"dockets-{DATE}.csv.bz2") as out:
        out.write(
            "id,court_id,docket_number,case_name,date_filed,nature_of_suit,cause,idb_data_id\n"
        )
        for n in range(1, clusters + 1):
            nature = "830 Patent" if n % 20 == 0 else "190 Contract: Other"
            out.write(
                quoted(
                    [n, "nysd", f"1:20-cv-{n:05d}", f"A{n} v. B{n}", "2020-01-02", nature, "", None]
                )
            )
    with _bz2(folder / f"opinion-clusters-{DATE}.csv.bz2") as out:
        out.write(
            "id,docket_id,case_name,date_filed,date_filed_is_approximate,slug,precedential_status,judges,headmatter\n"
        )
        for n in range(1, clusters + 1):
            out.write(
                quoted(
                    [
                        n,
                        n,
                        f"A{n} v. B{n}",
                        "2021-03-04",
                        "f",
                        f"a{n}-v-b{n}",
                        "Published",
                        "Judge",
                        "",
                    ]
                )
            )
    with _bz2(folder / f"opinions-{DATE}.csv.bz2") as out:
        out.write("id,type,author_str,plain_text,html_with_citations,cluster_id\n")
        for n in range(1, opinions + 1):
            ip = n % 20 != 0 and n % 30 == 0
            text = text_of(rng, pool, ip, passing=n % 10 == 0)
            html = "<p>" + text.replace("\n\n", "</p>\n<p>") + "</p>" if rng.random() < 0.6 else ""
            out.write(quoted([n, "010combined", "Judge", text, html, n]))
    with _bz2(folder / f"citations-{DATE}.csv.bz2") as out:
        out.write("id,volume,reporter,page,type,cluster_id\n")
        for n in range(1, clusters + 1):
            out.write(quoted([n, 100 + n % 900, "F.4th", n % 999 + 1, 1, n]))
    sizes = {p.name: p.stat().st_size for p in sorted(folder.iterdir())}
    print(json.dumps({"folder": str(folder), "opinions": opinions, "bytes": sizes}, indent=1))


def _bz2(path: Path):
    return bz2.open(path, "wt", encoding="utf-8", newline="", compresslevel=9)


class Timer:
    """A Progress that keeps when each file started and ended and how many rows it had."""

    def __init__(self):
        self.files: dict[str, dict] = {}
        self.current = ""

    def start(self, name: str, total: int, unit: str) -> None:
        self.current = name
        self.files[name] = {"started": time.perf_counter(), "rows": 0}

    def update(self, done: int, rows: int) -> None:
        self.files[self.current]["rows"] = rows

    def finish(self) -> None:
        entry = self.files.get(self.current)
        if entry and "seconds" not in entry:
            entry["seconds"] = time.perf_counter() - entry["started"]


def measure_one(folder: Path, cache_kib: int | None = None) -> dict:
    """Parse one dump in this process; returns the opinions pass's rate and the peak RSS.
    ``cache_kib`` sets the staging file's page cache (the one thing that grows with the
    staged data, up to its size: 64 MiB by default)."""
    import django

    django.setup()
    from ipcases.importers import staging
    from ipcases.importers.courtlistener_bulk import SUFFIXES, parse_all
    from ipcases.importers.inputs import iter_inputs

    if cache_kib:
        staging.CACHE_KIB = cache_kib

    timer = Timer()
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    records = sum(
        1
        for r in parse_all(list(iter_inputs([str(folder)], SUFFIXES)), progress=timer)
        if "source_id" in r
    )
    total = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    opinions = next(v for k, v in timer.files.items() if k.startswith("opinions"))
    return {
        "folder": str(folder),
        "records": records,
        "opinion_rows": opinions["rows"],
        "opinions_seconds": round(opinions["seconds"], 1),
        "rows_per_second": round(opinions["rows"] / opinions["seconds"]),
        "total_seconds": round(total, 1),
        # On a shared machine the wall time says how busy the others were; the CPU time
        # (all threads) says what the run cost.
        "cpu_seconds": round(cpu, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure_floor(folder: Path) -> dict:
    """Only reading the opinions file's rows (decompressing and parsing the CSV, nothing
    chosen or staged): what the scan cannot be faster than."""
    import django

    django.setup()
    from ipcases.importers.courtlistener_csv import open_bulk_csv
    from ipcases.importers.inputs import iter_inputs

    (source,) = [i for i in iter_inputs([str(folder)]) if Path(i.name).name.startswith("opinions")]
    cpu_before, started = _cpu_seconds(), time.perf_counter()
    with open_bulk_csv(source) as table:
        rows = sum(1 for _ in table.rows())
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_before
    return {
        "folder": str(folder),
        "floor_rows": rows,
        "rows_per_second": round(rows / seconds),
        "cpu_seconds": round(cpu, 1),
    }


def decompressed_copy(folder: Path) -> Path:
    """The dump with its files decompressed, to time the scan without bzip2."""
    plain = folder.with_name(folder.name + "-plain")
    plain.mkdir(exist_ok=True)
    for source in folder.glob("*.csv.bz2"):
        target = plain / source.name.removesuffix(".bz2")
        if not target.exists():
            with bz2.open(source, "rb") as data, open(target, "wb") as out:
                while chunk := data.read(1 << 22):
                    out.write(chunk)
    return plain


def measure(folders: list[Path]) -> None:
    for folder in folders:
        for target in (folder, decompressed_copy(folder)):
            for mode in ("one", "floor"):
                child = subprocess.run(
                    [sys.executable, __file__, mode, str(target)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                print(child.stdout.strip(), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("generate")
    made.add_argument("folder", type=Path)
    made.add_argument("--opinions", type=int, default=10000)
    measured = commands.add_parser("measure")
    measured.add_argument("folders", type=Path, nargs="+")
    commands.add_parser("floor").add_argument("folder", type=Path)
    one = commands.add_parser("one")
    one.add_argument("folder", type=Path)
    one.add_argument("--cache-kib", type=int)
    args = parser.parse_args()
    if args.command == "generate":
        generate(args.folder, args.opinions)
    elif args.command == "measure":
        measure(args.folders)
    elif args.command == "floor":
        print(json.dumps(measure_floor(args.folder)))
    else:
        print(json.dumps(measure_one(args.folder, args.cache_kib)))


if __name__ == "__main__":
    main()
