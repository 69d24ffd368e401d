"""python manage.py compute_indicators --period 2026-Q3 (or --period 2026-09 for a month)."""

from django.core.management.base import BaseCommand, CommandError

from recruit_outreach.programmes.periods import nightly_periods, parse_period
from recruit_outreach.programmes.recompute import recomputation_create, recomputation_run


class Command(BaseCommand):
    help = (
        "Compute the programme indicators for a period (a quarter such as 2026-Q3 or a month such as 2026-09), "
        "replacing that period's computed values. Without --period: the current and previous quarter and month."
    )

    def add_arguments(self, parser):
        parser.add_argument("--period", action="append", help="2026-Q3 or 2026-09; may be given more than once.")

    def handle(self, *args, period=None, **options):
        try:
            periods = [parse_period(text) for text in period] if period else nightly_periods()
        except ValueError as error:
            raise CommandError(str(error)) from error
        run = recomputation_create(periods=periods)
        for result in recomputation_run(run.pk):
            self.stdout.write(
                f"{result.period}: {result.indicators} indicators computed, {result.values} values stored."
            )
            for code, reason in result.skipped.items():
                self.stdout.write(f"  {code} left as it was: {reason}.")
