"""Reading speed and memory of the FJC IDB importer: parsing and filtering only, no database.

    python bench/fjc.py run DIR [--rows 250000 1000000] [--repeat 3]
        write generated IDB files into DIR (both distributions, each size, and the largest
        CourtListener file compressed with bz2, as it is published), then read each one in a
        fresh process REPEAT times and print the medians
    python bench/fjc.py measure FILE
        read one file in this process and print its figures as JSON

The files are made up (a fixed seed): 4% of the rows are IP suits, a tenth of those pending,
the rest other natures of suit, which the parser passes over. Rows per second count every row
of the file, read and filtered, per second of wall-clock time and per second of the process's
CPU time (both threads; on a shared machine the wall clock mostly measures the others); memory
is the process's peak resident set, next to that of the same process before it reads anything.
"""

from __future__ import annotations

import argparse
import bz2
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")

IP_SHARE = 0.04
OTHER_NATURES = ("110", "190", "360", "365", "440", "442", "710", "790", "870", "890")
WORDS = ("ACME", "NORTHWIND", "WIDGETRON", "BOLT", "RIVER", "SUMMIT", "ORCHARD", "HARBOR")
SUFFIXES = ("INC", "LLC", "CORP", "CO", "LTD", "")
COURTLISTENER_COLUMNS = (  # noqa: SIM905 - the header as the file writes it
    "id,date_created,date_modified,dataset_source,office,docket_number,origin,date_filed,"
    "jurisdiction,nature_of_suit,title,section,subsection,diversity_of_residence,class_action,"
    "monetary_demand,county_of_residence,arbitration_at_filing,arbitration_at_termination,"
    "multidistrict_litigation_docket_number,plaintiff,defendant,date_transfer,transfer_office,"
    "transfer_docket_number,transfer_origin,date_terminated,termination_class_action_status,"
    "procedural_progress,disposition,nature_of_judgement,amount_received,judgment,pro_se,"
    "year_of_tape,nature_of_offense,version,circuit_id,district_id"
).split(",")
FJC_COLUMNS = (  # noqa: SIM905
    "CIRCUIT DISTRICT OFFICE DOCKET ORIGIN FILEDATE FDATEUSE JURIS NOS TITL SECTION SUBSECT "
    "RESIDENC JURY CLASSACT DEMANDED COUNTY ARBIT MDLDOCK PLT DEF TRANSDAT TRANSOFF TRANSDOC "
    "TRANSORG TERMDATE TDATEUSE TRCLACT PROCPROG DISP NOJ AMTREC JUDGMENT DJOINED PRETRIAL "
    "TRIBEGAN TRIALEND TRMARB PROSE IFP STATUSCD TAPEYEAR"
).split()


def _case(rng: random.Random, districts: list[tuple[str, str]]) -> dict:
    ip = rng.random() < IP_SHARE
    year = rng.randint(1990, 2024)
    filed = (year, rng.randint(1, 12), rng.randint(1, 28))
    pending = ip and rng.random() < 0.1
    ended = None if pending else (min(year + rng.randint(0, 4), 2024), rng.randint(1, 12), 28)
    code, court = rng.choice(districts)
    return {
        "code": code,
        "court": court,
        "office": str(rng.randint(1, 9)),
        "docket": f"{year % 100:02d}{rng.randint(1, 99999):05d}",
        "filed": filed,
        "ended": ended,
        "nature": rng.choice(("820", "830", "835", "840", "880"))
        if ip
        else rng.choice(OTHER_NATURES),
        "disposition": "" if pending else str(rng.choice((2, 3, 4, 5, 6, 7, 9, 12, 13, 14))),
        "judgment": "" if pending else str(rng.choice((1, 2, 3, 4))),
        "plaintiff": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(SUFFIXES)}".strip(),
        "defendant": f"{rng.choice(WORDS)} {rng.choice(SUFFIXES)}".strip(),
    }


def _iso(day) -> str:
    return "" if day is None else f"{day[0]}-{day[1]:02d}-{day[2]:02d}"


def _courtlistener_line(number: int, case: dict) -> str:
    values = dict.fromkeys(COURTLISTENER_COLUMNS, "")
    values.update(
        id=str(number), date_created="2025-01-20 10:11:12.123456+00", dataset_source="10",
        date_modified="2025-01-20 10:11:12.123456+00", office=case["office"],
        docket_number=case["docket"], origin="1", date_filed=_iso(case["filed"]),
        jurisdiction="3", nature_of_suit=case["nature"], title="35", section="271",
        class_action="f", plaintiff=case["plaintiff"], defendant=case["defendant"],
        date_terminated=_iso(case["ended"]), procedural_progress="3" if case["ended"] else "",
        disposition=case["disposition"], nature_of_judgement="0" if case["ended"] else "",
        judgment=case["judgment"], pro_se="0", year_of_tape="2024", circuit_id="ca5",
        district_id=case["court"],
    )  # fmt: skip
    return ",".join(f'"{v}"' if v else "" for v in values.values())


def _fjc_line(case: dict) -> str:
    def us(day) -> str:
        return "" if day is None else f"{day[1]:02d}/{day[2]:02d}/{day[0]}"

    values = dict.fromkeys(FJC_COLUMNS, "-8")
    values.update(
        CIRCUIT="5", DISTRICT=case["code"], OFFICE=case["office"], DOCKET=case["docket"],
        ORIGIN="1", FILEDATE=us(case["filed"]), JURIS="3", NOS=case["nature"], TITL="35",
        SECTION="271", PLT=case["plaintiff"], DEF=case["defendant"], TERMDATE=us(case["ended"]),
        PROCPROG="3" if case["ended"] else "-8", DISP=case["disposition"] or "-8",
        NOJ="0" if case["ended"] else "-8", JUDGMENT=case["judgment"] or "-8",
        STATUSCD="L" if case["ended"] else "S", TAPEYEAR="2024" if case["ended"] else "2099",
    )  # fmt: skip
    return "\t".join(values.values())


def generate(folder: Path, rows: int) -> list[Path]:
    from ipcases.importers.fjc_codes import DISTRICTS

    districts = sorted(DISTRICTS.items())
    rng = random.Random(rows)
    cases = (_case(rng, districts) for _ in range(rows))
    courtlistener = folder / f"fjc-integrated-database-{rows}-2024-12-31.csv"
    fjc = folder / f"cv-{rows}-2024-12-31.txt"
    # Written under other names and renamed when whole: an interrupted run leaves no file
    # that a later run would take for a finished one.
    partial = [path.with_name(f".{path.name}.partial") for path in (courtlistener, fjc)]
    with partial[0].open("w", encoding="utf-8") as out, partial[1].open("wb") as tab:
        out.write(",".join(COURTLISTENER_COLUMNS) + "\n")
        tab.write(("\t".join(FJC_COLUMNS) + "\r\n").encode("cp1252"))
        for number, case in enumerate(cases, start=1):
            out.write(_courtlistener_line(number, case) + "\n")
            tab.write((_fjc_line(case) + "\r\n").encode("cp1252"))
    partial[0].rename(courtlistener)
    partial[1].rename(fjc)
    return [courtlistener, fjc]


def compress(path: Path) -> Path:
    target = path.with_name(path.name + ".bz2")
    partial = path.with_name(f".{target.name}.partial")
    with path.open("rb") as source, bz2.open(partial, "wb", compresslevel=9) as packed:
        shutil.copyfileobj(source, packed, 1 << 20)
    return partial.rename(target)


def measure(path: str) -> dict:
    from ipcases.importers import fjc_idb

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    counts = {"rows": 0, "ip": 0, "errors": 0}
    for record in fjc_idb.parse(path):
        counts["rows"] += 1
        if "error" in record:
            counts["errors"] += 1
        elif "skip_reason" not in record:
            counts["ip"] += 1
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        **counts,
        "seconds": round(seconds, 2),
        "rows_per_second": round(counts["rows"] / seconds),
        # CPU time of the whole process (both threads): what the rate is on a quiet machine.
        "rows_per_cpu_second": round(counts["rows"] / cpu),
        "rss_before_mib": round(before, 1),
        "peak_rss_mib": round(peak, 1),
    }


def run(folder: Path, sizes: list[int], repeat: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for rows in sizes:
        made = sorted(folder.glob(f"*-{rows}-2024-12-31.*[tv]"))
        files += made if len(made) == 2 else generate(folder, rows)
    largest = folder / f"fjc-integrated-database-{max(sizes)}-2024-12-31.csv"
    packed = largest.with_name(largest.name + ".bz2")
    files.append(packed if packed.exists() else compress(largest))
    heads = ("MB", "rows", "IP", "rows/s", "rows/CPU s", "RSS before", "peak RSS")
    print(f"{'file':52} " + " ".join(f"{h:>9}" for h in heads))
    for path in files:
        runs = [_measure_in_child(path) for _ in range(repeat)]
        first = runs[0]
        speed = statistics.median(r["rows_per_second"] for r in runs)
        cpu = statistics.median(r["rows_per_cpu_second"] for r in runs)
        before = statistics.median(r["rss_before_mib"] for r in runs)
        peak = statistics.median(r["peak_rss_mib"] for r in runs)
        size = path.stat().st_size / 1e6
        print(
            f"{path.name:52} {size:9.1f} {first['rows']:9,} {first['ip']:9,} "
            f"{speed:9,.0f} {cpu:9,.0f} {before:7.1f} M {peak:7.1f} M"
        )


def _measure_in_child(path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "measure", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description="FJC IDB reading speed and memory.")
    commands = parser.add_subparsers(dest="command", required=True)
    running = commands.add_parser("run", help="generate the files and measure each one")
    running.add_argument("folder", type=Path)
    running.add_argument("--rows", type=int, nargs="+", default=[250_000, 1_000_000])
    running.add_argument("--repeat", type=int, default=3)
    measuring = commands.add_parser("measure", help="read one file in this process")
    measuring.add_argument("file")
    arguments = parser.parse_args()
    django.setup()
    if arguments.command == "measure":
        print(json.dumps(measure(arguments.file)))
    else:
        run(arguments.folder, arguments.rows, arguments.repeat)


if __name__ == "__main__":
    main()
