from django.core.management.base import BaseCommand, CommandError

from ...alerts import send_alerts


class Command(BaseCommand):
    help = "Sends every due saved search the rulings new to it (run from cron)."

    def handle(self, *args, **options) -> None:
        summary = send_alerts()
        self.stdout.write(
            f"{summary.searches} searches due: {summary.sent} sent ({summary.rulings} rulings), "
            f"{len(summary.failed)} failed, {len(summary.refused)} not sent (invalid search)"
        )
        for line in summary.failed:
            self.stderr.write(f"failed: {line}")
        for line in summary.refused:
            self.stderr.write(f"not sent: {line}")
        if summary.failed:
            raise CommandError(f"{len(summary.failed)} deliveries failed; they are tried again.")
