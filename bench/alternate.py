"""Compare two versions of the code on one database, measured in turn, with bench/search.py.

These machines are shared and noisy: the same page can take 50 % longer from one minute to
the next, so two versions are only compared in runs that alternate on the same database.

    git worktree add ../before <commit>        # the version to compare against
    python bench/alternate.py --before ../before --after . --pairs 6 \
        --postgres postgres://postgres@127.0.0.1:5432/ipcases_search_bench

Each pair runs the search benchmark (PostgreSQL, or --only sqlite) once with each version,
in turn, saving both under --save. The report gives each run's page p50 and p95 and, per
query, the median over the runs of its median page time, with the ratio after / before.
--before-setup and --after-setup run a shell command before each of that version's runs
(dropping or building an index that only one version has, say). --before-postgres gives the
before runs a database of their own: one checkout on two layouts of the same rulings.

    python bench/alternate.py --before . --after . --pairs 4 \
        --before-postgres postgres://postgres@127.0.0.1:5432/ipcases_wide_bench \
        --postgres postgres://postgres@127.0.0.1:5432/ipcases_synthetic_bench
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="checkout of the version compared to")
    parser.add_argument("--after", default=str(ROOT), help="checkout of the new version")
    parser.add_argument("--postgres", required=True, help="DATABASE_URL of the PostgreSQL copy")
    parser.add_argument("--before-postgres", help="the before runs' database (else --postgres)")
    parser.add_argument("--sqlite", default="bench/out/synthetic.sqlite3")
    parser.add_argument("--only", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query and run")
    parser.add_argument("--save", default="bench/out/alternate", metavar="DIR")
    parser.add_argument("--before-setup", default="", metavar="SHELL")
    parser.add_argument("--after-setup", default="", metavar="SHELL")
    args = parser.parse_args()
    sqlite = str(Path(args.sqlite).resolve())
    saved: dict[str, list[dict]] = {"before": [], "after": []}
    for pair in range(1, args.pairs + 1):
        for version in ("before", "after"):
            setup = getattr(args, f"{version}_setup")
            if setup:
                subprocess.run(setup, shell=True, check=True)
            folder = Path(args.save, f"{version}-{pair}").resolve()
            folder.mkdir(parents=True, exist_ok=True)
            database = (version == "before" and args.before_postgres) or args.postgres
            command = [sys.executable, "bench/search.py", "--postgres", database]
            command += ["--sqlite", sqlite, "--runs", str(args.runs), "--only", args.only]
            command += ["--save", str(folder)]
            checkout = getattr(args, version)
            subprocess.run(command, cwd=checkout, check=True, capture_output=True)
            saved[version].append(json.loads((folder / f"{args.only}.json").read_text()))
        print(f"pair {pair} of {args.pairs} measured", file=sys.stderr)
    print(report(saved))


def report(saved: dict[str, list[dict]]) -> str:
    lines = ["| version | page p50 of each run | median | page p95 of each run | median |"]
    lines.append("| --- | --- | ---: | --- | ---: |")
    for version, runs in saved.items():
        p50s = [_pct([t for row in run["rows"] for t in row["page"]], 50) for run in runs]
        p95s = [_pct([t for row in run["rows"] for t in row["page"]], 95) for run in runs]
        lines.append(
            f"| {version} | {', '.join(f'{p:.1f}' for p in p50s)} | {statistics.median(p50s):.1f}"
            f" | {', '.join(f'{p:.1f}' for p in p95s)} | {statistics.median(p95s):.1f} |"
        )
    lines += ["", "| query | matches | before | after | after / before |"]
    lines.append("| --- | ---: | ---: | ---: | ---: |")
    for index, row in enumerate(saved["before"][0]["rows"]):
        before, after = (_median_of_medians(saved[version], index) for version in saved)
        found = {r["rows"][index]["matched"] for runs in saved.values() for r in runs}
        matched = " → ".join(f"{n:,}" for n in sorted(found))
        lines.append(
            f"| `{row['query'] or '(none)'}` | {matched} | {before:.1f} | {after:.1f} | "
            f"{after / before:.2f} |"
        )
    return "\n".join(lines)


def _median_of_medians(runs: list[dict], index: int) -> float:
    return statistics.median(statistics.median(run["rows"][index]["page"]) for run in runs)


def _pct(times: list[float], pct: int) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


if __name__ == "__main__":
    main()
