"""Steps 1 to 4 of the coach: reading the advert, evidence, the statement and the checks."""

import io

import docx
import pytest

from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext

from applications.models import Application, Criterion
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADVERT = """Job title: Healthcare Assistant
Band: Band 3
Employer: London North West University Healthcare NHS Trust
Closing date: 31 March 2027

Person specification

Essential
- Good communication skills
- Experience of caring for people

Desirable
- Care Certificate
"""


@pytest.fixture
def resident(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def application(resident):
    application = Application.objects.create(owner=resident, job_title="Porter", box_chars=5000)
    Criterion.objects.create(application=application, text="Good communication skills", level="essential", position=0)
    Criterion.objects.create(application=application, text="Able to lift safely", level="essential", position=1)
    Criterion.objects.create(application=application, text="Driving licence", level="desirable", position=2)
    return application


def url(name: str, *args) -> str:
    return reverse(f"applications:{name}", args=args)


def evidence_data(version: int, **answers) -> dict:
    fields = {"situation": "", "task": "", "action": "", "result": "", "learned": ""}
    return {**fields, **answers, "version": version}


def test_pasting_an_advert_finds_the_job_and_its_criteria(client, resident):
    response = client.post(url("job_new"), {"advert_text": ADVERT})
    application = Application.objects.get(owner=resident)
    assert response.status_code == 302 and response["Location"] == url("job", application.pk)
    assert (application.job_title, application.band, str(application.closing_date)) == (
        "Healthcare Assistant", "Band 3", "2027-03-31")  # fmt: skip
    levels = list(application.criteria.values_list("text", "level"))
    assert ("Good communication skills", "essential") in levels and ("Care Certificate", "desirable") in levels
    page = client.get(response["Location"]).content.decode()
    assert "Step 1 of 6" in page and "Check the advert." in page


def test_an_advert_whose_levels_are_lost_asks_the_resident_to_check_them(client, resident):
    advert = (
        "Ward Clerk\nPerson Specification\nEssential Criteria\nDesirable Criteria\nSkills / Abilities\n"
        "- Accurate keyboard skills\n- Able to keep records confidential\n"
    )
    response = client.post(url("job_new"), {"advert_text": advert}, follow=True)
    application = Application.objects.get(owner=resident)
    assert list(application.criteria.values_list("text", flat=True)) == [
        "Accurate keyboard skills", "Able to keep records confidential"]  # fmt: skip
    assert "We could not tell which criteria are essential. Check the advert" in response.content.decode()
    page = response.content.decode()
    assert page.count("We could not tell if this one is essential or desirable.") == 2
    assert set(application.criteria.values_list("level", "level_unclear")) == {("essential", True)}
    form = _job_page_data(client.get(url("job", application.pk)).context)
    form["criteria-1-level"] = "desirable"
    client.post(url("job", application.pk), form)
    assert list(application.criteria.values_list("level", "level_unclear")) == [
        ("essential", False), ("desirable", False)]  # fmt: skip
    page = client.get(url("job", application.pk)).content.decode()
    assert "We could not tell if this one is essential or desirable." not in page


def word_file(lines: list[str]) -> io.BytesIO:
    """A job description saved from Word, one paragraph a line, as the upload box sends it."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    buffer.name = "job-description.docx"
    return buffer


def test_uploading_a_word_job_description_works_too(client, resident):
    client.post(url("job_new"), {"advert_text": "", "upload": word_file(ADVERT.splitlines())})
    assert Application.objects.get(owner=resident).criteria.count() == 3


def test_an_unreadable_upload_is_refused_with_a_reason(client, resident):
    fake = io.BytesIO(b"MZ\x90\x00 this is a program, not a document")
    fake.name = "advert.docx"
    response = client.post(url("job_new"), {"advert_text": "", "upload": fake})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not Application.objects.filter(owner=resident).exists()


def test_nothing_given_is_a_clear_error(client, resident):
    response = client.post(url("job_new"), {"advert_text": "  "})
    assert "Paste the advert text or choose a file." in response.content.decode()


def test_the_resident_can_correct_add_and_remove_criteria(client, application):
    data = _job_page_data(client.get(url("job", application.pk)).context)
    data |= {"job_title": "Hospital porter", "box_chars": 4000}
    data |= {"criteria-0-text": "Clear communication", "criteria-2-DELETE": "on"}
    data |= {"criteria-3-text": "Kind to patients", "criteria-3-level": "essential"}
    response = client.post(url("job", application.pk), data)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.job_title == "Hospital porter" and application.box_chars == 4000
    assert set(application.criteria.values_list("text", flat=True)) == {
        "Clear communication", "Able to lift safely", "Kind to patients"}  # fmt: skip


def test_evidence_is_asked_for_one_criterion_at_a_time_essential_first(client, application):
    first, second, desirable = application.criteria.all()
    assert desirable.level == "desirable"
    page = client.get(url("evidence_start", application.pk), follow=True).content.decode()
    assert "Step 2 of 6" in page and "Criterion 1 of 3" in page and first.text in page
    assert "Working together for patients" in page, "the six NHS values are offered as prompts"
    answer = evidence_data(application.version, action="I explained the plan to the family.")
    response = client.post(url("evidence", application.pk, first.pk), answer)
    assert response["Location"] == url("evidence", application.pk, second.pk)
    first.refresh_from_db()
    assert first.action == "I explained the plan to the family."
    last = client.post(url("evidence", application.pk, desirable.pk), evidence_data(application.version + 1))
    assert last["Location"] == url("statement", application.pk)


def test_a_save_from_an_older_tab_is_refused_and_both_versions_are_shown(client, application):
    criterion = application.criteria.first()
    opened_at = application.version
    client.post(url("evidence", application.pk, criterion.pk), evidence_data(opened_at, action="First tab words."))
    response = client.post(url("evidence", application.pk, criterion.pk),
                           evidence_data(opened_at, action="Second tab words."))  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 200
    assert "Changed in another tab" in page
    assert "First tab words." in page and "Second tab words." in page
    criterion.refresh_from_db()
    assert criterion.action == "First tab words.", "the older tab did not overwrite silently"
    again = client.post(url("evidence", application.pk, criterion.pk),
                        evidence_data(opened_at + 1, action="Second tab words."))  # fmt: skip
    assert again.status_code == 302, "saving again on purpose keeps the second version"


def test_autosave_answers_with_json_and_a_conflict_status(client, application):
    criterion = application.criteria.first()
    target = url("evidence", application.pk, criterion.pk)
    saved = client.post(target, evidence_data(application.version, task="Draft"), HTTP_X_AUTOSAVE="1")
    assert saved.json() == {"saved": True, "version": application.version + 1}
    stale = client.post(target, evidence_data(application.version, task="Old"), HTTP_X_AUTOSAVE="1")
    assert stale.status_code == 409 and stale.json()["saved"] is False


def test_statement_puts_answers_under_the_criteria_and_can_be_edited_then_rebuilt(client, application):
    criterion = application.criteria.first()
    criterion.action = "I listened and explained."
    criterion.save()
    page = client.get(url("statement", application.pk)).content.decode()
    assert "Step 3 of 6" in page
    assert "Good communication skills\nI listened and explained." in page
    response = client.post(url("statement", application.pk), {"statement": "My own words.", "version": 1})
    assert response["Location"] == url("checks", application.pk)
    application.refresh_from_db()
    assert application.statement_edited and application.statement == "My own words."
    client.post(url("statement", application.pk), {"rebuild": "1", "version": application.version})
    application.refresh_from_db()
    assert not application.statement_edited


def test_checks_group_findings_show_coverage_and_mark_what_identifies_you(client, application):
    application.statement = (
        "Good communication skills\nMy name is Amina. Email me at amina@example.org. "
        "I communicated with patients every day and explained their care plans clearly.\n\n"
        "Able to lift safely\n<script>alert(1)</script>"
    )
    application.statement_edited = True
    application.save()
    page = client.get(url("checks", application.pk)).content.decode()
    assert "Step 4 of 6" in page
    assert "Think about these" in page, "an email address in a statement is a warning"
    assert "<mark>amina@example.org</mark>" in page
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="#paragraph-' in page, "findings link to the place in the text"
    assert "What the job asks for" in page and "Not yet" in page


@pytest.mark.parametrize("name", ["job", "evidence_start", "statement", "checks", "download", "track", "share"])
def test_another_residents_application_is_not_found(client, application, name):
    client.force_login(UserFactory())
    assert client.get(url(name, application.pk)).status_code == 404


def test_another_residents_criterion_is_not_found(client, application):
    mine = Application.objects.create(owner=UserFactory(), job_title="Other")
    client.force_login(mine.owner)
    criterion = application.criteria.first()
    assert client.get(url("evidence", mine.pk, criterion.pk)).status_code == 404


def test_the_coach_needs_a_signed_in_resident(client):
    response = client.get(url("dashboard"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_dashboard_lists_applications_with_closing_dates(client, application):
    import datetime

    application.closing_date = datetime.date.today() + datetime.timedelta(days=2)
    application.save()
    page = client.get(url("dashboard")).content.decode()
    assert "Porter" in page and "Closes in 2 days" in page


def test_the_checks_warn_when_the_residents_own_name_is_in_the_statement(client, application, resident):
    resident.first_name, resident.last_name = "Amina", "Hassan"
    resident.save()
    application.statement = "Good communication skills\nI am Amina Hassan and I explained care plans to families."
    application.statement_edited = True
    application.save()
    assert "<mark>Amina Hassan</mark>" in client.get(url("checks", application.pk)).content.decode()


def test_outreach_workers_find_the_applications_shared_with_them(client):
    client.force_login(UserFactory(roles=["outreach_worker"]))
    assert reverse("applications:worker_list") in client.get(url("dashboard")).content.decode()


def test_every_step_offers_sharing_with_an_outreach_worker(client, application):
    page = client.get(url("statement", application.pk)).content.decode()
    assert f'href="{url("share", application.pk)}"' in page


def test_text_with_a_nul_character_is_refused_not_a_server_error(client, resident):
    response = client.post(url("job_new"), {"advert_text": ADVERT + "\x00"})
    assert response.status_code == 200 and "There is a problem" in response.content.decode()


def test_an_english_statement_gets_a_reading_age_even_when_the_site_is_in_arabic(client, application):
    application.statement = (
        "Good communication skills\nI explained care plans to patients and families every day on a busy ward. "
        "I listened to their worries and checked that they understood what would happen next."
    )
    application.statement_edited = True
    application.save()
    page = client.get(reverse("applications:checks", args=[application.pk]).replace("/en/", "/ar/", 1))
    assert page.status_code == 200
    assert page.context["report"].stats["reading_age"] is not None
    assert page.context["report"].language == "en"


ARABIC_TALK = "عندما كان مريض خائفاً قبل الفحص، جلست معه وشرحت له بهدوء ما سيحدث خطوة بخطوة حتى اطمأن وشكرني."
ARABIC_LIFT = "في عملي في المستودع كنت أرفع الصناديق الثقيلة كل يوم، وتعلمت أن أثني ركبتي وأطلب المساعدة للأثقل منها."


def _coverage_cells(page: str) -> list[str]:
    import re

    return re.findall(r'app-coverage__covered">(?:<strong[^>]*>)([^<]+)</strong>', page)


def test_wizard_answers_in_arabic_count_for_their_criteria_and_headings_are_not_copies(client, application):
    first, second, _third = application.criteria.all()
    first.action, second.action = ARABIC_TALK, ARABIC_LIFT
    first.save()
    second.save()
    with translation.override("ar"):
        page = client.get(url("checks", application.pk)).content.decode()
    with translation.override("en"):
        page_en = client.get(url("checks", application.pk)).content.decode()
    assert _coverage_cells(page_en) == ["Yes", "Yes", "Not yet"]
    assert "You copied the words of this criterion" not in page_en
    assert "We can only check this in English" not in page and "We can only check this in English" not in page_en


def test_free_text_in_arabic_says_it_can_only_be_checked_in_english(client, application):
    application.statement = f"{ARABIC_TALK}\n\n{ARABIC_LIFT}"
    application.statement_edited = True
    application.save()
    page = client.get(url("checks", application.pk)).content.decode()
    assert _coverage_cells(page) == ["We can only check this in English"] * 3
    assert "We could not find evidence for this essential criterion" not in page


LONG_ADVERT = "Job title: Porter\n\nPerson specification\n\nEssential\n" + "\n".join(
    f"- Skill number {n}" for n in range(1, 5001)
)


def _job_page_data(page_context) -> dict:
    """What the job page's form sends back when the resident presses save without changing anything."""
    form, formset = page_context["form"], page_context["formset"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data |= {"version": page_context["application"].version, "box_chars": form.initial.get("box_chars") or 5000}
    management = formset.management_form
    data |= {f"criteria-{key}": value for key, value in management.initial.items()}
    for index, subform in enumerate(formset.forms):
        if subform.instance.pk:
            data |= {f"criteria-{index}-id": subform.instance.pk, f"criteria-{index}-text": subform.instance.text,
                     f"criteria-{index}-level": subform.instance.level}  # fmt: skip
    return data


def test_an_advert_with_thousands_of_criteria_keeps_the_first_40_and_says_so(client, resident):
    response = client.post(url("job_new"), {"advert_text": LONG_ADVERT}, follow=True)
    application = Application.objects.get(owner=resident)
    assert list(application.criteria.values_list("text", flat=True)) == [f"Skill number {n}" for n in range(1, 41)]
    with translation.override("en"):
        said = gettext(
            "We found more than %(limit)s criteria. We kept the first %(limit)s. Check them against the advert "
            "and edit them."
        ) % {"limit": 40}
    assert said in response.content.decode()
    # The job page opens and saves as it is.
    page = client.get(url("job", application.pk))
    assert len(page.context["formset"].forms) == 40
    saved = client.post(url("job", application.pk), _job_page_data(page.context))
    assert saved.status_code == 302 and saved["Location"] == url("evidence_start", application.pk)


def test_an_uploaded_job_description_with_too_many_criteria_is_cut_too(client, resident):
    client.post(url("job_new"), {"advert_text": "", "upload": word_file(LONG_ADVERT.splitlines()[:300])})
    assert Application.objects.get(owner=resident).criteria.count() == 40


def test_a_posted_million_criteria_forms_are_not_built_and_the_resident_is_told(client, application):
    page = client.get(url("job", application.pk))
    data = _job_page_data(page.context) | {"criteria-TOTAL_FORMS": 1_000_000}
    response = client.post(url("job", application.pk), data)
    assert response.status_code == 200
    assert response.context["formset"].total_form_count() <= 40
    with translation.override("en"):
        assert gettext("You can have up to %(num)d criteria. Delete some, then save.") % {"num": 40} in (
            response.content.decode()
        )
    assert application.criteria.count() == 3


STATEMENT_LINE = "I explained care plans to patients and their families, and checked that they understood.\n"


def test_a_statement_over_the_limit_is_refused_with_a_clear_error_and_nothing_is_saved(client, application):
    from applications.checks import MAX_CHECK_CHARS

    huge = STATEMENT_LINE * (MAX_CHECK_CHARS // len(STATEMENT_LINE) + 2) + "The end."
    response = client.post(url("statement", application.pk), {"statement": huge, "version": application.version})
    assert response.status_code == 400
    with translation.override("en"):
        error = gettext(
            "Your statement is too long to check. It can be up to %(limit_value)s characters. It has %(show_value)s."
        ) % {"limit_value": MAX_CHECK_CHARS, "show_value": len(huge)}
    assert error in response.content.decode()
    application.refresh_from_db()
    assert application.statement == ""


def test_an_evidence_answer_over_a_box_is_refused(client, application):
    criterion = application.criteria.first()
    target = url("evidence", application.pk, criterion.pk)
    response = client.post(target, evidence_data(application.version, action="x" * 5001), HTTP_X_AUTOSAVE="1")
    assert response.status_code == 400 and response.json()["saved"] is False
    criterion.refresh_from_db()
    assert criterion.action == ""


def test_a_statement_saved_before_the_limit_is_checked_up_to_it_and_the_page_says_so(client, application):
    from applications.checks import MAX_CHECK_CHARS

    application.statement = STATEMENT_LINE * 30_000  # 2.6 MB, as saved before there was a limit
    application.statement_edited = True
    application.save()
    response = client.get(url("checks", application.pk))
    assert response.status_code == 200
    assert len(response.content) < 10 * MAX_CHECK_CHARS
    with translation.override("en"):
        said = gettext("This text is too long to check in full. We checked the first %(limit)s characters.") % {
            "limit": number_format(MAX_CHECK_CHARS, force_grouping=True)
        }
    assert said in response.content.decode()
