"""Reading files safely: encodings, the hostile-file corpus and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from applications.checks import DocumentError, ReadLimits, check_file, read_document
from applications.checks.errors import TOO_SLOW
from tests.unit.checks.builders import PASTED_ADVERT, hostile_files, pdf_bytes, person_spec_docx

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile_files(tmp_path_factory.mktemp("hostile"))


HOSTILE_NAMES = [
    "zip_bomb.docx", "billion_laughs.docx", "external_entity.docx", "macros.docm", "encrypted.docx",
    "truncated.docx", "truncated.pdf", "program.docx", "empty.txt", "image.pdf.txt", "huge.txt",
]  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_files_are_refused(hostile: dict[str, Path], name: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(hostile[name])
    reason = str(caught.value)
    assert reason.endswith(".") and "Traceback" not in reason and len(reason) < 200


@pytest.mark.parametrize(("encoding", "prefix"), [("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b""), ("cp1252", b"")])
def test_text_in_any_common_encoding(encoding: str, prefix: bytes) -> None:
    text = "I worked at the café in Ealing for two years, and I was the team’s first aider."
    document = read_document(prefix + text.encode(encoding))
    assert document.text == text


@pytest.mark.parametrize("source", [person_spec_docx, lambda: pdf_bytes(PASTED_ADVERT.splitlines())])
def test_a_file_that_takes_longer_than_the_time_budget_is_refused(source) -> None:
    # A budget far below any real parse: the limit is tested without timing anything on this machine.
    with pytest.raises(DocumentError) as caught:
        read_document(source(), ReadLimits(seconds=1e-9))
    assert caught.value.reason == TOO_SLOW


def test_size_limit_is_configurable() -> None:
    with pytest.raises(DocumentError, match="too big"):
        read_document(PASTED_ADVERT.encode(), ReadLimits(max_bytes=100))


def test_docx_and_pdf_are_recognised_by_content_not_name(tmp_path: Path) -> None:
    renamed = tmp_path / "advert.txt"
    renamed.write_bytes(person_spec_docx())
    assert read_document(renamed).source == "docx"
    assert read_document(pdf_bytes(["Hello there"])).source == "pdf"


def _manage(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBUG": "1"}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)


def test_cli_refuses_a_bad_file_with_exit_2(hostile: dict[str, Path]) -> None:
    # No clock here: the engine's time budget (tested above) stops a slow file; speed is in the benchmarks.
    result = _manage("check_document", str(hostile["zip_bomb.docx"]), "--kind", "statement")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert _manage("extract_criteria", str(hostile["program.docx"])).returncode == 2


def test_cli_prints_json(tmp_path: Path) -> None:
    advert = tmp_path / "advert.pdf"
    advert.write_bytes(pdf_bytes(PASTED_ADVERT.splitlines()))
    statement = tmp_path / "statement.txt"
    statement.write_text("I am Amina Yusuf. I worked as part of a team at a care home, and I helped my colleagues.")
    result = _manage(
        "check_document", str(statement), "--kind", "statement", "--advert", str(advert),
        "--name", "Amina Yusuf", "--max-chars", "2000", "--language", "en",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"kind", "language", "stats", "findings", "criteria"}
    assert set(report["stats"]) == {"words", "characters", "sentences", "reading_age"}
    assert {"code", "severity", "message", "span", "suggestion"} == set(report["findings"][0])
    assert "personal_info.name" in [f["code"] for f in report["findings"]]
    assert {"text", "level", "covered", "status", "evidence"} == set(report["criteria"][0])
    extracted = json.loads(_manage("extract_criteria", str(advert)).stdout)
    assert extracted["band"] == "Band 3" and len(extracted["essential"]) == 6


def test_check_file_reads_docx_statements() -> None:
    report = check_file(person_spec_docx(), "advert")
    assert report.stats.words > 50
    assert "inclusive.no_adjustments" not in report.codes()


def _word_with_document_xml(content: bytes) -> bytes:
    from tests.unit.checks.builders import _replace_member, blank_docx, docx_bytes

    plain = blank_docx()
    plain.add_paragraph("I worked on a ward.")
    return _replace_member(docx_bytes(plain), "word/document.xml", content)


_BODY = (
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>I worked on a ward.</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    "content",
    [
        # A DOCTYPE after a comment longer than the first 4 KB of the part.
        b'<?xml version="1.0"?><!--' + b"x" * 5000 + b'--><!DOCTYPE d [<!ENTITY e "hidden">]>' + _BODY,
        # The same part in UTF-16, where the letters of "DOCTYPE" are not next to each other as bytes.
        ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "x">]>' + _BODY.decode()).encode("utf-16"),
    ],
    ids=["after-5kb-comment", "utf-16"],
)
def test_a_word_file_with_a_doctype_anywhere_in_a_part_is_refused(content: bytes) -> None:
    with pytest.raises(DocumentError, match="unsafe settings"):
        read_document(_word_with_document_xml(content))


def test_a_word_file_with_a_long_comment_and_no_doctype_is_read() -> None:
    document = read_document(_word_with_document_xml(b'<?xml version="1.0"?><!--' + b"x" * 5000 + b"-->" + _BODY))
    assert document.text == "I worked on a ward."


def test_text_past_the_check_limit_is_checked_up_to_it_and_the_report_says_so(tmp_path: Path) -> None:
    from applications.checks import MAX_CHECK_CHARS, check_text

    long_text = "I looked after patients on a busy ward and wrote clear notes. " * 2000
    report = check_text(long_text, "cv")
    assert report.codes()[0] == "length.not_all_checked" and len(report.text) == MAX_CHECK_CHARS
    path = tmp_path / "cv.txt"
    path.write_text(long_text)
    result = _manage("check_document", str(path), "--kind", "cv")
    assert result.returncode == 0
    assert json.loads(result.stdout)["findings"][0]["code"] == "length.not_all_checked"
