"""Criteria coverage: wizard answers judged under their own criterion; free text in English by words and
meaning; other languages said plainly to be not judged."""

from __future__ import annotations

from applications.checks import Criterion, check_answers, check_text
from applications.checks.matching import nearest_passage

TEAM = Criterion("Ability to work as part of a team")
PHONE = Criterion("Polite and calm manner on the telephone")
KITCHEN = Criterion("Experience of working in a kitchen or food service")
HYGIENE = Criterion("Level 2 Food Hygiene certificate", "desirable")

TEAM_ANSWER = (
    "On a weekend when two carers were off sick, I agreed with my coordinator and another carer to split "
    "the extra visits between us, and nobody missed a visit."
)
PHONE_ANSWER = (
    "When a caller shouted at me because his prescription was late, I kept my voice low, let him finish, "
    "said sorry and rang him back before 5 pm, as I had promised."
)


def _row(report, criterion: Criterion):  # noqa: ANN001, ANN202
    return next(row for row in report.criteria if row.text == criterion.text)


def test_a_wizard_answer_counts_for_its_own_criterion_and_the_heading_is_never_evidence() -> None:
    report = check_answers([(TEAM, TEAM_ANSWER), (PHONE, PHONE_ANSWER), (KITCHEN, "")])
    assert [row.status for row in report.criteria] == ["covered", "covered", "missing"]
    assert _row(report, TEAM).evidence == [TEAM_ANSWER]
    assert "structure.copied_criterion" not in report.codes()
    assert report.text.startswith(f"{TEAM.text}\n{TEAM_ANSWER}\n\n{PHONE.text}\n")


def test_an_address_in_a_criterion_heading_is_not_the_residents_but_one_in_an_answer_is() -> None:
    office = Criterion("Able to work from the 15 Marylebone Road office two days a week")
    report = check_answers([(office, "I live near Paddington, so the office is a short bus ride for me."), (TEAM, "")])
    assert "personal_info.address" not in report.codes()
    answer = "I live at 12 Praed Street, so the office is a short bus ride for me."
    found = [f for f in check_answers([(office, answer)]).findings if f.code == "personal_info.address"]
    assert [answer[f.span[0] - len(office.text) - 1 : f.span[1] - len(office.text) - 1] for f in found] == [
        "12 Praed Street"
    ]


def test_a_wizard_answer_that_repeats_the_criterion_is_copied_and_not_covered() -> None:
    report = check_answers([(TEAM, "Ability to work as part of a team."), (PHONE, PHONE_ANSWER)])
    assert _row(report, TEAM).status == "missing"
    copied = [f for f in report.findings if f.code == "structure.copied_criterion"]
    assert len(copied) == 1
    start, end = copied[0].span
    assert report.text[start:end] == "Ability to work as part of a team."
    assert start > len(TEAM.text)  # the answer, not the heading above it


def test_a_short_or_unrelated_wizard_answer_is_not_covered() -> None:
    unrelated = "Last summer I organised a football match for twenty children in the park, and I kept the score."
    report = check_answers([(KITCHEN, "Yes."), (Criterion("Experience of using EMIS or SystmOne"), unrelated)])
    assert [row.status for row in report.criteria] == ["missing", "missing"]
    assert {"criteria.weak", "criteria.off_topic"} <= set(report.codes())


def test_arabic_wizard_answers_are_covered_by_structure() -> None:
    kitchen = "عملت لمدة سنتين في مطبخ مطعم في إيلينغ. كنت أحضّر الخضار وأغسل الأطباق وأساعد الطاهي في تقديم الوجبات."
    service = "عندما اشتكى زبون من أن طعامه بارد، اعتذرت له بهدوء وأخذت الطبق وأحضرت له طبقاً ساخناً بسرعة فشكرني."
    report = check_answers([(KITCHEN, kitchen), (PHONE, service), (HYGIENE, "")], language="ar")
    assert [row.status for row in report.criteria] == ["covered", "covered", "missing"]
    assert "structure.copied_criterion" not in report.codes()


def test_free_text_in_english_matches_paraphrase() -> None:
    text = f"{TEAM_ANSWER}\n\nI worked for two years in a restaurant kitchen, preparing vegetables for the chef."
    report = check_text(text, "statement", [TEAM, KITCHEN, PHONE, HYGIENE])
    assert [row.status for row in report.criteria] == ["covered", "covered", "missing", "missing"]
    assert _row(report, TEAM).evidence == [TEAM_ANSWER]


def test_caring_for_a_parent_at_home_is_not_hospital_work() -> None:
    report = check_text(
        "I care for my mother at home. I help her wash and dress each morning before I go to college.",
        "statement",
        [Criterion("Experience of working in a hospital"), TEAM, PHONE],
    )
    assert report.criteria[0].status == "missing"


def test_free_text_in_another_language_is_not_judged_never_not_yet() -> None:
    tamil = "நான் கடந்த ஆண்டு ஒரு இரத்த மாதிரி எடுக்கும் பயிற்சியை முடித்தேன். பயந்த ஒரு முதியவரிடம் மெதுவாகப் பேசினேன்."
    report = check_text(tamil, "statement", [TEAM, PHONE], language="ta")
    assert [row.status for row in report.criteria] == ["not_judged", "not_judged"]
    assert "criteria.missing" not in report.codes()
    assert "criteria.not_judged" in report.codes()
    # A text in another script is not judged even when the language guess says English.
    assert check_text(tamil, "statement", [TEAM], language="en").criteria[0].status == "not_judged"


TILL = Criterion("Experience of working on a till and handling cash")
KIOSK = (
    "For six years I ran the newspaper kiosk at Harrow bus station by myself, selling sweets and top-up cards, "
    "and I balanced the float to the penny every night."
)


def test_a_passage_the_resident_points_to_is_judged_as_that_criterions_answer() -> None:
    text = f"{KIOSK}\n\nMy neighbour says I am a good listener."
    assert check_text(text, "statement", [TILL, PHONE, KITCHEN]).criteria[0].status == "missing"
    pointed = [
        Criterion(TILL.text, passage=KIOSK),
        Criterion(PHONE.text, passage="My neighbour says I am a good listener."),
    ]
    report = check_text(text, "statement", [*pointed, KITCHEN])
    assert [row.status for row in report.criteria] == ["covered", "missing", "missing"]
    assert report.criteria[0].evidence == [KIOSK]
    short = [f for f in report.findings if f.code == "criteria.passage_short"]
    assert [f.params["criterion"] for f in short] == [PHONE.text]
    assert text[slice(*short[0].span)] == "My neighbour says I am a good listener."
    assert not any(f.params.get("criterion") == TILL.text for f in report.findings)
    # A passage the text no longer holds is forgotten: the criterion is matched as before.
    gone = check_text("I like people and I am kind.", "statement", [*pointed, KITCHEN])
    assert [row.status for row in gone.criteria] == ["missing", "missing", "missing"]


def test_the_part_offered_as_a_suggestion_is_the_residents_own_story_nearest_the_criterion() -> None:
    lifting = "I unloaded the delivery van every Monday and stacked the crates in the back room."
    heard = "My neighbour says I am a good listener."
    parts = [KIOSK, lifting, heard]
    assert nearest_passage(TILL.text, parts) == 0
    assert nearest_passage("Able to lift and move heavy boxes", parts) == 1
    # What someone else says of the resident is not their story, however near it comes.
    assert nearest_passage("Good telephone manner", parts) is None
    assert nearest_passage("Able to use Microsoft Excel", parts) is None, "nothing comes near"
    arabic = "عملت ست سنوات وحدي في كشك للصحف في محطة الحافلات، وكنت أعد النقود في الصندوق كل ليلة."
    assert nearest_passage(TILL.text, [arabic], language="ar") is None, "English only, like the matching"


def test_a_passage_pointed_to_in_another_language_is_judged_by_structure() -> None:
    kitchen = "عملت لمدة سنتين في مطبخ مطعم في إيلينغ. كنت أحضّر الخضار وأغسل الأطباق وأساعد الطاهي في تقديم الوجبات."
    text = f"{kitchen}\n\nأحب العمل مع الناس."
    report = check_text(text, "statement", [TEAM, Criterion(KITCHEN.text, passage=kitchen)], language="ar")
    assert [row.status for row in report.criteria] == ["not_judged", "covered"]
    assert "criteria.not_judged" in report.codes()
    every = check_text(text, "statement", [Criterion(KITCHEN.text, passage=kitchen)], language="ar")
    assert "criteria.not_judged" not in every.codes(), "nothing is left unjudged"


def test_contact_details_add_nothing_to_a_wizard_answer() -> None:
    nights = Criterion("Able to work shifts, including nights and weekends")
    answer = "بله. ایمیل من sara.ahmadi@example.com و شماره‌ام +44 7700 900645 است."  # "Yes. My email is ..."
    report = check_answers([(nights, answer)], language="fa")
    assert report.criteria[0].status == "missing"
    assert "criteria.weak" in report.codes()


def test_a_polish_answer_that_says_i_was_not_one_is_not_yet() -> None:
    team = Criterion("Experience of supervising or leading a small team")
    answer = "Nie byłam kierowniczką. Kiedy koleżanka była chora, pokazałam nowej dziewczynie, co ma robić na piętrze."
    report = check_answers([(team, answer)], language="pl")
    assert report.criteria[0].status == "missing"


def test_a_somali_answer_that_says_no_is_not_yet() -> None:
    # Read as Turkish before Somali was told by its own small words, so the "never" went unseen.
    hospital = Criterion("Experience of working in a hospital or GP surgery")
    answer = "Maya, weligay kama shaqayn isbitaal. Walaashay oo 30 jir ah ayaa ka shaqeysa rugta dhakhtarka Wembley."
    report = check_answers([(hospital, answer)], language="so")
    assert report.criteria[0].status == "missing"
    assert "criteria.not_yet" in report.codes()


def test_a_level_below_the_one_asked_is_not_evidence_in_any_language() -> None:
    gcse = Criterion("GCSE English and maths at grade 4/C or above, or equivalent")
    # "Last year I passed the adults' English exam at Entry 3, and in September I start Level 1 at college."
    polish = (
        "W zeszłym roku zdałam egzamin z angielskiego dla dorosłych, poziom Entry 3, a we wrześniu zaczynam Level 1."
    )
    # "I passed the Level 2 Functional Skills in English and in maths at Ealing college in 2023."
    portuguese = (
        "Passei no Functional Skills Level 2 em inglês e em matemática na faculdade de Ealing em 2023, com boas notas."
    )
    assert check_answers([(gcse, polish)], language="pl").criteria[0].status == "missing"
    assert check_answers([(gcse, portuguese)], language="pt").criteria[0].status == "covered"
    english = "I passed ESOL Entry 3 at Harrow College last summer and my teacher said my writing is clear."
    assert check_answers([(gcse, english)]).criteria[0].status == "missing"


def test_an_esol_entry_level_is_below_good_english_but_meets_basic_english() -> None:
    good = Criterion("Good spoken and written English, enough to keep clear records")
    basic = Criterion("Basic English and maths to give the right change")
    # "I speak English every day at the shop; this summer I passed ESOL Entry 3 at Southall college."
    punjabi = "ਮੈਂ ਦੁਕਾਨ 'ਤੇ ਹਰ ਰੋਜ਼ ਅੰਗਰੇਜ਼ੀ ਬੋਲਦੀ ਹਾਂ; ਇਸ ਗਰਮੀ ਮੈਂ ਸਾਊਥਾਲ ਕਾਲਜ ਵਿੱਚ ESOL Entry 3 ਪਾਸ ਕੀਤਾ।"
    assert check_answers([(good, punjabi)], language="pa").criteria[0].status == "missing"
    assert check_answers([(basic, punjabi)], language="pa").criteria[0].status == "covered"
    level_two = "ਮੈਂ ਦੁਕਾਨ 'ਤੇ ਹਰ ਰੋਜ਼ ਅੰਗਰੇਜ਼ੀ ਬੋਲਦੀ ਹਾਂ; ਇਸ ਗਰਮੀ ਮੈਂ ਸਾਊਥਾਲ ਕਾਲਜ ਵਿੱਚ ESOL Level 2 ਪਾਸ ਕੀਤਾ।"
    assert check_answers([(good, level_two)], language="pa").criteria[0].status == "covered"


def test_a_short_answer_naming_the_languages_one_speaks_is_enough() -> None:
    languages = Criterion("Speaks a community language used in Ealing, such as Punjabi, Somali or Arabic")
    assert check_answers([(languages, "I speak Urdu, Punjabi and a little Pashto.")]).criteria[0].status == "covered"
    arabic = "العربية لغتي الأم، وأتكلم الكردية أيضاً."  # Arabic is my mother tongue, and I speak Kurdish too
    assert check_answers([(languages, arabic)], language="ar").criteria[0].status == "covered"
    assert check_answers([(TEAM, "I work well with others.")]).criteria[0].status == "missing"


def test_a_level_in_another_languages_words_is_compared_with_the_level_asked() -> None:
    gcse = Criterion("GCSE English and maths at grade 4/C or above, or Functional Skills Level 2")
    # "I learned English here; I have the ESOL certificate at level 1 from 2025."
    romanian = "Engleza am învățat-o aici în Anglia și am certificatul ESOL de nivelul 1 din 2025, de la colegiu."
    assert check_answers([(gcse, romanian)], language="ro").criteria[0].status == "missing"


def test_a_patients_stay_on_a_ward_or_a_degree_held() -> None:
    ward = Criterion("Experience of working on a hospital ward")
    answer = "My husband is a porter at St Mary's. I was also a patient on a ward after my operation in 2023."
    assert check_answers([(ward, answer)]).criteria[0].status == "missing"
    a_level = Criterion("Educated to A-level standard, or able to show equivalent experience")
    degree = "I graduated from Brunel University London in 2025 with a 2:1 in Computer Science."
    assert check_answers([(a_level, degree)]).criteria[0].status == "covered"


def test_a_wizard_answer_in_other_words_is_on_the_point() -> None:
    # No word of the criterion's; the transformer sees the paraphrase the static embeddings miss.
    minutes = Criterion("Able to take accurate minutes")
    answer = (
        "At each committee meeting I write down who attended, what was decided and who is doing what, and I send "
        "the write-up to everyone within a week."
    )
    report = check_answers([(minutes, answer), (TEAM, TEAM_ANSWER)])
    assert _row(report, minutes).status == "covered"
    assert "criteria.off_topic" not in report.codes()


def test_a_wizard_answer_written_as_notes_is_the_writers_own() -> None:
    stores = Criterion("Experience of working in a warehouse or stores")
    report = check_answers([(stores, "3 years picking and packing orders at a parcel depot in Park Royal, on nights.")])
    assert _row(report, stores).status == "covered"


def test_a_wizard_answer_telling_what_the_writer_does_is_an_example() -> None:
    stock = Criterion("Experience of keeping stock records")
    answer = "I keep the stock sheets for the charity shop and I order new bags and price labels from the supplier."
    report = check_answers([(stock, answer)])
    assert _row(report, stock).status == "covered"


def test_what_the_writer_does_not_do_or_does_a_little_is_not_an_example() -> None:
    computer = Criterion("Confident using a computer and typing accurately")
    deadlines = Criterion("Able to meet deadlines")
    report = check_answers(
        [
            (computer, "I mostly use my phone for everything and I type slowly on a keyboard at the library."),
            (deadlines, "I work well with pressure on me and I never miss any deadline at all."),
        ]
    )
    assert [row.status for row in report.criteria] == ["missing", "missing"]


def test_a_lack_naming_more_of_the_criterion_outweighs_a_near_miss() -> None:
    system = Criterion("Experience of using a GP clinical system such as EMIS")
    answer = "At the hotel I used the Opera booking system every day. I have not used a GP clinical system yet."
    report = check_answers([(system, answer)])
    assert _row(report, system).status == "missing"
    assert "criteria.not_yet" in report.codes()


def test_the_writers_age_is_not_the_something_specific_an_example_needs() -> None:
    kind = Criterion("Able to reassure anxious patients")
    report = check_answers([(kind, "I am a kind and patient person and people trust me. I am 22 years old.")])
    assert _row(report, kind).status == "missing"


def test_watching_someone_else_do_the_work_is_not_experience_of_it() -> None:
    dressings = Criterion("Experience of changing simple wound dressings")
    answer = "Last spring I watched the district nurse change the dressing on my dad's leg every other day."
    report = check_answers([(dressings, answer)])
    assert _row(report, dressings).status == "missing"


def test_a_level_below_the_one_asked_counts_over_a_whole_answer_in_another_language() -> None:
    gcse = Criterion("GCSE English and maths at grade 4 or above")
    answer = (
        "Am terminat școala generală în Craiova în 2009 și apoi am lucrat opt ani într-un magazin de haine. "
        "Aici, la colegiu, am trecut examenul ESOL Entry 3."
    )
    report = check_answers([(gcse, answer)], language="ro")
    assert _row(report, gcse).status == "missing"


CARE_SETTING = Criterion("Experience of working in a hospital, care home or other care setting")


def test_caring_for_a_relative_at_home_is_not_work_in_a_care_setting() -> None:
    answers = [
        "I look after my mum at home. She is 84 and has heart failure, so I do her meals and her tablets at night.",
        "For two years I have helped look after my grandad at home after his hip operation, washing and dressing him.",
    ]
    for answer in answers:
        assert _row(check_answers([(CARE_SETTING, answer)]), CARE_SETTING).status == "missing", answer


def test_caring_for_a_relative_at_home_in_other_languages_is_not_work_in_a_care_setting() -> None:
    answers = {
        "ar": "اعتنيت بوالدي في البيت سنتين بعد الجلطة، كنت أحمّمه وأطعمه وأعطيه أدويته كل يوم.",
        "pa": "ਮੈਂ ਤਿੰਨ ਸਾਲ ਘਰ ਵਿੱਚ ਆਪਣੀ ਬਿਮਾਰ ਸੱਸ ਦੀ ਦੇਖਭਾਲ ਕੀਤੀ, ਨਹਾਉਣਾ, ਕੱਪੜੇ ਬਦਲਣੇ ਅਤੇ ਦਵਾਈ ਦੇਣੀ।",
        "bn": "আমি তিন বছর ধরে বাসায় আমার শাশুড়ির দেখাশোনা করি, তাঁকে গোসল করাই আর ওষুধ দিই।",
        "pl": "Przez dwa lata opiekowałam się w domu moją babcią po udarze, myłam ją i podawałam leki.",
    }
    for language, answer in answers.items():
        report = check_answers([(CARE_SETTING, answer)], language=language)
        assert _row(report, CARE_SETTING).status == "missing", language


def test_a_relatives_story_at_home_goes_on_in_the_next_sentences_in_other_languages() -> None:
    answers = {
        # "My father has dementia. For six years I have cared for him at home, reminding him of his tablets."
        "gu": "મારા પપ્પાને ડિમેન્શિયા છે. છ વર્ષથી હું ઘરે તેમની સંભાળ રાખું છું અને દવા યાદ કરાવું છું.",
        # "I look after my mother at home. She is 80. I wash her and give her food."
        "bn": "আমি বাসায় আমার মায়ের দেখাশোনা করি। উনার বয়স ৮০। আমি উনাকে গোসল করাই আর খাবার দিই।",
        # "My father-in-law lives with us. Every day I help him walk and take his medicines."
        "fa": "پدرشوهرم با ما زندگی می‌کند. هر روز به او کمک می‌کنم راه برود و داروهایش را بخورد.",
    }
    for language, answer in answers.items():
        report = check_answers([(CARE_SETTING, answer)], language=language)
        assert _row(report, CARE_SETTING).status == "missing", language
    # "I look after my mother at home. Since 2021 I have worked in a care home in Harrow, washing residents."
    polish = "W domu opiekuję się mamą. Od 2021 roku pracuję w domu opieki w Harrow, myję i ubieram mieszkańców."
    assert _row(check_answers([(CARE_SETTING, polish)], language="pl"), CARE_SETTING).status == "covered"


def test_care_for_a_relative_counts_where_the_criterion_asks_for_care_paid_or_unpaid_or_beside_a_job() -> None:
    unpaid = Criterion("Experience of caring for someone, paid or unpaid")
    at_home = "For three years I have looked after my mum at home, washing her, cooking and giving her tablets."
    assert _row(check_answers([(unpaid, at_home)]), unpaid).status == "covered"
    with_job = f"{at_home} Since 2022 I have also worked nights as a carer at Fairview care home in Harrow."
    assert _row(check_answers([(CARE_SETTING, with_job)]), CARE_SETTING).status == "covered"
    at_work = "At the care home in Harrow where I work, I look after residents at home in their last years."
    assert _row(check_answers([(CARE_SETTING, at_work)]), CARE_SETTING).status == "covered"


def test_a_clean_record_of_steps_never_skipped_is_an_example_not_a_lack() -> None:
    checklist = Criterion("Able to follow clinical protocols and checklists precisely")
    answer = (
        "At reception we keep a red flag list for phone calls. If a caller mentions chest pain, I go through the "
        "list word for word and put the call through to the duty doctor. I've never skipped a step."
    )
    assert _row(check_answers([(checklist, answer)]), checklist).status == "covered"


def test_any_gcse_grade_meets_a_level_1_criterion_written_as_notes() -> None:
    level_1 = Criterion("Functional Skills Level 1 in English and maths, or equivalent")
    level_2 = Criterion("GCSE English and maths at grade 4 or above")
    notes = "GCSEs from Northolt High School in 2021: maths grade 4, English grade 3 and a 4 in science."
    report = check_answers([(level_1, notes), (level_2, notes)])
    assert (_row(report, level_1).status, _row(report, level_2).status) == ("covered", "missing")


def test_only_a_little_of_a_language_or_part_of_a_course_is_not_yet() -> None:
    language = Criterion("Fluent in a second language spoken in Brent")
    course = Criterion("Care Certificate or a Level 2 qualification in health and social care")
    answers = [
        (language, "I understand Yoruba because my parents speak it at home, but I only speak a little of it."),
        (course, "The surgery where I work started me on the Care Certificate, but I've only done about half so far."),
    ]
    report = check_answers(answers)
    assert [_row(report, criterion).status for criterion, _ in answers] == ["missing", "missing"]


def test_free_text_naming_what_a_role_teaches_without_the_teaching_does_not_evidence_it() -> None:
    teach = Criterion("Able to teach patients and carers simple skills, such as emptying a catheter bag")
    continence = Criterion("Experience of supporting people with incontinence")
    doing = "I have been a carer for 4 years. I change pads and empty catheter bags for the residents every shift."
    report = check_text(doing, "statement", [teach, continence])
    assert (_row(report, teach).status, _row(report, continence).status) == ("missing", "covered")
    showing = f"{doing} Last month I showed a new carer how to empty a catheter bag without spilling it."
    assert _row(check_text(showing, "statement", [teach, continence]), teach).status == "covered"


def test_a_qualification_being_retaken_is_not_held_yet() -> None:
    maths = Criterion("GCSE maths at grade 4/C or equivalent")
    answer = "I'm retaking maths at an evening class in Acton on Tuesdays, and the exam is in June."
    assert _row(check_answers([(maths, answer)]), maths).status == "missing"


def test_a_course_starting_later_is_not_held_and_an_arabic_not_yet_joined_to_its_and_is_a_lack() -> None:
    level_3 = Criterion("Level 3 qualification in health and social care or early years")
    starting = "I'm starting a level 3 health and social care course at college in September."
    assert _row(check_answers([(level_3, starting)]), level_3).status == "missing"
    skills = Criterion("Functional Skills Level 2 in English and maths, or GCSE grade 4 or above")
    # "I passed Functional Skills English (Level 2) in 2025; as for maths, I have not sat its exam yet"
    answer = (
        "نجحت في امتحان المهارات الوظيفية في اللغة الإنجليزية (المستوى الثاني) سنة ٢٠٢٥، "
        "أما الرياضيات فلم أقدّم امتحانها بعد."
    )
    assert _row(check_answers([(skills, answer)], language="ar"), skills).status == "missing"


def test_a_test_had_as_a_patient_and_the_care_certificate_in_another_language_are_not_evidence() -> None:
    tests = Criterion("Basic knowledge of common diagnostic tests such as ECG and spirometry")
    patient = "I know what an ECG is because I had one myself when I was pregnant, at Northwick Park."
    assert _row(check_answers([(tests, patient)]), tests).status == "missing"
    level = Criterion("Level 2 or Level 3 qualification in health and social care")
    # "I have the Care Certificate. I did it with the agency in 2023."
    answer = "Mam Care Certificate. Zrobiłam go z agencją w 2023 roku, w Hayes."
    assert _row(check_answers([(level, answer)], language="pl"), level).status == "missing"


def test_a_level_written_in_arabic_script_below_the_one_asked_is_not_enough() -> None:
    gcse = Criterion("GCSE English and maths at grade 4 or above")
    # "I passed the ESOL exam at the first level in 2024, at a college in Acton."
    answer = "نجحت في امتحان ESOL في المستوى الأول سنة ٢٠٢٤، في كلية في أكتون."
    assert _row(check_answers([(gcse, answer)], language="ar"), gcse).status == "missing"
    level_2 = Criterion("Functional Skills Level 2 in English, or equivalent")
    # "I passed Functional Skills English at the second level in 2025, at Ealing college."
    passed = "نجحت في امتحان المهارات الوظيفية في اللغة الإنجليزية، المستوى الثاني، سنة ٢٠٢٥ في كلية إيلينغ."
    assert _row(check_answers([(level_2, passed)], language="ar"), level_2).status == "covered"
