"""Wizard answers that say no, stop part way or offer less than asked, told in ways the rules missed until
held-back sets 123 to 126; a qualification named in another language in a few words; a Persian word written with
a zero-width non-joiner counted once. Sentences here are written for these tests, not taken from the evaluation
corpora."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, check_answers
from applications.checks.experience import Voice, voice
from applications.checks.text import words
from tests.unit.checks.builders import status_of


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # a bare "Not really." opening the answer, then what is near
        (
            "Experience of caring for people with pressure sores or wounds",
            "Not really. The nurses on the first floor look after anyone with a sore, and I work downstairs with the "
            "residents who are well.",
        ),
        (
            "Speaks Urdu or Punjabi",
            "I can say hello and count to ten in Urdu from my neighbours, but I couldn't really have a conversation "
            "with a patient.",
        ),
        (
            "Level 2 qualification in customer service",
            "I began the Level 2 certificate in customer service at Harrow College in 2023, but I'd only done three "
            "units when my shifts changed.",
        ),
        (
            "NVQ Level 3 in business administration",
            "I signed up for an evening NVQ in business admin at the college in Southall, and they closed the course "
            "after a month because too few people joined.",
        ),
        (
            "Speaks a second language used locally, such as Polish or Somali",
            "Only school French, I'm afraid. I can order a coffee and ask the way to the station.",
        ),
        ("Speaks a language used by local families, such as Tamil or Gujarati", "Only a bit of German from school."),
        (
            "AAT Level 2 or an equivalent bookkeeping qualification",
            "I started an AAT course in bookkeeping last year. After two months my hours at work went up, so I had to "
            "drop it.",
        ),
        (
            "Experience of using an electronic booking system",
            "At the dental surgery I booked every patient in for their check-ups. My employer didn't have a booking "
            "system on the computer, so we wrote each one in a big diary.",
        ),
        (
            "Experience of measuring patients for compression stockings",
            "At the care home the district nurse measured Mrs Patel's legs for new stockings and I wrote the sizes on "
            "the order form.",
        ),
        (
            "Experience of leading group activities",
            "Each Friday the practice nurse took a walking group round Gunnersbury Park, and I walked at the back with "
            "the slowest walkers while she led it.",
        ),
    ],
)
def test_a_no_a_course_stopped_part_way_or_a_missing_system_is_not_yet(criterion: str, answer: str) -> None:
    asked = Criterion(criterion)
    report = check_answers([(asked, answer)])
    assert status_of(report, asked) == "missing"
    assert "criteria.not_yet" in report.codes(), report.codes()


def test_fewer_evenings_a_week_than_asked_is_hours_ruled_out() -> None:
    asked = Criterion("Able to work until 8pm on three evenings a week")
    answer = (
        "I can stay until eight on two evenings a week, Monday and Wednesday, when my sister collects the children."
    )
    report = check_answers([(asked, answer)])
    assert status_of(report, asked) == "missing"
    assert "criteria.hours_ruled_out" in report.codes(), report.codes()


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # as many evenings as asked, or more
        (
            "Able to work until 8pm on two evenings a week",
            "I can stay until eight on two evenings a week, Tuesday and Thursday, as my husband is home then.",
        ),
        # a bare "No" to one question, then the evidence: only an opening "No." on its own says no
        (
            "Experience of working with people who have a learning disability",
            "For three years I supported Sam, a young man with Down's syndrome, at his day centre in Acton. I helped "
            "him plan his week with pictures, and no, he never missed his swimming again.",
        ),
    ],
)
def test_answers_that_meet_the_criterion_still_count(criterion: str, answer: str) -> None:
    asked = Criterion(criterion)
    assert status_of(check_answers([(asked, answer)]), asked) == "covered"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # I have a bachelor's degree in accounting from the University of Tabriz.
        ("A qualification in finance or business administration", "fa", "لیسانس حسابداری از دانشگاه تبریز دارم."),
        # I have had my baccalaureate diploma since 2015.
        ("Educated to A level standard or equivalent", "ro", "Am diplomă de bacalaureat din 2015."),
        # I have a degree in economics from Lahore.
        ("A degree or equivalent qualification", "ur", "میرے پاس لاہور سے معاشیات کی ڈگری ہے۔"),
    ],
)
def test_a_qualification_named_in_another_language_is_told_in_a_few_words(
    criterion: str, language: str, answer: str
) -> None:
    asked = Criterion(criterion)
    assert status_of(check_answers([(asked, answer)], language=language), asked) == "covered"


def test_a_persian_word_with_a_zero_width_non_joiner_is_one_word() -> None:
    assert words("کارهایم را به‌موقع تحویل می‌دهم") == ["کارهایم", "را", "به‌موقع", "تحویل", "می‌دهم"]


def test_a_persian_claim_is_not_made_long_by_its_joined_words() -> None:
    deadlines = Criterion("Able to manage several tasks at once and meet deadlines")
    # I am very careful and always hand in my work on time and without mistakes.
    answer = "من خیلی دقیق هستم و همیشه کارهایم را به‌موقع و بی‌اشتباه تحویل می‌دهم."
    assert status_of(check_answers([(deadlines, answer)], language="fa"), deadlines) == "missing"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # I have been doing the Level 3 Diploma since last year. Half of it is done.
        (
            "Level 3 Diploma in Health and Social Care",
            "pa",
            "ਮੈਂ ਪਿਛਲੇ ਸਾਲ ਤੋਂ Level 3 Diploma ਕਰ ਰਿਹਾ ਹਾਂ। ਅੱਧਾ ਹੋ ਗਿਆ ਹੈ।",
        ),
        # In people's homes only the nurse dresses the wounds; I get the patient ready.
        (
            "Experience of helping with wound dressings",
            "pa",
            "ਘਰਾਂ ਵਿੱਚ ਜ਼ਖਮਾਂ ਦੀ ਪੱਟੀ ਸਿਰਫ਼ ਨਰਸ ਕਰਦੀ ਹੈ, ਮੈਂ ਮਰੀਜ਼ ਨੂੰ ਤਿਆਰ ਕਰਦੀ ਹਾਂ।",
        ),
        # I started a Level 2 Diploma at college but had to leave it because of my job.
        (
            "Level 2 qualification in business administration",
            "ur",
            "میں نے کالج میں Level 2 Diploma شروع کیا تھا لیکن نوکری کی وجہ سے چھوڑنا پڑا۔",
        ),
        # From January I am starting the Level 3 course; my place is confirmed.
        (
            "Level 3 qualification in health and social care",
            "ur",
            "جنوری سے Level 3 کا کورس شروع کر رہا ہوں، داخلہ ہو چکا ہے۔",
        ),
        # I enrolled on a bookkeeping course, but after two months I found work and left it.
        (
            "AAT Level 2 or an equivalent bookkeeping qualification",
            "ro",
            "M-am înscris la un curs de contabilitate, dar după două luni am găsit de lucru și l-am lăsat.",
        ),
        # I can work Saturdays once a month, no more often.
        ("Able to work Saturdays one week in two", "ro", "Pot lucra sâmbăta o dată pe lună, nu mai des."),
        # At the centre, the nurse came to do the lady's dressing, and I brought the water and the towels.
        (
            "Experience of changing simple dressings",
            "ro",
            "La centru, asistenta a venit să-i facă pansamentul doamnei, iar eu am adus apa și prosoapele.",
        ),
        # I only learnt physics to the end of primary school.
        (
            "A-level or Level 3 qualification in a science subject",
            "pl",
            "Fizyki uczyłem się tylko do końca szkoły podstawowej, potem poszedłem do technikum gastronomicznego.",
        ),
        # Because of back pain I can lift only up to five kilos.
        ("Able to lift and move boxes weighing up to 20 kg", "ta", "முதுகு வலியால் ஐந்து கிலோ வரை மட்டுமே தூக்க முடியும்."),
        # At the hospital I stood and watched a nurse take an ECG.
        ("Experience of recording ECGs", "ta", "வைத்தியசாலையில் ஒரு தாதி ECG எடுப்பதை நின்று பார்த்தேன்."),
        # I have registered for the UK driving exam in June.
        ("A full UK driving licence", "ta", "UK ஓட்டுநர் பரீட்சைக்கு ஜூன் மாதம் பதிவு செய்துள்ளேன்."),
        # I am still learning English, and I only understand simple talk.
        ("Good spoken English", "ar", "ما زلت أتعلم الإنجليزية، وأفهم الكلام البسيط فقط."),
        # The hard calls with angry patients I ask my colleague to finish for me.
        (
            "Able to handle difficult telephone calls calmly",
            "ar",
            "المكالمات الصعبة مع المرضى الغاضبين أطلب من زميلتي أن تكملها عني.",
        ),
        # On the phone in English I still get nervous, so I prefer to write emails.
        (
            "Confident speaking on the phone to patients",
            "pt",
            "Ao telefone em inglês ainda fico nervoso, por isso prefiro escrever emails aos doentes.",
        ),
    ],
)
def test_a_course_half_done_or_left_a_part_left_to_others_or_less_than_asked_in_another_language_is_not_yet(
    criterion: str, language: str, answer: str
) -> None:
    asked = Criterion(criterion)
    report = check_answers([(asked, answer)], language=language)
    assert status_of(report, asked) == "missing"
    assert {"criteria.not_yet", "criteria.hours_ruled_out"} & set(report.codes()), report.codes()


def test_letting_a_caller_talk_in_romanian_is_no_course_left() -> None:
    calls = Criterion("Able to handle difficult telephone calls calmly")
    # An angry patient rang me because his appointment was cancelled. I let him talk, apologised and found him an
    # appointment for the next day.
    answer = (
        "Un pacient furios m-a sunat pentru că i s-a anulat programarea. L-am lăsat să vorbească, mi-am cerut scuze "
        "și i-am găsit o programare pentru a doua zi."
    )
    assert status_of(check_answers([(calls, answer)], language="ro"), calls) == "covered"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            "Able to welcome visitors warmly",
            "I'm a patient person, and families always tell me I make them feel at home.",
        ),
        (
            "Experience of working with people who are homeless",
            "I never judge anyone for where they sleep. Everyone has a past and I treat everybody the same.",
        ),
        # a language criterion answered without naming any language
        ("Speaks Polish or Somali", "I am a good listener and families like me."),
    ],
)
def test_a_claim_with_praise_or_a_value_after_it_tells_no_example(criterion: str, answer: str) -> None:
    asked = Criterion(criterion)
    assert status_of(check_answers([(asked, answer)]), asked) == "missing"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # someone else's "can't" is no lack of the resident's
        (
            "Good manual dexterity",
            "en",
            "I sew sequins onto dance costumes by hand, and I can do a stitch so small that you can't see it from "
            "the front.",
        ),
        # the language asked, named as one's own, in a few words
        ("Speaks Gujarati, Hindi or Urdu", "en", "Gujarati is my first language."),
        # An angry patient came to the desk shouting. I spoke to him calmly, gave him a chair and found him a new
        # appointment. As he left he told me he was grateful to me.
        (
            "Able to stay calm with angry patients",
            "so",
            "Bukaan cadhaysan ayaa miiska yimid isagoo qaylinaya. Si deggan ayaan ula hadlay, kursi ayaan siiyay, "
            "waxaanan u raadiyay ballan cusub. Markii uu baxayay wuxuu ii sheegay inuu iga mahadsan yahay.",
        ),
        # A person's information is their own; if it is spread they can be harmed. At the bank where I worked I never
        # told anyone about the customers' accounts.
        (
            "Understanding of why personal information must be kept confidential",
            "so",
            "Macluumaadka qofku isaga ayay u gaar tahay, haddii la faafiyo wuu dhibaataysan karaa. Bangiga aan ka "
            "shaqeeyay weligay qof uma sheegin xisaabaadka macaamiisha.",
        ),
    ],
)
def test_answers_that_meet_the_criterion_in_few_words_or_with_a_turn_of_the_story_still_count(
    criterion: str, language: str, answer: str
) -> None:
    asked = Criterion(criterion)
    assert status_of(check_answers([(asked, answer)], language=language), asked) == "covered"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("I began an AAT certificate in 2021, but I had to leave it when my hours changed.", Voice.LACK),
        ("I can work until half past five, but six is out for me because of the nursery.", Voice.LACK),
        ("He's the one who books the interpreters; I just write the names on the list.", Voice.LACK),
        ("I have read up on dialysis since I saw this advert.", Voice.LACK),
        # the resident's own: a person named as the one they asked, and hours that suit
        ("She's the one I went to for advice when I started, and now I train the new starters myself.", Voice.OWN),
        ("Working out of hours is fine for me, as my children are grown up.", Voice.OWN),
        ("Weekend shifts would suit me, as I don't have children and my husband works weekends too.", Voice.OWN),
        ("I don't have any experience with children yet.", Voice.LACK),
    ],
)
def test_free_text_sentences_that_leave_a_course_rule_out_a_time_or_leave_the_part_to_another(
    sentence: str, told: Voice
) -> None:
    assert voice(sentence) is told


def test_a_knowledge_criterion_asked_in_prose_is_met_by_the_thing_explained() -> None:
    records = Criterion("It is essential that you understand why patient records must be kept private.")
    answer = (
        "Records hold things about a person's health that they may not have told even their own family. If a record "
        "is left open on a desk or sent to the wrong person, trust is lost and the person can be harmed."
    )
    assert status_of(check_answers([(records, answer)]), records) == "covered"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            "Able to use a tablet to record cleaning checks",
            "At the nursing home everything is on paper. On my phone I only use Facebook and the bus app.",
        ),
        (
            "Able to run relaxation sessions for small groups",
            "On Fridays our activities lead does chair yoga with the residents. I put out the chairs and stay with the "
            "residents while she takes them through it.",
        ),
    ],
)
def test_paper_only_records_or_sitting_in_while_another_leads_is_no_example(criterion: str, answer: str) -> None:
    asked = Criterion(criterion)
    assert status_of(check_answers([(asked, answer)]), asked) == "missing"
