"""One way to put an engine message or a DocumentError into the reader's language, and one presenter of a
checks report for the checks step and the uploaded-document page."""

import pytest

from django.urls import reverse
from django.utils import translation

from applications.checks import Criterion as EngineCriterion
from applications.checks import DocumentError, check_answers, check_text
from applications.checks.errors import TOO_SLOW
from applications.models import Application, Criterion, Upload
from applications.presenters import reader_message, reader_message_html, report_present
from tests.factories import UserFactory

MISSING = "We could not find evidence for this essential criterion: %(criterion)s"
OVER = "This is %(count)s characters. The limit is %(limit)s, so it is %(over)s over."


def test_messages_are_in_the_readers_language_with_numbers_grouped():
    with translation.override("ar"):
        arabic = reader_message(OVER, {"count": 5200, "limit": 5000, "over": 200})
        assert "This is" not in arabic and "200" in arabic
        assert reader_message(TOO_SLOW) != TOO_SLOW
    with translation.override("en"):
        assert reader_message(OVER, {"count": 5200, "limit": 5000, "over": 200}) == (
            "This is 5,200 characters. The limit is 5,000, so it is 200 over."
        )


def test_a_translation_with_broken_placeholders_falls_back_to_english(monkeypatch):
    monkeypatch.setattr("applications.presenters.gettext", lambda template: "%(nonsense)s")
    assert reader_message(MISSING, {"criterion": "Team work"}) == (
        "We could not find evidence for this essential criterion: Team work"
    )


def test_english_criterion_words_in_an_arabic_sentence_are_marked_english_and_escaped():
    with translation.override("ar"):
        html = reader_message_html(MISSING, {"criterion": "Team <b>work</b>"}, "en")
    assert '<span lang="en" dir="ltr">Team &lt;b&gt;work&lt;/b&gt;</span>' in html
    assert "We could not find" not in html
    with translation.override("en"):
        assert "<span" not in reader_message_html(MISSING, {"criterion": "Team work"}, "en")


def test_the_presenter_groups_findings_and_marks_the_criteria_language():
    data = {
        "language": "en",
        "stats": {"words": 3, "characters": 20},
        "findings": [{"code": "criteria.missing", "severity": "error", "message": MISSING,
                      "params": {"criterion": "Team work"}, "suggestion": "", "span": [0, 4], "excerpt": "Team"}],
        "coverage": [{"text": "Team work", "level": "essential", "covered": False, "evidence": []}],
    }  # fmt: skip
    with translation.override("ar"):
        view = report_present(data, criteria_language="en", paragraphs=[(0, 10)])
    assert [group.severity for group in view.groups] == ["error"]
    assert view.groups[0].findings[0].paragraph == 1
    assert view.coverage[0].lang_attrs == ' lang="en" dir="ltr"'


@pytest.mark.django_db
def test_the_checks_page_in_arabic_marks_english_criteria_as_english(client):
    resident = UserFactory()
    client.force_login(resident)
    application = Application.objects.create(
        owner=resident,
        advert_text="Essential criteria: good communication skills and experience of working in a team with others.",
        statement="Good communication skills\nأنا أتحدث مع المرضى كل يوم في المستشفى وأساعدهم.",
        statement_edited=True,
    )
    Criterion.objects.create(application=application, text="Good communication skills", level="essential")
    Criterion.objects.create(application=application, text="Experience of team work", level="essential")
    with translation.override("ar"):
        page = client.get(reverse("applications:checks", args=[application.pk])).content.decode()
    assert '<span lang="en" dir="ltr">Experience of team work</span>' in page
    assert 'class="nhsuk-table app-coverage"' in page


@pytest.mark.django_db
def test_an_upload_error_is_shown_in_the_readers_language(client):
    resident = UserFactory()
    client.force_login(resident)
    upload = Upload.objects.create(
        owner=resident, kind="cv", original_name="cv.docx", status=Upload.Status.FAILED, error=TOO_SLOW
    )
    with translation.override("ar"):
        page = client.get(reverse("applications:document", args=[upload.pk])).content.decode()
        assert reader_message(DocumentError(TOO_SLOW).reason) in page
    assert TOO_SLOW not in page


def test_a_claim_with_no_example_reads_as_asking_for_one_in_english_and_in_arabic():
    polite = EngineCriterion("Able to answer pay queries politely by phone and email")
    report = check_text("I have excellent communication skills and I am always polite.", "statement", [polite])
    assert report.criteria[0].status == "missing"  # a claim is not yet evidence
    finding = next(finding for finding in report.findings if finding.code == "criteria.weak")
    with translation.override("en"):
        assert reader_message(finding.message, finding.params) == (
            "You mention this criterion but give no example: Able to answer pay queries politely by phone and email"
        )
        assert reader_message(finding.suggestion).startswith("Add a real example")
    with translation.override("ar"):
        assert reader_message(finding.message, finding.params) == (
            "تذكر هذا المعيار لكنك لا تعطي مثالًا: Able to answer pay queries politely by phone and email"
        )
        assert reader_message(finding.suggestion).startswith("أضف مثالًا حقيقيًا")


def test_a_stated_lack_reads_as_not_yet_in_english_and_in_arabic():
    booking = EngineCriterion("Experience of using a patient booking system")
    report = check_text("I have not used a patient booking system yet. I learn new computer programs quickly.",
                        "statement", [booking])  # fmt: skip
    finding = next(finding for finding in report.findings if finding.code == "criteria.not_yet")
    with translation.override("en"):
        assert reader_message(finding.message, finding.params) == (
            "You say you have not done this yet: Experience of using a patient booking system"
        )
        assert reader_message(finding.suggestion).startswith("Thank you for being honest.")
    with translation.override("ar"):
        assert reader_message(finding.message, finding.params) == (
            "تقول إنك لم تفعل هذا بعد: Experience of using a patient booking system"
        )
        assert reader_message(finding.suggestion).startswith("شكرًا على صدقك.")


@pytest.mark.parametrize(
    ("criterion", "answer", "code", "english", "suggestion", "arabic", "arabic_suggestion"),
    [
        (
            "Able to work 12-hour day and night shifts, including weekends",
            "I work long days at Ealing Hospital and every other weekend at a care home in Hayes.",
            "criteria.nights_left_out",
            "Your answer does not say if you can work nights: ",
            "This job has night shifts. Say if you can work them. If you cannot, say which shifts you can do.",
            "لا تقول إجابتك إن كنت تستطيع العمل ليلاً: ",
            "في هذه الوظيفة نوبات ليلية.",
        ),
        (
            "Able to start at 7am and work one Saturday in four",
            "I open the bakery at 6am every weekday, but Saturdays are no good as I look after my niece.",
            "criteria.hours_ruled_out",
            "You say you cannot work some of the times this job needs: ",
            "Thank you for being honest. Say which times you can work. You can ask the employer if the hours "
            "can change to fit you.",
            "تقول إنك لا تستطيع العمل في بعض الأوقات التي تحتاجها هذه الوظيفة: ",
            "شكراً على صدقك.",
        ),
        (
            "Able to work at our clinics in Harrow, Wembley and Kenton",
            "I get to Harrow and Wembley on the Metropolitan line every day for my job at the bank. Kenton would "
            "be tricky, as there is no direct bus from my flat.",
            "criteria.part_held_back",
            "You say part of this is hard for you, or not done yet: ",
            "Thank you for being honest. Say what you can do now. For the rest, say how you would learn or manage it.",
            "تقول إن جزءًا من هذا صعب عليك، أو إنك لم تفعله بعد: ",
            "شكرًا على صدقك.",
        ),
        (
            "Speaks Gujarati, Urdu or Arabic",
            "I speak Tamil and Malayalam at home, and at the phone shop I used Tamil every day with older customers "
            "who were not sure about contracts.",
            "criteria.close_but_other",
            "Your answer is about something close, but not what this asks for: ",
            "If you have done what it names, write about that. If not, say what you did that is close and how it "
            "helps.",
            "إجابتك تتحدث عن شيء قريب، لكنه ليس المطلوب هنا: ",
            "إن كنت قد فعلت ما هو مذكور، اكتب عنه.",
        ),
        (
            "Good IT skills, including Microsoft Word, Excel and Outlook",
            "At the youth club I keep the register in Google Sheets and send every parent a reminder from Gmail.",
            "criteria.other_software",
            "Your answer names other programs, not the ones this asks for: ",
            "If you have used the programs it names, say what you did with them. If not, say what you did with "
            "the ones you know, and that you are ready to learn.",
            "إجابتك تذكر برامج أخرى، لا البرامج المطلوبة هنا: ",
            "إن كنت قد استخدمت البرامج المذكورة",
        ),
    ],
)
def test_a_wizard_finding_naming_its_criterion_reads_in_english_and_arabic(
    criterion, answer, code, english, suggestion, arabic, arabic_suggestion
):
    engine_criterion = EngineCriterion(criterion)
    finding = next(f for f in check_answers([(engine_criterion, answer)]).findings if f.code == code)
    with translation.override("en"):
        assert reader_message(finding.message, finding.params) == english + criterion
        assert reader_message(finding.suggestion) == suggestion
    with translation.override("ar"):
        html = reader_message_html(finding.message, finding.params, "en")
        assert html.startswith(arabic)
        assert f'<span lang="en" dir="ltr">{criterion}</span>' in html
        assert reader_message(finding.suggestion).startswith(arabic_suggestion)
