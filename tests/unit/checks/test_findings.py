"""Every finding code: a case that must fire and a near miss that must not."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, Limits, Vacancy, check_file, check_text
from tests.unit.checks.builders import blank_docx, docx_bytes, tiny_png, tracked_change

STORY = (
    "When I worked at a care home, a resident was upset because her daughter had not visited. "
    "I sat with her and listened to her worries. I then helped her call her daughter. "
    "As a result she felt calm, and the nurse thanked me. I learned that listening with respect matters."
)
TEAM = Criterion("Ability to work as part of a team", "essential")
COMMS = Criterion("Good communication skills", "essential")
HOSPITAL = Criterion("Experience of working in a hospital", "desirable")
TILL = Criterion("Experience of using a till", "essential")


def codes(text: str, kind: str = "statement", **kwargs: object) -> list[str]:
    return check_text(text, kind, **kwargs).codes()  # type: ignore[arg-type]


# (code, kind, text that fires, near miss, keyword arguments)
CASES = [
    (
        "personal_info.email",
        "statement",
        "Email me at amina@example.com. " + STORY,
        "I emailed the ward manager. " + STORY,
        {},
    ),
    (
        "personal_info.phone",
        "statement",
        "Call me on 07700 900123. " + STORY,
        "I worked 37.5 hours a week from 2019 to 2023. " + STORY,
        {},
    ),
    (
        "personal_info.phone",
        "statement",
        "My number is +44 20 7946 0958. " + STORY,
        "The ward had 24 beds and 12 staff. " + STORY,
        {},
    ),
    ("personal_info.postcode", "statement", "I live near HA1 3UJ. " + STORY, "I have an NVQ3 and a BTEC. " + STORY, {}),
    (
        "personal_info.date_of_birth",
        "cv",
        "Date of birth: 3 May 1979. " + STORY,
        "I helped with the birth of twins. " + STORY,
        {},
    ),
    (
        "personal_info.age",
        "cv",
        "I am 45 and keen to learn. " + STORY,
        "I supported patients aged 65 and over. I am 20 minutes away. " + STORY,
        {},
    ),
    (
        "personal_info.age",
        "statement",
        "Aged 52, I want a new start. " + STORY,
        "I looked after a 90 year old man. " + STORY,
        {},
    ),
    (
        "personal_info.ni_number",
        "cv",
        "NI number: JC 12 34 56 C. " + STORY,
        "I used form AB 12 and room 34. " + STORY,
        {},
    ),
    (
        "personal_info.name",
        "statement",
        "Hello, I am Amina Yusuf. " + STORY,
        "I worked with Dr Patel. " + STORY,
        {"name": "Amina Yusuf"},
    ),
    (
        "personal_info.address",
        "statement",
        "I live at 12 Harrow Road. " + STORY,
        "I worked at St Mary's Hospital on Praed Street. " + STORY,
        {},
    ),
    ("length.over_limit", "statement", STORY * 3, STORY, {"limits": Limits(max_chars=500)}),
    ("length.over_limit", "statement", STORY * 3, STORY, {"limits": Limits(max_words=100)}),
    ("length.near_limit", "statement", STORY, STORY[:200], {"limits": Limits(max_chars=len(STORY) + 10)}),
    ("length.too_short", "statement", "I am kind.", STORY, {}),
    (
        "readability.hard",
        "statement",
        "Notwithstanding considerable organisational complexity, I consistently demonstrated exceptional interpersonal "
        "capabilities. Furthermore, I facilitated multidisciplinary collaboration, ensuring comprehensive "
        "communication across departmental boundaries.",
        STORY,
        {},
    ),
    (
        "readability.long_sentence",
        "statement",
        "When I worked at the care home on the night shift last winter I helped a resident who was upset and "
        "could not sleep because she missed her family and was worried about her health. " + STORY,
        STORY,
        {},
    ),
    (
        "criteria.missing",
        "statement",
        STORY,
        "I worked as part of a team at the care home, and I helped a colleague. " + STORY,
        {"criteria": [TEAM]},
    ),
    (
        "criteria.desirable_missing",
        "statement",
        STORY,
        "I worked in a hospital kitchen for a year. " + STORY,
        {"criteria": [HOSPITAL]},
    ),
    (
        "criteria.not_yet",
        "statement",
        "I have not used a till yet, but I am good with numbers. " + STORY,
        "I used a till every day at the bakery and cashed up at night. " + STORY,
        {"criteria": [TILL]},
    ),
    (
        "criteria.weak",
        "statement",
        "I am a good communicator and enjoy talking to people.\n\n"
        "When I worked at a cafe, I cleaned the tables each night. As a result the cafe passed its hygiene check.",
        "I communicated with a family when their father was ill. I explained the visiting times and they thanked me. "
        + STORY,
        {"criteria": [COMMS]},
    ),
    (
        "structure.copied_criterion",
        "statement",
        "Ability to work as part of a team.\n\n" + STORY,
        "Ability to work as part of a team\nIn my last job I worked in a team of six carers. We shared the work. "
        + STORY,
        {"criteria": [TEAM]},
    ),
    (
        "structure.no_example",
        "statement",
        "I am a kind person. I like helping people. I want to work for the NHS. " * 3,
        STORY,
        {},
    ),
    (
        "values.none",
        "statement",
        "I like cars and football. I fixed bikes in a shop. I was paid weekly. " * 3,
        STORY,
        {},
    ),
    (
        "language.jargon",
        "statement",
        "I worked in the MDT on the ward. " + STORY,
        "I worked in the multidisciplinary team (MDT) on the ward. " + STORY,
        {},
    ),
    ("language.repeated_word", "statement", "I helped the the nurse. " + STORY, "I had had enough sleep. " + STORY, {}),
]

ADVERT_BASE = (
    "Ward Clerk\nBand 3\nWe offer reasonable adjustments at every stage. We are a Disability Confident employer.\n"
    "You will support the ward team and work together with nurses.\n"
)
ADVERT_CASES = [
    ("inclusive.masculine_coded", ADVERT_BASE + "We want a competitive, ambitious and decisive leader.",
     ADVERT_BASE + "You will lead a small, supportive team."),
    ("inclusive.feminine_coded", ADVERT_BASE + "You will be kind and understanding.",
     "Ward Clerk\nBand 3\nWe offer reasonable adjustments. Disability Confident employer.\nYou will file notes and answer calls."),  # noqa: E501
    ("inclusive.ableist", ADVERT_BASE + "You must be able to stand for long periods.",
     ADVERT_BASE + "You must be able to lift 10 kg because the role involves moving boxes of supplies."),
    ("inclusive.ableist", ADVERT_BASE + "Applicants must be fit and healthy.", ADVERT_BASE + "We care about staff health."),  # noqa: E501
    ("inclusive.age_coded", ADVERT_BASE + "Join our young and lively team.", ADVERT_BASE + "You will work with young people."),  # noqa: E501
    ("inclusive.age_coded", ADVERT_BASE + "This suits a recent graduate or digital native.", ADVERT_BASE + "Graduates of any age are welcome."),  # noqa: E501
    ("inclusive.unnecessary_degree", ADVERT_BASE + "Essential\n* A degree in any subject\n",
     ADVERT_BASE + "Essential\n* GCSE English\nDesirable\n* A degree in any subject\n"),
    ("inclusive.driving_licence", ADVERT_BASE + "Essential\n* A full UK driving licence\n",
     ADVERT_BASE + "Essential\n* A full UK driving licence, as the role involves home visits across Brent\n"),
    ("inclusive.no_adjustments", "Ward Clerk\nBand 3\nDisability Confident employer.", ADVERT_BASE),
    ("inclusive.no_disability_confident", "Ward Clerk\nBand 3\nWe offer reasonable adjustments.", ADVERT_BASE),
    ("inclusive.too_many_essential", ADVERT_BASE + "Essential\n" + "".join(f"* Skill number {n}\n" for n in range(11)),
     ADVERT_BASE + "Essential\n" + "".join(f"* Skill number {n}\n" for n in range(10))),
    ("language.jargon", ADVERT_BASE + "You will use the PAS daily.", ADVERT_BASE + "You will use the Patient Administration System (PAS)."),  # noqa: E501
    ("readability.long_sentence", ADVERT_BASE + "The successful candidate will be expected to coordinate the "
     "administrative functions of the ward including the management of records, the booking of appointments and "
     "liaison with other departments.", ADVERT_BASE),
]  # fmt: skip


@pytest.mark.parametrize(("code", "kind", "fires", "near_miss", "kwargs"), CASES, ids=[c[0] for c in CASES])
def test_statement_and_cv_codes(code: str, kind: str, fires: str, near_miss: str, kwargs: dict) -> None:
    assert code in codes(fires, kind, **kwargs)
    assert code not in codes(near_miss, kind, **kwargs)


@pytest.mark.parametrize(("code", "fires", "near_miss"), ADVERT_CASES, ids=[c[0] for c in ADVERT_CASES])
def test_advert_codes(code: str, fires: str, near_miss: str) -> None:
    assert code in codes(fires, "advert")
    assert code not in codes(near_miss, "advert")


def test_advert_readability_hard() -> None:
    hard = ADVERT_BASE + (
        "The postholder will facilitate comprehensive administrative coordination, demonstrating exceptional "
        "organisational capabilities and professional communication competencies."
    )
    assert "readability.hard" in codes(hard, "advert")
    easy = "Ward Clerk\nBand 3\nYou will help the ward team. You will answer the phone and file notes. We will help you learn."  # noqa: E501
    assert "readability.hard" not in codes(easy, "advert")


def test_unsupported_language_is_noted() -> None:
    romanian = "Am lucrat într-un spital timp de trei ani. Am ajutat pacienții în fiecare zi."
    assert "readability.unsupported_language" in codes(romanian, language="ro")
    assert check_text(romanian, "statement", language="ro").stats.reading_age is None
    assert "readability.unsupported_language" not in codes(STORY, language="en")


@pytest.mark.parametrize(
    ("statement", "near_miss"),
    [
        ("میں نے پانچ سال دکان میں کام کیا۔ میری عمر 41 سال ہے۔", "میں نے مریضوں کی مدد کی جن کی عمر 80 سال تھی۔"),
        ("عملت في مطبخ مدرسة. عمري ٣٨ عامًا.", "ساعدت مرضى أعمارهم فوق ٦٥ عامًا لمدة ١٢ سنة."),
        ("أبلغ من العمر 52 عامًا وعملت حارسًا.", "عملت 10 سنوات مع كبار السن."),
        ("سن من ۲۹ سال است و در رستوران کار کردم.", "۵ سال سابقه کار دارم با بیماران ۷۰ ساله."),
        ("من ۴۳ سال دارم و در هانسلو زندگی می‌کنم.", "۱۰ سال سابقه دارم و ۳ سال در بیمارستان کار کردم."),
        ("ਮੇਰੀ ਉਮਰ 33 ਸਾਲ ਹੈ।", "ਮੈਂ 10 ਸਾਲ ਕੰਮ ਕੀਤਾ।"),
        ("மருத்துவமனையில் வேலை செய்தேன். எனக்கு 47 வயது.", "நான் 12 ஆண்டுகள் வேலை செய்தேன்."),
        ("મારી ઉંમર 36 વર્ષ છે.", "મેં 8 વર્ષ કામ કર્યું."),
        ("আমার বয়স ৪৭ বছর, আর আমি দোকানে কাজ করি।", "আমি ১২ বছর দোকানে কাজ করেছি।"),  # Bengali digits
        ("میں ۴۶ سال کی ہوں اور ساؤتھال میں رہتی ہوں۔", "میری بیٹی ۱۲ سال کی ہے۔"),  # I am 46 / my daughter is 12
        ("ਮੈਂ 52 ਸਾਲਾਂ ਦੀ ਹਾਂ ਅਤੇ ਹੇਜ਼ ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ।", "ਮੇਰੀ ਧੀ 12 ਸਾਲਾਂ ਦੀ ਹੈ।"),  # the same in Panjabi
        ("હું 44 વર્ષની છું અને વેમ્બલીમાં રહું છું.", "મારી દીકરી 12 વર્ષની છે."),  # and in Gujarati
        # Somali: my age is 37 / my mother is 70 years old
        ("Da'daydu waa 37 sano, waxaanan ku noolahay Hayes.", "Hooyaday waa 70 sano jir, waxaan ka shaqeeyay 12 sano."),
    ],
)
def test_an_age_written_in_another_script_is_found_and_other_numbers_are_not(statement: str, near_miss: str) -> None:
    assert "personal_info.age" in codes(statement, "cv")
    assert "personal_info.age" not in codes(near_miss, "cv")


@pytest.mark.parametrize(
    ("statement", "near_miss"),
    [
        ("I'm a 23-year-old student and I work weekends.", "I looked after a 23-year-old patient on the ward."),
        ("I am thirty-four years old and I live in Acton.", "I am thirty minutes from the hospital by bus."),
        ("I have 41 years and I come from Porto.", "I have 12 years of experience in cleaning."),
        ("I have 41 years, two children and a dog.", "I have 15 years working in shops."),
        ("Am 38 de ani și locuiesc în Hayes.", "Am 12 de ani de experiență în curățenie."),  # Romanian
        ("Waxaan ahay 38 jir, waxaanan ku noolahay Hayes.", "Hooyaday waa 68 jir."),  # Somali; my mother is 68
        # Somali with "years" said: "I am 34 years old" / "I have worked here 12 years"
        ("Waxaan ahay 34 sano jir.", "Waxaan halkan ka shaqeynayay 12 sano."),
        ("Tenho 41 anos e moro em Ealing.", "Tenho 15 anos de experiência em limpeza."),  # Portuguese
        ("Mam 33 lata i mieszkam w Acton.", "Mam 10 lat doświadczenia w sklepie."),  # Polish
        # "aged" is the resident's own only after "I am" or opening a sentence; anyone else's age is theirs.
        ("I am aged 52 and I live in Southall.", "One tenant aged 92 needed a stair lift, so I rang his daughter."),
        ("I keep fit. Aged 47, I passed my driving test.", "I ran a club for girls aged 11 to 16 at the mosque."),
    ],
)
def test_an_age_in_words_or_in_a_second_languages_english_is_found_and_other_numbers_are_not(
    statement: str, near_miss: str
) -> None:
    assert "personal_info.age" in codes(statement, "cv")
    assert "personal_info.age" not in codes(near_miss, "cv")


@pytest.mark.parametrize(
    ("statement", "near_miss"),
    [
        ("ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ਼ 04/09/1971 ਹੈ।", "ਮੈਂ ਮਰੀਜ਼ਾਂ ਦੀ ਜਨਮ ਤਾਰੀਖ਼ ਸਿਸਟਮ ਵਿੱਚ ਚੈੱਕ ਕਰਦੀ ਸੀ।"),  # mine / checking patients'
        ("تاريخ الميلاد: 17.05.1983", "كنت أتحقق من تاريخ الميلاد لكل مريض."),
        ("Data urodzenia: 2-11-1990.", "Sprawdzałam datę urodzenia każdego pacjenta."),
        # "I was born on 14 May 1986" / "my son was born on 3 March 2015"
        ("Urodziłam się 14 maja 1986 w Gdańsku.", "Mój syn urodził się 3 marca 2015 w Ealing."),
        ("Nasci em 3 de março de 1990, em Braga.", "A minha filha nasceu em 3 de março de 2012."),
        ("M-am născut pe 3 martie 1990 la Iași.", "Fiul meu s-a născut pe 3 martie 2015."),
        ("Sunt născută pe 21.07.1988 și locuiesc în Hayes.", "Fiica mea este născută pe 2.05.2016."),
        # a month's name of ten or twelve letters
        ("Sunt născută pe 23 septembrie 1989.", "Fiica mea este născută pe 14 septembrie 2016."),
        ("Sunt născută la 22 mai 1990 și locuiesc în Harrow.", "Fiul meu este născut la 22 mai 2015."),
        ("Urodziłam się 3 października 1985 w Łodzi.", "Mój syn urodził się 3 października 2015 w Ealing."),
        ("ولدت في 3 مارس 1985 في حلب.", "ولد ابني في 3 مارس 2015."),
        # in Arabic-Indic digits, "born on" as on a form: "I was born on 14 March 1991 in Homs"
        ("أنا من مواليد ١٤ آذار ١٩٩١ في حمص.", "ولد ابني في ١٤ آذار ٢٠١٥."),
        ("জন্ম তারিখ: ১২/০৩/১৯৮৫", "আমি রোগীদের জন্ম তারিখ মিলিয়ে দেখতাম।"),  # Bengali digits / checking patients'
        ("Nací el 14 de mayo de 1991 en Quito.", "Mi hijo nació el 2 de abril de 2016."),
        ("Sono nata il 9 ottobre 1987 a Napoli.", "Mia figlia è nata il 9 ottobre 2014."),
        # the verb after the date: "I was born on 7 June 1984" / "my son was born in 2019"
        ("நான் 7 ஜூன் 1984 அன்று பிறந்தேன்.", "என் மகன் 2019 இல் பிறந்தான்."),
        ("میں 3 مارچ 1990 کو لاہور میں پیدا ہوئی۔", "میرا بیٹا 2015 میں پیدا ہوا۔"),
        # Farsi "born" before the date, in the Iranian calendar: "I was born on 28 Shahrivar 1368" / "born in Tehran"
        ("من متولد ۲۸ شهریور ۱۳۶۸ هستم.", "من متولد تهران هستم و ۱۲ سال منشی بودم."),
        ("متولدم ۱۳۶۸/۰۶/۲۸ و در اکتن زندگی می‌کنم.", "بیمارانی که متولد ۱۳۴۰ هستند نامه می‌گیرند."),
    ],
)
def test_a_date_of_birth_written_in_another_language_is_found_and_the_phrase_alone_is_not(
    statement: str, near_miss: str
) -> None:
    assert "personal_info.date_of_birth" in codes(statement, "cv")
    assert "personal_info.date_of_birth" not in codes(near_miss, "cv")


@pytest.mark.parametrize(
    "statement",
    [
        "شماره تلفن من ۰۷۷۰۰ ۹۰۰۳۵۸ است.",  # Farsi: my phone number is ... (Persian digits)
        "رقم هاتفي ٠٧٧٠٠ ٩٠٠١٢٣ في أي وقت.",  # Arabic: my phone number is ... (Arabic-Indic digits)
        "আমার ফোন নম্বর ০৭৭০০ ৯০০৪৫৬।",  # Bengali digits
    ],
)
def test_a_phone_number_in_another_scripts_digits_is_found(statement: str) -> None:
    assert "personal_info.phone" in codes(statement, "statement")


def test_contact_details_in_a_cv_are_expected() -> None:
    text = "Amina Yusuf, 12 Harrow Road, HA1 3UJ, amina@example.com, 07700 900123. " + STORY
    found = codes(text, "cv", name="Amina Yusuf")
    assert not [code for code in found if code.split(".")[-1] in ("email", "phone", "postcode", "address", "name")]


def test_box_limit_applies_per_criterion_section() -> None:
    answer = STORY * 20  # about 5,600 characters
    text = f"{TEAM.text}\n{answer}\n{COMMS.text}\n{STORY}"
    report = check_text(text, "statement", criteria=[TEAM, COMMS])
    over = [f for f in report.findings if f.code == "length.over_limit"]
    assert len(over) == 1 and over[0].span == (0, len(TEAM.text) + len(answer) + 2)
    assert "length.over_limit" not in check_text(STORY, "statement", criteria=[TEAM]).codes()


def test_characters_count_graphemes() -> None:
    emoji_family = "👩‍👩‍👧"  # one character to a reader, five code points
    report = check_text(emoji_family * 10, "statement")
    assert report.stats.characters == 10
    tamil = "நன்றி"  # thank you: 3 characters as read
    assert check_text(tamil, "statement", language="ta").stats.characters == 3


def test_reading_age_is_grade_plus_five() -> None:
    report = check_text(STORY, "statement")
    assert report.stats.reading_age is not None and 5 <= report.stats.reading_age <= 12


def test_paraphrase_and_word_forms_evidence_a_criterion() -> None:
    text = "I communicated with families every day. When a father was angry I explained the rules and he calmed down."
    report = check_text(text, "statement", criteria=[COMMS])
    row = report.criteria[0]
    assert row.covered and "I communicated with families every day." in row.evidence
    looked_after = check_text("I looked after my nan for two years.", "statement", criteria=["Experience of caring"])
    assert looked_after.criteria[0].covered


def test_vacancy_criteria_and_messages_are_filled_in() -> None:
    vacancy = Vacancy(essential=[TEAM.text], desirable=[HOSPITAL.text])
    report = check_text("I like music.", "statement", criteria=vacancy)
    missing = next(f for f in report.findings if f.code == "criteria.missing")
    assert missing.text.endswith(TEAM.text) and "%(" in missing.message
    assert [row.level for row in report.criteria] == ["essential", "desirable"]
    assert report.findings[0].severity == "error"


def _docx_report(document, **kwargs: object) -> list[str]:  # noqa: ANN001
    return check_file(docx_bytes(document), "statement", **kwargs).codes()  # type: ignore[arg-type]


def _plain_statement():  # noqa: ANN202
    document = blank_docx()
    document.add_heading("Working as part of a team", level=2)
    document.add_paragraph(STORY)
    return document


def test_docx_clean_file_has_no_docx_findings() -> None:
    assert not [code for code in _docx_report(_plain_statement()) if code.startswith("docx.")]


@pytest.mark.parametrize(
    ("code", "change"),
    [
        ("docx.tracked_changes", lambda d: tracked_change(d.paragraphs[-1], " I also trained new staff.")),
        ("docx.comments", lambda d: d.add_comment(d.paragraphs[-1].runs, text="Check this", author="Tutor")),
        ("docx.hidden_text", lambda d: setattr(d.add_paragraph().add_run("secret note").font, "hidden", True)),
        ("docx.author_metadata", lambda d: setattr(d.core_properties, "author", "Amina Yusuf")),
        ("docx.small_font", lambda d: setattr(d.add_paragraph().add_run("I also volunteer at a food bank.").font, "size", 8 * 12700)),  # noqa: E501
        ("docx.image_no_alt", lambda d: d.add_picture(__import__("io").BytesIO(tiny_png()))),
    ],
)  # fmt: skip
def test_docx_codes(code: str, change) -> None:  # noqa: ANN001
    document = _plain_statement()
    change(document)
    assert code in _docx_report(document)


def test_docx_no_headings() -> None:
    document = blank_docx()
    for _ in range(4):
        document.add_paragraph(STORY)
    assert "docx.no_headings" in _docx_report(document)
    document.add_heading("Team work", level=2)
    assert "docx.no_headings" not in _docx_report(document)


def test_docx_image_with_alt_text_passes() -> None:
    document = _plain_statement()
    document.add_picture(__import__("io").BytesIO(tiny_png()))
    document.inline_shapes[0]._inline.docPr.set("descr", "A photo of me at the food bank")
    assert "docx.image_no_alt" not in _docx_report(document)


def test_date_of_birth_needs_a_date_and_near_misses_are_not_personal_details() -> None:
    near_misses = (
        "I checked each patient's name and date of birth on their wristband before every test. "
        "In 2019 I looked after 30 patients a day on a ward kept at 21 degrees, and I passed maths at grade 5. "
        "When I joined the agency I showed my passport, which has my date of birth on it. "
        "My son was born in the spring, on the ninth of May. " + STORY
    )
    assert not [code for code in codes(near_misses, "statement") if code.startswith("personal_info.")]
    for planted in (
        "My date of birth is 3 May 1979.",
        "DOB: 03/05/1979.",
        "I was born on the 3rd of May 1979.",
        "I was born on the twenty-third of May 1979.",  # the day in words
        "I was born on the ninth of July nineteen eighty-one.",  # the year in words too
        "I was born on the 2nd of March two thousand and two.",
    ):
        assert "personal_info.date_of_birth" in codes(planted + " " + STORY, "statement"), planted


def test_a_birth_year_is_the_writers_own_not_their_childs() -> None:
    assert "personal_info.date_of_birth" in codes("I was born in 1990 in Lagos. " + STORY, "cv")
    assert "personal_info.date_of_birth" not in codes("After my son was born in 2021 I worked nights. " + STORY, "cv")
    assert "personal_info.date_of_birth" not in codes("My daughter was born on 3 May 2019. " + STORY, "cv")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My name is Amina Okafor and I live in Acton.", "Amina Okafor"),
        ("Nazywam się Katarzyna Nowak i mieszkam w Hayes.", "Katarzyna Nowak"),
        ("Mă numesc Ana Popescu și locuiesc în Harrow.", "Ana Popescu"),
        ("Chamo-me João Ferreira e moro em Southall.", "João Ferreira"),
        ("Magacaygu waa Hodan Ali, waxaan ku noolahay Southall.", "Hodan Ali"),
        ("مرحباً، اسمي يوسف حداد، وأنا من حلب.", "يوسف حداد"),
        ("سلام. اسم من سارا احمدی است و در اکتون زندگی می‌کنم.", "سارا احمدی"),
        ("السلام علیکم، میرا نام طارق محمود ہے اور میں ساؤتھال میں رہتا ہوں۔", "طارق محمود"),
        ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹੈ।", "ਹਰਪ੍ਰੀਤ ਕੌਰ"),
        ("નમસ્તે. મારું નામ પ્રિયા પટેલ છે.", "પ્રિયા પટેલ"),
        ("வணக்கம். என் பெயர் ராஜா குமார்.", "ராஜா குமார்"),
    ],
)
def test_my_name_is_in_each_site_language_is_the_residents_name(text: str, name: str) -> None:
    report = check_text(text + " " + STORY, "statement")
    found = [report.text[f.span[0] : f.span[1]] for f in report.findings if f.code == "personal_info.name"]
    assert found == [name]


def test_my_name_on_the_list_is_no_name() -> None:
    assert "personal_info.name" not in codes("I checked that my name is on the rota each week. " + STORY)


def test_saying_my_name_to_someone_in_arabic_is_no_name() -> None:
    # "I learnt to knock and say my name and her daughter's name"
    assert "personal_info.name" not in codes("تعلّمت أن أطرق الباب وأقول اسمي واسم ابنتها، وأن أجلس معها. " + STORY)


@pytest.mark.parametrize(
    "text",
    [
        # Urdu: "after the examination my name is written in the record"
        "معائنے کے بعد ریکارڈ میں میرا نام لکھا جاتا ہے۔",
        # Farsi: "my name is recorded in the book"
        "در دفتر نام من ثبت شده است.",
        # Punjabi: "my name is written on the rota"
        "ਰੋਟਾ ਉੱਤੇ ਮੇਰਾ ਨਾਮ ਲਿਖਿਆ ਜਾਂਦਾ ਹੈ।",
        # Gujarati: "for the course at the college I have had my name put down" (a verb with a virama in it)
        "કોલેજના કોર્સ માટે મેં મારું નામ લખાવ્યું છે.",
    ],
)
def test_my_name_being_written_down_is_no_name(text: str) -> None:
    assert "personal_info.name" not in codes(text + " " + STORY)


@pytest.mark.parametrize(
    "text",
    [
        # Punjabi: "I passed it in 2024, and my name is on the register"
        "ਮੈਂ ਇਹ 2024 ਵਿੱਚ ਪਾਸ ਕੀਤਾ ਸੀ, ਅਤੇ ਮੇਰਾ ਨਾਮ ਰਜਿਸਟਰ ਉੱਤੇ ਹੈ।",
        # Urdu: "my name is on the list"
        "میرا نام لسٹ میں ہے۔",
        # Farsi: "my name is on the list"
        "نام من در فهرست است.",
        # Gujarati: "my name is on the list"
        "મારું નામ યાદી પર છે.",
    ],
)
def test_my_name_on_a_list_in_other_languages_is_no_name(text: str) -> None:
    assert "personal_info.name" not in codes(text + " " + STORY)


@pytest.mark.parametrize(
    "text",
    [
        # Urdu: "my manager has put my name forward for the course"
        "میرے مینیجر نے کورس کے لیے میرا نام دے دیا ہے۔",
        # Panjabi: "my manager has put my name forward for the course"
        "ਮੇਰੇ ਮੈਨੇਜਰ ਨੇ ਕੋਰਸ ਲਈ ਮੇਰਾ ਨਾਮ ਦੇ ਦਿੱਤਾ ਹੈ।",
    ],
)
def test_my_name_put_forward_in_other_languages_is_no_name(text: str) -> None:
    assert "personal_info.name" not in codes(text + " " + STORY)


def test_my_name_is_still_read_in_urdu() -> None:
    assert "personal_info.name" in codes("میرا نام عائشہ خان ہے۔ " + STORY)


def test_an_ni_number_with_a_prefix_hmrc_never_issues_is_still_kept_private() -> None:
    assert "personal_info.ni_number" in codes("My NI number is QQ 12 34 56 C. " + STORY)


@pytest.mark.parametrize(
    ("text", "account", "name"),
    [
        ("مرحباً، أنا يوسف حداد من حلب وأعمل في مطبخ.", "Yousef Haddad", "يوسف حداد"),
        ("من سارا احمدی هستم و در اکتون زندگی می‌کنم.", "Sara Ahmadi", "سارا احمدی"),
        ("میں طارق محمود ہوں اور ساؤتھال میں رہتا ہوں۔", "Tariq Mahmood", "طارق محمود"),
        ("ਮੈਂ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹਾਂ ਅਤੇ ਹੇਜ਼ ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ।", "Harpreet Kaur", "ਹਰਪ੍ਰੀਤ ਕੌਰ"),
        ("હું પ્રિયા પટેલ છું અને વેમ્બલીમાં રહું છું.", "Priya Patel", "પ્રિયા પટેલ"),
    ],
)
def test_the_account_name_written_in_the_statements_own_script_is_found(text: str, account: str, name: str) -> None:
    report = check_text(text + " " + STORY, "statement", name=account)
    found = [report.text[f.span[0] : f.span[1]] for f in report.findings if f.code == "personal_info.name"]
    assert found == [name]


def test_a_given_name_alone_or_other_words_in_another_script_are_not_the_name() -> None:
    # "Sara" alone, and words that share only some of the name's sounds, are not the resident's full name.
    text = "سارا در مطبخ کار می‌کرد. احمد همکار من بود. " + STORY
    assert "personal_info.name" not in codes(text, name="Sara Ahmadi")


@pytest.mark.parametrize(
    ("statement", "phone"),
    [
        ("My DBS certificate number is 001764829351 if you need it.", False),
        ("The order reference 02081234567 was on the delivery note.", False),
        ("You can call me on 020 8123 4567 in the evenings.", True),
        ("My number is 07700 900123.", True),
    ],
)
def test_a_number_labelled_as_a_certificate_or_reference_is_no_phone(statement: str, phone: bool) -> None:
    assert ("personal_info.phone" in codes(statement, "statement")) is phone


@pytest.mark.parametrize(
    "statement",
    [
        "میری تاریخ پیدائش 3 مارچ 1987 ہے۔",  # Urdu: my date of birth is 3 March 1987
        "મારો જન્મ ૧૨ માર્ચ ૧૯૮૬ના રોજ અમદાવાદમાં થયો હતો.",  # Gujarati: I was born on 12 March 1986 in Ahmedabad
    ],
)
def test_a_date_of_birth_with_the_month_in_words_after_my_birth_or_date_of_birth_is_found(statement: str) -> None:
    assert "personal_info.date_of_birth" in codes(statement, "cv")
    # a date in words that is not the writer's birth (I started the job on 12 March 1986)
    assert "personal_info.date_of_birth" not in codes("મેં ૧૨ માર્ચ ૧૯૮૬ના રોજ નોકરી શરૂ કરી.", "cv")
