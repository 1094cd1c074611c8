import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from ipcases import search
from ipcases.outcomes.record import Summary, read_outcomes, rulings_to_read

SHOWN_CHANGES = 200


class Command(BaseCommand):
    help = "Read disposition, outcome and remedies from the rulings' texts, with their evidence."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would change; write nothing."
        )
        parser.add_argument("--batch-size", type=int, default=200, help="Rulings per batch.")
        parser.add_argument("--quiet", action="store_true", help="No progress bar.")

    def handle(self, *args, dry_run, batch_size, quiet, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        ids = list(rulings_to_read().order_by("pk").values_list("pk", flat=True))
        bar = tqdm(
            total=len(ids),
            desc="Reading outcomes",
            unit=" rulings",
            file=sys.stderr,
            disable=quiet or not sys.stderr.isatty(),
        )
        summary = Summary()
        with transaction.atomic():
            for start in range(0, len(ids), batch_size):
                batch = ids[start : start + batch_size]
                before = len(summary.changes)
                read_outcomes(batch, summary)
                changed = {change.ruling_id for change in summary.changes[before:]}
                if changed and not dry_run:
                    search.update_index(sorted(changed))
                bar.update(len(batch))
            if dry_run:
                transaction.set_rollback(True)
        if summary.changes and not dry_run:
            search.analyze()
        bar.close()
        self.report(summary, dry_run)

    def report(self, summary: Summary, dry_run: bool) -> None:
        if dry_run:
            for change in summary.changes[:SHOWN_CHANGES]:
                self.stdout.write(str(change))
            if len(summary.changes) > SHOWN_CHANGES:
                self.stdout.write(f"... and {len(summary.changes) - SHOWN_CHANGES} more changes")
        prefix = "Dry run, nothing written: would have " if dry_run else ""
        self.stdout.write(f"{prefix}{summary}")
