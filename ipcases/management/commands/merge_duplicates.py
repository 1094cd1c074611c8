from django.core.management.base import BaseCommand, CommandError

from ipcases.models import Court
from ipcases.sources.duplicates import carry_out, plan_merges


class Command(BaseCommand):
    help = "Merge rulings held twice (from different sources); list doubtful pairs for editors."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be done; write nothing."
        )
        parser.add_argument("--court", help="Only rulings of this court (a court id).")

    def handle(self, *args, **options):
        court = options["court"]
        if court is not None and not Court.objects.filter(pk=court).exists():
            raise CommandError(f"Unknown court {court!r}: give a court id such as cafc or ca1.")
        plan = plan_merges(court)
        dry_run = options["dry_run"]
        # Described before merging: a merged ruling loses its id.
        lines = [f"{'would merge' if dry_run else 'merged'} {merge}" for merge in plan.merges]
        lines += [f"left for an editor: {doubt}" for doubt in plan.doubts]
        if not dry_run:
            carry_out(plan)
        for line in lines:
            self.stdout.write(line)
        absorbed = sum(len(merge.absorbed) for merge in plan.merges)
        prefix = "Dry run, nothing written: " if dry_run else ""
        self.stdout.write(
            f"{prefix}{absorbed} ruling(s) merged into {len(plan.merges)}, "
            f"{len(plan.doubts)} doubtful pair(s) for an editor."
        )
