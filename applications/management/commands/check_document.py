"""Check a statement, CV or advert file and print the findings as JSON."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext

from applications.checks import DocumentError, Limits, check_file, extract_criteria, read_document
from applications.presenters import reader_message

_UNREADABLE = "We could not read this file. Save it again as a Word document (.docx) or PDF and try again."


def _fail(error: DocumentError) -> None:
    sys.stderr.write(f"error: {reader_message(error.reason, error.params)}\n")
    sys.exit(2)


class Command(BaseCommand):
    help = "Check a supporting statement, CV or job advert (.txt, .docx or .pdf) and print the findings as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the file to check")
        parser.add_argument("--kind", required=True, choices=["statement", "cv", "advert"])
        parser.add_argument("--advert", help="the job advert, to check the statement against its criteria")
        parser.add_argument("--name", help="the applicant's full name, to warn if it appears")
        parser.add_argument("--max-chars", type=int, help="an overall character limit set by the advert")
        parser.add_argument("--max-words", type=int, help="an overall word limit set by the advert")
        parser.add_argument("--language", default="en", help="language code of the text (default en)")

    def handle(self, *args: object, **options: object) -> None:
        for key in ("max_chars", "max_words"):
            if options[key] is not None and int(options[key]) <= 0:  # type: ignore[call-overload]
                raise CommandError(f"--{key.replace('_', '-')} must be a positive number")
        kind = str(options["kind"])
        limits = Limits(
            max_chars=options["max_chars"],  # type: ignore[arg-type]
            max_words=options["max_words"],  # type: ignore[arg-type]
            min_words=80 if kind == "cv" else 40,
        )
        try:
            vacancy = extract_criteria(read_document(str(options["advert"]))) if options["advert"] else None
            report = check_file(
                str(options["path"]),
                kind,
                criteria=vacancy,
                limits=limits,
                language=str(options["language"]),
                name=options["name"],  # type: ignore[arg-type]
            )
        except DocumentError as error:
            _fail(error)
            return
        except Exception:  # a parser bug must still end in one plain line, never a traceback
            _fail(DocumentError(_UNREADABLE))
            return
        self.stdout.write(json.dumps(report.to_dict(gettext), ensure_ascii=False, indent=2))
