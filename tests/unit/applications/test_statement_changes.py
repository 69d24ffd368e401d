"""Answers written or changed after the resident edited their statement: told, and brought in one criterion
at a time without losing their own edits (the no-JavaScript flow: plain form posts)."""

import pytest

from django.urls import reverse

from applications import statement
from applications.models import Application, Criterion
from tests.factories import UserFactory

SECTIONS = [
    statement.Section("1", "Good communication skills", "I explained care plans."),
    statement.Section("2", "Able to lift safely", "I moved boxes with a trolley."),
    statement.Section("3", "Driving licence", "I drive a minibus for my church."),
]


def test_an_answer_still_there_word_for_word_is_swapped_and_nothing_else_changes():
    edited = "Good communication skills\nI explained care plans. I am patient.\n\nAble to lift safely\nMy own lifting."
    new = statement.Section("1", "Good communication skills", "I explained care plans to families.")
    result = statement.bring_in(edited, new, was="I explained care plans.", sections=SECTIONS)
    assert result == (
        "Good communication skills\nI explained care plans to families. I am patient.\n\n"
        "Able to lift safely\nMy own lifting."
    )


def test_a_rewritten_section_is_replaced_under_its_heading_and_the_others_are_kept():
    edited = "Good communication skills\nMy rewrite.\n\nAble to lift safely\nMy own lifting words.\n\nThanks."
    new = statement.Section("2", "Able to lift safely", "I lift with my knees bent.")
    result = statement.bring_in(edited, new, was="I moved boxes with a trolley.", sections=SECTIONS)
    assert result.startswith("Good communication skills\nMy rewrite.\n\n")
    assert result.endswith("Able to lift safely\nI lift with my knees bent.")


def test_a_new_answer_goes_before_the_next_criterions_section():
    edited = "Good communication skills\nMy words.\n\nDriving licence\nI drive."
    new = statement.Section("2", "Able to lift safely", "I lift with care.")
    result = statement.bring_in(edited, new, was="", sections=SECTIONS)
    assert (
        result
        == "Good communication skills\nMy words.\n\nAble to lift safely\nI lift with care.\n\nDriving licence\nI drive."
    )


def test_changes_are_the_new_and_changed_answers_only():
    built_from = {"1": "I explained care plans.", "2": "Old lifting answer."}
    assert [section.key for section in statement.changed_since(SECTIONS, built_from)] == ["2", "3"]


@pytest.fixture
def resident(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def application(resident):
    application = Application.objects.create(owner=resident, job_title="Porter")
    Criterion.objects.create(
        application=application, text="Good communication skills", level="essential", position=0,
        action="I explained care plans.",
    )  # fmt: skip
    Criterion.objects.create(application=application, text="Able to lift safely", level="essential", position=1)
    return application


def url(name: str, application: Application, *args) -> str:
    return reverse(f"applications:{name}", args=[application.pk, *args])


@pytest.mark.django_db
def test_a_later_answer_is_flagged_then_brought_in_keeping_the_residents_edits(client, application):
    first, lifting = application.criteria.all()
    edited = "Good communication skills\nI explained care plans. I always check people understand.\n\nThank you."
    client.post(url("statement", application), {"statement": edited, "version": application.version})
    application.refresh_from_db()
    page = client.get(url("statement", application)).content.decode()
    assert "answers are not in your statement yet" not in page and "answer is not in your statement yet" not in page

    lifting_answer = {"situation": "", "task": "", "result": "", "learned": "", "action": "I lift with a trolley."}
    client.post(url("evidence", application, lifting.pk), {**lifting_answer, "version": application.version})
    first_answer = {**lifting_answer, "action": "I explained care plans to families."}
    client.post(url("evidence", application, first.pk), {**first_answer, "version": application.version + 1})
    application.refresh_from_db()

    for step in ("statement", "checks", "download"):
        page = client.get(url(step, application)).content.decode()
        assert "2 answers are not in your statement yet" in page, step
        assert "Able to lift safely" in page
    checks = client.get(url("checks", application)).content.decode()
    assert "I lift with a trolley." not in checks, "the checks read the statement as the resident left it"

    page = client.get(url("statement", application)).content.decode()
    assert f'name="bring_in" value="{lifting.pk}"' in page and 'name="bring_in" value="all"' in page
    # The resident typed more before pressing the button: those words are saved too.
    typed = edited + " I look forward to hearing from you."
    response = client.post(
        url("statement", application), {"statement": typed, "version": application.version, "bring_in": lifting.pk}
    )
    assert response.status_code == 302 and response["Location"] == url("statement", application)
    application.refresh_from_db()
    assert "Able to lift safely\nI lift with a trolley." in application.statement
    assert "I always check people understand." in application.statement
    assert "I look forward to hearing from you." in application.statement
    assert "I explained care plans to families." not in application.statement, "only the chosen answer came in"
    assert "1 answer is not in your statement yet" in client.get(url("checks", application)).content.decode()

    client.post(
        url("statement", application),
        {"statement": application.statement, "version": application.version, "bring_in": "all"},
    )
    application.refresh_from_db()
    assert "I explained care plans to families. I always check people understand." in application.statement
    page = client.get(url("checks", application)).content.decode()
    assert "not in your statement yet" not in page
    assert "I lift with a trolley." in page, "the checks now read the new answer"
    download = client.get(url("download_text", application)).getvalue().decode()
    assert "I lift with a trolley." in download


@pytest.mark.django_db
def test_starting_again_from_the_answers_clears_the_record_of_changes(client, application):
    client.post(url("statement", application), {"statement": "Mine.", "version": application.version})
    application.refresh_from_db()
    assert application.statement_answers == {str(application.criteria.first().pk): "I explained care plans."}
    client.post(url("statement", application), {"rebuild": "1", "version": application.version})
    application.refresh_from_db()
    assert application.statement_answers == {} and not application.statement_edited
