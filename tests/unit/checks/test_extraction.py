"""Criteria extraction over adverts written for these tests, in three formats."""

from __future__ import annotations

from applications.checks import extract_criteria, read_document
from applications.checks.text import normalise
from tests.unit.checks.builders import (
    DOCX_EXPECTED,
    PASTED_ADVERT,
    PASTED_EXPECTED,
    PDF_EXPECTED,
    PDF_LINES,
    TICK_EXPECTED,
    TRAC_ADVERT,
    TRAC_EXPECTED,
    pdf_bytes,
    person_spec_docx,
)


def corpus() -> list[tuple[str, object, dict[str, list[str]]]]:
    docx_expected = {key: DOCX_EXPECTED[key] + TICK_EXPECTED[key] for key in ("essential", "desirable")}
    return [
        ("docx", read_document(person_spec_docx()), docx_expected),
        ("pdf", read_document(pdf_bytes(PDF_LINES)), PDF_EXPECTED),
        ("nhs jobs text", read_document(PASTED_ADVERT.encode()), PASTED_EXPECTED),
        ("trac text", read_document(TRAC_ADVERT.encode("utf-16")), TRAC_EXPECTED),
    ]


def precision_recall() -> tuple[float, float]:
    """Precision and recall of (criterion, level) pairs over the whole corpus."""
    found_total = expected_total = correct = 0
    for _name, document, expected in corpus():
        vacancy = extract_criteria(document)
        found = {(normalise(t), "e") for t in vacancy.essential} | {(normalise(t), "d") for t in vacancy.desirable}
        wanted = {(normalise(t), "e") for t in expected["essential"]} | {
            (normalise(t), "d") for t in expected["desirable"]
        }
        found_total += len(found)
        expected_total += len(wanted)
        correct += len(found & wanted)
    return correct / found_total, correct / expected_total


def test_docx_person_specification_tables() -> None:
    vacancy = extract_criteria(read_document(person_spec_docx()))
    assert vacancy.job_title == "Administrator"
    assert vacancy.band == "Band 3"
    assert vacancy.employer == "Brent Medical Centre"
    assert vacancy.closing_date == "2026-05-20"
    assert vacancy.essential == DOCX_EXPECTED["essential"] + TICK_EXPECTED["essential"]
    assert vacancy.desirable == DOCX_EXPECTED["desirable"] + TICK_EXPECTED["desirable"]


def test_pdf_headed_lists() -> None:
    vacancy = extract_criteria(read_document(pdf_bytes(PDF_LINES)))
    assert (vacancy.job_title, vacancy.band, vacancy.employer) == ("Porter", "Band 2", "Hillingdon Hospital")
    assert vacancy.closing_date == "2026-04-30"
    assert vacancy.essential == PDF_EXPECTED["essential"]
    assert vacancy.desirable == PDF_EXPECTED["desirable"]


def test_pasted_nhs_jobs_advert_leaves_out_duties_and_eligibility() -> None:
    vacancy = extract_criteria(PASTED_ADVERT)
    assert vacancy.essential == PASTED_EXPECTED["essential"]
    assert sorted(vacancy.desirable) == sorted(PASTED_EXPECTED["desirable"])
    everything = " ".join(vacancy.essential + vacancy.desirable)
    assert "right to work" not in everything and "wash and dress" not in everything
    assert "No qualifications" not in everything


def test_trac_prose_criteria() -> None:
    vacancy = extract_criteria(TRAC_ADVERT)
    assert vacancy.essential == TRAC_EXPECTED["essential"]
    assert vacancy.desirable == TRAC_EXPECTED["desirable"]
    assert vacancy.closing_date == "2026-04-02"
    assert vacancy.job_title == "Medical Receptionist"


def test_missing_details_are_not_stated() -> None:
    vacancy = extract_criteria("We are hiring.\nIt is a nice place to work.")
    assert vacancy.band == "not stated" and vacancy.closing_date == "not stated"
    assert vacancy.essential == [] and vacancy.desirable == []


def test_precision_and_recall_over_the_corpus() -> None:
    precision, recall = precision_recall()
    print(f"\nextraction precision {precision:.2f} recall {recall:.2f}")
    assert precision >= 0.9 and recall >= 0.9


LOST_TABLE = """Stores Assistant
West Middlesex University Hospital NHS Trust
Band 2

Job summary
- Unpack deliveries and fill the shelves on the wards

Person Specification
Essential Criteria
Desirable Criteria
Knowledge / Skills
- Able to count stock accurately
- Able to use a handheld scanner
Experience
- Experience of working in a shop or store room
"""


def test_a_pasted_table_that_lost_its_levels_gives_its_requirements_to_check() -> None:
    vacancy = extract_criteria(LOST_TABLE)
    assert vacancy.unclear == [
        "Able to count stock accurately",
        "Able to use a handheld scanner",
        "Experience of working in a shop or store room",
    ]
    assert vacancy.essential == [] and vacancy.desirable == []
    assert vacancy.employer == "West Middlesex University Hospital NHS Trust", "not the title's line too"
    assert vacancy.to_dict()["unclear"] == vacancy.unclear


def test_dbs_no_experience_and_benefit_lines_are_never_criteria() -> None:
    advert = """Job title: Kitchen Porter
Essential
- Able to lift pots safely
- Enhanced DBS clearance required
- No experience needed as full training is given
Desirable
- Food hygiene level 1

Benefits
A good work-life balance is essential to us, with flexible hours.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Able to lift pots safely"]
    assert vacancy.desirable == ["Food hygiene level 1"]


def test_an_advert_with_thousands_of_criteria_gives_the_first_40_and_counts_them_all() -> None:
    advert = "Person specification\nEssential\n" + "\n".join(f"- Skill number {n}" for n in range(1, 5001))
    advert += "\nDesirable\n- A driving licence\n"
    vacancy = extract_criteria(advert)
    assert [c.text for c in vacancy.criteria] == [f"Skill number {n}" for n in range(1, 41)]
    assert vacancy.criteria_found == 5001


def test_the_checks_look_at_no_more_than_40_criteria() -> None:
    from applications.checks import check_answers, check_text
    from applications.checks.models import Criterion

    criteria = [f"Skill number {n}" for n in range(1, 5001)]
    report = check_text("I am good at skill number 3 because I used it at work every day.", "statement", criteria)
    assert len(report.criteria) == 40
    answers = [(Criterion(text), "I used it at work.") for text in criteria]
    assert len(check_answers(answers).criteria) == 40
