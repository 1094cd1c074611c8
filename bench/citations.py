"""Citation extraction speed: extraction alone and end to end, one process and two.

    DATABASE_URL=sqlite:////tmp/bench-citations.sqlite3 python bench/citations.py --rulings 1000

Generates opinion-like texts (about 40 KB each) with the citation density of real appellate
opinions (two to three citations per KB: full, parallel, short, id., supra, neutral citations,
statutes, patent numbers), each ruling with an official citation that others cite, so that
resolution does real work. Prints MB/s of opinion text. Results go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sys
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")  # DEBUG is off: the settings want a key
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bench-citations.sqlite3")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from ipcases.citations.cases import use_fast_tokenizer  # noqa: E402
from ipcases.citations.extract import text_hash  # noqa: E402
from ipcases.citations.parallel import Extractor  # noqa: E402

WORDS = [
    "the",
    "court",
    "held",
    "that",
    "claim",
    "patent",
    "infringement",
    "district",
    "jury",
    "evidence",
    "construction",
    "defendant",
    "plaintiff",
    "argument",
    "summary",
    "judgment",
    "appeal",
    "record",
    "finding",
    "reasonable",
    "error",
    "standard",
    "review",
    "original",
    "expression",
    "idea",
    "merger",
    "doctrine",
    "scope",
    "prior",
    "art",
    "obvious",
]
NAMES = ["Acme Corp.", "Bolt Tools, Inc.", "Cobalt LLC", "Delta Mfg. Co.", "Echo Sys., Inc."]


def official_cite(n: int) -> str:
    return f"{1 + n // 10} F.4th {1 + (n % 10) * 97}"


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 28))).capitalize() + "."


def citation(rng: random.Random, n_rulings: int, recent: list[str]) -> str:
    """One citing sentence; the mix follows the real CAP opinions in ../shared/data (about
    0.6 full and 0.6 short or id. citations per KB), plus the statutes and patent numbers of
    a patent opinion."""
    kind = rng.random()
    plaintiff = rng.choice(NAMES)
    name = f"{plaintiff} v. {rng.choice(NAMES)}"
    if kind < 0.22:
        cite = official_cite(rng.randrange(n_rulings))
        recent.append(f"{plaintiff.split()[0].strip(',')}, {cite}")
        return f"{name}, {cite}, {rng.randint(2, 60)} (Fed. Cir. {rng.randint(2015, 2024)})."
    if kind < 0.28:
        return (
            f"{name}, {rng.randint(400, 600)} U.S. {rng.randint(1, 999)}, {rng.randint(1, 99)}, "
            f"{rng.randint(100, 140)} S. Ct. {rng.randint(1, 3000)} ({rng.randint(1950, 2020)})."
        )
    if kind < 0.56 and recent:
        antecedent, cite = rng.choice(recent[-5:]).split(", ")
        volume, reporter, page = cite.split(" ")
        return f"See {antecedent}, {volume} {reporter} at {int(page) + rng.randint(1, 9)}."
    if kind < 0.68:
        return f"Id. at {rng.randint(1, 900)}."
    if kind < 0.73:
        year, number = rng.randint(2005, 2023), rng.randint(1, 2000)
        return f"[{year}] EWCA Civ {number} at [{rng.randint(1, 90)}]."
    if kind < 0.85:
        return f"35 U.S.C. § {rng.choice(['101', '102(a)', '103', '112(b)', '271(a)', '284'])}."
    if kind < 0.93:
        return (
            f"U.S. Patent No. {rng.randint(5, 11)},{rng.randint(100, 999)},{rng.randint(100, 999)}."
        )
    return f"See the '{rng.randint(100, 999)} patent, col. {rng.randint(1, 20)}, ll. 3-9."


def opinion(rng: random.Random, n_rulings: int, size: int = 40_000) -> str:
    parts: list[str] = []
    recent: list[str] = []
    length = 0
    while length < size:
        piece = citation(rng, n_rulings, recent) if rng.random() < 0.2 else sentence(rng)
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts)


def real_texts() -> list[str]:
    """The opinions of the two CAP cases in ../shared/data, where that folder is present."""
    folder = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cap"
    if not folder.is_dir():  # a git worktree lives one level deeper than the checkout
        folder = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cap"
    texts = []
    for path in sorted(folder.glob("*.json")):
        opinions = json.loads(path.read_text())["casebody"]["data"]["opinions"]
        texts.append("\n\n".join(o["text"] for o in opinions))
    return texts


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_extraction(texts: list[str], processes: int) -> tuple[float, float]:
    """(MB/s of wall time, MB per CPU second) of extraction alone."""
    items = [(i, text_hash(t), t, "") for i, t in enumerate(texts)]
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    with Extractor({}, processes, fast=True) as extractor:
        for _ in extractor.run(items):
            pass
    elapsed = time.perf_counter() - started
    mb = sum(map(len, texts)) / 1e6
    return mb / elapsed, mb / (cpu_seconds() - cpu_before)


def load_corpus(n: int, seed: int) -> int:
    from ipcases.courts import ensure_courts
    from ipcases.models import Case, OfficialCitation, Ruling
    from ipcases.normalize import normalize_citation

    call_command("migrate", verbosity=0)
    ensure_courts()
    Ruling.objects.all().delete()
    Case.objects.all().delete()
    rng = random.Random(seed)
    cases = Case.objects.bulk_create(
        Case(court_id="cafc", name=f"Bench case {i}", docket_number=f"20-{i}") for i in range(n)
    )
    rulings = Ruling.objects.bulk_create(
        Ruling(
            case=case,
            decision_date=dt.date(2020, 1, 1),
            source="synthetic",
            source_id=f"bench-{i}",
            retrieved_at=timezone.now(),
            text=opinion(rng, n),
        )
        for i, case in enumerate(cases)
    )
    OfficialCitation.objects.bulk_create(
        OfficialCitation(
            ruling=r, cite=official_cite(i), normalized=normalize_citation(official_cite(i))
        )
        for i, r in enumerate(rulings)
    )
    return sum(len(r.text) for r in rulings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rulings", type=int, default=1000, help="Rulings in the corpus.")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample", type=int, default=100, help="Texts for extraction alone.")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    samples = {"generated": [opinion(rng, args.rulings) for _ in range(args.sample)]}
    real = real_texts()
    if real:
        samples["real CAP opinions (Feist, Lotus)"] = real * max(1, args.sample // len(real))
    print(f"load average at the start: {os.getloadavg()}")
    use_fast_tokenizer()
    for name, sample in samples.items():
        mb = sum(map(len, sample)) / 1e6
        print(f"extraction alone, {name}: {len(sample)} texts, {mb:.1f} MB")
        for processes in (1, 2):
            rate, per_cpu = measure_extraction(sample, processes)
            print(
                f"  hyperscan, {processes} process(es): {rate:.2f} MB/s "
                f"({per_cpu:.2f} MB per CPU second)"
            )
    sample = samples["generated"]
    from ipcases.citations import cases

    cases._tokenizer = cases.default_tokenizer
    started, cpu_before = time.perf_counter(), cpu_seconds()
    slow = sample[:20]
    for text in slow:
        cases.find_reporter_citations(text)
    slow_mb = sum(map(len, slow)) / 1e6
    print(
        f"  eyecite default tokenizer, 1 process (case citations only): "
        f"{slow_mb / (time.perf_counter() - started):.2f} MB/s "
        f"({slow_mb / (cpu_seconds() - cpu_before):.2f} MB per CPU second)"
    )

    size = load_corpus(args.rulings, args.seed)
    print(f"end to end, {args.rulings} rulings, {size / 1e6:.1f} MB, {os.environ['DATABASE_URL']}")
    for processes, force in ((1, True), (2, True), (2, False)):
        label = f"{processes} process(es)" + ("" if force else ", nothing changed")
        flags = ["--force"] if force else []
        started, cpu_before = time.perf_counter(), cpu_seconds()
        call_command("extract_citations", "--processes", str(processes), *flags, stdout=StringIO())
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_before
        print(
            f"  extract_citations, {label}: {elapsed:.1f} s, {size / 1e6 / elapsed:.2f} MB/s "
            f"({size / 1e6 / cpu:.2f} MB per CPU second)"
        )
    print(f"load average at the end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
