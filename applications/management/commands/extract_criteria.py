"""Print the job details and criteria found in an advert file as JSON."""

import json
import sys

from django.core.management.base import BaseCommand, CommandParser

from applications.checks import DocumentError, extract_criteria, read_document
from applications.presenters import reader_message


class Command(BaseCommand):
    help = "Read a job advert (.txt, .docx or .pdf) and print its title, band, employer, closing date and criteria."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the advert file")

    def handle(self, *args: object, **options: object) -> None:
        try:
            vacancy = extract_criteria(read_document(str(options["path"])))
        except DocumentError as error:
            sys.stderr.write(f"error: {reader_message(error.reason, error.params)}\n")
            sys.exit(2)
        except Exception:  # a parser bug must still end in one plain line, never a traceback
            sys.stderr.write("error: We could not read this file. Save it again as a Word document (.docx) or PDF.\n")
            sys.exit(2)
        self.stdout.write(json.dumps(vacancy.to_dict(), ensure_ascii=False, indent=2))
