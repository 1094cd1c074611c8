import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ipcases.importers import FORMATS
from ipcases.importers.courtlistener_fetch import FetchError
from ipcases.importers.pipeline import UnknownFormat, run_fetch, run_import
from ipcases.importers.sources import UnreadableInput
from ipcases.importers.store import InvalidRecord

SHOWN_ERRORS = 10


class Command(BaseCommand):
    help = "Import rulings from files, folders or zip archives in one of the public formats."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH", help="File, folder or .zip.")
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
        live = parser.add_argument_group("live CourtListener search (--format courtlistener)")
        live.add_argument("--fetch", action="store_true", help="Page through the live API.")
        live.add_argument("--token", help="API token (default: $COURTLISTENER_TOKEN).")
        live.add_argument("--court", help="Court ids, comma-separated (default: IP suits).")
        live.add_argument("--since", help="Filed on or after YYYY-MM-DD.")
        live.add_argument("--until", help="Filed on or before YYYY-MM-DD.")
        live.add_argument("--q", help="A CourtListener search query.")
        live.add_argument(
            "--state",
            default="courtlistener-fetch.json",
            help="Where the resumable cursor is kept.",
        )

    def handle(self, *args, **options):
        bar = tqdm(
            desc=f"Importing {options['format']}",
            unit=" records",
            file=sys.stderr,
            disable=options["quiet"] or not sys.stderr.isatty(),
        )
        shared = {
            "include_all": options["all"],
            "strict": options["strict"],
            "dry_run": options["dry_run"],
            "on_record": bar.update,
        }
        try:
            summary = self.import_from(options, shared)
        except (UnknownFormat, UnreadableInput, FetchError) as error:
            raise CommandError(str(error)) from error
        except InvalidRecord as error:
            raise CommandError(f"Stopped, nothing was written: {error}") from error
        finally:
            bar.close()
        self.report(summary, options["dry_run"])

    def import_from(self, options: dict, shared: dict):
        if not options["fetch"]:
            if not options["paths"]:
                raise CommandError("Give at least one PATH (a file, folder or .zip), or --fetch.")
            return run_import(options["format"], options["paths"], **shared)
        if options["format"] != "courtlistener" or options["paths"]:
            raise CommandError("--fetch goes with --format courtlistener and no PATH.")
        query = {key: options[key] for key in ("court", "since", "until", "q") if options[key]}
        return run_fetch(query, options["token"], options["state"], **shared)

    def report(self, summary, dry_run: bool) -> None:
        prefix = "Dry run, nothing written: " if dry_run else ""
        self.stdout.write(f"{prefix}{summary}.")
        for message in summary.errors[:SHOWN_ERRORS]:
            self.stdout.write(f"  failed: {message}")
        if summary.failed > SHOWN_ERRORS:
            self.stdout.write(f"  … and {summary.failed - SHOWN_ERRORS} more.")
        for message in summary.ambiguous[:SHOWN_ERRORS]:
            self.stdout.write(f"  ambiguous: {message}")
        if len(summary.ambiguous) > SHOWN_ERRORS:
            more = len(summary.ambiguous) - SHOWN_ERRORS
            self.stdout.write(f"  … and {more} more ambiguous, listed in the admin.")
