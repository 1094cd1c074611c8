import os
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ipcases.citations.index import court_names
from ipcases.citations.parallel import Extractor, index_all
from ipcases.models import Ruling


class Command(BaseCommand):
    help = "Find citations, statutes and rights in ruling texts and link the citation network."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Read every text, changed or not.")
        parser.add_argument(
            "--processes",
            type=int,
            default=os.cpu_count() or 1,
            help="Worker processes for extraction (default: one per core).",
        )
        parser.add_argument("--batch-size", type=int, default=200, help="Rulings per batch.")
        parser.add_argument(
            "--slow-tokenizer",
            action="store_true",
            help="Use eyecite's default tokenizer instead of hyperscan.",
        )
        parser.add_argument("--quiet", action="store_true", help="No progress bar.")

    def handle(self, *args, force, processes, batch_size, slow_tokenizer, quiet, **options):
        if processes < 1 or batch_size < 1:
            raise CommandError("--processes and --batch-size must be at least 1")
        started = time.perf_counter()
        ids = list(Ruling.objects.order_by("pk").values_list("pk", flat=True))
        bar = tqdm(
            total=len(ids),
            desc="Reading citations",
            unit=" rulings",
            file=sys.stderr,
            disable=quiet or not sys.stderr.isatty(),
        )
        with bar, Extractor(court_names(), processes, fast=not slow_tokenizer) as extractor:
            summary = index_all(extractor, ids, force, batch_size, progress=bar.update)
        elapsed = time.perf_counter() - started
        rate = summary.characters / 1e6 / elapsed if elapsed else 0.0
        self.stdout.write(f"{summary} in {elapsed:.1f} s ({rate:.2f} M characters/s)")
