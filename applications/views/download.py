"""Step 5: the statement as a Word file, as plain text, and box by box for pasting into NHS Jobs or Trac."""

import io
from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .. import export, selectors
from ..checks.text import graphemes
from ..models import Application
from ..presenters import statement_changes_context

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Box:
    criterion: str
    text: str
    characters: int
    limit: int

    @property
    def over_by(self) -> int:
        return max(0, self.characters - self.limit)


def _file_name(application: Application, extension: str) -> str:
    slug = slugify(application.job_title)[:60].strip("-")
    return f"{slug}-supporting-statement.{extension}" if slug else f"supporting-statement.{extension}"


def _attachment(content: bytes, *, file_name: str, content_type: str) -> FileResponse:
    return FileResponse(io.BytesIO(content), as_attachment=True, filename=file_name, content_type=content_type)


@login_required
@require_safe
def download(request: HttpRequest, pk: int) -> HttpResponse:
    application = selectors.application_get(user=request.user, pk=pk)
    boxes = [
        Box(criterion=criterion, text=text, characters=graphemes(text), limit=application.box_chars)
        for criterion, text in export.statement_boxes(application=application)
    ]
    return render(
        request,
        "applications/download.html",
        {
            "application": application,
            "boxes": boxes,
            "over_limit": any(box.over_by for box in boxes),
            **statement_changes_context(application=application),
        },
    )


@login_required
@require_safe
@never_cache
def download_word(request: HttpRequest, pk: int) -> FileResponse:
    application = selectors.application_get(user=request.user, pk=pk)
    return _attachment(
        export.statement_docx(application=application),
        file_name=_file_name(application, "docx"),
        content_type=DOCX_TYPE,
    )


@login_required
@require_safe
@never_cache
def download_text(request: HttpRequest, pk: int) -> FileResponse:
    application = selectors.application_get(user=request.user, pk=pk)
    return _attachment(
        export.statement_plain_text(application=application).encode("utf-8"),
        file_name=_file_name(application, "txt"),
        content_type="text/plain; charset=utf-8",
    )
