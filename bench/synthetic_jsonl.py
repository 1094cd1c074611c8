"""Write rulings of the synthetic generator as a curated JSON Lines file, for timing and
profiling `import_rulings` end to end (docs/benchmarks.md, "Where an import's time goes").

    python bench/synthetic_jsonl.py /tmp/import.jsonl 2000 [--seed 777]
    DEBUG=0 python manage.py import_rulings --format curated --quiet /tmp/import.jsonl

Keep the output out of the repository.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

from ipcases.demo.synthetic.generate import generate_rulings  # noqa: E402

# What the synthetic loader sets itself and a curated list does not carry.
NOT_CURATED = ("source", "source_url", "retrieved_at", "content_hash", "ip_classification")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=777)
    args = parser.parse_args()
    with args.path.open("w", encoding="utf-8") as out:
        for record in generate_rulings(1, args.count + 1, seed=args.seed):
            for name in NOT_CURATED:
                record.pop(name, None)
            record["source_id"] = f"import-bench-{record['source_id']}"
            out.write(json.dumps(record, default=str) + "\n")


if __name__ == "__main__":
    main()
