"""The resident's download: a JSON file, a readable HTML copy and their uploaded files, in one zip."""

import io
import json
import zipfile

from django.template.loader import render_to_string
from django.utils import timezone

from .selectors import Section, resident_record, resident_uploads, upload_file_name


def record_json(sections: list[Section]) -> str:
    """One key per section, each a list of records keyed by field name (labels are in the HTML copy)."""
    data = {section.key: [{f.name: f.value for f in record} for record in section.records] for section in sections}
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def record_html(sections: list[Section], *, user, request=None) -> str:
    """A stand-alone page that opens in any browser without our site (no scripts, no external files)."""
    context = {"sections": sections, "person": user, "made_at": timezone.now()}
    return render_to_string("privacy/export_document.html", context, request=request)


def record_zip(*, user, request=None) -> bytes:
    """The zip the resident downloads: your-data.json, your-data.html and documents/<n>-<name>."""
    sections = resident_record(user=user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("your-data.json", record_json(sections))
        archive.writestr("your-data.html", record_html(sections, user=user, request=request))
        for upload in resident_uploads(user=user):
            try:
                with upload.file.storage.open(upload.file.name, "rb") as handle:
                    archive.writestr(upload_file_name(upload), handle.read())
            except (FileNotFoundError, ValueError):
                continue  # the record says the file existed; a missing file is not a reason to refuse the rest
    return buffer.getvalue()
