"""Delete scan drafts untouched for longer than the retention period (30 days by default)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from scan.models import ScanResponse

DRAFT_RETENTION_DAYS = 30


class Command(BaseCommand):
    help = "Delete scan drafts that nobody touched for the retention period (30 days unless --days says otherwise)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DRAFT_RETENTION_DAYS, help="Days without activity.")
        parser.add_argument("--dry-run", action="store_true", help="Only count the drafts that would go.")

    def handle(self, *args, days, dry_run, **options):
        if days < 1:
            self.stderr.write("--days must be at least 1.")
            return
        cutoff = timezone.now() - timedelta(days=days)
        stale = ScanResponse.objects.filter(status=ScanResponse.Status.DRAFT, updated_at__lt=cutoff)
        count = stale.count()
        if not dry_run:
            stale.delete()
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {count} scan draft(s) untouched since {cutoff:%Y-%m-%d}.")
