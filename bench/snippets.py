"""The snippets of a results page, alone: for each query, the time to make the snippets of 20
listed rulings (the first 5,000 characters of their texts, as a list brings them), the median
of 7 rounds over the texts of 300 synthetic rulings. Run from the checkout to time, so that
two versions can be compared in turn on the same texts:

    python bench/snippets.py --write-texts /tmp/texts.json
    python bench/snippets.py --texts /tmp/texts.json patent infringement laches
    (cd ../before && python ../ipcases/bench/snippets.py --texts /tmp/texts.json patent ...)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", help="a JSON list of texts")
    parser.add_argument("--write-texts", help="write the texts of 300 synthetic rulings here")
    parser.add_argument("queries", nargs="*")
    args = parser.parse_args()
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    if args.write_texts:
        from ipcases.demo.synthetic.generate import generate_ruling

        texts = [generate_ruling(i)["text"][:5000] for i in range(1, 301)]
        with open(args.write_texts, "w") as out:
            json.dump(texts, out)
        return
    with open(args.texts) as source:
        texts = json.load(source)
    make = _snippets()
    from ipcases.search import parse

    medians = []
    for query in args.queries:
        parsed = parse(query)
        rounds = []
        for _ in range(7):
            start = time.perf_counter()
            for text in texts:
                make(text, parsed)
            rounds.append((time.perf_counter() - start) * 1000 / len(texts) * 20)
        medians.append(f"{statistics.median(rounds):.2f}")
    print(os.path.basename(os.getcwd()), " ".join(medians))


def _snippets():
    """The snippet of a listed text as this checkout makes it (older ones: one passage)."""
    try:
        from ipcases.search import passages
    except ImportError:
        from ipcases.search import snippets

        return snippets.snippet
    shown = getattr(passages, "shown_hits", passages.hits)

    def make(text, parsed):
        found = shown(text, parsed.tree)
        return passages.snippet(text, found, True) if found else None

    return make


if __name__ == "__main__":
    main()
