import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ipcases.demo.seed import seed_demo


class Command(BaseCommand):
    help = "Load the courts, the landmark rulings and, optionally, N synthetic rulings."

    def add_arguments(self, parser):
        parser.add_argument(
            "--synthetic",
            type=int,
            default=0,
            metavar="N",
            help="Also ensure synthetic rulings 1..N exist (deterministic for a seed).",
        )
        parser.add_argument("--seed", type=int, default=20201, help="Seed of the generator.")
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the catalogue already holds rulings (used by `make run`).",
        )
        parser.add_argument("--quiet", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        if options["synthetic"] < 0:
            raise CommandError("--synthetic takes a number of rulings, 0 or more.")
        shown = not options["quiet"] and sys.stderr.isatty()
        if shown:
            sys.stderr.write("Loading the demo: courts, landmark rulings, synthetic rulings\n")
        bar = tqdm(desc="Synthetic rulings", unit=" rulings", file=sys.stderr, disable=not shown)

        def advance(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        with bar:
            report = seed_demo(
                options["synthetic"], options["seed"], options["if_empty"], progress=advance
            )
        self.stdout.write(report)
