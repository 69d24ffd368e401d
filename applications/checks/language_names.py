"""Which languages an answer says the resident speaks, read in the site's eleven languages.

A criterion naming only certain languages ("Speaks Arabic, Farsi or Portuguese") is not met by an answer that
names others ("Vorbesc româna, italiana și un pic de spaniolă": I speak Romanian, Italian and a little Spanish).
Each language is found by the stems of its name as the site's languages write it: English, Polish, Romanian,
Portuguese and Somali in Latin letters, then Arabic, Urdu and Farsi, Panjabi (Gurmukhi), Gujarati and Tamil.
"""

from __future__ import annotations

import regex

# language: the stems of its name. Latin stems are matched at the start of a word, other scripts anywhere in one.
_NAMES = {
    "arabic": ("arab", "árab", "carab", "عرب", "ਅਰਬੀ", "અરબી", "அரபு", "அரபி"),
    "farsi": (
        "farsi",
        "persian",
        "persk",
        "persan",
        "persa",
        "dari$",
        "faarsi",
        "فارس",
        "دری",
        "ਫ਼ਾਰਸੀ",
        "ਫਾਰਸੀ",
        "ફારસી",
        "பாரசீக",
        "ஃபார்சி",
    ),
    "portuguese": ("portug", "boortaqiis", "برتغال", "پرتگال", "پرتغال", "ਪੁਰਤਗਾਲੀ", "પોર્ટુગીઝ", "போர்த்துக"),
    "urdu": ("urdu", "اردو", "أردو", "الأردية", "ਉਰਦੂ", "ઉર્દૂ", "ઉર્દુ", "உருது"),
    "punjabi": ("punjab", "panjab", "pendżab", "pundżab", "pendjab", "پنجاب", "بنجاب", "ਪੰਜਾਬੀ", "પંજાબી", "பஞ்சாபி"),
    "greek": (
        "greek",
        "greck",
        "greac",
        "greceas",
        "grego",
        "grega",
        "giriig",
        "يونان",
        "یونان",
        "ਯੂਨਾਨੀ",
        "ગ્રીક",
        "கிரேக்க",
    ),
    "turkish": ("turk", "turc", "turco", "turca", "turki", "ترک", "ترك", "ਤੁਰਕੀ", "તુર્કી", "துருக்கி"),
    "somali": ("somal", "soomaal", "صومال", "سومال", "ਸੋਮਾਲੀ", "સોમાલી", "சோமாலி"),
    "yoruba": ("yoruba", "joruba", "ioruba", "iorubă", "يوروبا", "یوروبا", "ਯੋਰੂਬਾ", "યોરુબા", "யொருபா", "யோருபா"),
    "twi": ("twi$",),
    "french": (
        "french",
        "francus",
        "france",
        "francez",
        "francês",
        "frances",
        "faransiis",
        "فرنس",
        "فرانس",
        "ਫ਼ਰਾਂਸੀਸੀ",
        "ਫਰਾਂਸੀਸੀ",
        "ਫ੍ਰੈਂਚ",
        "ફ્રેન્ચ",
        "பிரெஞ்சு",
    ),
    "polish": (
        "Polish$",
        "polsk",
        "polonez",
        "polaco",
        "polaca",
        "boolish",
        "بولند",
        "لهستان",
        "پولش",
        "پولستانی",
        "ਪੋਲਿਸ਼",
        "પોલિશ",
        "போலிஷ்",
        "போலந்து",
    ),
    "gujarati": ("gujarat", "gudżarat", "guzerat", "gujaraat", "گجرات", "غوجارات", "ਗੁਜਰਾਤੀ", "ગુજરાતી", "குஜராத்தி"),
    "bengali": ("bengal", "bangla", "sylhet", "بنگال", "بنغال", "ਬੰਗਾਲੀ", "બંગાળી", "வங்காள"),
    "tamil": ("tamil", "تامل", "تاميل", "ਤਾਮਿਲ", "તમિલ", "தமிழ்"),
    "sinhala": ("sinhal", "syngal", "cingalez", "cingalês", "سنہالی", "سنهال", "سینهال", "ਸਿੰਹਾਲ", "સિંહાલ", "சிங்கள"),
    "romanian": (
        "romanian",
        "rumuńsk",
        "român",
        "romanes",
        "romen",
        "romeno",
        "romena",
        "رومان",
        "ਰੋਮਾਨੀਆਈ",
        "રોમાનિયન",
        "ரோமானிய",
    ),
    "spanish": (
        "spanish",
        "hiszpańsk",
        "spaniol",
        "espanhol",
        "isbaanish",
        "إسبان",
        "اسپانیا",
        "اسپانوی",
        "ہسپانوی",
        "ਸਪੈਨਿਸ਼",
        "સ્પેનિશ",
        "ஸ்பானிஷ்",
    ),
    "hindi": ("hindi", "ہندی", "هندي", "هندی", "ਹਿੰਦੀ", "હિન્દી", "હિંદી", "ஹிந்தி", "இந்தி"),
    "italian": (
        "italian",
        "włosk",
        "italiano",
        "italiana",
        "talyaani",
        "إيطال",
        "ایتالیا",
        "اطالوی",
        "ਇਤਾਲਵੀ",
        "ઇટાલિયન",
        "இத்தாலிய",
    ),
    "pashto": ("pashto", "pushto", "pasztu", "paștun", "pastó", "پشتو", "بشتو", "ਪਸ਼ਤੋ", "પશ્તો", "பஷ்தோ"),
    "tigrinya": ("tigrinya", "tygrin", "tigrin", "ትግርኛ"),
    "amharic": ("amhar", "أمهر", "امهر", "አማርኛ"),
    "russian": ("russian", "rosyjsk", "rusă", "rusa", "russo", "russa", "ruush", "روسي", "روسی", "ਰੂਸੀ", "રશિયન", "ரஷ்ய"),
    # Languages named in English (and in Polish, Romanian or Portuguese where the name is easy to tell)
    "kurdish": ("kurdish", "kurdysk", "kurdă", "curdo"),
    "albanian": ("albanian", "albańsk", "albanez", "albanês"),
    "bulgarian": ("bulgarian", "bułgarsk", "bulgar"),
    "lithuanian": ("lithuanian", "litewsk", "lituan"),
    "ukrainian": ("ukrainian", "ukraińsk", "ucrainean", "ucraniano", "ucraniana"),
    "swahili": ("swahili", "suahili", "suaíli"),
    "igbo": ("igbo$",),
    "chinese": ("chinese", "chińsk", "chinez", "chinês"),
    "mandarin": ("mandarin", "mandaryńsk"),
    "cantonese": ("cantonese", "kantońsk", "cantonez", "cantonês"),
    "vietnamese": ("vietnamese", "wietnamsk", "vietnamez", "vietnamita"),
    "tagalog": ("tagalog", "filipino$"),
    "hungarian": ("hungarian", "węgiersk", "maghiar", "húngaro"),
    "slovak": ("slovak", "słowack", "slovac", "eslovaco"),
    "czech": ("czech", "czesk", "checo"),
    "nepali": ("nepali", "nepalese", "nepalsk", "nepalez"),
    "malayalam": ("malayalam",),
    "telugu": ("telugu",),
    "marathi": ("marathi",),
    "lingala": ("lingala",),
    "shona": ("shona$",),
    "hausa": ("hausa$",),
    "krio": ("krio$",),
    "german": ("german", "niemieck", "alemão", "alemã"),
    "dutch": ("dutch", "holendersk", "niderlandzk", "olandez", "holandês"),
    "japanese": ("japanese", "japońsk", "japonez", "japonês"),
    "korean": ("korean", "koreańsk", "coreean", "coreano"),
    "hebrew": ("hebrew", "hebrajsk", "ebraic", "hebraico"),
    "latvian": ("latvian", "łotewsk", "leton"),
    "serbian": ("serbian", "serbsk", "sârb", "sérvio"),
    "croatian": ("croatian", "chorwack", "croat"),
    "bosnian": ("bosnian", "bośniack", "bosniac", "bósnio"),
    "georgian": ("georgian", "gruzińsk"),
    "armenian": ("armenian", "ormiańsk", "armean", "armênio"),
    "afrikaans": ("afrikaans",),
    "zulu": ("zulu$",),
    "berber": ("berber", "amazigh", "tamazight"),
    "bsl": ("bsl$", "british sign language"),
    "makaton": ("makaton",),
}
# A language a criterion names that others are kinds of: "Speaks Chinese" is met by Mandarin or Cantonese.
_KINDS = {"chinese": {"mandarin", "cantonese"}}
_LATIN = regex.compile(r"^\p{Latin}")
_NOT_IN_WORD = r"(?![\p{L}\p{M}])"


def _stem_pattern(stem: str) -> str:
    """A stem's pattern: a Latin one starts a word, and one ending in "$" is a whole word ("twi", not "twice"); one
    written with a capital is matched only so ("Polish", not "polishing the floors"). A
    Tamil name's last vowel-less mark (virama) gives way to a case ending's vowel ("தமிழ்" in "தமிழும்"), so it is
    left off."""
    whole = stem.endswith("$")
    pattern = regex.escape(stem.rstrip("$").removesuffix("\u0bcd")) + (_NOT_IN_WORD if whole else "")
    if stem[0].isupper():
        pattern = f"(?-i:{pattern})"
    return rf"(?<![\p{{L}}\p{{M}}]){pattern}" if _LATIN.match(stem) else pattern


_FOUND = {
    language: regex.compile("|".join(_stem_pattern(stem) for stem in stems), regex.IGNORECASE)
    for language, stems in _NAMES.items()
}
# A list left open: "Arabic, Bengali or another language spoken locally", "a community language such as Punjabi".
_OPEN_LIST = regex.compile(
    r"\b(?:another|other|such\s+as|like|e\.?\s?g\.?|for\s+example|including|community|local(?:ly)?|any|similar)\b",
    regex.IGNORECASE,
)


def named(text: str) -> set[str]:
    """The languages ``text`` names, by the English names in ``_NAMES``."""
    return {language for language, found in _FOUND.items() if found.search(text)}


def only_others_named(criterion: str, answer: str) -> bool:
    """Whether a criterion asks for certain languages only and the answer names languages, none of them asked."""
    asked = named(criterion)
    asked |= {kind for language in asked for kind in _KINDS.get(language, ())}
    if not asked or _OPEN_LIST.search(criterion):
        return False
    told = named(answer)
    return bool(told) and not told & asked
