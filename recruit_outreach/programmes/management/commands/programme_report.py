from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from recruit_outreach.programmes.report import build_report, parse_quarter


class Command(BaseCommand):
    help = "Write the Race Equality Steering Group's quarterly report (Word) for one quarter."

    def add_arguments(self, parser):
        parser.add_argument("--period", required=True, help="The quarter, such as 2026-Q3.")
        parser.add_argument("--out", required=True, help="Where to write the .docx file.")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE, help="The report's language (default en).")

    def handle(self, *args, period: str, out: str, language: str, **options):
        try:
            parse_quarter(period)
        except ValueError as error:
            raise CommandError(str(error)) from error
        content = build_report(period, language=language)
        Path(out).write_bytes(content)
        self.stdout.write(f"Wrote the {period} report to {out} ({len(content):,} bytes).")
