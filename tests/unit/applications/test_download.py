"""Step 5: the resident downloads an accessible Word file or plain text, or copies each answer box by box."""

import io

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from django.urls import reverse

from applications import export
from applications.models import Application, Criterion
from recruit_outreach.accounts import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC = "Experience of working with the public"
OFFICE = "Able to use Microsoft Office"
TEAM = "Works well in a team"


@pytest.fixture
def resident():
    return UserFactory(roles=[roles.RESIDENT])


@pytest.fixture
def application(resident):
    application = Application.objects.create(owner=resident, job_title="Healthcare Assistant", band="Band 3")
    # Created desirable first: the file must still put essential criteria first.
    Criterion.objects.create(
        application=application,
        text=OFFICE,
        level=Criterion.Level.DESIRABLE,
        position=0,
        action="I keep the rota for our charity in Excel.",
    )
    Criterion.objects.create(
        application=application,
        text=PUBLIC,
        level=Criterion.Level.ESSENTIAL,
        position=1,
        situation="I worked on the till at a busy pharmacy for two years.",
        action="I helped older customers find what they needed.",
    )
    Criterion.objects.create(application=application, text=TEAM, level=Criterion.Level.ESSENTIAL, position=2)
    return application


def url(name: str, application: Application) -> str:
    return reverse(f"applications:{name}", args=[application.pk])


def word_file(client, application: Application):
    response = client.get(url("download_word", application))
    assert response.status_code == 200
    return response, Document(io.BytesIO(b"".join(response.streaming_content)))


def structure(document) -> list[tuple[str, str]]:
    return [(paragraph.style.name, paragraph.text) for paragraph in document.paragraphs]


def effective_size(document, paragraph, run):
    if run.font.size:
        return run.font.size
    style = paragraph.style
    while style is not None:
        if style.font.size:
            return style.font.size
        style = style.base_style
    defaults = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:sz"))
    return Pt(int(defaults.get(qn("w:val"))) / 2)


def test_word_file_has_a_heading_1_then_a_heading_2_for_each_answered_criterion_essential_first(client, application):
    client.force_login(application.owner)
    response, document = word_file(client, application)

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert response["Content-Disposition"] == 'attachment; filename="healthcare-assistant-supporting-statement.docx"'
    assert structure(document) == [
        ("Heading 1", "Supporting statement for Healthcare Assistant"),
        ("Heading 2", PUBLIC),
        (
            "Normal",
            "I worked on the till at a busy pharmacy for two years. I helped older customers find what they needed.",
        ),
        ("Heading 2", OFFICE),
        ("Normal", "I keep the rota for our charity in Excel."),
    ]


def test_word_file_text_is_12_point_or_larger_in_a_plain_sans_font(client, application):
    client.force_login(application.owner)
    _, document = word_file(client, application)

    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            assert effective_size(document, paragraph, run) >= Pt(12), paragraph.text
    sized = [style for style in document.styles if getattr(style, "font", None) and style.font.size]
    assert sized and all(style.font.size >= Pt(12) for style in sized)
    assert document.styles["Heading 1"].font.size > document.styles["Heading 2"].font.size > Pt(12)
    for name in ("Normal", "Heading 1", "Heading 2"):
        assert document.styles[name].font.name == "Arial"
    # Theme fonts would override Arial in Word.
    assert "asciiTheme" not in document.styles.element.xml


def test_word_file_has_a_title_and_no_personal_data_in_its_properties(client, application):
    client.force_login(application.owner)
    _, document = word_file(client, application)

    properties = document.core_properties
    assert properties.title == "Healthcare Assistant"
    assert properties.author == ""
    assert properties.last_modified_by == ""
    assert properties.comments == ""
    assert properties.keywords == ""


def test_word_file_without_a_job_title_is_still_titled(client, resident):
    application = Application.objects.create(owner=resident)
    Criterion.objects.create(application=application, text=PUBLIC, level="essential", action="I help people.")
    client.force_login(resident)
    response, document = word_file(client, application)

    assert document.core_properties.title == "Supporting statement"
    assert structure(document)[0] == ("Heading 1", "Supporting statement")
    assert response["Content-Disposition"] == 'attachment; filename="supporting-statement.docx"'


def test_an_edited_statement_is_used_as_written_with_criteria_lines_as_headings(client, application):
    application.statement = (
        "I would love to work on your ward.\n\n"
        f"{PUBLIC}\nAt the pharmacy I served 200 people a day.\n\nI stayed calm when it was busy.\n\n"
        f"{TEAM}\nI play in a football team."
    )
    application.statement_edited = True
    application.save()
    client.force_login(application.owner)
    _, document = word_file(client, application)

    assert structure(document) == [
        ("Heading 1", "Supporting statement for Healthcare Assistant"),
        ("Normal", "I would love to work on your ward."),
        ("Heading 2", PUBLIC),
        ("Normal", "At the pharmacy I served 200 people a day."),
        ("Normal", "I stayed calm when it was busy."),
        ("Heading 2", TEAM),
        ("Normal", "I play in a football team."),
    ]


def test_plain_text_download_is_the_statement_in_utf8(client, application):
    Criterion.objects.filter(text=OFFICE).update(action="José’s café rota — ١٢٣")
    client.force_login(application.owner)
    response = client.get(url("download_text", application))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="healthcare-assistant-supporting-statement.txt"'
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith(f"{PUBLIC}\nI worked on the till")
    assert f"{OFFICE}\nJosé’s café rota — ١٢٣" in text


def test_download_page_shows_each_answer_in_a_labelled_read_only_box_with_its_count(client, application):
    client.force_login(application.owner)
    response = client.get(url("download", application))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Step 5 of 6" in html
    boxes = response.context["boxes"]
    assert [box.criterion for box in boxes] == [PUBLIC, OFFICE]
    assert boxes[1].characters == len("I keep the rota for our charity in Excel.")
    assert f'<label class="nhsuk-label nhsuk-label--s" for="box-1">{PUBLIC}</label>' in html
    assert 'id="box-1" rows="8" readonly' in html
    assert f"{boxes[1].characters} of 5000 characters" in html
    assert url("download_word", application) in html
    assert url("download_text", application) in html
    assert "too long" not in html


def test_box_counts_characters_as_a_reader_sees_them_and_warns_when_over_the_limit(client, application):
    # A health worker emoji with a skin tone is five code points but one character on screen.
    Criterion.objects.filter(text=OFFICE).update(action="Café 👩🏽‍⚕️ " + "x" * 100)
    application.box_chars = 100
    application.save()
    client.force_login(application.owner)
    response = client.get(url("download", application))

    office = response.context["boxes"][1]
    assert office.characters == len("Café ") + 1 + 1 + 100
    assert office.over_by == 7
    html = response.content.decode()
    assert "Some answers are too long" in html
    assert "This answer is 7 characters too long" in html
    assert "nhsuk-textarea--error" in html


def test_user_text_on_the_download_page_is_escaped(client, application):
    Criterion.objects.filter(text=OFFICE).update(text="<b>Office</b>", action="<script>alert(1)</script>")
    client.force_login(application.owner)
    html = client.get(url("download", application)).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Office</b>" not in html


def test_nothing_to_download_before_any_answer_is_written(client, resident):
    application = Application.objects.create(owner=resident, job_title="Porter")
    client.force_login(resident)
    response = client.get(url("download", application))

    assert response.context["boxes"] == []
    assert "You have not written any answers yet" in response.content.decode()


@pytest.mark.parametrize("name", ["download", "download_word", "download_text"])
def test_another_resident_gets_404(client, application, name):
    client.force_login(UserFactory(roles=[roles.RESIDENT]))
    assert client.get(url(name, application)).status_code == 404


@pytest.mark.parametrize("name", ["download", "download_word", "download_text"])
def test_signing_in_is_required(client, application, name):
    response = client.get(url(name, application))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_boxes_follow_the_edited_statement_and_keep_its_blank_lines(application):
    application.statement = f"{PUBLIC}\nFirst paragraph.\n\nSecond paragraph.\n\n{OFFICE}\nExcel."
    application.statement_edited = True
    application.save()

    assert export.statement_boxes(application=application) == [
        (PUBLIC, "First paragraph.\n\nSecond paragraph."),
        (OFFICE, "Excel."),
    ]


def test_control_characters_pasted_from_other_programs_do_not_break_the_word_file(application):
    # Word's own line break (vertical tab) and a form feed cannot be stored in XML. (NUL never reaches the
    # database: Django's form fields refuse it, and PostgreSQL could not store it.)
    Criterion.objects.filter(text=OFFICE).update(action="Excel\x0band Word\x0c.")

    document = Document(io.BytesIO(export.statement_docx(application=application)))

    assert ("Normal", "Excel and Word .") in structure(document)


ARABIC = "عملت في صيدلية مزدحمة لمدة عامين وساعدت الزبائن كبار السن في العثور على ما يحتاجونه كل يوم."
URDU = "میں نے دو سال تک ایک مصروف فارمیسی میں کام کیا اور بزرگ گاہکوں کی مدد کی کہ وہ اپنی ضرورت کی چیزیں تلاش کریں۔"
FARSI = "من دو سال در یک داروخانه شلوغ کار کردم و به مشتریان سالمند کمک کردم تا آنچه را که نیاز داشتند پیدا کنند."


def paragraph_facts(paragraph) -> tuple[bool, set[bool], set[tuple[str, str]]]:
    """Whether the paragraph is right to left, whether each run is, and each run's (w:val, w:bidi) language."""
    p = paragraph._p
    rtl_paragraph = p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
    runs = p.findall(qn("w:r"))
    rtl_runs = {run.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for run in runs}
    languages = {
        (lang.get(qn("w:val")), lang.get(qn("w:bidi")))
        for run in runs
        if (lang := run.find(f"{qn('w:rPr')}/{qn('w:lang')}")) is not None
    }
    return rtl_paragraph, rtl_runs, languages


def style_languages(document) -> set[tuple[str, str]]:
    return {(lang.get(qn("w:val")), lang.get(qn("w:bidi"))) for lang in document.styles.element.iter(qn("w:lang"))}


def test_word_file_is_a4_with_uk_margins(client, application):
    client.force_login(application.owner)
    _response, document = word_file(client, application)
    for section in document.sections:
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
        margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
        assert {round(margin.cm, 2) for margin in margins} == {2.54}


def test_an_english_statement_reads_left_to_right_in_british_english(client, application):
    client.force_login(application.owner)
    _response, document = word_file(client, application)
    assert document.core_properties.language == "en-GB"
    assert style_languages(document) == {("en-GB", "en-GB")}
    for paragraph in document.paragraphs:
        assert paragraph_facts(paragraph) == (False, {False}, {("en-GB", "en-GB")})


@pytest.mark.parametrize(("text", "tag"), [(ARABIC, "ar-SA"), (URDU, "ur-PK"), (FARSI, "fa-IR")])
def test_a_statement_in_arabic_urdu_or_farsi_reads_right_to_left_in_its_language(client, resident, text, tag):
    application = Application.objects.create(owner=resident, job_title="Pharmacy assistant")
    Criterion.objects.create(application=application, text=PUBLIC, level=Criterion.Level.ESSENTIAL, action=text)
    client.force_login(resident)

    _response, document = word_file(client, application)

    assert structure(document) == [
        ("Heading 1", "Supporting statement for Pharmacy assistant"),
        ("Heading 2", PUBLIC),
        ("Normal", text),
    ]
    title, criterion, answer = document.paragraphs
    assert paragraph_facts(answer) == (True, {True}, {(tag, tag)})
    # Our heading and the advert's criterion stay English, left to right.
    assert paragraph_facts(title) == (False, {False}, {("en-GB", "en-GB")})
    assert paragraph_facts(criterion) == (False, {False}, {("en-GB", "en-GB")})
    assert document.core_properties.language == tag
    assert style_languages(document) == {(tag, tag)}
