"""Contract run: many schemathesis requests to every API operation, on both databases.

    python bench/api_contract.py --postgres postgres://postgres@127.0.0.1:5432/ipcases_api \
        [--examples 100]

Runs tests/test_api_contract.py with API_CONTRACT_EXAMPLES requests per operation (the suite
sends 15), once on SQLite and once on the PostgreSQL server named (pytest-django makes its
test database beside it). A failure prints schemathesis's report, with the request to
reproduce it. Results go in docs/benchmarks.md ("API contract").
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", required=True, help="DATABASE_URL of a PostgreSQL server")
    parser.add_argument("--examples", type=int, default=100, help="requests per operation")
    args = parser.parse_args()
    print("| database | requests per operation | result | seconds |")
    print("| --- | ---: | --- | ---: |")
    for name, url in (("SQLite", None), ("PostgreSQL", args.postgres)):
        env = {**os.environ, "API_CONTRACT_EXAMPLES": str(args.examples)}
        env.pop("DATABASE_URL", None)
        if url:
            env["DATABASE_URL"] = url
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly"]
        command += ["tests/test_api_contract.py"]
        start = time.perf_counter()
        run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        outcome = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else "no output"
        print(f"| {name} | {args.examples} | {outcome} | {seconds:.0f} |")
        if run.returncode:
            print(run.stdout[-5000:], file=sys.stderr)


if __name__ == "__main__":
    main()
