from django.core.management.base import BaseCommand

from ipcases import search


class Command(BaseCommand):
    help = "Rebuild the full-text search index of every ruling."

    def handle(self, *args, **options) -> None:
        def progress(done: int, total: int) -> None:
            if done % 10000 < search.BATCH or done == total:
                self.stdout.write(f"indexed {done} of {total}")

        total = search.reindex(progress)
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt for {total} rulings."))
