from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from recruit_outreach.outreach.volunteering.export import support_export_csv


class Command(BaseCommand):
    help = "Print the pseudonymised hospital-support data as CSV (needs PSEUDONYM_KEY; see README)."

    def handle(self, *args, **options):
        try:
            self.stdout.write(support_export_csv(), ending="")
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
