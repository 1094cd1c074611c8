import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ipcases.importers import FORMATS
from ipcases.importers.pipeline import UnknownFormat, run_import
from ipcases.importers.sources import UnreadableInput
from ipcases.importers.store import InvalidRecord

SHOWN_ERRORS = 10


class Command(BaseCommand):
    help = "Import rulings from files, folders or zip archives in one of the public formats."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="File, folder or .zip.")
        parser.add_argument(
            "--format", required=True, help=f"One of: {', '.join(sorted(FORMATS))}."
        )
        parser.add_argument(
            "--all", action="store_true", help="Keep rulings classified as not IP as well."
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Stop at the first bad record and leave the database as it was.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and report; write nothing."
        )
        parser.add_argument("--quiet", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        bar = tqdm(
            desc=f"Importing {options['format']}",
            unit=" records",
            file=sys.stderr,
            disable=options["quiet"] or not sys.stderr.isatty(),
        )
        try:
            summary = run_import(
                options["format"],
                options["paths"],
                include_all=options["all"],
                strict=options["strict"],
                dry_run=options["dry_run"],
                on_record=bar.update,
            )
        except (UnknownFormat, UnreadableInput) as error:
            raise CommandError(str(error)) from error
        except InvalidRecord as error:
            raise CommandError(f"Stopped, nothing was written: {error}") from error
        finally:
            bar.close()
        prefix = "Dry run, nothing written: " if options["dry_run"] else ""
        self.stdout.write(f"{prefix}{summary}.")
        for message in summary.errors[:SHOWN_ERRORS]:
            self.stdout.write(f"  failed: {message}")
        if len(summary.errors) > SHOWN_ERRORS:
            self.stdout.write(f"  … and {len(summary.errors) - SHOWN_ERRORS} more.")
