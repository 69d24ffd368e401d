"""Details that would identify an applicant to an anonymous shortlisting panel."""

from __future__ import annotations

import regex

from .i18n import _
from .models import Finding
from .names import name_in_script

_I = regex.IGNORECASE | regex.VERSION1

EMAIL = regex.compile(r"\b[\w.+\-']{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63})+\b", _I)
PHONE = regex.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}[\s.\-]?(?:\(0\)\s?)?(?:\d[\s.\-]?){6,12}\d|"
    r"\(?0\d{2,4}\)?[\s.\-]?\d{3,4}[\s.\-]?\d{3,4})(?![\w])"
)
# A number labelled as something else is no phone number: "my DBS certificate number is 001764829351", "order
# reference 02081234567".
_OTHER_NUMBER = regex.compile(
    r"\b(?:certificate|reference|ref|licen[cs]e|account|membership|badge|card|order|booking|case|staff|employee|"
    r"payroll|serial|tracking|invoice|policy)\s*(?:number|no\.?|#)?\s*(?:is|was|:)?\s*$",
    _I,
)
_LABEL_REACH = 40  # characters before a number in which its label is read
POSTCODE = regex.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b")
_UNITS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINAL_DAY = (  # "the seventeenth of March 1990"
    rf"(?:(?:twenty|thirty)[\s-]?(?:{_UNITS})|{_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
# A year in words: "nineteen eighty-seven", "nineteen ninety", "two thousand and three", "two thousand ten".
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNDER_TWENTY = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen"
)
_YEAR_WORDS = (
    rf"(?:nineteen\s+(?:(?:{_TENS})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|oh[\s-]\w+)|"
    rf"two\s+thousand(?:\s+(?:and\s+)?(?:{_UNDER_TWENTY}|(?:{_TENS})(?:[\s-]\w+)?))?)"
)
# A year of birth in any of the site's scripts' digits: 1991, ١٩٩١, ۱۳۷۰ is not one (the Persian calendar).
_YEAR = r"(?:19|20|١٩|٢٠|۱۹|۲۰|১৯|২০|૧૯|૨૦|੧੯|੨੦)\d{2}"
# A month's name runs to 12 letters in the site's languages ("septembrie", "października").
_A_DATE = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_DAY})\s+(?:of\s+)?\p{{L}}{{3,12}}\.?,?\s+(?:{_YEAR}|{_YEAR_WORDS})|"
    rf"\p{{L}}{{3,9}}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    rf"{_YEAR}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:{_YEAR}|\d{{2}})|"
    rf"\d{{1,2}}\s+de\s+\p{{L}}{{3,9}}\s+de\s+{_YEAR})"  # Portuguese: "3 de março de 1990"
)
# A date of birth is the words with a date: "date of birth" alone (checking a patient's) is not one.
DATE_OF_BIRTH = regex.compile(
    r"\b(?:(?:date\s+of\s+birth|d\.o\.b\.?|dob)\s*(?:is|was|[:\-–])?\s*(?:the\s+)?" + _A_DATE + r"|"
    # "born ...", but not someone else's birth: "after my son was born in 2021"
    r"(?:\bI\s+was\s+|(?<!\b(?:was|were)\s+))born\s+(?:on\s+)?(?:the\s+)?" + _A_DATE + r"|"
    r"(?:\bI\s+was\s+|(?<!\b(?:was|were)\s+))born\s+in\s+" + _YEAR + ")"
    # "I was born on ..." elsewhere, with a date: Polish, Romanian, Portuguese, Arabic, Somali, Spanish, Italian
    r"|(?:\b(?:urodził(?:am|em)\s+się|się\s+urodził(?:am|em)|m-am\s+n[ăa]scut|sunt\s+n[ăa]scut[ăa]?|nasci|"
    # Arabic "ولدت" (I was born) and "مواليد" (born on, as on a form)
    r"waxaan\s+dhashay|nac[íi]|nacqui|sono\s+nat[oa])|(?<![\p{L}\p{M}])(?:ولدت|مواليد))"
    r"\s+(?:(?:w|dnia|în|in|pe|la|em|no\s+dia|a|في|on|el|il)\s+)?" + _A_DATE + r"|"
    # "date of birth" in the site's other languages, then a date in figures: ਜਨਮ ਤਾਰੀਖ਼ 12/03/1966
    r"(?:ਜਨਮ\s+(?:ਤਾਰੀਖ਼|ਤਾਰੀਖ|ਮਿਤੀ)|تاریخ\s+پیدائش|تاريخ\s+(?:الميلاد|ميلادي)|تاریخ\s+تولد(?:م)?|જન્મ\s+તારીખ|"
    r"பிறந்த\s+(?:தேதி|நாள்)|data\s+(?:urodzenia|nașterii|nasterii|de\s+nascimento)|taariikhda\s+dhalashada|"
    r"জন্ম\s+তারিখ)\P{N}{0,12}?(?:\d{1,2}[/.\-]\d{1,2}[/.\-]|\p{Nd}{1,2}\s+[\p{L}\p{M}]{2,15}\s+)" + _YEAR + r"|"
    # Farsi "born" before the date, in the Iranian calendar too: "متولد ۲۸ شهریور ۱۳۶۸", "متولدم ۱۳۶۸/۰۶/۲۸"
    r"(?<![\p{L}\p{M}])متولد(?:م|\s+شدم)?\s+(?:(?:\d{1,2}[/.\-]\d{1,2}[/.\-]|\d{1,2}\s+[\p{L}\p{M}]{2,15}\s+)"
    r"(?:" + _YEAR + r"|1[34]\d{2})|1[34]\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2})|"
    # "my birth" then the date: "મારો જન્મ ૯ જુલાઈ ૧૯૮૧ના રોજ થયો હતો", "ਮੇਰਾ ਜਨਮ ...", "میری پیدائش ..."
    r"(?:મારો\s+જન્મ|ਮੇਰਾ\s+ਜਨਮ|میری\s+پیدائش)\s+\p{Nd}{1,2}\s+[\p{L}\p{M}]{2,15}\s+" + _YEAR + r"|"
    # "I was born" after the date, as Tamil, Urdu, Punjabi, Gujarati, Farsi and Bengali put it: "7 ஜூன் 1984 அன்று
    # பிறந்தேன்", "میں 3 مارچ 1990 کو پیدا ہوئی"
    r"(?<!\p{Nd})\p{Nd}{1,2}\s+[\p{L}\p{M}]{2,15}\s+" + _YEAR + r"\s*(?:[\p{L}\p{M}]+\s+){0,3}?"
    r"(?:பிறந்தேன்|پیدا\s+(?:ہوا|ہوئی)|ਜਨਮ\s+ਹੋਇਆ|ਜੰਮਿਆ|ਜੰਮੀ|જન્મ\s+થયો|જન્મ્યો|જન્મી|به\s+دنیا\s+آمدم|متولد\s+شدم|"
    r"জন্মগ্রহণ\s+করি|জন্মেছি)",
    _I,
)
AGE = regex.compile(
    r"\b(?:I\s+am|I'm|I’m)\s+(?:now\s+)?(\d{2})(?:\s+years?\s+old)?\b(?!\s*(?:%|per\s*cent|percent|hours?|"
    r"minutes?|mins?|miles?|km|metres?|days?|weeks?|months?|patients?|people|staff))|"
    # "aged 34" of the resident only: "I am aged 34", "I, aged 34, ...", or opening a sentence ("Aged 34, I ...");
    # "one tenant aged 92", "patients aged 65" are other people.
    r"(?:\b(?:I\s+am|I'm|I’m|I,)\s+|^|(?<=(?:[.!?]\s|\n)\s*))aged\s+(\d{2})\b(?!\s*(?:\+|and\s+(?:over|above|under|older)|or\s+(?:over|above|"
    r"under|older)|to\s+\d|-\s*\d|–\s*\d))|\b(\d{2})\s+years\s+of\s+age\b|"
    # "I'm a 21-year-old student", "I'm twenty-nine years old", and a second language's "I have 38 years and ..."
    r"\b(?:I\s+am|I'm|I’m)\s+an?\s+(\d{2})[\s-]years?[\s-]old\b|"
    rf"\b(?:I\s+am|I'm|I’m)\s+(?:now\s+)?((?:{_TENS})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"eighteen|nineteen)\s+years?\s+(?:old|of\s+age)\b|"
    r"\bI\s+have\s+(\d{2})\s+years(?:\s+old)?(?=\s*(?:[.,;]|and\b|$))",
    _I,
)
# "My age is 34" in the site's other scripts, only where the word for age is the writer's own: Urdu and
# Punjabi "my age", Farsi "my age" (two ways), Arabic "my age" and "I am ... of age", Gujarati and Bengali "my
# age", Tamil "I am ... years of age", Somali "I am ... years old". Any digits (34, ٣٤, ۳۴). Years of
# experience, a patient's age and counts stay out.
OWN_AGE_ELSEWHERE = regex.compile(
    r"(?:میری\s+عمر|ਮੇਰੀ\s+ਉਮਰ|عمر\s+من|سن\s+من|عمرم|عمري|أبلغ\s+من\s+العمر|મારી\s+ઉંમર|আমার\s+ব(?:\u09af\u09bc|\u09df)স)"
    r"\s*(?:\p{Nd}{2})\b"
    r"|எனக்கு\s+(?:\p{Nd}{2})\s+வயது"
    # Farsi "۴۳ سال دارم" (I am 43: "I have 43 years"), not "۱۰ سال سابقه دارم" (10 years of experience)
    r"|(?<![\p{L}\p{M}\p{Nd}])\p{Nd}{2}\s+سال\s+دارم"
    # Urdu "میں ۴۶ سال کی ہوں" (I am 46 years), the writer the subject
    r"|(?<![\p{L}\p{M}])میں\s+\p{Nd}{2}\s+سال\s+(?:کی|کا)\s+ہوں"
    # the same in Panjabi "ਮੈਂ 52 ਸਾਲਾਂ ਦੀ ਹਾਂ" and Gujarati "હું 52 વર્ષની છું"
    r"|(?<![\p{L}\p{M}])ਮੈਂ\s+\p{Nd}{2}\s+ਸਾਲ(?:ਾਂ)?\s+(?:ਦੀ|ਦਾ)\s+ਹਾਂ"
    r"|(?<![\p{L}\p{M}])હું\s+\p{Nd}{2}\s+વર્ષ(?:ની|નો)\s+છું"
    # Romanian "am 38 de ani", Portuguese "tenho 38 anos", Polish "mam 38 lat": not years of experience or work
    r"|\b(?i:am)\s+\d{2}\s+de\s+ani\b(?!\s+(?:de\s+)?(?:experien|munc|lucr|în\b|in\b))"
    r"|\b(?i:tenho)\s+\d{2}\s+anos\b(?!\s+(?:de\s+)?(?:experi|trabalh|servi|em\b|na\b|no\b))"
    r"|\b(?i:mam)\s+\d{2}\s+lat(?:a)?\b(?!\s+(?:doświadcz|pracy|stażu|w\b))"
    # Somali "waxaan ahay 38 jir" or "waxaan ahay 38 sano jir" (I am 38 years old)
    r"|\b(?i:waxaan\s+ahay)\s+\d{2}\s+(?:sano\s+)?jir\b"
    # Somali "da'daydu waa 41 sano" (my age is 41 years)
    r"|\b(?i:da['’]?daydu)\s+waa\s+\d{2}\b"
)
NI_NUMBER = regex.compile(
    # Any two letters: a number with a prefix HMRC never issues ("QQ", its own example) is still kept private.
    r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    _I,
)
ADDRESS = regex.compile(
    r"\b(?:flat|apartment)\s+\d+\w?\b|\b\d{1,4}[a-z]?,?\s+(?:[\p{Lu}][\p{L}'’\-]+\s+){1,3}"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Gardens|Gdns|Court|Ct|Crescent|Cres|Place|Pl|"
    r"Grove|Terrace|Hill|Park|Square|Sq|Mews|Row|Walk|Rise|View|Parade)\b",
    regex.VERSION1,
)
_CAPITALISED = r"([\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+)?)"
_WORD = r"[\p{L}\p{M}\u200c]+"
_UP_TO_THREE = rf"((?:{_WORD}\s+){{0,2}}?{_WORD})"  # a name in a script without capitals, before the verb
# ... but not a verb of writing it down or putting it forward: "بعد میں ریکارڈ میں میرا نام لکھا جاتا ہے" (my name is
# written in the record), "میرے مینیجر نے کورس کے لیے میرا نام دے دیا ہے" (my manager has put my name forward)
_WRITTEN = (
    r"(?!(?:لکھا|لکھی|درج|پکارا|بلایا|دے|بھیجا|بھیج|نوشته|ثبت|ਲਿਖਿਆ|ਦਰਜ|ਦੇ|ਭੇਜਿਆ|લખા[\p{L}\p{M}]*|નોંધા[\p{L}\p{M}]*|આપ[\p{L}\p{M}]*|મોકલ[\p{L}\p{M}]*)"
    r"(?![\p{L}\p{M}]))"
)
# ... nor a place it is on: "ਮੇਰਾ ਨਾਮ ਰਜਿਸਟਰ ਉੱਤੇ ਹੈ" (my name is on the register), "میرا نام لسٹ میں ہے", "نام من در
# فهرست است"; a name does not end with "on" or "in".
_ON_A_LIST = r"(?<!(?<![\p{L}\p{M}])(?:ਉੱਤੇ|ਤੇ|ਵਿੱਚ|ਉੱਪਰ|پر|میں|પર|માં))"
_IN_FA = r"(?!(?:در|روی|توی)(?![\p{L}\p{M}]))"
# "My name is ..." in English and the site's other languages: the name is the resident's own.
MY_NAME = regex.compile(
    rf"\b(?i:my\s+name\s+is)\s+{_CAPITALISED}"
    rf"|\b(?i:nazywam\s+się|mam\s+na\s+imię|moje\s+imię\s+to)\s+{_CAPITALISED}"  # Polish
    rf"|\b(?i:chamo-me|me\s+chamo|(?:o\s+)?meu\s+nome\s+é)\s+{_CAPITALISED}"  # Portuguese
    rf"|\b(?i:mă|ma)\s+numesc\s+{_CAPITALISED}|\b(?i:numele\s+meu\s+(?:este|e))\s+{_CAPITALISED}"  # Romanian
    rf"|\b(?i:magacay(?:gu|ga)\s+waa)\s+{_CAPITALISED}"  # Somali
    # Arabic, but not "I say my name and her daughter's name" (أقول اسمي واسم ابنتها)
    r"|(?<![\p{L}\p{M}])(?<!(?:أقول|قلت|أذكر|ذكرت|أكتب|كتبت)\s+)اسمي\s+(?!واسم)"
    r"((?:[\p{Arabic}]+\s+)?[\p{Arabic}]+)(?=\s*[،,.!]|\s+(?:و|من|عمري)\b|$)"
    rf"|(?<![\p{{L}}\p{{M}}])(?:اسم|نام)\s+من\s+{_WRITTEN}{_IN_FA}{_UP_TO_THREE}\s+(?:است|هست)"  # Farsi
    rf"|(?<![\p{{L}}\p{{M}}])میرا\s+نام\s+{_WRITTEN}{_UP_TO_THREE}{_ON_A_LIST}\s+(?:ہے|ہیں)"  # Urdu
    rf"|ਮੇਰਾ\s+ਨਾਮ\s+{_WRITTEN}{_UP_TO_THREE}{_ON_A_LIST}\s+ਹੈ"  # Panjabi
    rf"|મારું\s+નામ\s+{_WRITTEN}{_UP_TO_THREE}{_ON_A_LIST}\s+છે"  # Gujarati
    rf"|என்\s+பெயர்\s+{_UP_TO_THREE}(?=\s*[.,]|$)",  # Tamil
    regex.VERSION1 | regex.MULTILINE,
)


# Digits of the scripts residents write in (Arabic, Farsi and Urdu, Devanagari, Bengali, Gurmukhi, Gujarati,
# Tamil), each as its ASCII digit.
_ASCII_DIGITS = {
    zero + value: str(value) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6) for value in range(10)
}
_OTHER_DIGITS = regex.compile("[" + "".join(map(chr, _ASCII_DIGITS)) + "]")


def _phone_digits(match_text: str) -> int:
    return sum(char.isdigit() for char in match_text)


def personal_findings(text: str, kind: str, name: str | None = None) -> list[Finding]:
    """Find contact and identity details: a warning in a statement; in a CV only age, birth date and NI number."""
    statement = kind != "cv"
    findings: list[Finding] = []
    # "۰۷۷۰۰ ۹۰۰۳۵۸" is a phone number too: other scripts' digits read as ASCII, one character for one
    figures = text.translate(_ASCII_DIGITS) if _OTHER_DIGITS.search(text) else text

    def add(code: str, match: regex.Match[str], message: str, suggestion: str) -> None:
        findings.append(Finding(code, "warning", message, (match.start(), match.end()), suggestion))

    panel = _("Remove this so the panel cannot tell who you are.")
    if statement:
        for match in EMAIL.finditer(text):
            add("personal_info.email", match, _("This is an email address. The panel should not see it."), panel)
        for match in PHONE.finditer(figures):
            label = figures[max(0, match.start() - _LABEL_REACH) : match.start()]
            if 10 <= _phone_digits(match.group()) <= 15 and not _OTHER_NUMBER.search(label):
                add(
                    "personal_info.phone",
                    match,
                    _("This looks like a phone number. The panel should not see it."),
                    panel,
                )
        for match in POSTCODE.finditer(text):
            add("personal_info.postcode", match, _("This looks like a postcode. It shows where you live."), panel)
        for match in ADDRESS.finditer(text):
            add("personal_info.address", match, _("This looks like a home address. It shows where you live."), panel)
        findings.extend(_name_findings(text, name, panel))
    age_help = _("Take this out. Employers must not choose people by age.")
    for match in DATE_OF_BIRTH.finditer(figures):
        add(
            "personal_info.date_of_birth",
            match,
            _("This is about your date of birth. You do not need to give it."),
            age_help,
        )
    for match in [*AGE.finditer(figures), *OWN_AGE_ELSEWHERE.finditer(text)]:
        add("personal_info.age", match, _("This tells the reader your age. You do not need to give it."), age_help)
    for match in NI_NUMBER.finditer(figures):
        add(
            "personal_info.ni_number",
            match,
            _("This looks like a National Insurance number. Keep it private."),
            _("Take it out. You only give it when you get the job."),
        )
    return findings


def _name_findings(text: str, name: str | None, suggestion: str) -> list[Finding]:
    findings: list[Finding] = []
    spans: list[tuple[int, int]] = []
    if name and name.strip():
        parts = [regex.escape(part) for part in name.split() if part]
        full = regex.compile(r"\b" + r"\s+".join(parts) + r"\b", regex.IGNORECASE)
        spans.extend((m.start(), m.end()) for m in full.finditer(text))
        if len(parts) > 1 and len(name.split()[-1]) >= 2:
            family = regex.compile(r"\b" + parts[-1] + r"\b")
            spans.extend(
                (m.start(), m.end()) for m in family.finditer(text) if not any(s <= m.start() < e for s, e in spans)
            )
        spans.extend(name_in_script(text, name))  # "يوسف حداد" for the account's "Yousef Haddad"
    for match in MY_NAME.finditer(text):
        group = next(index for index, found in enumerate(match.groups(), 1) if found)
        if not any(s <= match.start(group) < e for s, e in spans):
            spans.append((match.start(group), match.end(group)))
    for start, end in sorted(spans):
        findings.append(
            Finding(
                "personal_info.name",
                "warning",
                _("This is your name. The panel should not see it."),
                (start, end),
                suggestion,
            )
        )
    return findings
