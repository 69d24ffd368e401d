"""The document-checks engine: plain Python, no Django.

Text (or a safely read file) goes in; a ``Report`` of statistics, findings and criteria coverage comes
out. ``extract_criteria`` reads the criteria and details from a job advert.
"""

from .engine import check_answers, check_document, check_file, check_text
from .errors import DocumentError
from .extraction import extract_criteria
from .models import (
    MAX_CHECK_CHARS,
    MAX_CRITERIA,
    Coverage,
    Criterion,
    Document,
    Finding,
    Limits,
    Report,
    Stats,
    Vacancy,
)
from .reading import DEFAULT_LIMITS, ReadLimits, read_document

__all__ = [
    "Coverage",
    "Criterion",
    "Document",
    "DocumentError",
    "Finding",
    "Limits",
    "DEFAULT_LIMITS",
    "MAX_CHECK_CHARS",
    "MAX_CRITERIA",
    "ReadLimits",
    "Report",
    "Stats",
    "Vacancy",
    "check_answers",
    "check_document",
    "check_file",
    "check_text",
    "extract_criteria",
    "read_document",
]
