from django.core.management.base import BaseCommand, CommandError

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

    def handle(self, *args, **options):
        if options["synthetic"] < 0:
            raise CommandError("--synthetic takes a number of rulings, 0 or more.")
        report = seed_demo(options["synthetic"], options["seed"], options["if_empty"])
        self.stdout.write(report)
