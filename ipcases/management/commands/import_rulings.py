import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ipcases.importers import FORMATS
from ipcases.importers.checks import InvalidRecord
from ipcases.importers.courtlistener_fetch import FetchError
from ipcases.importers.inputs import UnreadableInput
from ipcases.importers.pipeline import UnknownFormat, run_fetch, run_import
from ipcases.importers.progress import BarProgress

SHOWN_ERRORS = 10
STATE_FILES = {"courtlistener": "courtlistener-fetch.json", "courtlistener-bulk": "bulk.sqlite3"}


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
        parser.add_argument(
            "--state",
            help="Where a resumable run keeps its place: the cursor of --fetch (default "
            "courtlistener-fetch.json), the staging file of courtlistener-bulk (default "
            "bulk.sqlite3, removed when the run ends).",
        )
        live = parser.add_argument_group("live CourtListener search (--format courtlistener)")
        live.add_argument("--fetch", action="store_true", help="Page through the live API.")
        live.add_argument("--token", help="API token (default: $COURTLISTENER_TOKEN).")
        live.add_argument("--court", help="Court ids, comma-separated (default: IP suits).")
        live.add_argument("--since", help="Filed on or after YYYY-MM-DD.")
        live.add_argument("--until", help="Filed on or before YYYY-MM-DD.")
        live.add_argument("--q", help="A CourtListener search query.")
        live.add_argument(
            "--full-text",
            action="store_true",
            help="Fetch each result's cluster, opinions and docket too (three more requests).",
        )

    def handle(self, *args, **options):
        quiet = options["quiet"] or not sys.stderr.isatty()
        bar = tqdm(
            desc=f"Importing {options['format']}", unit=" records", file=sys.stderr, disable=quiet
        )
        shared = {
            "include_all": options["all"],
            "strict": options["strict"],
            "dry_run": options["dry_run"],
            "on_record": bar.update,
            "on_problem": self.problem if options["verbosity"] >= 2 else None,
        }
        try:
            summary = self.import_from(options, shared, quiet)
        except (UnknownFormat, UnreadableInput, FetchError) as error:
            raise CommandError(str(error)) from error
        except InvalidRecord as error:
            raise CommandError(f"Stopped, nothing was written: {error}") from error
        finally:
            bar.close()
        self.report(summary, options["dry_run"], options["verbosity"])
        if summary.nothing_imported:
            raise CommandError(f"Every record failed ({summary.failed}); nothing was imported.")

    def import_from(self, options: dict, shared: dict, quiet: bool):
        state = options["state"] or STATE_FILES.get(options["format"])
        if not options["fetch"]:
            if not options["paths"]:
                raise CommandError("Give at least one PATH (a file, folder or .zip), or --fetch.")
            progress = None if quiet else BarProgress(sys.stderr)
            return run_import(
                options["format"], options["paths"], state_path=state, progress=progress, **shared
            )
        if options["format"] != "courtlistener" or options["paths"]:
            raise CommandError("--fetch goes with --format courtlistener and no PATH.")
        query = {key: options[key] for key in ("court", "since", "until", "q") if options[key]}
        return run_fetch(query, options["token"], state, full_text=options["full_text"], **shared)

    def problem(self, outcome: str, where: str, reason: str) -> None:
        self.stdout.write(f"  {outcome}: {where}: {reason}")

    def report(self, summary, dry_run: bool, verbosity: int) -> None:
        prefix = "Dry run, nothing written: " if dry_run else ""
        self.stdout.write(f"{prefix}{summary}.")
        for line in summary.reasons():
            self.stdout.write(f"  {line}")
        for note in summary.notes:
            self.stdout.write(f"  read {note}")
        shown = summary.errors if verbosity >= 2 else summary.errors[:SHOWN_ERRORS]
        if verbosity < 2:  # with -v 2 every failure was listed as it happened
            for message in shown:
                self.stdout.write(f"  failed: {message}")
            if len(summary.errors) > len(shown) or summary.failed > len(summary.errors):
                more = summary.failed - len(shown)
                self.stdout.write(f"  … and {more} more (-v 2 lists every record and its reason).")
        for message in summary.ambiguous[:SHOWN_ERRORS]:
            self.stdout.write(f"  ambiguous: {message}")
        if len(summary.ambiguous) > SHOWN_ERRORS:
            more = len(summary.ambiguous) - SHOWN_ERRORS
            self.stdout.write(f"  … and {more} more ambiguous, listed in the admin.")
