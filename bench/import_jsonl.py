"""Write a large curated list in JSON Lines for the import memory benchmark.

    python bench/import_jsonl.py /tmp/import-bench.jsonl 200
    /usr/bin/time -v python manage.py import_rulings --format csv --dry-run --quiet \
        /tmp/import-bench.jsonl

Keep the output out of the repository. Results go in docs/benchmarks.md ("Import memory").
"""

import json
import random
import sys

WORDS = [
    "the",
    "patent",
    "claim",
    "infringement",
    "court",
    "appeal",
    "defendant",
    "plaintiff",
    "evidence",
    "judgment",
    "construction",
    "prior",
    "art",
    "obviousness",
    "damages",
    "injunction",
    "licence",
    "royalty",
    "witness",
    "expert",
    "trade",
    "mark",
    "confusion",
    "copyright",
    "work",
    "original",
    "design",
    "registered",
]
COURTS = ["cafc", "txed", "ewca-civ", "ca9"]


def ruling(n: int, rng: random.Random) -> dict:
    return {
        "source_id": f"bench-{n}",
        "court": rng.choice(COURTS),
        "case_name": f"Bench Plaintiff {n} Inc. v. Bench Defendant {n} Ltd",
        "decision_date": f"20{10 + n % 14}-0{1 + n % 9}-1{n % 9}",
        "docket_number": f"{n % 23}-{1000 + n}",
        "ip_types": ["patent"],
        "citations": [f"{n} F.4th {n % 999}"],
        "parties": [
            {"name": f"Bench Plaintiff {n} Inc.", "role": "plaintiff"},
            {"name": f"Bench Defendant {n} Ltd", "role": "defendant"},
        ],
        "text": " ".join(rng.choice(WORDS) for _ in range(3000)),
    }


def main(path: str, megabytes: int) -> None:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        n = 0
        while out.tell() < megabytes * 1024 * 1024:
            n += 1
            out.write(json.dumps(ruling(n, rng)) + "\n")
    print(f"{path}: {n} rulings")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200)
