"""Whose experience a sentence tells, in the site's languages other than English.

``experience.voice`` reads English. Residents answer the wizard in their own language, so for each other
language this module holds three patterns, read in the same order as in English:

* ``lack``: the resident says they do not have, have never done, or cannot do the thing ("I don't have a
  licence", "I have never used a till", "weekend work is not possible for me", "I can't drive yet");
* ``wish``: a wish, hope or plan ("I would like to...", "I hope to...", "I want to...");
* ``someone_else``: a relative or friend is the subject of a clause ("my brother works as a porter").

``saying`` is read with ``wish``: "I want to say / to mention that..." is a way of telling, not a wish.

``clean_record`` is read with ``lack``: a denial in the same clause as lateness, absence, a missed shift, a
complaint, a mistake or a "problem" tells a clean record ("I was never late", "I have no problem with
nights", "I am not afraid of blood"), which is the resident's own experience. In Arabic, Polish, Romanian,
Portuguese and Spanish a denial in a "when" / "if" clause is a condition, not a lack ("when I don't know
something, I ask").

The patterns are kept narrow, because a false lack or a false relative hides real evidence:

* a denial counts only with a first-person mark, with "have", "know", "can" or "possible", or with verbs of
  experience (used, worked, drove, trained): "I never shared a patient's details" is a habit, told in the
  negative, and stays the resident's own;
* a relative counts only as the subject: in the languages that mark case (Bengali, Gujarati, Tamil,
  Turkish, Polish) only the plain, nominative form; in the others only where no preposition or postposition
  makes them an object ("I looked after my mother", "I learned from my uncle"), and never "my sister and I".

Indic scripts have vowel signs (marks, ``\\p{M}``) inside words, so word edges there are lookarounds on
``[\\p{L}\\p{M}]``, not ``\\b``. Text is put in NFC first (and the patterns too), so a nukta typed either way
matches.

Arabic (ar). Lack: a first-person verb denied with لم / لن ("لم أعمل", I have not worked; "لم نستخدم", we did
not use), except the negatives a story tells ("لم أقل لها", I did not tell her; "لم أنتظر", I did not wait); a
course begun and given up ("بدأت ... لكنني توقفت"); or a verb denied with لا / ما
before a verb of knowing, having or ability ("لا أعرف", I don't know; "لا أملك", I don't own; "لا أستطيع", I
can't); "ليس لدي" / "ليس عندي" / "ما عندي" (I don't have); "غير ممكن لي" (not possible
for me); "ما زالت ضعيفة" (still weak). ما denies only
at the start: inside a sentence it is "what". Wish: أود، أتمنى، أرغب، آمل، أريد، أطمح، أنوي، أتطلع، and
"أحب أن" (I would like to; "أحب" alone is "I love"). Someone else: a relative with "my" (ي) opening the
sentence ("أخي يعمل", my brother works), or opening a clause after و / لكن / لأن / a comma and followed by a
third-person verb, or a colleague who does the thing ("المشرفة هي التي...", the supervisor is the one who...).

Urdu (ur). Lack: "میرے پاس ... نہیں" (I don't have), "مجھے ... نہیں ہے / نہیں آتی" (I have no / I don't
know), "میں ... نہیں سکتا / سکتی" (I can't), "میرے لیے ... ممکن نہیں" (not possible for me), "... استعمال /
کام نہیں کیا" (have not used / worked), "کبھی ... نہیں بنائی" (have never made), "... نہیں رہ سکتی" (can't,
the "I" left out), "ابھی تک ... نہیں" (not yet). Wish: "چاہتا / چاہتی ہوں" (I want),
"چاہوں گا / گی" (I would like), "امید ہے / کرتا ہوں" (I hope), "میری خواہش" (my wish). Someone else:
"میرا / میری / میرے" + relative, unless a postposition follows (کو، سے، کا، کی، کے، ساتھ، لیے، پاس), which
makes them an object; "میرے بھائی نے" (ergative) is a subject.

Punjabi (pa), Gurmukhi and Shahmukhi. The Urdu forms above in Shahmukhi spelling and their Punjabi forms:
"ਮੇਰੇ ਕੋਲ ... ਨਹੀਂ" / "میرے کول ... نئیں" (I don't have), "ਮੈਨੂੰ ... ਨਹੀਂ" / "مینوں ... نئیں" (I have no /
don't know), "ਨਹੀਂ ... ਸਕਦਾ" / "نئیں ... سکدا" (can't), "ਕਦੇ ਨਹੀਂ ... ਬਣਾਇਆ" (have never made), "ਮੇਰੇ
ਲਈ ... ਸੰਭਵ ਨਹੀਂ" (not possible for me), "ਅਜੇ ਤੱਕ" (not yet). Wish: "ਚਾਹੁੰਦਾ / ਚਾਹੁੰਦੀ ਹਾਂ", "ਚਾਹਾਂਗਾ",
"ਉਮੀਦ", "ਇੱਛਾ" / "چاہندا ہاں", "امید". Someone else: "ਮੇਰਾ / ਮੇਰੀ / ਮੇਰੇ" + relative unless a postposition
follows (ਨੂੰ، ਤੋਂ، ਦਾ، ਦੀ، ਦੇ، ਨਾਲ، ਲਈ، ਕੋਲ).

Farsi (fa). Lack: "ندارم" (I don't have), "نمی‌توانم" / "نمی‌دانم" / "بلد نیستم" (I can't / don't know /
don't know how), "برایم ممکن نیست" (not possible for me), "کار / استفاده / رانندگی نکرده‌ام" (have not
worked / used / driven), "ننوشته‌ام" and other denied perfects (have not written...), "هنوز" with a denied
first-person verb, or "هنوز ... کامل / خوب نیست" (not yet good enough). Wish: "می‌خواهم" (I want),
"امیدوارم" (I hope), "آرزو دارم", "قصد دارم", "مایلم", and "دوست دارم" followed by a subjunctive ("دوست دارم
کار کنم", I would like to work; alone it is "I love"). Someone else: a relative with "my" (-م) opening a
clause, not followed by the object mark را or by "و من" (and I).

Bengali (bn). Lack: "আমার ... নেই" (I don't have), "আমার পক্ষে ... সম্ভব নয়" (not possible for me), "পারি না
/ পারব না" (can't), "জানি না" (don't know), "ব্যবহার করিনি / কাজ করিনি / চালাইনি" (have not used / worked /
driven), "এখনো ...-নি" (not yet). Wish: "চাই" (I want), "আশা করি" (I hope), "ইচ্ছা / ইচ্ছে আছে" (I wish),
"ভালো লাগবে" (I would like). Someone else: "আমার" + a relative in the plain (nominative) form; "মাকে" (to my
mother), "চাচার" (my uncle's) are not subjects.

Gujarati (gu). Lack: "મારી પાસે ... નથી" (I don't have), "મને ... નથી" (I have no / don't know how), "શકતો /
શકતી નથી" (can't), "મારા માટે ... શક્ય નથી" (not possible for me), "વાપર્યું / કામ કર્યું નથી" (have not used
/ worked), "હજુ" (yet). Wish: "ઈચ્છું છું" (I wish), "માંગુ છું" (I want), "આશા રાખું છું" (I hope), "ગમશે"
(would like). Someone else: "મારો / મારી / મારા" + relative, plain or ergative (-એ), not followed by a
postposition (પાસેથી, સાથે, માટે) or "અને હું" (and I).

Tamil (ta). Lack: "என்னிடம் ... இல்லை" (I don't have), "எனக்கு ... இல்லை / தெரியாது" (I have no / don't
know), "என்னால் ... முடியாது" (I can't), "சாத்தியமில்லை" with எனக்கு (not possible for me), "பயன்படுத்தியதில்லை
/ வேலை செய்ததில்லை / ஓட்டியதில்லை" (have never used / worked / driven), "நான் ... -வில்லை" (I did not ...).
Wish: "விரும்புகிறேன்" and
"ஆசைப்படுகிறேன்" after an infinitive ("வேலை செய்ய விரும்புகிறேன்", I want to work; after a noun it is "I
love"), "நம்புகிறேன்" after "என்று" (I hope that), "எதிர்பார்க்கிறேன்". Someone else: "என் / எனது" + a
relative in the plain form (object and other cases are suffixes: அம்மாவை, மாமாவிடம்).

Polish (pl). Lack: "nie mam / nie posiadam / nie umiem / nie potrafię / nie mogę / nie znam" (I don't have,
can't, don't know), "nie pracowałem / nie używałam / nie prowadziłem..." (have not worked / used /
driven), "jeszcze nie", "brak mi", "nie jest to dla mnie możliwe". Wish: "chciałbym / chciałabym", "chcę",
"mam nadzieję", "marzę", "planuję", "zamierzam". Someone else: "mój / moja / moi" + a relative in the
nominative (the object cases differ: "moją mamą", "mojego wujka"), not "mój brat i ja".

Romanian (ro). Lack: "nu am / n-am" + a noun of having or a participle of experience ("nu am permis", "nu am
lucrat niciodată"), "nu știu", "nu pot", "încă nu", "nu îmi este posibil". Wish: "aș dori / aș vrea",
"vreau", "doresc", "sper", "mi-ar plăcea", "intenționez". Someone else: a relative with "meu / mea / mei"
not after a preposition (de, la, pe, cu, pentru...), which makes them an object, and not "și eu".

Portuguese (pt). Lack: "não tenho / não sei / não consigo / não posso" (I don't have / know / can't),
"nunca trabalhei / usei / conduzi / tive..." and "não trabalhei...", "ainda não", "não me é possível".
Wish: "gostaria", "quero / queria", "espero", "pretendo", "desejo", "sonho". Someone else: "o meu / a minha"
+ relative opening a clause; after "e" or a comma only when a verb follows ("e a minha irmã trabalha"), so
"ajudei o meu pai e a minha mãe" stays the resident's own.

Somali (so). Lack: "ma lihi / ma haysto" (I don't have), "ma aqaan / ma garanayo" (I don't know), "ma
awoodo / ma kari karo" (I can't), "weli ma" (not yet), "ma / kama shaqeyn", "ma isticmaalin", "ma wadin"
(have not worked / used / driven), "suurtagal ma aha" (not possible). Wish: "waxaan jeclaan lahaa" (I
would like), "waxaan rajeynayaa" (I hope), "waxaan qorsheynayaa" (I plan), "waxaan doonayaa / rabaa" (I
want). Someone else: a relative with "my" (-kay / -tay...) followed by a subject or focus word (wuxuu, waxay,
waa, ayaa, baa), perhaps after a short "oo ... ah" clause, not "iyo aniga" (and I).

Turkish (tr). Lack: a first-person possessive noun with "yok" ("ehliyetim yok", I have no licence),
"kullanmadım / çalışmadım / sürmedim" (I have not used / worked / driven), "kullanamıyorum / süremem"
(I can't use / drive: the ability forms of a few verbs of work only, as "-emiyorum" is also the plain
negative of verbs ending in e),
"bilmiyorum" (I don't know), "henüz" (yet), "benim için mümkün değil". Wish: "istiyorum / isterim", "umarım
/ umuyorum", "planlıyorum", "hayalim", "hedefim". Someone else: a relative with the first-person possessive
in the nominative ("kardeşim", "annem"); the object cases add suffixes ("annemi", "amcamdan"), and "annem
ile" / "annem ve ben" are not someone else.

Spanish (es). Lack: "no tengo / no sé / no puedo" (I don't have / know / can't), "nunca he trabajado /
usado / conducido", "no trabajé / usé...", "todavía no / aún no", "no me es posible". Wish: "me gustaría",
"quiero / quisiera", "espero", "deseo", "pretendo", "sueño con". Someone else: "mi / mis" + relative, not
after a preposition ("cuidé a mi madre", "aprendí de mi tío") and not "y yo".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

import regex

_B = r"(?<![\p{L}\p{M}])"  # the start of a word, in any script
_E = r"(?![\p{L}\p{M}])"  # the end of a word, in any script
_NEAR = 25  # characters either side of a wish in which a verb of saying makes it "I want to say"
_CLAUSE_STOP = regex.compile(r"[.,;:!?،؛؟।۔\n]")
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])  # harakat, dagger alif, tatweel
_PERSO_ARABIC = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_URDU = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ"})


def _compile(pattern: str, *, ignore_case: bool = False) -> regex.Pattern:
    flags = regex.IGNORECASE | regex.VERSION1 if ignore_case else regex.VERSION1
    return regex.compile(unicodedata.normalize("NFC", pattern), flags)


def _words(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


@dataclass(frozen=True)
class Forms:
    """The patterns of one language (see the module docstring)."""

    lack: regex.Pattern
    wish: regex.Pattern
    someone_else: regex.Pattern
    clean_record: regex.Pattern | None = None
    table: dict[int, str | None] | None = None
    lower: bool = False
    saying: regex.Pattern | None = None
    because: regex.Pattern | None = None
    reported: regex.Pattern | None = None

    def normal(self, sentence: str) -> str:
        text = unicodedata.normalize("NFC", sentence).translate(_ARABIC_MARKS).replace("’", "'")
        if self.table:
            text = text.translate(self.table)
        if self.lower:  # Turkish: dotted and dotless i lower-cased by hand
            text = text.replace("İ", "i").replace("I", "ı").lower()
        return text

    def lacks(self, sentence: str) -> bool:
        text = self.normal(sentence)
        found = self.lack.finditer(text)
        return any(not self._clean_record(text, hit) and not self._reported(text, hit) for hit in found)

    def _reported(self, text: str, found: regex.Match) -> bool:
        """A denial the resident told someone, as part of a story: "I told her that I cannot give out this
        information" (Tamil puts "என்று", that, after the words told)."""
        if self.reported is None:
            return False
        # before the end of the denial: the match may start at an "I" that opens the sentence ("میں نے اسے کہا کہ
        # میں ... نہیں دے سکتی", I told him that I cannot give ...)
        return bool(self.reported.search(text, 0, found.end()) or self.reported.match(text, found.end()))

    def _clean_record(self, text: str, found: regex.Match) -> bool:
        """Whether the denial tells a clean record; "when" or "if" makes it a condition only before the denial
        ("when I don't know, I ask"), not after it ("I started the course but stopped when my son was born")."""
        if self.clean_record is None:
            return False
        start, clause = _clause(text, found)
        return any(
            not _CONDITION.fullmatch(hit.group()) or start + hit.start() < found.start()
            for hit in self.clean_record.finditer(clause)
        )

    def wishes(self, sentence: str) -> bool:
        text = self.normal(sentence)
        for found in self.wish.finditer(text):
            near = text[max(0, found.start() - _NEAR) : found.end() + _NEAR]
            if self.saying is None or not self.saying.search(near):
                return True
        return False

    def tells_of_someone_else(self, sentence: str) -> bool:
        text = self.normal(sentence).strip()
        return any(not self._because_before(text, found) for found in self.someone_else.finditer(text))

    def _because_before(self, text: str, found: regex.Match) -> bool:
        """A relative after "because" gives the resident's reason, not someone else's experience: "I can stay
        until 8 on Tuesdays, because my husband fetches the children then"."""
        return self.because is not None and bool(self.because.search(text, 0, found.start()))


def _clause(text: str, found: regex.Match) -> tuple[int, str]:
    """The clause around a match, from the punctuation before it to the punctuation after it, and its start."""
    before = [stop.end() for stop in _CLAUSE_STOP.finditer(text, 0, found.start())]
    after = _CLAUSE_STOP.search(text, found.end())
    start = before[-1] if before else 0
    return start, text[start : after.start() if after else len(text)]


# The "when" and "if" words of the languages whose ``clean_record`` holds them.
_CONDITION = _compile(
    r"و?(?:عندما|إذا|حين|حينما|كلما)|kiedy|gdy|jeśli|jeżeli|când|dacă|quando|cuando|si", ignore_case=True
)


# --- Arabic ---------------------------------------------------------------------------------------------
_AR_RELATIVES = _words(
    "أخي", "أختي", "زوجي", "زوجتي", "أمي", "أبي", "والدي", "والدتي", "ابني", "ابنتي", "أولادي", "أطفالي",
    "صديقي", "صديقتي", "عمي", "خالي", "عمتي", "خالتي", "جدي", "جدتي", "جاري", "جارتي",
    "حماي", "حماتي", "صهري", "نسيبي", "كنتي",  # in-laws
    r"(?:ابن|ابنة|بنت)\s+(?:عمي|خالي|عمتي|خالتي)", r"(?:زوج|زوجة|ابن|ابنة|بنت)\s+(?:أخي|أختي)",
)  # fmt: skip
_AR_KNOW_HAVE_CAN = _words(
    "أعرف", "أعلم", "أملك", "أستطيع", "أقدر", "أتكلم", "أتحدث", "أجيد", "أحمل", "أقود", "أتقن", "أفهم",
    "أتذكر", "أتذكره", "أتذكرها", "أذكر",
)  # fmt: skip
_AR_TOLD = _words(
    "أقل", "أنتظر", "أترك", "أتركه", "أتركها", "أتردد", "أدع", "أدعه", "أدعها", "أرفع", "أغضب", "أسمح", "أفقد",
    "أقاطع", "أحكم", "أنس", "أكتف", "أتوقف", "أستسلم", "أضغط", "نجد",
)  # fmt: skip
ARABIC = Forms(
    lack=_compile(
        # "لم أعمل" (I have not worked), "لم نستخدم" (we did not use), but not a story's own negatives: "لم
        # أقل لها إنها مخطئة" (I did not tell her she was wrong), "لم أنتظر" (I did not wait).
        rf"(?:^|\s)[وف]?(?:لم|لن)\s+(?!{_AR_TOLD}{_E})[أن]\w+"
        # A course begun and given up: "بدأت دبلوماً ... لكنني توقفت" (I started a diploma but stopped).
        r"|(?:بدأت|سج\u0651?لت|التحقت)[^.؟!]*?(?:لكن\w*\s+|ثم\s+|،\s*و|\sو)(?:توقفت|تركته|تركتها|انسحبت)"
        rf"|(?:^|\s)[وف]?لا\s+{_AR_KNOW_HAVE_CAN}{_E}|^\W*ما\s+أ\w+"
        r"|(?:ليس|ليست|مو|مش)\s+(?:عندي|لدي|معي)|(?:^|[،,]|\sو)\W*ما\s+(?:عندي|لدي|معي)|لا\s+(?:يوجد|توجد)\s+(?:لدي|عندي)"
        r"|لا\s+(?:خبرة|تجربة)\s+(?:لدي|عندي|لي)|لا\s+يمكنني|غير\s+ممكن[ةه]?\s+(?:بالنسبة\s+)?لي"
        r"|ليس\s+(?:من\s+)?(?:الممكن|ممكنا)\s+(?:بالنسبة\s+)?لي"
        rf"|{_B}لي{_E}[^.،,؛]{{0,40}}غير\s+ممكن"
        # "... ما زالت ضعيفة" (my writing is still weak)
        r"|(?:ما|لا)\s+(?:زال|زالت|يزال|تزال)\s+(?:\p{L}+\s+){0,2}?ضعيف"
        # "... لكني لا أدوّن شيئاً" (but I do not write anything down): part of what is asked left undone
        r"|(?:لكن\w*|ولكن\w*)\s+لا\s+[أن]\w+"
        # a course cancelled before it began, "وما زلت أنتظر موعداً جديداً" (and I am still waiting for a new date)
        rf"|{_B}(?:ألغيت|ألغي|أُلغيت){_E}|ما\s+زلت\s+أنتظر"
    ),
    wish=_compile(
        rf"{_B}و?(?:أود|أتمنى|أرغب|آمل|أريد|أطمح|أنوي|أتطلع|بودي){_E}|(?<!كنت\s){_B}و?أحب\s+أن{_E}"
        r"|(?:حلمي|هدفي|طموحي)\s+(?:هو\s+)?أن"
    ),
    someone_else=_compile(
        rf"^\W*و?{_AR_RELATIVES}{_E}(?!\s*وأنا)"
        # Not after "because" (لأن): "I can work evenings because my husband minds the children" is the
        # resident's own answer.
        rf"|(?:[،,؛]\s*|\s(?:و|لكن|بينما)\s*){_AR_RELATIVES}\s+(?:[يت]\p{{L}}+|كان|كانت|هو|هي|لديه|لديها|عنده|عندها)"
        # A colleague who does the thing: "الممرضة هي التي تقيس الضغط" (the nurse is the one who measures).
        r"|(?:الممرضة|الممرض|الطبيب|الطبيبة|المدير|المديرة|المشرف|المشرفة|زميلي|زميلتي)\s+(?:هي|هو)\s+(?:التي|الذي)"
        # "... وهي التي تكلمت" (and she was the one who spoke)
        r"|[،,]?\s+و(?:هي|هو)\s+(?:التي|الذي)\s+[يت]\p{L}+"
    ),
    clean_record=_compile(
        # "لا أتكلم أبداً عن العملاء" (I never talk about clients): discretion, not a language not spoken
        r"(?:أتكلم|أتحدث)\s+(?:أبدا\s+)?عن|"
        r"أتأخر|تأخرت|تأخر|أتغيب|أغب|غبت|غياب|أفوت|فوت|شكوى|شكاوى|شكاية|خطأ|أخطاء|(?<!م)حادث|مشكلة|مانع"
        rf"|{_B}و?(?:عندما|إذا|حين|حينما|كلما){_E}"
    ),
)

# --- Urdu and Shahmukhi Punjabi ------------------------------------------------------------------------
_UR_NOT = r"(?:نہیں|نئیں)"
_UR_STOP = r"[^.،,۔؟!؛]"
_UR_LACK = (
    rf"میرے\s+پاس{_UR_STOP}{{0,60}}?{_UR_NOT}{_E}"
    rf"|{_B}مجھے{_UR_STOP}{{0,60}}?{_UR_NOT}\s+(?:ہے|ہیں|آتی|آتا|آتے|معلوم|پتا|پتہ){_E}"
    # ("میں" is also "in": "انگریزی میں خط آیا جو وہ پڑھ نہیں سکتی تھیں", a letter in English she could not read)
    rf"|{_B}میں{_E}(?:(?!{_B}(?:وہ|انہوں|اس|ان){_E}){_UR_STOP}){{0,60}}?{_UR_NOT}\s+(?:\p{{L}}+\s+)?"
    rf"(?:سکتا|سکتی|سکتے|سکا|سکی){_E}"
    rf"|میرے\s+(?:لیے|لئے){_UR_STOP}{{0,60}}?ممکن\s+{_UR_NOT}|{_B}ناممکن{_E}"
    rf"|(?:استعمال|کام|ڈرائیو|ڈرائیونگ|ٹریننگ|تربیت|مطالعہ)\s+{_UR_NOT}\s+(?:کیا|کی|کیں|کیے|کئے){_E}"
    rf"|{_UR_NOT}\s+(?:چلائی|چلایا|سیکھی|سیکھا){_E}|ابھی\s+تک{_UR_STOP}{{0,50}}?{_UR_NOT}{_E}"
    # "بہت دیر کھڑی نہیں رہ سکتی" (I can't stand for long), the "I" left out
    rf"|{_UR_NOT}\s+(?:\p{{L}}+\s+)?(?:سکتا|سکتی|سکا|سکی)(?:\s+ہوں)?(?=\s*[۔.،,]|$)"
    rf"|(?:کوئی|بالکل)\s+تجربہ\s+{_UR_NOT}|ہمیں\s+(?:اس\s+کی\s+)?اجازت\s+{_UR_NOT}"
    rf"|{_B}کبھی{_E}{_UR_STOP}{{0,40}}?{_UR_NOT}\s+(?:\p{{L}}+\s+)?(?:کیا|کی|کیں|کیے|چلائی|چلایا|بنائی|بنایا|بنائیں)"
)
_UR_WISH = (
    r"(?:چاہتا|چاہتی)\s+ہوں|چاہوں\s+(?:گا|گی)|میری\s+(?:خواہش|آرزو)"
    rf"|{_B}امید\s+(?:ہے|کرتا|کرتی|کرتے|رکھتا|رکھتی)|مجھے\s+امید|میرا\s+(?:خواب|مقصد)\s+(?:ہے|یہ)"
)
_UR_RELATIVES = _words(
    "بھائی", "بہن", "ماں", "والدہ", "امی", "اماں", "والد", "ابو", "ابا", "شوہر", "بیوی", "اہلیہ", "بیٹا",
    "بیٹی", "بیٹے", "کزن", "دوست", "سہیلی", "پڑوسی", "پڑوسن", "ہمسایہ", "چچا", "چچی", "ماموں", "ممانی",
    "خالہ", "خالو", "پھوپھی", "پھپھو", "پھوپھا", "نانا", "نانی", "دادا", "دادی", "والدین", "بچے",
    "بہنوئی", "بھابھی", "سالا", "سالی", "نند", "دیور", "سسر", "ساس", "داماد", "بہو", "بھتیجا", "بھتیجی",
    "بھانجا", "بھانجی",  # in-laws, nephews and nieces
)  # fmt: skip
_UR_COUSIN = r"(?:(?:چچا|ماموں|خالہ|پھوپھی|تایا)\s*زاد\s+|(?:بڑا|بڑی|بڑے|چھوٹا|چھوٹی|چھوٹے)\s+)?"
_UR_AFTER = r"(?:کو|سے|کے|کی|کا|ساتھ|لیے|لئے|پاس|اور\s+میں|و\s+میں)"
_UR_SOMEONE = (
    rf"(?<!{_B}میں\s+اور\s+){_B}(?:میرا|میری|میرے)\s+{_UR_COUSIN}{_UR_RELATIVES}{_E}"
    rf"(?!\s*(?:جی\s+)?{_UR_AFTER}{_E})"
)
_UR_CLEAN = (
    # "دیر" is lateness, but "بہت / زیادہ دیر" and "دیر تک" are "for long"
    r"(?<![\p{L}\p{M}])(?:(?<!(?:بہت|زیادہ|کافی)\s)دیر(?!\s+تک)|لیٹ|غیر\s*حاضر|شکایت|غلطی|مسئلہ|مسئلے|پریشانی|اعتراض|چھٹی|ناغہ|حادثہ"
    r"|مشکل|چھوڑی|چھوڑا|مس\s+نہیں)"
)
URDU = Forms(
    lack=_compile(_UR_LACK),
    wish=_compile(_UR_WISH),
    someone_else=_compile(_UR_SOMEONE),
    clean_record=_compile(_UR_CLEAN),
    table=_URDU,
)

_SH_LACK = (
    rf"میرے\s+کول{_UR_STOP}{{0,60}}?{_UR_NOT}{_E}|{_B}مینوں{_UR_STOP}{{0,60}}?{_UR_NOT}{_E}"
    rf"|{_B}میں{_E}{_UR_STOP}{{0,60}}?{_UR_NOT}\s+(?:\p{{L}}+\s+)?(?:سکدا|سکدی|سکدے|سکیا|سکی){_E}"
    rf"|میرے\s+لئی{_UR_STOP}{{0,60}}?ممکن\s+{_UR_NOT}|اجے\s+تک{_UR_STOP}{{0,50}}?{_UR_NOT}{_E}"
)
_SH_WISH = r"(?:چاہندا|چاہندی)\s+(?:ہاں|آں)|چاہواں\s+(?:گا|گی)|امید\s+(?:اے|کردا|کردی)|میرا\s+سفنا"
_SH_RELATIVES = _words(
    "بھرا", "بھین", "پیو", "ووہٹی", r"گھر\s*والی", r"گھر\s*والا", "پتر", "منڈا", "دھی", "کڑی", "چاچا",
    "چاچی", "ماما", "مامی", "ماسی", "پھپھی", "یار", "گوانڈی", "تایا", "تائی", "ماپے", "بال",
)  # fmt: skip
_SH_AFTER = r"(?:نوں|توں|دا|دی|دے|نال|لئی|کول|تے\s+میں)"
_SH_SOMEONE = (
    rf"(?<!{_B}میں\s+(?:تے|اور)\s+){_B}(?:میرا|میری|میرے)\s+{_UR_COUSIN}{_SH_RELATIVES}{_E}"
    rf"(?!\s*(?:جی\s+)?(?:{_SH_AFTER}|{_UR_AFTER}){_E})"
)

# --- Gurmukhi Punjabi -----------------------------------------------------------------------------------
_GU_NOT = r"(?:ਨਹੀਂ|ਨਹੀ|ਨਹੀੰ)"
_PA_STOP = r"[^.,।!?]"
_PA_LACK = (
    # "ਪਰ ਸ਼ਾਮ 5 ਵਜੇ ਤੋਂ ਬਾਅਦ ਨਹੀਂ ਰੁਕ ਸਕਦੀ" (but I can't stay after 5pm), the "I" left out; not after "ਉਹ" (she, he)
    rf"(?<!{_B}ਉਹ{_E}[^,.।]{{0,80}}){_GU_NOT}\s+(?:[\p{{L}}\p{{M}}]+\s+)?(?:ਸਕਦਾ|ਸਕਦੀ|ਸਕਦੇ|ਸਕਿਆ|ਸਕੀ)(?:\s+ਹਾਂ)?(?=\s*[।.,]|\s+ਕਿਉਂਕਿ|$)|"
    rf"ਮੇਰੇ\s+ਕੋਲ{_PA_STOP}{{0,60}}?{_GU_NOT}{_E}"
    rf"|{_B}ਮੈਨੂੰ{_PA_STOP}{{0,60}}?{_GU_NOT}\s+(?:ਹੈ|ਹਨ|ਆਉਂਦੀ|ਆਉਂਦਾ|ਆਉਂਦੇ|ਪਤਾ){_E}|{_B}ਮੈਨੂੰ{_PA_STOP}{{0,60}}?ਪਤਾ\s+{_GU_NOT}"
    rf"|{_B}ਮੈਨੂੰ{_PA_STOP}{{0,60}}?{_GU_NOT}(?=\s*[।.]|$)"  # "ਕੰਪਿਊਟਰ ਦੀ ਮੈਨੂੰ ਬਹੁਤੀ ਆਦਤ ਨਹੀਂ।" (I am not used to computers)
    rf"|{_B}ਮੈਂ{_E}{_PA_STOP}{{0,60}}?{_GU_NOT}\s+(?:[\p{{L}}\p{{M}}]+\s+)?(?:ਸਕਦਾ|ਸਕਦੀ|ਸਕਦੇ|ਸਕਿਆ|ਸਕੀ){_E}"
    rf"|ਮੇਰੇ\s+ਲਈ{_PA_STOP}{{0,60}}?(?:ਸੰਭਵ|ਮੁਮਕਿਨ)\s+{_GU_NOT}"
    rf"|(?:ਵਰਤੋਂ|ਕੰਮ|ਡਰਾਈਵਿੰਗ|ਟ੍ਰੇਨਿੰਗ|ਸਿਖਲਾਈ)\s+{_GU_NOT}\s+(?:ਕੀਤਾ|ਕੀਤੀ|ਕੀਤੇ){_E}"
    rf"|{_GU_NOT}\s+(?:ਵਰਤਿਆ|ਵਰਤੀ|ਚਲਾਈ|ਚਲਾਇਆ|ਸਿੱਖਿਆ|ਸਿੱਖੀ){_E}|ਅਜੇ\s+ਤੱਕ{_PA_STOP}{{0,50}}?{_GU_NOT}{_E}"
    # "ਮੈਂ ਕਦੇ ਨਹੀਂ ਬਣਾਈਆਂ" (I have never made [them])
    rf"|{_B}ਉਹ\s+ਆਪ\s+(?:ਹੀ\s+)?(?:ਕਰਦੀ|ਕਰਦਾ|ਕਰਦੇ|ਲੈਂਦੀ|ਲੈਂਦਾ){_E}"  # "ਉਹ ਆਪ ਕਰਦੀ ਹੈ" (she does it herself)
    rf"|{_B}ਕਦੇ\s+(?:ਵੀ\s+)?{_GU_NOT}\s+(?:[\p{{L}}\p{{M}}]+\s+)?(?:ਕੀਤਾ|ਕੀਤੀ|ਕੀਤੇ|ਬਣਾਈ|ਬਣਾਈਆਂ|ਬਣਾਇਆ|ਵਰਤਿਆ|ਵਰਤੀ|ਚਲਾਈ|ਚਲਾਇਆ){_E}"
)
_PA_WISH = r"(?:ਚਾਹੁੰਦਾ|ਚਾਹੁੰਦੀ)\s+ਹਾਂ|ਚਾਹੁੰਦੇ\s+ਹਾਂ|ਚਾਹਾਂਗਾ|ਚਾਹਾਂਗੀ|ਉਮੀਦ\s+(?:ਹੈ|ਕਰਦਾ|ਕਰਦੀ)|ਮੇਰੀ\s+ਇੱਛਾ|ਮੇਰਾ\s+ਸੁਪਨਾ"
_PA_RELATIVES = _words(
    "ਭਰਾ", "ਭੈਣ", "ਮਾਂ", "ਮਾਤਾ", "ਮੰਮੀ", "ਪਿਤਾ", "ਪਿਓ", "ਬਾਪੂ", "ਡੈਡੀ", "ਪਤੀ", "ਪਤਨੀ", "ਘਰਵਾਲਾ",
    "ਘਰਵਾਲੀ", "ਪੁੱਤਰ", "ਪੁੱਤ", "ਬੇਟਾ", "ਮੁੰਡਾ", "ਧੀ", "ਬੇਟੀ", "ਕੁੜੀ", "ਚਾਚਾ", "ਤਾਇਆ", "ਮਾਮਾ", "ਮਾਸੀ",
    "ਭੂਆ", "ਚਾਚੀ", "ਤਾਈ", "ਮਾਮੀ", "ਦੋਸਤ", "ਮਿੱਤਰ", "ਸਹੇਲੀ", "ਗੁਆਂਢੀ", "ਗੁਆਂਢਣ", "ਕਜ਼ਨ", "ਮਾਪੇ", "ਬੱਚੇ",
    "ਦਾਦਾ", "ਦਾਦੀ", "ਨਾਨਾ", "ਨਾਨੀ",
    "ਜੀਜਾ", "ਭਾਬੀ", "ਸਾਲਾ", "ਸਾਲੀ", "ਨਣਾਨ", "ਨਣਦ", "ਦਿਓਰ", "ਸਹੁਰਾ", "ਸੱਸ", "ਜਵਾਈ", "ਨੂੰਹ", "ਭਤੀਜਾ", "ਭਤੀਜੀ",
    "ਭਾਣਜਾ", "ਭਾਣਜੀ", "ਭਰਜਾਈ", "ਜੇਠ", "ਜਠਾਣੀ", "ਦਰਾਣੀ",  # in-laws, nephews and nieces
)  # fmt: skip
_PA_KIN = r"(?:(?:ਵੱਡਾ|ਵੱਡੀ|ਵੱਡੇ|ਛੋਟਾ|ਛੋਟੀ|ਛੋਟੇ|ਚਚੇਰਾ|ਚਚੇਰੀ|ਮਸੇਰਾ|ਮਸੇਰੀ|ਮਮੇਰਾ|ਮਮੇਰੀ|ਫੁਫੇਰਾ|ਫੁਫੇਰੀ)\s+)?"
_PA_AFTER = r"(?:ਨੂੰ|ਤੋਂ|ਦਾ|ਦੀ|ਦੇ|ਦੀਆਂ|ਨਾਲ|ਲਈ|ਕੋਲ|ਵਾਸਤੇ|(?:ਅਤੇ|ਤੇ)\s+ਮੈਂ)"
_PA_SOMEONE = (
    rf"(?<!{_B}ਮੈਂ\s+(?:ਅਤੇ|ਤੇ)\s+){_B}(?:ਮੇਰਾ|ਮੇਰੀ|ਮੇਰੇ)\s+{_PA_KIN}{_PA_RELATIVES}{_E}(?!\s*(?:ਜੀ\s+)?{_PA_AFTER}{_E})"
)
_PA_CLEAN = r"(?<![\p{L}\p{M}])(?:ਅਧੂਰ|ਦੇਰ|ਲੇਟ|ਗੈਰਹਾਜ਼ਰ|ਗ਼ੈਰਹਾਜ਼ਰ|ਗੈਰ\s+ਹਾਜ਼ਰ|ਸ਼ਿਕਾਇਤ|ਗਲਤੀ|ਗ਼ਲਤੀ|ਸਮੱਸਿਆ|ਮੁਸ਼ਕਲ|ਇਤਰਾਜ਼|ਛੁੱਟੀ|ਖੁੰਝ|ਛੱਡੀ|ਛੱਡਿਆ)"
PUNJABI = Forms(
    lack=_compile(f"{_PA_LACK}|{_SH_LACK}|{_UR_LACK}"),
    wish=_compile(f"{_PA_WISH}|{_SH_WISH}|{_UR_WISH}"),
    someone_else=_compile(f"{_PA_SOMEONE}|{_SH_SOMEONE}|{_UR_SOMEONE}"),
    clean_record=_compile(f"{_PA_CLEAN}|{_UR_CLEAN}"),
    table=_URDU,
)

# --- Farsi ----------------------------------------------------------------------------------------------
_Z = r"[\u200c\s]?"  # zero-width non-joiner, a space or nothing between the parts of a word
_FA_STOP = r"[^.،,؛؟!]"
_FA_RELATIVES = _words(
    "برادر", "خواهر", "مادر", "پدر", "همسر", "شوهر", "زن", "پسر", "دختر", r"پسر\s*عمو", r"دختر\s*عمو",
    r"پسر\s*خاله", r"دختر\s*خاله", r"پسر\s*دایی", r"دختر\s*دایی", r"پسر\s*عمه", r"دختر\s*عمه", "عمو", "دایی",
    "عمه", "خاله", "دوست", "همسایه", "پدربزرگ", "مادربزرگ", "فرزند", "بچه", r"مادر\s*شوهر", r"پدر\s*شوهر",
    r"مادر\s*زن", r"پدر\s*زن", r"خواهر\s*شوهر", r"برادر\s*شوهر", r"خواهر\s*زن", r"برادر\s*زن", r"زن\s*برادر",
)  # fmt: skip
_FA_MY = rf"(?:{_Z}(?:ام|م)|{_Z}یم|\s+من)"  # برادرم، دایی‌ام، عمویم، برادر من
_FA_START = r"(?:^|[،,؛;:]\s*|(?<![\p{L}\p{M}])(?<!من\s+)(?:و|اما|ولی|چون|زیرا|که)\s+)"
FARSI = Forms(
    lack=_compile(
        rf"{_B}ندار(?:م|یم){_E}|{_B}نداشته{_Z}ام{_E}|{_B}نمی{_Z}(?:توانم|دانم|شناسم){_E}|{_B}نتوانسته{_Z}ام{_E}"
        rf"|(?:رانندگی|استفاده)\s*نمی{_Z}کنم{_E}|بلد\s+نیستم|(?:برایم|برای\s+من){_FA_STOP}{{0,50}}?(?:ممکن|امکان{_Z}پذیر|مقدور)\s+نیست"
        rf"|(?:کار|استفاده|رانندگی|آموزش|تحصیل)\s*(?:نکرده{_Z}ام|نکردم){_E}|(?:آموزش|دوره{_Z}ای|دوره)\s+ندیده{_Z}ام"
        rf"|هنوز{_FA_STOP}{{0,40}}?{_B}ن\p{{L}}+{_Z}(?:ام|م){_E}|تجربه{_Z}ای\s+ندارم"
        # "صورت‌جلسه ننوشته‌ام" (I have not written minutes); "هنوز کامل نیست" (is not yet good enough)
        rf"|{_B}(?:ننوشته|نخوانده|نگرفته|نگذرانده|ندیده|نرفته|نساخته|نبوده){_Z}ام{_E}"
        rf"|هنوز{_FA_STOP}{{0,30}}?(?:کامل|خوب|کافی)\s+نیست|ادامه\s+ندادم"
        # "برای دورهٔ ... اسم نوشته‌ام که از فروردین شروع می‌شود" (I have signed up for a course that starts in spring)
        rf"|(?:اسم\s+نوشته|ثبت{_Z}?نام\s+کرده){_Z}ام{_FA_STOP}{{0,60}}?شروع\s*می{_Z}شود"
    ),
    wish=_compile(
        rf"{_B}می{_Z}(?:خواهم|خوام){_E}|{_B}امیدوار(?:م|یم){_E}|آرزو\s+دارم|قصد\s+دارم|{_B}مایلم{_E}"
        rf"|دوست\s+(?:دارم|داشتم){_FA_STOP}{{0,60}}?(?:{_B}ب\p{{L}}+م{_E}|{_B}(?:کنم|شوم|باشم){_E})|رویای\s+من"
    ),
    someone_else=_compile(
        # ... and a relative of theirs: "عمهٔ شوهرم" (my husband's aunt)
        rf"{_FA_START}(?:{_FA_RELATIVES}(?:\u0654|{_Z}?ی)?\s+)?{_FA_RELATIVES}{_FA_MY}{_E}(?!\s*(?:را|رو){_E})"
        rf"(?!\s+و\s+من{_E})(?!\s+و\s+خودم)"
    ),
    # not a problem given as the reason: "به خاطر مشکل کمرم نمی‌توانم ..." (because of my back problem I cannot ...)
    clean_record=_compile(
        rf"(?<!(?:به\s+خاطر|بخاطر|به\s+دلیل)\s+){_B}(?:دیر|تاخیر|تأخیر|غیبت|غایب|شکایت|اشتباه|مشکل|مشکلی|تصادف|مرخصی|از\s+دست)"
    ),
    table=_PERSO_ARABIC,
)

# --- Bengali --------------------------------------------------------------------------------------------
_BN_STOP = r"[^.,।!?;]"
_BN_RELATIVES = _words(
    "ভাই", "বোন", "মা", "বাবা", "আব্বা", "আম্মা", "আব্বু", "আম্মু", "স্বামী", "স্ত্রী", "বউ", "বৌ", "ছেলে",
    "মেয়ে", "কাজিন", "চাচা", "চাচী", "মামা", "মামী", "খালা", "খালু", "ফুপু", "কাকা", "কাকিমা", "মাসি",
    "মাসিমা", "পিসি", "বন্ধু", "বান্ধবী", "প্রতিবেশী", "দাদা", "দিদি", "দাদু", "নানা", "নানী", "দাদী",
    "বাচ্চারা", "ছেলেমেয়েরা", "বাবা-মা",
)  # fmt: skip
_BN_KIN = r"(?:(?:চাচাতো|মামাতো|খালাতো|ফুপাতো|জেঠতুতো|খুড়তুতো|মাসতুতো|পিসতুতো|বড়|ছোট|বড়ো)\s+)?"
BENGALI = Forms(
    lack=_compile(
        rf"{_B}আমার{_E}{_BN_STOP}{{0,60}}?{_B}(?:নেই|নাই){_E}|{_B}(?:অভিজ্ঞতা|লাইসেন্স)\s+(?:নেই|নাই){_E}"
        rf"|আমার\s+পক্ষে{_BN_STOP}{{0,60}}?সম্ভব\s+(?:নয়|না|হবে\s+না|হচ্ছে\s+না)"
        rf"|{_B}(?:পারি|পারব|পারবো)\s*না{_E}|{_B}পারিনি{_E}|{_B}জানি\s*না{_E}"
        rf"|{_B}(?:ব্যবহার|কাজ|প্রশিক্ষণ|ট্রেনিং|চাকরি|ড্রাইভ)\s+(?:করিনি|করি\s+নি){_E}|{_B}(?:চালাইনি|শিখিনি|পাইনি){_E}"
        rf"|{_B}(?:এখনো|এখনও){_E}{_BN_STOP}{{0,50}}?[\p{{L}}\p{{M}}]+\s*নি{_E}"
    ),
    wish=_compile(
        rf"{_B}চাই{_E}|আশা\s+(?:করি|করছি|রাখি)|(?:ইচ্ছা|ইচ্ছে)\s+(?:আছে|করি|রয়েছে)|আমার\s+(?:ইচ্ছা|ইচ্ছে|স্বপ্ন)"
        r"|ভালো\s+লাগবে|পরিকল্পনা\s+করছি"
    ),
    someone_else=_compile(
        rf"(?<!{_B}আমি\s+(?:আর|ও|এবং)\s+){_B}আমার\s+{_BN_KIN}{_BN_RELATIVES}{_E}(?!\s*(?:আর|ও|এবং)\s+আমি{_E})"
    ),
    clean_record=_compile(rf"{_B}(?:দেরি|দেরী|অনুপস্থিত|অভিযোগ|ভুল|সমস্যা|অসুবিধা|আপত্তি|ছুটি|দুর্ঘটনা|বাদ\s+দিইনি|মিস){_E}"),
)

# --- Gujarati -------------------------------------------------------------------------------------------
_GU_STOP = r"[^.,।!?;]"
_GU_RELATIVES = _words(
    "ભાઈ", "બહેન", "માતા", "મમ્મી", "બા", "પિતા", "પપ્પા", "બાપુજી", "પતિ", "પત્ની", "દીકરો", "પુત્ર",
    "દીકરી", "પુત્રી", "કાકા", "કાકી", "મામા", "મામી", "માસી", "ફોઈ", "મિત્ર", "દોસ્ત", "બહેનપણી",
    "પાડોશી", "પડોશી", "માતા-પિતા", "બાળકો", "દાદા", "દાદી", "નાના", "નાની",
    # in-laws, nephews and nieces
    "બનેવી", "જીજાજી", "ભાભી", "સાળો", "સાળી", "નણંદ", "દિયર", "જેઠ", "સસરા", "સાસુ", "જમાઈ", "વહુ",
    "ભત્રીજો", "ભત્રીજી", "ભાણેજ",
)  # fmt: skip
_GU_KIN = r"(?:(?:પિતરાઈ|મોટો|મોટી|મોટા|નાનો|નાની|નાના)\s+)?"
GUJARATI = Forms(
    lack=_compile(
        rf"મારી\s+પાસે{_GU_STOP}{{0,60}}?{_B}નથી{_E}|{_B}મને{_E}{_GU_STOP}{{0,60}}?{_B}(?:નથી|ન\s+આવડે){_E}"
        rf"|(?:શકતો|શકતી|શકતા|શક્યો|શકી|શક્યા)\s+નથી|નથી\s+(?:શકતો|શકતી)|શકીશ\s+નહીં|{_B}નહીં\s+શકું{_E}"
        rf"|મારા\s+માટે{_GU_STOP}{{0,60}}?(?:શક્ય|સંભવ)\s+નથી"
        rf"|(?:વાપર્યું|વાપર્યો|વાપરી|ઉપયોગ\s+કર્યો|ઉપયોગ\s+કર્યું|કામ\s+કર્યું|ચલાવી|ચલાવ્યું|ચલાવ્યો|તાલીમ\s+લીધી|શીખ્યો|શીખી)\s+નથી"
        rf"|{_B}(?:હજુ|હજી){_E}{_GU_STOP}{{0,50}}?{_B}નથી{_E}"
    ),
    wish=_compile(r"(?:ઈચ્છું|ઇચ્છું)\s+છું|(?:માંગુ|માગું|માંગું)\s+છું|આશા\s+(?:રાખું|રાખુ)\s+છું|મને\s+આશા\s+છે|ગમશે|મારું\s+સપનું"),
    someone_else=_compile(
        rf"(?<!{_B}હું\s+અને\s+){_B}(?:મારો|મારી|મારા)\s+{_GU_KIN}{_GU_RELATIVES}(?:એ|ે)?{_E}"
        rf"(?!\s*(?:પાસેથી|પાસે|સાથે|માટે|ને|થી|નો|ની|નું|ના|અને\s+હું){_E})"
    ),
    clean_record=_compile(rf"{_B}(?:મોડું|મોડો|મોડી|ગેરહાજર|ફરિયાદ|ભૂલ|વાંધો|તકલીફ|સમસ્યા|મુશ્કેલી|રજા|અકસ્માત|ચૂક)"),
)

# --- Tamil ----------------------------------------------------------------------------------------------
_TA_STOP = r"[^.,!?;]"
_TA_NOT = "(?:இ|\u0bbf)ல்லை"  # இல்லை written alone, or joined to the word before (சாத்தியமில்லை)
_TA_RELATIVES = _words(
    "அண்ணன்", "அண்ணா", "தம்பி", "அக்கா", "தங்கை", "அம்மா", "அப்பா", "கணவர்", "கணவன்", "மனைவி", "மகன்",
    "மகள்", "சகோதரன்", "சகோதரர்", "சகோதரி", "மாமா", "சித்தப்பா", "பெரியப்பா", "அத்தை", "சித்தி", "பெரியம்மா",
    "நண்பன்", "நண்பர்", "தோழி", "தோழன்", "உறவினர்", "பெற்றோர்", "பிள்ளைகள்", "குழந்தைகள்", "பாட்டி", "தாத்தா",
    "மைத்துனி", "மைத்துனர்", "மைத்துனன்", "நாத்தனார்",
    r"பக்கத்து\s+வீட்டுக்காரர்", r"ஒன்றுவிட்ட\s+(?:சகோதரன்|சகோதரர்|சகோதரி)",
)  # fmt: skip
TAMIL = Forms(
    lack=_compile(
        rf"{_B}என்னிடம்{_E}{_TA_STOP}{{0,60}}?{_TA_NOT}{_E}|{_B}எனக்கு(?:ச்)?{_E}{_TA_STOP}{{0,60}}?(?:{_TA_NOT}|தெரியாது){_E}"
        rf"|{_B}என்னால்{_E}{_TA_STOP}{{0,60}}?(?:முடியாது|முடியவில்லை){_E}"
        rf"|(?:பயன்படுத்திய|செய்த|பார்த்த|ஓட்டிய|பெற்ற|படித்த|கற்ற)(?:தே\s*இல்லை|து\s+இல்லை){_E}"
        # "-ததில்லை" (have never ...): "விரிதாள் உருவாக்கியதில்லை" (have never made a spreadsheet)
        rf"|[\p{{L}}\p{{M}}]{{2,}}தில்லை{_E}"
        rf"|{_B}(?:பயன்படுத்தவில்லை|ஓட்டவில்லை|கிடைக்கவில்லை){_E}|{_B}இன்னும்{_E}{_TA_STOP}{{0,50}}?{_TA_NOT}{_E}"
        # "நான் ... எழுதவில்லை" (I did not write ...): a first-person clause ending in a denied verb
        rf"|{_B}நான்{_E}{_TA_STOP}{{0,80}}?வில்லை{_E}"
    ),
    wish=_compile(
        rf"[\p{{L}}\p{{M}}]*[க-ஹ]\s+(?:விரும்புகிறேன்|ஆசைப்படுகிறேன்|விரும்புவேன்){_E}|என்று\s+நம்புகிறேன்"
        rf"|{_B}எதிர்பார்க்கிறேன்{_E}|என்\s+(?:கனவு|ஆசை|விருப்பம்)|எனக்கு\s+(?:ஆசை|விருப்பம்)|என்று\s+ஆசை{_E}"
    ),
    someone_else=_compile(rf"{_B}(?:என்|எனது)\s+(?:மூத்த\s+|இளைய\s+)?{_TA_RELATIVES}{_E}"),
    clean_record=_compile(rf"{_B}(?:தாமத|தவற|புகார்|பிரச்சனை|பிரச்சினை|விடுப்பு|சிரமம|ஆட்சேபனை|வராமல்|விபத்து)"),
)

# --- Polish ---------------------------------------------------------------------------------------------
_PL_DONE = _words(
    "pracował", "używał", "użył", "obsługiwał", "prowadził", "jeździł", "robił", "uczył", "studiował",
    "szkolił", "miał", "zdawał", "zdał", "korzystał", "był",
)  # fmt: skip
POLISH = Forms(
    lack=_compile(
        r"\bnie\s+(?:mam|miałem|miałam|posiadam|znam|umiem|potrafię|mogę|jestem\s+w\s+stanie)\b(?!\s+się\s+doczekać)"
        rf"|\bnie\s+{_PL_DONE}(?:em|am)\b|\bjeszcze\s+nie\b|\bbrak\s+mi\b|\bbez\s+doświadczenia\b"
        # a first-person verb denied, someone else doing it: "Cukru we krwi nie mierzę – zawsze robi to pielęgniarka"
        # (blood sugar I don't measure: the nurse always does it)
        r"|\bnie\s+\p{L}{2,}ę\b[^.]{0,40}?\b(?:robi|robią)\s+to\b"
        r"|\bnie\s+jest\s+(?:to\s+)?dla\s+mnie\s+możliw[eya]\b|\bdla\s+mnie\s+(?:to\s+)?(?:jest\s+)?niemożliw[eya]\b"
        r"|\bniemożliw[eya]\s+dla\s+mnie\b|\bale\s+nigdy\s+(?:od|z|w|na|nie)\b",
        ignore_case=True,
    ),
    wish=_compile(
        r"\b(?:chciał(?:a)?bym|chcę|mam\s+nadzieję|marzę|planuję|zamierzam|pragnę|nie\s+mogę\s+się\s+doczekać)\b"
        r"|\bmoim\s+(?:marzeniem|celem)\b",
        ignore_case=True,
    ),
    someone_else=_compile(
        r"\b(?:mój|moja|moi|moje)\s+(?:\p{L}+\s+)?(?:brat|siostra|mama|matka|tata|ojciec|mąż|żona|syn|córka|kuzyn|"
        r"kuzynka|wujek|wuj|ciocia|ciotka|przyjaciel|przyjaciółka|kolega|koleżanka|sąsiad|sąsiadka|rodzice|"
        r"partner|partnerka|teść|teściowa|babcia|dziadek|szwagier|szwagierka)\b(?!\s+i\s+ja\b)",
        ignore_case=True,
    ),
    clean_record=_compile(
        r"\b(?:spóźn\w*|nieobecn\w*|skarg\w*|reklamac\w*|błęd\w*|błąd|problem\w*|kłopot\w*|wypad\w*|opuści\w*|"
        r"opuszcza\w*|trudnoś\w*|sprzeciw\w*|zwolnieni\w*|kiedy|gdy|jeśli|jeżeli)",
        ignore_case=True,
    ),
)

# --- Romanian -------------------------------------------------------------------------------------------
_RO_PREPOSITIONS = r"(?:de|la|pe|cu|pentru|despre|lângă|din|în|prin|fără|către|ca|decât|este|e|sunt|era|și\s+pe)"
ROMANIAN = Forms(
    lack=_compile(
        r"(?:\bnu\s+|\bn-)(?:am|aveam)\s+(?:încă\s+|niciodată\s+|deloc\s+|mai\s+)?(?:lucrat|folosit|utilizat|condus|"
        r"avut|făcut|urmat|studiat|învățat|operat|ocazia|permis|experiență|experienta|certificat|diplomă|"
        r"calificare|cunoștințe|mașină|carnet|atestat|nicio|niciun|vreo|vreun)\b"
        r"|\bnu\s+(?:știu|stiu|pot|sunt\s+în\s+stare|dețin|detin)\b|\bîncă\s+nu\b|\bfără\s+experiență\b"
        r"|\bnu(?:\s+îmi|\s+imi|-mi)\s+(?:este|e)\s+posibil\b|\bnu\s+(?:este|e)\s+posibil\s+pentru\s+mine\b"
        r"|\bpentru\s+mine\s+(?:nu\s+(?:este|e)\s+posibil|este\s+imposibil)\b|\bimposibil\s+pentru\s+mine\b"
        # a course half done or its exams not sat: "am terminat cam jumătate din module", "nu le-am mai dat"
        r"|\bjumătate\s+din\s+(?:module|modul|curs|unități|unitati)\b|\bnu\s+(?:l-am|le-am|am)\s+(?:mai\s+)?(?:dat|susținut|terminat)\b",
        ignore_case=True,
    ),
    wish=_compile(
        r"\b(?:aș|as)\s+(?:dori|vrea|fi\s+bucuros|fi\s+bucuroasă)\b|\b(?:vreau|doresc|sper|intenționez|plănuiesc)\b"
        r"|\b(?:îmi|imi)\s+doresc\b|\bmi-ar\s+(?:plăcea|placea)\b|\bvisul\s+meu\b|\babia\s+aștept\b",
        ignore_case=True,
    ),
    someone_else=_compile(
        rf"(?<!\b{_RO_PREPOSITIONS}\s+)\b(?:fratele|sora|mama|tatăl|tata|soțul|soția|fiul|fiica|băiatul|fata|vărul|"
        r"verișoara|vara|unchiul|mătușa|prietenul|prietena|vecinul|vecina|bunica|bunicul|cumnatul|cumnata|"
        r"părinții|copiii|colega|colegul|șefa|șeful)\s+(?:meu|mea|mei|mele)\b(?!\s+și\s+(?:cu\s+)?(?:eu|mine)\b)"
        r"|^\W*(?:mama|tata)\s+(?!și\s+(?:cu\s+)?(?:eu|mine)\b)(?=\p{L})"
        r"|^\W*(?:o\s+colegă|un\s+coleg)\b",  # "O colegă, Ana, a stat toată noaptea ..." (a colleague stayed all night)
        ignore_case=True,
    ),
    clean_record=_compile(
        r"\b(?:întârzi\w*|intarzi\w*|lipsit|lipsă|plânger\w*|reclamați\w*|greșe\w*|greșeal\w*|problem\w*|"
        r"accident\w*|absen\w*|concediu|obiecți\w*|când|dacă)",
        ignore_case=True,
    ),
)

# --- Portuguese -----------------------------------------------------------------------------------------
# "ainda não" (not yet) of the resident, not of a thing in a relative clause or told with a third person's verb: "os
# meses que ainda não passaram" (the months not yet gone by), "a fatura ainda não chegou" (the invoice has not come)
_PT_NOT_YET = r"\b(?<!\bque\s+)ainda\s+n[ãa]o\b(?!\s+\p{L}+(?:ou|eu|iu|aram|eram|iram)\b)"
_PT_RELATIVES = (
    r"(?:irmão|irmã|mãe|pai|marido|esposo|esposa|mulher|filho|filha|primo|prima|tio|tia|amigo|amiga|vizinho|"
    r"vizinha|pais|filhos|avó|avô|sogra|sogro|namorado|namorada|companheiro|companheira|cunhado|cunhada)"
)
_PT_VERBS = (
    r"(?:é|era|foi|está|esteve|tem|teve|trabalha|trabalhou|trabalhava|faz|fez|fazia|conduz|conduziu|cuida|"
    r"cuidou|estuda|estudou|vive|mora|dirige|gere|geriu|ensina|ensinou|limpa|cozinha|ajuda|ajudou|usa|usou)"
)
_PT_MY = rf"(?:[oa]s?\s+)?(?:meu|minha|meus|minhas)\s+(?:\p{{L}}+\s+)?{_PT_RELATIVES}\b(?!\s+e\s+eu\b)"
PORTUGUESE = Forms(
    lack=_compile(
        # not "um senhor não tinha tomado o comprimido" (a man had not taken his tablet): there "tinha" helps a verb
        r"\b(?:não|nao)\s+(?:tenho|tinha(?!\s+\p{L}+(?:ado|ido)\b)|possuo|sei|consigo|posso|falo|conduzo|dirijo)\b"
        r"|\b(?:nunca|não|nao)\s+(?:trabalhei|usei|utilizei|conduzi|dirigi|fiz|tive|estudei|operei|tirei)\b"
        r"|" + _PT_NOT_YET + r"|\bsem\s+(?:qualquer\s+|nenhuma\s+)?experiência\b"
        r"|\bnão\s+me\s+é\s+possível\b|\bnão\s+é\s+possível\s+para\s+mim\b"
        r"|\bpara\s+mim[^.,;]{0,40}?(?:não\s+é\s+possível|é\s+impossível)|\bimpossível\s+para\s+mim\b"
        # a course half done ("ainda vou a meio", "faltam-me quatro lições"), a part not known ("não conheço")
        r"|\b(?:vou|estou)\s+a\s+meio\b|\bfaltam-me\b|\b(?:não|nao)\s+conheço\b",
        ignore_case=True,
    ),
    wish=_compile(
        r"\b(?:gostaria|adoraria|quero|queria|desejo|espero|pretendo|tenciono|planeio|planejo)\b"
        r"|\b(?:o\s+)?meu\s+sonho\b|\bsonho\s+(?:em|com)\b|\btenho\s+vontade\b|\bmal\s+posso\s+esperar\b",
        ignore_case=True,
    ),
    someone_else=_compile(
        rf"(?:^\W*|\b(?:mas|quando|enquanto)\s+){_PT_MY}"
        rf"|(?:^\W*|[,;:]\s*|\be\s+)(?:um|uma)\s+{_PT_RELATIVES}\s+(?:meu|minha)\b"  # "um amigo meu é ..."
        rf"|^\W*(?:um|uma)\s+{_PT_RELATIVES}\s+{_PT_VERBS}\b"  # "Uma amiga trabalha ..."
        rf"|(?:[,;:]\s*|\be\s+){_PT_MY}(?:\s+\p{{L}}+){{0,2}}?\s+{_PT_VERBS}\b",
        ignore_case=True,
    ),
    clean_record=_compile(
        r"\b(?:atras\w*|falt\w*|queixa\w*|reclama\w*|erro\w*|problema\w*|acidente\w*|ausên\w*|dificuldade\w*|baixa|"
        r"medo|receio|quando)\b",
        ignore_case=True,
    ),
)

# --- Spanish --------------------------------------------------------------------------------------------
_ES_PREPOSITIONS = r"(?:a|de|con|para|por|sin|en|desde|hasta|hacia|entre|sobre|según|como|es|era|fue|y\s+a)"
SPANISH = Forms(
    lack=_compile(
        r"\b(?:no)\s+(?:tengo|tenía|poseo|sé|puedo|consigo|hablo|conduzco|manejo)\b"
        r"|\b(?:nunca|no)\s+(?:he|había)\s+(?:\p{L}+\s+)?(?:trabajado|usado|utilizado|conducido|manejado|hecho|tenido|"
        r"estudiado|operado|sacado)\b"
        r"|\b(?:nunca|no)\s+(?:trabajé|usé|utilicé|conduje|manejé|hice|tuve|estudié|operé|saqué)\b"
        r"|\b(?:todavía|aún)\s+no\b|\bsin\s+(?:ninguna\s+)?experiencia\b"
        r"|\bno\s+me\s+es\s+posible\b|\bno\s+es\s+posible\s+para\s+mí|\bpara\s+mí[^.,;]{0,40}?(?:no\s+es\s+posible|"
        r"es\s+imposible)|\bimposible\s+para\s+mí|\bme\s+(?:es|resulta)\s+imposible\b",
        ignore_case=True,
    ),
    wish=_compile(
        r"\bme\s+(?:gustaría|encantaría)\b|\b(?:quiero|quisiera|deseo|espero|pretendo|planeo)\b"
        r"|\btengo\s+(?:la\s+intención|ganas)\b|\bsueño\s+con\b|\bmi\s+sueño\b|\bestoy\s+deseando\b",
        ignore_case=True,
    ),
    someone_else=_compile(
        rf"(?<!\b{_ES_PREPOSITIONS}\s+)\b(?:mi|mis)\s+(?:\p{{L}}+\s+)?(?:hermano|hermana|madre|mamá|padre|papá|marido|"
        r"esposo|esposa|mujer|hijo|hija|primo|prima|tío|tía|amigo|amiga|vecino|vecina|padres|hijos|abuela|"
        r"abuelo|suegra|suegro|novio|novia|pareja|cuñado|cuñada)\b(?!\s+y\s+yo\b)",
        ignore_case=True,
    ),
    clean_record=_compile(
        r"\b(?:tarde|retras\w*|falt\w*|queja\w*|reclamaci\w*|error\w*|problema\w*|accidente\w*|ausenc\w*|"
        r"inconveniente\w*|dificultad\w*|baja|miedo|cuando|si)\b",
        ignore_case=True,
    ),
)

# --- Somali ---------------------------------------------------------------------------------------------
_SO_DONE = (
    r"(?:shaqeyn|shaqayn|isticmaalin|isticmaalo|wadin|baran|qaadan|helin|tababaran|samayn|sameyn|lihi|haysto|haysan|aqaan|"
    r"aqaano|garanayo|garan|awoodo|karo|kari\s+karo)"
)
_SO_RELATIVES = (
    r"(?:walaalk|walaash|hooyad|aabbah|aabah|nink|xaask|afad|wiilk|gabadh|inant|adeerk|abtig|eeddad|habaryart|"
    r"saaxiibk|saaxiibadd|saaxiibad|derisk|carruurt|ilmah|waalidk|ayeed|awoowah|maamulah)(?:ay|ey)(?:ga|da|gu|du)?"
)
SOMALI = Forms(
    lack=_compile(
        rf"\b(?:ma|kama|uma|lama)\s+{_SO_DONE}\b|\bweli\s+(?:\p{{L}}+\s+)?(?:ma|lama)\b"
        # sat beside or with a nurse or manager while she did it ("waan ag fadhiyey", "la fadhiyey maareeyahayga")
        r"|\bag\s+fadhi\w*|\bla\s+fadhi\w*\s+(?:maareey|kalkaalis|dhakhtar|macallin|agaasim)\w*"
        r"|\b(?:suurtagal|suurtogal)\s+(?:ii\s+)?(?:ma\s+aha|maaha)\b|\biima\s+suurt\w*|\baan\s+khibrad\s+lahayn\b",
        ignore_case=True,
    ),
    wish=_compile(
        r"\bjeclaan\s+lahaa\b|\b(?:rajeyn|rajayn|qorshey|qorshay)\w*|\b(?:doonayaa|rabaa)\b|\b(?:hamigay|riyadayd|yoolkay)\w*",
        ignore_case=True,
    ),
    someone_else=_compile(
        # "Gabadhayda oo 19 jir ah ayaa ..." (my daughter, who is 19, ...): a short "oo ... ah" clause between
        # not after "because" ("sababtoo ah", "maxaa yeelay"): "I can work Saturdays because my husband is home"
        rf"(?<!\b(?:sababtoo\s+ah|sababta\s+oo\s+ah|maxaa\s+yeelay)\s+)"
        rf"\b(?:ina\s+)?{_SO_RELATIVES}\b(?:\s+\p{{L}}+|\s+oo\s+[^.,;]{{1,30}}?\s+ah)?\s+"
        r"(?:wuxuu|waxay|waxaa|waa|ayaa|ayuu|ayay|baa|buu|bay|wuu|way)\b",
        ignore_case=True,
    ),
    clean_record=_compile(
        r"\b(?:habsaam\w*|daah\w*|maqna\w*|cabas\w*|khalad\w*|dhibaato\w*|shil\w*)", ignore_case=True
    ),
)

# --- Turkish --------------------------------------------------------------------------------------------
_TR_RELATIVES = _words(
    "kardeşim", "ağabeyim", "abim", "ablam", "annem", "babam", "eşim", "kocam", "karım", "oğlum", "kızım",
    "kuzenim", "amcam", "dayım", "teyzem", "halam", "arkadaşım", "komşum", "ailem", "çocuklarım", "yengem",
    "eniştem", "kayınvalidem", "kayınpederim", "büyükannem", "büyükbabam", "dedem", "ninem", "anneannem",
    "babaannem", "ebeveynlerim",
)  # fmt: skip
TURKISH = Forms(
    lack=_compile(
        r"\b\p{L}+m\s+yok\b|\b(?:deneyim|tecrübe)\p{L}*\s+olmad\p{L}*"
        r"|\b(?:kullan|çalış|sür|yap|al|öğren|oku|işlet|bulun)(?:ma|me)(?:d[ıiuü]m|m[ıiuü]ş[ıiuü]m|m[ıiuü]şt[ıiuü]m)\b"
        r"|\b(?:kullan|yaz|konuş|sür|çalış|yap|gel|kal|bulun|anlat|taşı|kaldır|oku|ed|kullanıl)(?:a|e|ya|ye)"
        r"m(?:[ıi]yorum|am|em)\b|\bbilmiyorum\b"
        r"|\bhenüz\b[^.,;!?]{0,40}?(?:(?:ma|me)(?:d[ıiuü]m|m[ıiuü]ş[ıiuü]m)\b|\byok\b)"
        r"|\bbenim\s+için[^.,;!?]{0,40}?(?:mümkün\s+değil|imkansız|imkânsız)"
        r"|(?:mümkün\s+değil|imkansız|imkânsız)[^.,;!?]{0,10}?\bbenim\s+için",
    ),
    wish=_compile(
        r"\b(?:istiyorum|isterim|isterdim|umuyorum|umarım|diliyorum|planlıyorum|niyetindeyim|hayalim|hedefim|"
        r"sabırsızlanıyorum)\b|\barzu\s+ediyorum\b"
    ),
    someone_else=_compile(
        rf"\b(?:benim\s+)?{_TR_RELATIVES}\b(?![-'’]\p{{L}})(?!\s+(?:ve|ile)\s+ben\b)"
        r"(?!\s+(?:ile|gibi|için|kadar)\b)"
    ),
    clean_record=_compile(
        r"\b(?:sorun\p{L}*|problem\p{L}*|şikayet\p{L}*|itiraz\p{L}*|gecik\p{L}*|geç\s+kal\p{L}*|devamsız\p{L}*|hata\p{L}*|"
        r"kaza\p{L}*|zorluk\p{L}*|kaçır\p{L}*|izin\p{L}*)"
    ),
    lower=True,
)

# "I want to say / mention / add that...": a way of telling, not a wish.
_SAYING = {
    "ar": r"أقول|أذكر|أشير|أوضح|أضيف",
    "ur": r"بتانا|بتاؤں|کہنا|کہوں|ذکر",
    "pa": r"ਦੱਸਣਾ|ਕਹਿਣਾ|ਦੱਸਾਂ|دسنا|دساں|کہنا|بتانا|ذکر",
    "fa": r"بگویم|بگم|اشاره|توضیح|اضافه",
    "bn": r"বলতে|জানাতে|উল্লেখ",
    "gu": r"કહેવા|જણાવવા|ઉલ્લેખ",
    "ta": r"சொல்ல|கூற|குறிப்பிட",
    "pl": r"\b(?:powiedzieć|podkreślić|dodać|zaznaczyć|wspomnieć)\b",
    "ro": r"\b(?:spun|menționez|adaug|subliniez|precizez)\b",
    "pt": r"\b(?:dizer|mencionar|acrescentar|sublinhar|referir)\b",
    "so": r"\b(?:sheego|sheegto|xuso|caddeeyo)\b",
    "tr": r"\b(?:söylemek|belirtmek|eklemek|bahsetmek)\b",
    "es": r"\b(?:decir|mencionar|añadir|destacar|comentar)\b",
}

_TABLE = {
    "ar": ARABIC,
    "ur": URDU,
    "pa": PUNJABI,
    "fa": FARSI,
    "bn": BENGALI,
    "gu": GUJARATI,
    "ta": TAMIL,
    "pl": POLISH,
    "ro": ROMANIAN,
    "pt": PORTUGUESE,
    "so": SOMALI,
    "tr": TURKISH,
    "es": SPANISH,
}
# "Never" and "not yet": a word for ever, still or yet, then a denial in the same clause ("ਮੈਂ ਕਦੇ ਈਮੇਲ ਨਹੀਂ
# ਭੇਜੀ", I have never sent an email; "nu sunt încă înregistrată", I am not registered yet), whatever the verb. In
# the Latin-script languages "never" counts only with a past verb ("nigdy nie pracowałam", I never worked), not as
# a habit that is how the work is done well ("nu amestec niciodată clorul", I never mix bleach).
_NEVER_OR_NOT_YET = {
    # With لا only after a verb of knowing, having or ability: "لا أترك الملفات على المكتب أبداً" (I never leave the
    # files on the desk) is a habit, like "I never mix bleach".
    "ar": rf"{_B}[فو]?(?:لم|ما|لا\s+{_AR_KNOW_HAVE_CAN}){_E}(?!\s*{_AR_TOLD}{_E})"
    rf"[^.،,؛؟!\n]{{0,60}}?{_B}(?:أبدا|أبداً|قط|بعد){_E}"
    rf"|^\W*(?:أبدا|أبداً){_E}",
    # ... but "never" closing its clause with no verb is a habit ("ਕੂੜੇਦਾਨ ਵਿੱਚ ਕਦੇ ਨਹੀਂ", never in the bin)
    "ur": rf"{_B}(?:ابھی|اب\s+تک){_E}[^.،,۔؟!\n]{{0,60}}?{_B}(?:نہیں|نہ){_E}"
    rf"|{_B}کبھی{_E}[^.،,۔؟!\n]{{0,60}}?{_B}(?:نہیں|نہ){_E}(?!\s*[.،,۔؟!]|\s*$)",
    "pa": rf"{_B}ਅਜੇ{_E}[^.,।!?\n]{{0,60}}?{_B}(?:ਨਹੀਂ|ਨਹੀ|ਨਹੀੰ){_E}"
    rf"|{_B}ਕਦੇ{_E}[^.,।!?\n]{{0,60}}?{_B}(?:ਨਹੀਂ|ਨਹੀ|ਨਹੀੰ){_E}(?!\s*[.,।!?]|\s*$)",
    "fa": rf"{_B}(?:هرگز|هیچ\u200cوقت|هیچ\s*وقت){_E}",
    "bn": rf"{_B}(?:কখনো|কখনও|এখনো|এখনও){_E}[^.,।!?\n]{{0,60}}?(?:{_B}না|{_B}নেই|নি){_E}",
    "gu": rf"{_B}(?:ક્યારેય|કદી|હજુ|હજી){_E}[^.,!?\n]{{0,60}}?{_B}(?:નથી|ન){_E}",
    "ta": rf"{_B}(?:ஒருபோதும்|இதுவரை|இன்னும்){_E}[^.,!?\n]{{0,60}}?(?:{_TA_NOT}|வில்லை){_E}",
    "pl": r"\bjeszcze\s+(?:\w+\s+)?nie\b|\bnigdy\s+(?:\w+\s+)?nie\s+\w+(?:łem|łam|łeś|łaś|ł|ła|ło|li|ły)\b",
    "ro": r"\bnu\s+am\s+(?:\w+\s+){0,2}?niciodată\b|\bniciodată\s+nu\s+am\b|\bîncă\s+nu\b|\bnu\s+(?:\w+\s+){1,2}încă\b",
    "pt": r"\bnunca\s+(?:\w+\s+)?(?:\w+ei|\w+[ei]i|fiz|tive|fui|estive|pude|soube|vi)\b|" + _PT_NOT_YET + "|"
    r"\bnão\s+(?:\w+\s+){1,2}ainda\b",
    "so": r"\bweligay\b|\bweli\s+ma\b",
    "tr": r"\bhiç\s+(?:\w+\s+){0,2}\w+(?:madım|medim|madim|medım)\b|\bhenüz\b",
    "es": r"\bnunca\s+(?:he|había|\w+é|\w+í)\b|\b(?:todavía|aún)\s+no\b",
}


# Not good enough, not familiar, not held, not finished, not allowed: "میری انگریزی بہت اچھی نہیں ہے" (my English is
# not very good), "با کامپیوتر آشنا نیستم" (I am not familiar with computers), "Nu am o diplomă" (I don't have a
# diploma), "ma dhammeyn" (I did not finish it), "nie wolno mi" (I am not allowed).
_NOT_ENOUGH = {
    "ar": rf"{_B}(?:ليست|ليس)\s+(?:\S+\s+)?(?:جيدة|جيدا|جيداً|قوية){_E}|{_B}لست\s+(?:على\s+)?(?:معرفة|دراية){_E}"
    rf"|{_B}ما\s+(?:زلت|زالت)\s+(?:أحس|أتعلم|أحاول)",  # "ما زلت أحسّن لغتي" (I am still improving my English)
    "ur": rf"{_B}(?:اچھی|اچھا|اچھے)\s+نہیں{_E}|{_B}واقف\s+نہیں{_E}",
    "pa": rf"{_B}(?:ਚੰਗੀ|ਚੰਗਾ)\s+ਨਹੀਂ{_E}",
    "fa": rf"{_B}(?:آشنا|بلد)\s+نیستم{_E}|{_B}خوب\s+نیست{_E}",
    "ro": r"\bnu\s+prea\s+(?:știu|mă\s+descurc)\b"
    r"|\bnu\s+am\s+(?:o|un|nicio|niciun)\b|\bnu\s+(?:este|e)\s+(?:prea\s+|foarte\s+)?bun[ăa]?\b|"
    r"\bfără\s+(?:\w+\s+)?(?:certificat|diplom[ăa]|experien[țţ][ăa]|calificare)\b",
    "pl": r"\bnie\s+jest\s+(?:zbyt\s+|bardzo\s+)?dobr[ya]\b|\bnie\s+skończył(?:em|am)\b|"
    r"\bbez\s+(?:\w+\s+)?(?:certyfikatu|dyplomu|doświadczenia|kwalifikacji)\b|\bnie\s+wolno\s+mi\b"
    # "z pisaniem jest gorzej" (writing is worse), "robię jeszcze błędy" (I still make mistakes)
    r"|\bjest\s+gorzej\b|\brobię\s+(?:jeszcze\s+)?błędy\b",
    "pt": r"\bnão\s+é\s+(?:muito\s+)?bo[ma]\b|\bnão\s+(?:terminei|acabei)\b|"
    r"\bsem\s+(?:\w+\s+)?(?:certificado|diploma|experiência|qualificação)\b",
    "so": r"\bma\s+(?:dhammeyn|dhammayn|dhammaysan)\b|\bma\s+fiicna\b",
    "es": r"\bno\s+(?:lo\s+|la\s+)?(?:he\s+)?(?:terminado|terminé|acabado|acabé)\b|"
    r"\bsin\s+(?:\w+\s+)?(?:certificado|diploma|experiencia|título)\b",
}


# Part of what is asked ruled out, as in English "..., but not nights": a time of the week and a bare denial ("ale
# wieczorem nie", but not in the evenings; "pero los fines de semana no", but not at weekends; "ਪਰ ਰਾਤ ਨੂੰ ਨਹੀਂ",
# but not at night; "શનિવારે નહીં", not on Saturdays; "العمل في الليل صعب علي", night work is hard for me);
# "ma qaadi karo" (I can't lift) and "ஆனால் ... முடியாது" (but ... I can't); "ainda é básico" (is still basic);
# and a course given up ("przerwałam", I broke it off; "lo dejé a la mitad", I left it halfway; "ছেড়ে দিতে
# হয়েছে", I had to leave it; "l-am întrerupt", I broke it off); "هنوز ضعیف است" (is still weak); a course still to
# come ("cursul începe abia în septembrie"); and the part done by someone else ("eu só passava os números", I only
# passed on the numbers).
_PART_RULED_OUT = {
    # "... صعبة علي" (hard for me), not a hardship told in the past ("كان صعباً علي في البداية")
    "ar": rf"(?<!{_B}(?:كان|كانت)\s+(?:\S+\s+){{0,4}}){_B}صعب(?:ة|ه|ا)?\s+(?:علي|بالنسبة\s+لي){_E}"
    # "أما صباح السبت فلا" (but Saturday mornings, no); "أساعد الممرضة ... بينما هي تسحب الدم" (I help the nurse while
    # she takes the blood)
    rf"|{_B}أما\s+[^.،؛]{{0,40}}?\s+فلا{_E}|{_B}و?سجلت{_E}[^.]{{0,100}}?{_B}و?(?:ستبدأ|تبدأ|سيبدأ|يبدأ){_E}|{_B}(?:كنت\s+)?أساعد\s+(?:ال)?(?:ممرض|طبيب)\p{{L}}*[^.]{{0,80}}?{_B}بينما\s+(?:هي|هو){_E}"
    # "لكن ليس يوم الجمعة" (but not Friday), "لكن حتى الساعة السادسة فقط" (but only until six); "سأنهيه في حزيران"
    # (I will finish it in June); "رأيت الممرضة ..." (I saw the nurse ...)
    rf"|{_B}و?لكن\s+ليس{_E}|{_B}و?لكن\s+حتى\s+[^.،]{{0,30}}?{_B}فقط{_E}|{_B}و?(?:سأنهي|سأكمل|سأتخرج)\p{{L}}*"
    rf"|{_B}(?:رأيت|شاهدت)\s+(?:ال)?(?:ممرض|طبيب|مشرف|مدير|زميل|أخصائي)\p{{L}}*",
    "ur": rf"{_B}(?:رات|شام|ہفتے|ہفتہ|اتوار|ویک\s*اینڈ|پیر|منگل|بدھ|جمعرات|جمعہ)\s+(?:کو\s+|میں\s+)?نہیں"
    r"(?=\s*[،,۔.؛]|\s+کیونکہ|$)"
    rf"|{_B}(?:لیکن|مگر){_E}[^۔.]{{0,80}}?چھوڑ\s+(?:دیا|دی|دیے|دینا\s+پڑا){_E}"
    rf"|{_B}ممکن\s+نہیں{_E}|{_B}\S+\s+دن\s+نہیں(?=\s*[،,۔.])"  # "تیسرا دن نہیں" (not the third day)
    # a course joined that starts next month ("داخلہ لے لیا ہے جو اگلے مہینے شروع ہوگا"); "beyond that I have done
    # nothing" ("اس سے آگے میں نے کچھ نہیں کیا")
    rf"|{_B}(?:داخلہ\s+لے\s+لیا|کورس){_E}[^۔.]{{0,80}}?شروع\s+ہو\s*(?:گا|گی){_E}|{_B}کچھ\s+نہیں\s+کیا{_E}"
    # a relative's relative as the subject: "میرے شوہر کا کزن ... کام کرتا ہے" (my husband's cousin works ...)
    rf"|میرے\s+\S+\s+(?:کا|کی)\s+(?:کزن|بھائی|بہن|دوست|بیٹا|بیٹی){_E}|{_B}مجھے\s+صرف{_E}"  # "مجھے صرف" (I only know)
    rf"|{_B}باقی\s+سب\s+کچھ\s+وہ{_E}"  # "باقی سب کچھ وہ خود کرتی تھیں" (all the rest she did herself)
    # a course left or to come: "... Diploma شروع کیا تھا، لیکن ... چھوڑنا پڑا" (I had to leave it), "کورس شروع کر رہی
    # ہوں، داخلہ ہو چکا ہے" (I am starting the course; my place is confirmed)
    rf"|(?:کورس|ڈپلوما|Diploma|ٹرم|کلاس|لیول|Level){_E}[^۔.]{{0,100}}?چھوڑنا\s+پڑا{_E}|{_B}شروع\s+کر\s+(?:رہی|رہا)\s+ہوں{_E}"
    rf"|{_B}داخلہ\s+ہو\s+(?:چکا|گیا){_E}",
    "pa": rf"{_B}(?:ਛੱਡਣਾ\s+ਪਿਆ|ਛੱਡਣੀ\s+ਪਈ){_E}"  # "I had to leave it"
    # "ਅੱਧਾ ਹੋ ਗਿਆ ਹੈ" (half is done), "ਬਾਕੀ ... ਪੂਰਾ ਹੋਵੇਗਾ" (the rest will be finished)
    rf"|{_B}ਅੱਧਾ\s+ਹੋ\s+ਗਿਆ{_E}|{_B}ਬਾਕੀ{_E}[^.।]{{0,60}}?(?:ਹੋਵੇਗਾ|ਹੋਵੇਗੀ|ਕਰਾਂਗੀ|ਕਰਾਂਗਾ){_E}"
    rf"|{_B}ਖੜ੍ਹ\s+ਕੇ\s+ਦੇਖ"  # "I stood by and watched"
    rf"|{_B}ਪਰ{_E}[^.।]{{0,80}}?ਛੱਡ\s+(?:ਦਿੱਤੀ|ਦਿੱਤਾ|ਦਿੱਤੇ|ਦੇਣੀ\s+ਪਈ|ਦੇਣਾ\s+ਪਿਆ){_E}"  # "but ... I left it"
    rf"|{_B}(?:ਰਾਤ|ਰਾਤਾਂ|ਸ਼ਾਮ|ਸ਼ਨੀਵਾਰ|ਐਤਵਾਰ|ਸ਼ਨੀ-ਐਤਵਾਰ)\s+(?:ਨੂੰ\s+|ਵੇਲੇ\s+)?{_GU_NOT}(?=\s*[,.।;]|\s+ਕਿਉਂਕਿ|$)"
    rf"|{_B}ਪਰ{_E}[^.।]{{0,80}}?{_GU_NOT}\s+(?:\p{{L}}+\s+)?(?:ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾ\s+ਸਕਦੀ|ਜਾ\s+ਸਕਦਾ|ਕਰ\s+ਸਕਦੀ|ਕਰ\s+ਸਕਦਾ){_E}"
    rf"|{_B}ਪਰ{_E}[^.।]{{0,60}}?{_GU_NOT}(?=\s*[,.।;]|\s+ਕਿਉਂਕਿ)"
    # someone else does it: "..., ਮੈਂ ਨਹੀਂ" (..., not me), "; ਮੈਂ ਸਿਰਫ਼ ..." (; I only ...), "ਉਸ ਨੂੰ ਚਲਾਉਂਦਿਆਂ ... ਦੇਖਿਆ" (I
    # watched him drive it); "ਬਹੁਤ ਘੱਟ ਆਉਂਦਾ" (I know it very little)
    rf"|{_B}ਮੈਂ\s+{_GU_NOT}(?=\s*[।.]|$)|[;,]\s*ਮੈਂ\s+ਸਿਰਫ਼{_E}|ਨੂੰ\s+\S+ਦਿਆਂ\s+(?:\S+\s+){{0,3}}?ਦੇਖਿਆ{_E}"
    rf"|{_B}ਬਹੁਤ\s+ਘੱਟ\s+(?:ਆਉਂਦ|ਵਰਤ)|{_B}(?:ਕਰਦੇ|ਕਰਦਿਆਂ)\s+ਦੇਖ|{_B}ਪਰ{_E}[^.।]{{0,100}}?ਸਿਰਫ਼{_E}",
    "gu": rf"{_B}(?:રાત્રે|રાતે|સાંજે|સોમવારે|મંગળવારે|બુધવારે|ગુરુવારે|શુક્રવારે|શનિવારે|રવિવારે|શનિ-રવિ)\s+(?:નહીં|નહિ)"
    r"(?=\s*[,.;]|\s+કારણ|$)"
    # watching: "હું બાજુમાં ઊભી રહીને જોતી" (I stood beside and watched); "; હું પછી ફક્ત ..." (; I then only ...)
    rf"|{_B}(?:ઊભી|ઊભો)\s+રહીને\s+(?:જોતી|જોતો|જોયું){_E}|[;,]\s*હું\s+(?:\S+\s+)?ફક્ત{_E}"
    rf"|{_B}પણ{_E}[^.]{{0,60}}?(?:નહીં|નહિ)(?=\s*[,.;]|\s+કારણ|$)|{_B}પણ{_E}[^.]{{0,80}}?(?:નહીં|નહિ)\s+(?:બને|થાય|થઈ\s+શકે){_E}"
    rf"|છોડી\s+(?:દીધો|દીધું|દીધી|દેવો\s+પડ્યો|દેવું\s+પડ્યું)"
    # "મારી પોતાની ગાડી નથી" (I have no car of my own); "નામ નોંધાવ્યું છે; તે આવતા ટર્મમાં શરૂ થશે" (registered; it
    # starts next term)
    rf"|{_B}(?:ગાડી|કાર)\s+નથી{_E}|{_B}(?:નહીં|નહિ)\s+ફાવે{_E}|{_B}નામ\s+નોંધાવ્યું[^.]{{0,80}}?શરૂ\s+થશે{_E}"
    rf"|{_B}પહેલાં\s+(?:નહીં|નહિ){_E}",  # "તેની પહેલાં નહીં" (not before that)
    "bn": rf"{_B}(?:রাতে|সন্ধ্যায়|শনিবার|রবিবার|শনি-রবিবার|সপ্তাহান্তে)\s+(?:না|নয়)(?=\s*[,.।;]|\s+কারণ|$)"
    rf"|ছেড়ে\s+(?:দিয়েছি|দিলাম|দিতে\s+(?:হয়েছে|হলো|হয়))",
    # "... ஆனால் இரவில் முடியாது" (but not at night), "வார இறுதி முடியாது." (the weekend is not possible)
    "ta": rf"{_B}வீட்டிலிருந்துதான்{_E}"  # "only from home"
    rf"|{_B}ஆனால்{_E}[^.!?\n]{{0,80}}?(?:முடியாது|நிறுத்திவிட்டேன்|நிறுத்தினேன்){_E}|முடியாது(?=\s*[.,!?]|\s*$)"
    rf"|{_B}(?:பார்த்துக்கொண்டிருந்தேன்|பார்த்திருக்கிறேன்){_E}"  # "I was watching", "I have watched"
    rf"|{_B}நின்று\s+பார்த்தேன்{_E}|{_B}வரை\s+மட்டுமே{_E}",  # "I stood and watched", "only up to"
    "fa": rf"{_B}(?:شب|شب{_Z}ها|آخر\s+هفته|جمعه{_Z}ها|جمعه)\s+(?:را\s+)?نه(?=\s*[،,.؛]|\s+چون|$)"
    rf"|{_B}(?:هنوز\s+)?ضعیف\s+(?:است|هست){_E}|{_B}هنوز\s+ضعیف{_E}"  # "... is (still) weak"
    # "یادم نیست" (I don't remember); "ولی به شمال منطقه ... نمی‌روم" (but to the north I don't go)
    rf"|{_B}یادم\s+نیست{_E}|{_B}(?:ولی|اما){_E}[^.]{{0,80}}?{_B}نمی{_Z}\p{{L}}+م{_E}"
    rf"|{_B}فقط\s+(?:نگاه|تماشا)\s+(?:کردم|می{_Z}کردم){_E}"  # "I only watched"
    # registered for a course next month ("برای ماه آینده در یک دوره ... ثبت‌نام کرده‌ام")
    rf"|{_B}آینده{_E}[^.]{{0,80}}?ثبت{_Z}نام\s+کرده{_Z}ام{_E}|ثبت{_Z}نام\s+کرده{_Z}ام[^.]{{0,80}}?{_B}(?:آینده|شروع\s+می{_Z}شود){_E}",
    "pl": r"\bale\s+(?:wieczorem|wieczorami|w\s+nocy|nocą|nocami|w\s+weekendy?|w\s+soboty|w\s+niedziele|rano)\s+nie\b"
    r"|\bwidział(?:am|em),?\s+jak\b"
    r"|\bale\s+nie\s+w\s+(?:weekendy?|soboty|niedziele|nocy)\b"
    r"|\bmusiał(?:am|em)\s+(?:\w+\s+)?(?:przerwać|zrezygnować)\b"
    r"|\b(?<!nie\s)(?:przerwał|zrezygnował)(?:em|am)\b"
    # "do 20:00 nie dam rady" (until 8pm I can't manage), "z pisaniem jest słabo" (writing is weak), "muszę odebrać
    # syna o 17:00" (I must collect my son at 5pm)
    r"|\bnie\s+dam\s+rady\b|\b(?:jest|są)\s+(?:dla\s+mnie\s+)?(?:słabo|słab[eya]|trudn\w*)\b"
    r"|\bmuszę\s+(?:odebrać|wyjść|wrócić|być\s+w\s+domu)\b"
    # someone else does it: "grafik robi kierowniczka" (the manager makes the rota), "Kierowniczka robiła kontrolę
    # ..., a ja chodziłam z nią" (the manager did the audit, and I went with her)
    r"|\b(?:robi|robiła|robił|robią|robili)\s+(?:to\s+)?(?:kierownik\w*|kierowniczk\w*|pielęgniark\w*|lekarz\w*|"
    r"szef\w*|koleżank\w*|koleg\w*)\b|\b(?:robił|robiła|robili)\b[^.]{0,80}?,\s*a\s+ja\b"
    r"|,\s*a\s+ja\s+tylko\b|\bnigdy\b[^.]{0,30}?\bnie\s+\p{L}+(?:łam|łem)\b"
    r"|\b(?:niedziel|sobot|weekend|wieczor|noc)\p{L}*\s+nie\s*[,.;]"  # "W niedziele nie, bo ..." (Sundays no)
    r"|\btylko\s+do\s+końca\b",  # "tylko do końca gimnazjum" (only to the end of middle school)
    "ro": r"\bdar\s+(?:noaptea|seara|în\s+weekend|sâmbăta|duminica)\s+nu\b|\b(?<!nu\s)am\s+(?:renunțat|abandonat)\b"
    r"|(?:\bl-|\bl-am\s+|(?<!nu\s)\bam\s+)(?:am\s+)?(?:întrerupt|intrerupt)\b|\bnu\s+(?:l-|le-)?am\s+(?:terminat|finalizat)\b"
    r"|\bdar\s+nu\s+(?:și\s+)?(?:în\s+)?(?:weekend|sâmbăta|duminica|noaptea)\b"
    r"|\bdar\s+m-am\s+oprit\b|\bnu\s+(?:vreau|doresc)\s+să\b|\bnu\s+am\s+dat\b|\bînainte\s+să-?l?\s+termin\b"
    # a course still to come ("cursul începe abia în septembrie"); "; eu doar îi primeam" (I only welcomed them)
    r"|\bîncepe\s+abia\b|\bm-am\s+înscris\b[^.]{0,120}?\bîncepe\b|\beu\s+doar\b(?<=(?:[;,]\s*|^\W*)eu\s+doar)"
    # "nu eu" (not me), "m-am uitat cum" (I watched how), "n-am măsurat-o niciodată" (I never measured it)
    r"|\bnu\s+eu\b|\bm-am\s+uitat\s+cum\b|\bn-am\s+\p{L}+(?:-[ol])?\s+niciodată\b"
    # "... și l-am lăsat." (and I left it), not "l-am lăsat să vorbească" (I let him talk); "nu mai des" (no more often)
    r"|\b(?<!nu\s)l-am\s+lăsat(?=\s*[.;]|\s+baltă\b|\s+la\s+jumătate\b)|\bnu\s+mai\s+des\b",
    "pt": r"\bmas\s+(?:aos\s+|nos\s+|à\s+|de\s+)?(?:fins\s+de\s+semana|sábados|domingos|noites?)\s+não\b"
    # a course to come ("Inscrevi-me num curso ... que começa em março"); someone else does it ("mas quem escreve a ata
    # é a gerente", but the one who writes the minutes is the manager)
    r"|\binscrevi-me\b[^.]{0,120}?\bcomeça\b|(?:\bmas\s+|^\W*)quem\s+[^.]{0,50}?\bé\s+(?:a|o)\b|\bainda\s+é\s+simples\b"
    # "foi ela que apontou" (it was she who wrote it down), "ficava ao lado a ouvir" (I stood by listening), "nunca
    # medi" (I never measured)
    r"|\bfoi\s+(?:ela|ele)\s+que\b|\bficava\s+ao\s+lado\b|\bnunca\s+(?:medi|contei|tirei|escrevi)\b"
    r"|\b(?<!(?:nunca|não)\s)(?:desisti|abandonei)\b|\bparei\s+(?:no|na|em|depois|após|ao|logo(?!\s+de\b))\b"
    r"|\bainda\s+não\s+(?:comecei|iniciei|terminei|acabei)\b|\bvou\s+começar\b|[;,]\s*eu\s+só\b"
    r"|\b(?:é|está)\s+(?:ainda\s+)?(?:muito\s+)?(?:básic[oa]|frac[oa])\b"
    r"|\bmas\s+só\s+(?:semana|uma\s+vez|duas\s+vezes|aos|nos|às|de\s+\d|até)\b|\bmas\s+não\s+(?:até|às|aos|nos|à)\b"
    # "ainda fico nervosa" (I still get nervous), "prefiro tratar das coisas por email" (I prefer to do it by email)
    r"|\bainda\s+fico\s+nervos[ao]\b|\bprefiro\s+(?:tratar|fazer|escrever|usar|falar)\b",
    "es": r"\bpero\s+(?:los\s+|las\s+|por\s+la\s+|de\s+)?(?:fines\s+de\s+semana|sábados|domingos|noches?)\s+no\b"
    r"|\b(?<!(?:nunca|no)\s)abandoné\b"
    r"|\b(?:lo|la)\s+dejé\s+(?:a\s+(?:la\s+)?mitad|sin\s+terminar)\b",
    "so": r"\bma\s+\p{L}+\s+karo\b|\blaakiin\s+(?:habeenkii|habeen|fiidkii|sabtida|axadda)\s+(?:ma|maya)\b"
    r"|\blaakiin\b[^.]{0,60}?\biga\s+fog\b"
    # "weligay ma samayn" (I never did it), "anigu marna ma ..." (I never ...), "waan daawanayay oo keliya" (I only
    # watched), "laba keliya ayaan ka dhammeeyay" (I finished only two)
    r"|\bweligay\s+(?:\p{L}+\s+)?ma\b|\banigu\s+marna\s+ma\b|\bdaawa\p{L}*\s+oo\s+keliya\b"
    # "shaqaalaha kale" (the other staff), "iyaguna way qori jireen" (and they wrote it)
    r"|\bdhammeeyay\s+\p{L}+\s+keliya\b|\bshaqaal(?:aha|e)\s+kale\b|\biyagu(?:na)?\s+(?:way|ayaa)\b"
    # "kama aanan shaqayn" (I did not work there), "waxaan daawaday" (I watched), "ilaa lixda ... oo keliya" (only until
    # six)
    r"|\bkama\s+aanan\b|\bwaxaan\s+(?:daawaday|arkay\s+sida)\b|\bilaa\b[^.]{0,30}?\boo\s+keliya\b"
    r"|\bma\s+suurto\p{L}*|\bma\s+suurtagal\b",  # "8da ma suurtoobayso" (8pm is not possible)
}


# Someone else's story heard, watched or left to them: "حكت لي كل شيء" / "برایم تعریف کرد" / "contava-me tudo" /
# "wuxuu ii sheegay" / "ਮੈਂ ਬਹੁਤ ਸੁਣਿਆ ਹੈ" (told me everything, I have heard a lot); the thing done by someone
# "herself" ("كانت الممرضة تأخذها بنفسها", "پریکٹس مینیجر خود لکھتی تھیں", "அவற்றை அவரே பார்த்துக்கொள்வார்"); "it is
# always the nurses who measure" ("são sempre as enfermeiras que medem"); watching ("دیکھتی رہی", "જોતી રહેતી",
# "via a equipa ...", "waxaan daawanayay"); "the research nurse filled in the forms, whereas I copied them"
# ("Asistenta ... completa formularele, iar eu le fotocopiam"); a course to come
# ("zajęcia zaczynają się dopiero we wrześniu", "در ماه مارس ثبت‌نام کرده‌ام", "இனிமேல்தான்"); "nie wiem" (I don't
# know); a Punjabi provisional licence ("ਕੱਚਾ ਲਾਇਸੈਂਸ").
_PL_MONTH = r"(?:styczni|lut|mar|kwie|maj|czerw|lip|sierp|wrze|październik|listopad|grud)\p{L}*"
_HEARD_OR_LEFT_TO_OTHERS = {
    "ar": rf"{_B}(?:كانت\s+|كان\s+)?(?:تقوم|يقوم)\s+به(?:ا)?\s+(?:ال)?(?:ممرض|طبيب|فني|مشرف|مدير)"
    rf"|{_B}(?:كنت\s+)?أساعد\s+(?:ال)?(?:ممرض|طبيب|فني|أخصائي)|{_B}(?:سجلت|دورة){_E}[^.]{{0,100}}?{_B}(?:القادم|المقبل){_E}|{_B}(?:أتفرج|تفرجت|كنت\s+أتفرج){_E}"
    rf"|{_B}(?:حدثني|حدثتني|أخبرني|أخبرتني|حكى\s+لي|حكت\s+لي){_E}[^.،]{{0,30}}?{_B}(?:كل\s+شيء|الكثير){_E}"
    # (not one the resident taught: "صار يكتب القائمة بنفسه", he began to write the list himself)
    rf"|{_B}(?<!(?:صار|صارت|أصبح|أصبحت|بدأ|بدأت)\s+)(?:تأخذ|يأخذ|تفعل|يفعل|تقوم|يقوم|تكتب|يكتب|تعمل|يعمل)\p{{L}}*\s+(?:\S+\s+){{0,2}}بنفس(?:ها|ه){_E}"
    rf"|{_B}فأخذت\s+هي{_E}|{_B}(?:هي\s+التي|هو\s+الذي){_E}[^.]{{0,80}}?{_B}وأنا{_E}"
    rf"|{_B}وسمعت\s+كيف{_E}|{_B}لم\s+\S+[^.،]{{0,30}}?{_B}في\s+حياتي{_E}"
    # "تديرها زميلتي" (my colleague runs it), "وهو يرسم المخططات" (and he draws the charts)
    rf"|{_B}[تي]دير(?:ها|ه)\s+(?:زميل|مدير|مشرف)|{_B}و(?:هو|هي)\s+[يت](?:رسم|كتب|عرض|دير|نشر)\p{{L}}*{_E}"
    rf"|{_B}و?(?:ليست|ليس)\s+تابع\p{{L}}*"  # "وليست تابعة للبلدية" (and it is not part of the council)
    rf"|{_B}أطلب\s+من\s+(?:ال)?زميل",  # "أطلب من زميلة أن تكمل" (I ask a colleague to finish it)
    "fa": rf"{_B}همکارم{_E}[^.]{{0,80}}?[؛،]\s*من{_E}"
    # "my colleague did ...; I ...", "I stood and watched"
    rf"|{_B}(?:ایستادم|ایستاده\s+بودم)\s+و\s+(?:نگاه|دیدم|تماشا){_E}"
    rf"|{_B}(?:برایم|برایمان|برای\s+من|برای\s+ما|به\s+من)\s+(?:\S+\s+)?تعریف\s+(?:کرد|می{_Z}کرد|می{_Z}کند|کرده){_E}"
    rf"|{_B}شنیده{_Z}ام{_E}"
    rf"|{_B}کمک\s+می{_Z}گیرم{_E}"
    rf"|{_B}آینده\s+شروع\s+می{_Z}شود{_E}|{_B}خود\s+(?:مدیر|پرستار|دکتر|همکار|سرپرست)"
    rf"|{_B}ثبت{_Z}نام\s+کرده{_Z}ام{_E}|{_B}نه\s+من{_E}"  # ... "not me"
    # "کلاس‌ها از مهر شروع می‌شود" (the classes start in Mehr), "به دستش می‌دهم" (I hand it to her)
    rf"|{_B}(?:کلاس|دوره)\S*\s+(?:\S+\s+){{0,5}}?شروع\s+می{_Z}شود{_E}|{_B}به\s+دستش\s+می{_Z}دهم{_E}"
    # "امتحان عملی را رزرو کرده‌ام" (I have booked the practical), "درس می‌خوانم" (I am studying), "تا حالا هیچ ..."
    # (never yet any ...), "نشستم و دیدم" (I sat and watched), and someone else doing it ("این کار را همکارم انجام
    # می‌دهد", my colleague does this; "یادداشت‌ها را هماهنگ‌کننده می‌نویسد", the coordinator writes the notes)
    rf"|{_B}رزرو\s+کرده{_Z}ام{_E}|{_B}درس\s+می{_Z}خوانم{_E}|{_B}تا\s+حالا\s+هیچ{_E}|{_B}نشستم\s+و\s+دیدم{_E}"
    rf"|{_B}(?:همکارم|مدیرم|هماهنگ{_Z}?کننده|پرستار|پسرم|دخترم)\s+(?:\S+\s+){{0,3}}?(?:انجام\s+می{_Z}دهد|می{_Z}نویسد"
    rf"|درست\s+می{_Z}کند|اداره\s+می{_Z}کرد){_E}",
    "pa": rf"{_B}ਸ਼ੁਰੂ\s+ਹੋਣ(?:ਗੀਆਂ|ਗੇ|ਗਾ|ਗੀ){_E}|{_B}(?:ਮੇਰੀ\s+ਸਾਥਣ|ਮੇਰਾ\s+ਸਾਥੀ)\s+\S+(?:ਦੀ|ਦਾ)\s+ਹੈ{_E}"
    rf"|{_B}ਨਹੀਂ\s+ਕਰਨਾ\s+ਚਾਹੁੰਦ(?:ਾ|ੀ){_E}|{_B}ਸੁਣਿਆ\s+(?:ਹੈ|ਸੀ){_E}|{_B}ਕੱਚਾ\s+ਲਾਇਸੈਂਸ{_E}|{_B}ਸ਼ੁਰੂ\s+ਹੋਣਾ\s+ਹੈ{_E}|{_B}ਬੁੱਕ\s+ਕੀਤਾ\s+ਹੈ{_E}"
    rf"|{_B}ਪਰ{_E}[^.।]{{0,60}}?{_GU_NOT}\s*[–—-]"
    rf"|(?<!ਮੈਂ\s(?:\S+\s){{0,6}})(?<![\p{{L}}\p{{M}}])ਆਪ\s+(?:ਕਰਦਾ|ਕਰਦੀ|ਕਰਦੇ)\s+(?:ਸੀ|ਸਨ){_E}"
    # "ਦੇਖਿਆ ਹੈ ਕਿ ਉਹ ..." (I have seen how she ...)
    rf"|{_B}ਦੇਖਿਆ\s+ਹੈ\s+ਕਿ\s+ਉਹ{_E}"
    # "ਮੇਰੀ ਮਾਸੀ ਦੀ ਕੁੜੀ" (my aunt's daughter) and what she tells ("ਉਹ ਦੱਸਦੀ ਹੈ ਕਿ")
    rf"|{_B}(?:ਮੇਰਾ|ਮੇਰੀ|ਮੇਰੇ)\s+{_PA_RELATIVES}\s+(?:ਦੀ|ਦਾ|ਦੇ)\s+{_PA_RELATIVES}{_E}|{_B}ਉਹ\s+ਦੱਸਦ(?:ੀ|ਾ)\s+ਹੈ\s+ਕਿ{_E}"
    # "ਨਾਂ ਲਿਖਵਾ ਦਿੱਤਾ ਹੈ" (I have put my name down), "ਸ਼ੁਰੂ ਹੋਵੇਗਾ" (it will start), "ਮੇਰੀ ਨੂੰਹ ਨੂੰ ... ਪਤਾ ਹੈ" (my
    # daughter-in-law knows)
    rf"|{_B}(?:ਨਾਂ|ਨਾਮ)\s+ਲਿਖਵਾ|{_B}ਸ਼ੁਰੂ\s+ਹੋਵੇ(?:ਗਾ|ਗੀ){_E}"
    rf"|{_B}(?:ਮੇਰਾ|ਮੇਰੀ|ਮੇਰੇ)\s+{_PA_RELATIVES}\s+ਨੂੰ\s+[^.।]{{0,60}}?ਪਤਾ\s+ਹੈ{_E}"
    rf"|{_B}ਸਿਰਫ਼\s+(?:\S+\s+)?(?:ਨਰਸ|ਡਾਕਟਰ|ਮੈਨੇਜਰ){_E}",  # "ਸਿਰਫ਼ ਡਿਸਟ੍ਰਿਕਟ ਨਰਸ" (only the district nurse)
    # the manager or accountant as the subject ("Maamulaha guriga ayaa ... hubiya", the home's manager checks; "my
    # manager" is someone else's voice already), not telling the resident what to do ("... ayaa noo sheegta", tells us)
    "so": r"\b(?:ayaan|waan)\s+daawaday\b|\bkuma\s+shaqayn\b"
    r"|\b(?:maamul|xisaabi)(?!\p{L}*(?:ayga|eyga)\b)\p{L}*\s+(?:\p{L}+\s+){0,3}?ayaa\b(?!\s+(?:noo|ii|ina|na)\b)|\bweli\s+kuma\b|\bkuma\s+aanan\b|\b(?:wuxuu|waxay)\s+ii\s+sheegay\b(?!\s+in(?:uu|ay)\s+(?:\p{L}+\s+){0,2}?mahad)"
    r"|\bwaxaan\s+daawanayay\b|\bwaxaa?na\s+daawadaa\b|\bag\s+(?:fadhiistay|taagnaa)\b"
    r"|\b(?:waan|waxaan)\s+(?:fiirinayay|eegayay)\b"
    # "waxaan caawin jiray kalkaalisada marka ay dhiig qaadayso" (I used to help the nurse when she took blood)
    r"|\bwaxaan\s+caawin(?:\s+jiray)?\s+(?:kalkaalis|dhakhtar|maamul)\p{L}*"
    r"|\b(?:kalkaaliso|dhakhtar|maamul)\p{L}*\s+ayaa\s+samayn\b"
    # "iyadaa qorta" (she is the one who writes it), "waan ka baxay" (I left the course)
    r"|\b(?:iyadaa|isagaa|iyagaa)\s+\p{L}+|\b(?:waan|waxaan)\s+ka\s+baxay\b",
    "gu": rf"{_B}(?:જોતી\s+રહેતી|જોતો\s+રહેતો|જોયા\s+કરતી|જોયા\s+કરતો|બેસીને\s+જોતી|બેસીને\s+જોતો){_E}"
    rf"|{_B}(?:છોડવો\s+પડ્યો|છોડવું\s+પડ્યું|છોડવી\s+પડી|બાજુમાં\s+ઊભી\s+રહી|બાજુમાં\s+(?:બેસતી|બેસતો|બેઠી|બેઠો)){_E}|(?:મેનેજર|નર્સ|ડૉક્ટર)\S*\s+જ\s+(?:સંભાળે|જોતા|જોતી|જોતો|કરતા|કરતી|કરતો)"
    # "હું નથી માપતી" (I don't measure it), "ક્યારેય કામ નથી કર્યું" (never worked with it), "બહુ ઓછું વાપર્યું" (used
    # very little)
    rf"|{_B}હું\s+નથી\s+\S+|ક્યારેય\s+કામ\s+નથી|{_B}બહુ\s+ઓછું\s+(?:વાપર્યું|વાપરું|કર્યું){_E}"
    # "જોયું હતું કે તેઓ કેવી રીતે ..." (I saw how they ...)
    rf"|{_B}જોયું\s+(?:હતું\s+)?કે\s+(?:તેઓ|તે)\s+કેવી\s+રીતે{_E}"
    # a course to come ("નામ લખાવ્યું છે", I have put my name down; "સપ્ટેમ્બરથી શરૂ થાય છે", starts in September), a part
    # left ("બાકી રહી ગયો"), "ઓછું ફાવે" (I manage less well), "મારી દીકરી લખી આપે છે" (my daughter writes it for me)
    rf"|{_B}નામ\s+(?:લખાવ્યું|નોંધાવ્યું)\s+છે{_E}|{_B}(?:વર્ગ|કોર્સ|ક્લાસ)\S*\s+(?:\S+\s+){{0,4}}?શરૂ\s+(?:થાય\s+છે|થશે){_E}|{_B}બાકી\s+રહી\s+(?:ગયો|ગયું|ગઈ){_E}"
    rf"|{_B}ઓછું\s+ફાવે{_E}|{_B}લખી\s+આપે\s+છે{_E}"
    rf"|{_B}હું\s+(?:જોતી|જોતો)\s+કે{_E}",  # "હું જોતી કે ..." (I would watch how ...)
    "ur": rf"{_B}\S+(?:تے|تی)\s+دیکھا{_E}|{_B}(?:لیکن|مگر){_E}[^۔.]{{0,40}}?{_B}صرف{_E}[^۔.]{{0,30}}?{_B}تک{_E}"
    rf"|{_B}(?:دیکھتی\s+رہی|دیکھتا\s+رہا|بیٹھ\s+کر\s+دیکھ|سنتی\s+رہی|سنتا\s+رہا){_E}"
    rf"|{_B}خود\s+(?:ہی\s+)?(?:\S+\s+){{0,3}}\S+\s+تھیں{_E}|{_B}اس\s+سے\s+زیادہ\s+نہیں{_E}"  # ... not more than that
    # "پھر نرس مشین چلاتی ہیں" (then the nurse runs the machine); a course booked or a test to come ("کورس بک کر لیا
    # ہے", "یہاں کا ٹیسٹ مئی میں ہے", the test here is in May)
    rf"|{_B}(?:نرس|مینیجر|ڈاکٹر|سپروائزر|کوآرڈینیٹر|ٹیکنیشن)\s+(?:\S+\s+){{0,3}}?(?:چلاتی|چلاتا|چلاتے|ڈالتی|ڈالتا|چڑھاتی|چڑھاتا)"
    rf"\s+(?:ہیں|ہے){_E}"
    rf"|{_B}کورس\s+بک\s+کر\s+(?:لیا|لی){_E}|{_B}(?:ٹیسٹ|امتحان)\s+(?:\S+\s+){{0,2}}?(?:میں|اگلے\s+(?:مہینے|ہفتے|سال))\s+ہے{_E}"
    # "لکھنے میں کمزور ہوں" (I am weak at writing), "میں نے نہیں پڑھے" (I have not read them)
    rf"|{_B}(?:کمزور|سست)\s+ہوں{_E}|{_B}میں\s+نے\s+نہیں{_E}"
    # "تھوڑا سا پتہ ہے" (I know a little), "زیادہ علم نہیں" (not much knowledge), "نہیں کر پاتی" (I cannot manage),
    # "میں صرف" (I only)
    rf"|{_B}تھوڑا\s+سا\s+(?:پتہ|پتا|علم)\s+ہے{_E}|{_B}زیادہ\s+(?:علم|پتہ|پتا)\s+نہیں{_E}|{_B}نہیں\s+کر\s+(?:پاتی|پاتا){_E}"
    rf"|{_B}(?<!{_B}(?:جس|جن|اس|ان|کس)\s+)میں\s+صرف{_E}",  # not "جس میں صرف" (in which only)
    "ta": rf"(?:மேலாளர்|தலைவர்|செயலாளர்|செவிலிய\S*|மருத்துவர்)தான்{_E}"  # "it is the manager who ..."
    rf"|(?:மேலாளர்|தாதி|செவிலிய|மருத்துவர்)\S*\s+(?:\S+\s+){{0,2}}?\S+(?:வார்|வாள்){_E}"
    rf"|{_B}(?:நிறுத்திவிட்டேன்|படித்துக்கொண்டிருக்கிறேன்){_E}|{_B}(?:அவரே|அவளே|அவனே|அவர்களே)\s+(?:\S+\s+){{0,2}}?\S+(?:வார்|வாள்|வான்|வார்கள்){_E}|{_B}இனிமேல்தான்{_E}"
    # a test or class booked: "செய்முறைத் தேர்வை மே மாதத்துக்குப் பதிவு செய்திருக்கிறேன்" (booked the practical for May)
    rf"|(?:தேர்வ|வகுப்ப|பயிற்சி|பரீட்சை)\S*\s+(?:\S+\s+){{0,3}}?பதிவு\s+(?:செய்திருக்கிறேன்|செய்துள்ளேன்){_E}"
    # "செவிலியர் அளந்து சொல்லும் எண்கள்" (the numbers the nurse measures and tells), "... மட்டும் பயிற்சி செய்தோம்" (we
    # only practised on ...)
    rf"|(?:செவிலிய|தாதி|மருத்துவர்)\S*\s+அளந்து|{_B}மட்டும்\s+பயிற்சி\s+செய்த",
    # "I stand next to him and watch how ..."
    "pl": r"\b(?:patrzę|patrzyłam|patrzyłem|obserwowałam|obserwowałem),?\s+jak(?:ie|i|a)?\b|\bstoję\s+obok\b"
    r"|\bjestem\s+zapisan[ay]\b|\bza\s+mnie\b|\bpomagał(?:am|em)\s+(?:koleżance|koledze|pielęgniarce|kierowniczce|"
    r"lekarzowi)\b|\bnie\s+wiem\b|\bzaczyna(?:ją)?\s+się\s+dopiero\b|\bnie\s+chciał(?:a|)bym\b"
    # ... but "teraz robię to sama" (now I do it on my own) is the resident's
    r"|\b(?:pielęgniar|kierowni|lekar|położn|koleżan|szef)\p{L}*\b[^.]{0,80}?"
    r"(?:(?<!\b(?:robię|robiłam|robiłem|zrobię|zrobiłam|zrobiłem)\s+(?:to\s+|je\s+|go\s+)?)\bsam[ao]?\b|,\s*a\s+ja\b)"
    r"|\bzajmuje\s+się\s+(?:tym\s+)?(?:kierowni|pielęgniar|lekar|szef|koleżan|koleg)\p{L}*"
    # "zajęcia zaczynają się we wrześniu" (classes start in September); "pobierają u nas pielęgniarki" (the nurses
    # take them here); "zajmuje się u nas inny zespół" (another team does it here)
    rf"|\bzaczyna(?:ją)?\s+się\s+(?:w|we|od)\s+{_PL_MONTH}"
    r"|\bu\s+nas\s+(?:\w+\s+)?(?:pielęgniark\p{L}*|lekarz\p{L}*|inny\s+zesp[oó]ł)\b|\binny\s+zesp[oó]ł\b"
    r"|\bnie\s+zajmuję\s+się\b|\bsię\s+tym\s+nie\s+zajmuję\b"  # "ja się tym nie zajmuję" (I don't deal with it)
    # "przyglądałam się, jak pracują" (I watched how they work), "pracowałam tylko w szpitalu" (only in a hospital)
    r"|\bprzygląda(?:łam|łem)\s+się\b|\bpracowa(?:łam|łem)\s+tylko\s+w\b"
    # a course signed up for, half done or to finish ("zapisałam się", "zaczynam we wrześniu", "jestem w połowie",
    # "kończę w czerwcu"); typing slowly; "W piątki mogę być dopiero o 9" (on Fridays I can only be there at 9)
    rf"|\bzapisał(?:am|em)\s+się\b|\b(?:zaczynam|kończę)\s+(?:w|we)\s+{_PL_MONTH}|\bjestem\s+w\s+połowie\b"
    r"|\bpiszę\s+wolno\b|\bmogę\s+\w+\s+dopiero\b|\bkorzystał(?:am|em)\s+tylko\b"
    r"|\bktoś\s+mi\s+(?:\w+\s+)?sprawdza\b",  # "ktoś mi sprawdza" (someone checks it for me)
    "ro": r"\b(?:asistent|manager|medic|doctor|coleg|șef|sor)\p{L}*\s[^.]{0,80}?,\s*iar\s+eu\b"
    r"|\biar\s+(?:ea|el)\s+(?:a|au)\s+(?!fost\b)\p{L}+|\bse\s+ocupă\s+(?:asistent|medic|coleg|manager|șef)|\bnu\s+(?:\S+\s+){0,2}până\s+acum\b|\bca\s+să\s+văd\s+cum\b"
    r"|\bn-am\s+\p{L}+\s+încă\b|\biar\s+eu\s+(?:doar|numai)\b|\bnu\s+l-am\s+mai\b|\bam\s+văzut\s+(?:\w+\s+){0,4}?cum\b|\bdoar\s+(?:patroan|patron|șef|manager|asistent|medic|coleg)\p{L}*\b|\bdoar\s+ca\s+să\s+(?:deschid|mă\s+uit|citesc|văd)\b"
    r"|\bdoar\s+(?:la\s+jumătate|primul|prima|primele)\b|\bla\s+jumătate\b"  # only halfway, only the first module
    r"|\bpot\s+doar\s+până\b"  # "Joia pot doar până la 6" (on Thursdays I can only stay until 6)
    # "am auzit multe despre" (I have heard a lot about), "mi-a povestit" (she told me), "nu mai pot" (I can no
    # longer), "îmi este încă greu" (it is still hard for me), "doar l-am deschis" (I have only opened it), "stau lângă
    # ea" (I stand beside her), "sunt înscrisă" (I am enrolled), "o termin la vara" (I finish it next summer)
    r"|\bam\s+auzit\s+(?:multe|mult|destule)\b|\bmi-a\s+povestit\b|(?<!\bcare\s)\bnu\s+mai\s+pot\b(?!\s+fi\b)|\bîmi\s+este\s+(?:încă\s+)?greu\b"
    r"|\bdoar\s+(?:l-am|le-am|am)\s+deschis\b|\bstau\s+lângă\s+(?:ea|el)\b|\bsunt\s+înscris[ăa]?\b"
    r"|\b(?:o|îl)\s+termin\s+(?:la|în|anul|vara)\b"
    r"|\b(?:asistent|medic|doctor|manager|șef)\p{L}*\s+a\s+venit\s+să\b",  # "the nurse came to ..."
    # "contou-me que o companheiro lhe batia" (she told me her partner hit her) is a story's turn, not second-hand
    "pt": r"\b(?:contava-me|me\s+contava)\b|\b(?:contou-me|me\s+contou)\s+(?:como|tudo)\b"
    r"|\b(?:ainda\s+)?tenho\s+(?:\w+\s+)?dificuldade\s+(?:em|com|a|para)\b|\bexplicaram-me\b|\b(?:são|eram)\s+sempre\s+(?:as|os)\b"
    r"|\bsó\s+sei\s+abrir\b|\bparei\s+(?:quando|a\s+meio)\b|\bnunca\s+terminando\b|\bnão\s+dá\b|\bmetade\s+d[ao]s?\b(?!\s+(?:equipa|equipe|pessoal|colegas|funcionários|turma|grupo)\b)|\bdevo\s+terminar\b|\bestou\s+a\s+tirar\b|\bpeço\s+(?:sempre\s+)?a\s+(?:uma\s+)?colega\b"
    r"|\bmas\s+[^.]{0,60}?,\s*não\b|\b(?:vou|estou)\s+no\s+\p{L}+\s+módulo\b"
    r"|\beu\s+não\s+fui\b"  # "Eu não fui" (I did not go)
    r"|(?<!que\s)\bé\s+que\b|\bé\s+(?:a|o)\s+\p{L}+\s+que\s+(?:faz|fazia|marca|marcava|escreve|escrevia|trata|tratava)\b|\bvia?-(?:a|o|as|os)\s+(?:a\s+)?\p{L}+(?:r|ndo)\b|\bsó\s+começam?\b"
    r"|\bnão\s+consegui\s+(?:continuar|acabar|terminar)\b|\bsó\s+fiz\s+(?:o|a|os|as)\s+primeir"
    r"|\b(?:é|era)\s+sempre\s+(?:a|o)\b|\b(?:eram|era|são|é)\s+(?:elas|eles|ela|ele)\s+que\b|\bvia\s+(?:a|o|as|os)\s+(?:equipa|enfermeir|médic|colega)\w*|\bmas\s+eu\s+só\b",
}


# A clean record told with "never" also names lost points, fines or a till left short ("nunca perdi nenhum
# ponto", I never lost a point; "ક્યારેય ઘટ પડી નથી", it was never short), a count that never came out different
# or short ("ਕਦੇ ਫ਼ਰਕ ਨਹੀਂ ਨਿਕਲਿਆ", "کبھی ایک اسکینر بھی کم نہیں نکلا"), a step never skipped ("لم أتجاوز سؤالاً")
# or never rushing anyone ("ਕਦੇ ਕਿਸੇ ਨਾਲ ਕਾਹਲ ਨਹੀਂ ਕਰਦੀ").
_RECORD_MORE = {
    "ar": rf"{_B}(?:نقاط|نقطة|مخالفة|مخالفات|غرامة|عجز|فرق|أتجاوز|أتراجع){_E}",
    "ur": rf"{_B}(?:پوائنٹ|پوائنٹس|جرمانہ|کمی|کم|فرق){_E}",
    "pa": rf"{_B}(?:ਪੁਆਇੰਟ|ਜੁਰਮਾਨਾ|ਘਾਟ|ਫ਼ਰਕ|ਫਰਕ|ਕਾਹਲ){_E}",
    "fa": rf"{_B}(?:جریمه|امتیاز|کسری){_E}",
    "bn": rf"{_B}(?:পয়েন্ট|জরিমানা|ঘাটতি){_E}",
    "gu": rf"{_B}(?:ઘટ|ખોટ|પોઇન્ટ|પોઈન્ટ|દંડ){_E}",
    # ... and "not even one" or "not even once" ("ஒரு penalty point கூட", "ஒருமுறை கூட")
    "ta": rf"{_B}(?:புள்ளி|அபராத|பற்றாக்குறை)|(?<!\p{{L}})(?:penalty|points?)(?!\p{{L}})"
    rf"|{_B}ஒரு(?:முறை)?\s+(?:\S+\s+){{0,2}}?கூட(?:த்|ச்|ப்)?{_E}",
    "pl": r"\b(?:punkt\w*|mandat\w*|mank\w*)\b",
    "ro": r"\b(?:punct\w*|amend\w*|lips\w*)\b",
    "pt": r"\b(?:pont\w*|multa\w*|perd\w*)\b",
    # ... and "weligay qof uma sheegin" (I never told anyone)
    "so": r"\b(?:dhibco\w*|ganaax\w*)\b|\bqof\s+u?ma\s+sheegin\b",
    "tr": r"\b(?:puan\w*|ceza\w*|açık)\b",
    "es": r"\b(?:punto\w*|multa\w*|descuadre\w*)\b",
}


# Caring for a relative at home: a relative and "at home" in one sentence ("اعتنيت بوالدي في البيت", I looked after
# my father at home; "ਮੈਂ ਘਰ ਵਿੱਚ ਆਪਣੀ ਸੱਸ ਦੀ ਦੇਖਭਾਲ ਕੀਤੀ", I cared for my mother-in-law at home). The relative may carry
# a case ending or, in Arabic, a joined preposition ("بوالدي", with my father), so only its start is matched.
_AT_HOME = {
    "ar": (
        r"(?:في|ف)\s*(?:ال)?(?:بيت|منزل)|بالبيت|بالمنزل|(?:يعيش|تعيش|يسكن|تسكن)\s+معنا",
        rf"(?<![\p{{L}}\p{{M}}])[بلو]?{_AR_RELATIVES}",
    ),
    "ur": (r"گھر\s+(?:پر|میں|پہ)|ہمارے\s+ساتھ\s+رہت", rf"{_B}{_UR_RELATIVES}{_E}"),
    "pa": (r"ਘਰ\s+(?:ਵਿੱਚ|ਵਿਚ|ਤੇ)|ਘਰੇ|ਸਾਡੇ\s+ਨਾਲ\s+ਰਹਿੰਦ|گھر\s+(?:وچ|تے)", rf"{_B}(?:{_PA_RELATIVES}|{_SH_RELATIVES}){_E}"),
    "fa": (r"(?:در|تو)\s+(?:خانه|خونه|منزل)|با\s+ما\s+زندگی", rf"{_B}{_FA_RELATIVES}{_FA_MY}{_E}"),
    "bn": (r"বাসায়|বাড়িতে|ঘরে", rf"{_B}(?:{_BN_RELATIVES}|শাশুড়ি|শ্বশুর|দাদি|নানি)(?:র|ের|কে|য়ের|দের)?{_E}"),
    "gu": (r"ઘરે|ઘરમાં|અમારી\s+સાથે\s+રહે", rf"{_B}{_GU_RELATIVES}(?:ની|નો|ના|ને|નું|એ)?{_E}"),
    "ta": (r"வீட்டில்", rf"{_B}(?:{_TA_RELATIVES}|மாமியார்|மாமனார்)"),
    "pl": (
        r"\bw\s+domu\b(?!\s+(?:opieki|pomocy|seniora|spokojnej))|\bmieszka\s+z\s+nami\b",
        r"\b(?:mam[aąęy]|matk\w+|tat[aąęy]|ojc\w+|babci\w*|dziad\w+|teś\w+|mę[żz]\w+|żon\w+|syn\w*|córk\w+|"
        r"brat\w*|siostr\w+)\b",
    ),
    "ro": (
        r"\bacasă\b|\blocuiește\s+cu\s+noi\b",
        r"\b(?:mam[aăe]\w*|tat[aă]\w*|bunic\w*|soacr\w*|socr\w*|soț\w*|fiul\w*|fiic\w*|frate\w*|sor[aăei]\w*)\b",
    ),
    "pt": (
        r"\bem\s+casa\b(?!\s+de\s+(?:repouso|saúde|cuidados))|\b(?:mora|vive)\s+(?:conosco|com\s+a\s+gente)\b",
        r"\b(?:mãe|pai|avó|avô|sogr\w*|marido|esposa|filh\w*|irm\w*)\b",
    ),
    "es": (
        r"\ben\s+casa\b(?!\s+de\s+(?:reposo|salud))",
        r"\b(?:madre|padre|mamá|papá|abuel\w*|suegr\w*|marido|esposa|hij\w*|herman\w*)\b",
    ),
    "so": (r"\bguri(?:ga|geyga|gayaga|gaaga)\b", rf"\b{_SO_RELATIVES}"),
    "tr": (r"\bevde\b", rf"\b(?:{_TR_RELATIVES})"),
}
_FAMILY_AT_HOME = {
    code: (_compile(home, ignore_case=True), _compile(kin, ignore_case=True)) for code, (home, kin) in _AT_HOME.items()
}


# "Him", "her" and "them" as the one cared for: the story of a relative goes on in the next sentence that speaks
# of them ("I look after my mother-in-law at home. I bathe her and give her medicines on time").
_THEM = {
    "ar": rf"{_B}(?:هو|هي|له|لها|معه|معها|عنده|عندها)\p{{L}}*{_E}|\p{{L}}+(?:ه|ها){_E}",
    "ur": rf"{_B}(?:وہ|اس|ان|انہیں|انھیں|اسے){_E}",
    "pa": rf"{_B}(?:ਉਹ|ਉਸ|ਉਸਨੂੰ|ਉਹਨਾਂ|ਉਨ੍ਹਾਂ|ਓਹਨਾਂ){_E}|{_B}(?:اوہ|اوس|اونہاں){_E}",
    "fa": rf"{_B}(?:او|اورا|ایشان|وی){_E}",
    "bn": rf"{_B}(?:উনি|উনাকে|উনার|ওনার|ওনাকে|ওকে|তাকে|তার|তিনি|তাঁকে|তাঁর){_E}",
    "gu": rf"{_B}(?:તે|તેને|તેની|તેનું|તેના|તેમને|તેમની|તેમના|તેઓ|એને|એની|એમને){_E}",
    "ta": rf"{_B}(?:அவர்|அவருக்கு|அவரை|அவரது|அவள்|அவளுக்கு|அவளை|அவன்|அவனுக்கு|அவனை){_E}",
    "pl": r"\b(?:jej|jego|go|nią|niej|nim|mu|jemu|ona|on)\b",
    "ro": r"\b(?:ea|el|lui|îl|îi|o\s+(?:spăl|hrănesc|duc|ajut|îngrijesc))\b",
    "pt": r"\b(?:ela|ele|dela|dele|lhe|a\s+(?:ajudo|levo|lavo)|o\s+(?:ajudo|levo|lavo))\b",
    "es": r"\b(?:ella|él|le|la\s+(?:ayudo|llevo|baño)|lo\s+(?:ayudo|llevo|baño))\b",
    "so": r"\b(?:iyada|isaga|iyaga|u\s+\p{L}+|ayaan\s+u)\b",
    "tr": r"\b(?:ona|onu|onun|onlara)\b",
}
_THEM_AGAIN = {code: _compile(pattern, ignore_case=True) for code, pattern in _THEM.items()}


def family_at_home(sentences: list[str], language: str) -> list[bool]:
    """Which sentences in another language tell of caring for a relative at home (see ``_AT_HOME``): a relative
    and "at home" in one sentence, "at home" after a sentence naming the relative ("My brother has schizophrenia.
    I care for him at home"), or a sentence speaking of them after one that told it ("... I bathe her")."""
    code = language.split("-")[0].lower()
    if code not in _FAMILY_AT_HOME:
        return [False] * len(sentences)
    home, kin = _FAMILY_AT_HOME[code]
    told: list[bool] = []
    named = False
    for sentence in sentences:
        text = VOICES[code].normal(sentence)
        at_home, relative = bool(home.search(text)), bool(kin.search(text))
        goes_on = bool(told) and told[-1] and bool(_THEM_AGAIN[code].search(text))
        told.append((at_home and (relative or named)) or goes_on)
        named = relative
    return told


# "I said / told / replied that": a denial after it is what the resident said in a story (``Forms._reported``).
_REPORTED = {
    "ar": rf"{_B}(?:قلت|أخبرت|أجبت|شرحت|أوضحت)\p{{L}}*[^.؟!]{{0,30}}?{_B}(?:إن|أن|بأن)",
    "ur": r"(?:کہا|بتایا|سمجھایا|جواب\s+دیا)\s+کہ",
    "pa": r"(?:ਕਿਹਾ|ਦੱਸਿਆ|ਸਮਝਾਇਆ)\s+ਕਿ|(?:کہیا|دسیا)\s+کہ",
    "fa": rf"{_B}(?:گفتم|توضیح\s+دادم|جواب\s+دادم){_E}",
    "bn": rf"{_B}(?:বললাম|বলেছিলাম|জানালাম|বুঝিয়ে\s+বললাম){_E}",
    "gu": rf"{_B}(?:કહ્યું|જણાવ્યું|સમજાવ્યું){_E}",
    "ta": r"\s*(?:என்று|என)\s+(?:சொன்னேன்|கூறினேன்|விளக்கினேன்|பதில்)",
    "pl": r"\b(?:powiedział|odpowiedział|wyjaśnił|tłumaczył)(?:am|em)\b[^.!?]{0,30}?\bże\b",
    "ro": r"\b(?:am\s+spus|i-am\s+spus|le-am\s+spus|am\s+răspuns|am\s+explicat)\b[^.!?]{0,30}?\bcă\b",
    "pt": r"\b(?:disse|respondi|expliquei)\b[^.!?]{0,30}?\bque\b",
    "so": r"\b(?:u\s+sheegay|ugu\s+jawaabay|u\s+sharaxay)\b",
    "tr": r"\b(?:söyledim|açıkladım|cevap\s+verdim)\b",
    "es": r"\b(?:dije|respondí|contesté|expliqué)\b[^.!?]{0,30}?\bque\b",
}


# "Because": a relative after it is the resident's reason (see ``Forms._because_before``).
_BECAUSE = {
    "ar": rf"{_B}(?:لأن|لان|لأنه|لأنها|لأني|لأنني|بسبب){_E}",
    "ur": rf"{_B}(?:کیونکہ|چونکہ){_E}|اس\s+(?:لیے|لئے)\s+کہ",
    "pa": rf"{_B}(?:ਕਿਉਂਕਿ|ਕਿਉਂ\s+ਕਿ|کیونکہ){_E}",
    "fa": rf"{_B}(?:چون|چونکه|زیرا){_E}|برای\s+اینکه",
    "bn": rf"{_B}(?:কারণ|যেহেতু){_E}",
    "gu": rf"{_B}(?:કારણ|કેમ\s*કે){_E}",
    "ta": rf"{_B}(?:ஏனென்றால்|ஏனெனில்){_E}",
    "pl": r"\b(?:bo|ponieważ|gdyż)\b",
    "ro": r"\b(?:pentru\s+că|fiindcă|deoarece|căci)\b",
    "pt": r"\b(?:porque|pois|já\s+que)\b",
    "so": r"\b(?:sababtoo\s+ah|sababta\s+oo\s+ah|maxaa\s+yeelay)\b",
    "tr": r"\b(?:çünkü|zira)\b",
    "es": r"\b(?:porque|ya\s+que|pues)\b",
}


# Having no young children or others to look after tells that one is free, not a lack: "Não tenho filhos pequenos",
# "nie mam dzieci", "ليس لدي أطفال", "میرے بچے نہیں".
_NO_DEPENDANTS = {
    "ar": rf"{_B}(?:ليس|ما)\s+(?:لدي|عندي)\s+(?:أطفال|أولاد){_E}",
    "ur": rf"{_B}(?:کوئی\s+)?(?:چھوٹے\s+)?بچے\s+نہیں{_E}",
    "pa": rf"{_B}(?:ਛੋਟੇ\s+)?ਬੱਚੇ\s+ਨਹੀਂ{_E}",
    "fa": rf"{_B}(?:بچه|فرزند)(?:\s+\S+)?\s+ندارم{_E}",
    "bn": rf"{_B}(?:ছোট\s+)?(?:বাচ্চা|সন্তান)\s+নেই{_E}",
    "gu": rf"{_B}(?:નાનાં\s+)?બાળકો\s+નથી{_E}",
    "ta": rf"{_B}(?:சிறு\s+)?குழந்தைகள்\s+இல்லை{_E}",
    "pl": r"\bnie\s+mam\s+(?:małych\s+)?dzieci\b",
    "ro": r"\bnu\s+am\s+copii\b",
    "pt": r"\bnão\s+tenho\s+(?:filhos|crianças)\b",
    "so": r"\b(?:carruur|ilmo|caruur)\s+ma\s+lihi\b",
    "tr": r"\b(?:küçük\s+)?çocuğum\s+yok\b",
    "es": r"\bno\s+tengo\s+(?:hijos|niños)\b",
}


def _with_more_forms(code: str, forms: Forms) -> Forms:
    """A language's patterns with the lacks and clean-record words above added, and its verbs of saying."""
    denials = (
        _NEVER_OR_NOT_YET[code],
        _NOT_ENOUGH.get(code),
        _PART_RULED_OUT.get(code),
        _HEARD_OR_LEFT_TO_OTHERS.get(code),
    )
    never = unicodedata.normalize("NFC", "|".join(filter(None, denials)))
    lack = regex.compile(f"(?:{forms.lack.pattern})|(?:{never})", forms.lack.flags)
    more = unicodedata.normalize("NFC", f"{_RECORD_MORE[code]}|{_NO_DEPENDANTS[code]}")
    record = forms.clean_record
    record = (
        regex.compile(f"(?:{record.pattern})|(?:{more})", record.flags) if record else _compile(more, ignore_case=True)
    )
    saying, because = _compile(_SAYING[code], ignore_case=True), _compile(_BECAUSE[code], ignore_case=True)
    reported = _compile(_REPORTED[code], ignore_case=True)
    return replace(forms, lack=lack, clean_record=record, saying=saying, because=because, reported=reported)


#: Language code -> its patterns.
VOICES: dict[str, Forms] = {code: _with_more_forms(code, forms) for code, forms in _TABLE.items()}
