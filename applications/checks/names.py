"""The resident's own name written in another script: an account name in Latin letters ("Yousef Haddad")
found in Arabic, Farsi, Urdu, Panjabi or Gujarati text ("يوسف حداد") by the consonants the two spellings share.

Each word is reduced to its consonant skeleton: vowels, vowel signs and letters that stand for vowels inside a
word are dropped, letters that sound alike fall together (k, q and c; s and the Arabic ص; t and ط ...), and a
doubled consonant counts once. A name is found only where consecutive words match every word of the account
name, each with two consonants or more, so a short given name alone is never matched.
"""

from __future__ import annotations

import unicodedata

import regex

_LATIN_PAIRS = {"kh": "k", "sh": "s", "ch": "c", "gh": "g", "ph": "f", "th": "t", "dh": "d", "bh": "b", "ck": "k"}
_LATIN_SAME = str.maketrans({"q": "k", "c": "k", "w": "v", "x": "k"})
_VOWELS = set("aeiou")

# Arabic-script letters (Arabic, Farsi, Urdu) to the Latin consonant they are written with.
_ARABIC = {
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ٹ": "t", "ث": "s", "س": "s", "ص": "s", "ش": "s", "ج": "j", "چ": "k",
    "ح": "h", "ه": "h", "ہ": "h", "ھ": "h", "خ": "k", "د": "d", "ڈ": "d", "ذ": "z", "ض": "z", "ظ": "z", "ز": "z",
    "ژ": "z", "ر": "r", "ڑ": "r", "ع": "", "غ": "g", "ف": "f", "ق": "k", "ک": "k", "ك": "k", "گ": "g", "ل": "l",
    "م": "m", "ن": "n", "ں": "n", "ة": "",
}  # fmt: skip
_ARABIC_GLIDES = {"و": "v", "ي": "y", "ی": "y", "ى": "y", "ے": "y"}  # consonants only at a word's start
# Gurmukhi (Panjabi) and Gujarati consonants; their vowel signs and the virama are marks, dropped.
_INDIC = {
    "ਕ": "k", "ਖ": "k", "ਗ": "g", "ਘ": "g", "ਚ": "k", "ਛ": "k", "ਜ": "j", "ਝ": "j", "ਟ": "t", "ਠ": "t", "ਡ": "d",
    "ਢ": "d", "ਣ": "n", "ਤ": "t", "ਥ": "t", "ਦ": "d", "ਧ": "d", "ਨ": "n", "ਪ": "p", "ਫ": "f", "ਬ": "b", "ਭ": "b",
    "ਮ": "m", "ਯ": "y", "ਰ": "r", "ਲ": "l", "ਵ": "v", "ਸ": "s", "ਹ": "h", "ੜ": "r", "ਜ਼": "z", "ਸ਼": "s",
    "ક": "k", "ખ": "k", "ગ": "g", "ઘ": "g", "ચ": "k", "છ": "k", "જ": "j", "ઝ": "j", "ટ": "t", "ઠ": "t", "ડ": "d",
    "ઢ": "d", "ણ": "n", "ત": "t", "થ": "t", "દ": "d", "ધ": "d", "ન": "n", "પ": "p", "ફ": "f", "બ": "b", "ભ": "b",
    "મ": "m", "ય": "y", "ર": "r", "લ": "l", "વ": "v", "શ": "s", "ષ": "s", "સ": "s", "હ": "h", "ળ": "l",
}  # fmt: skip
_WORD = regex.compile(r"[\p{L}\p{M}\u200c]+")
_MIN_CONSONANTS = 2


def _collapse(letters: list[str]) -> str:
    """Join the consonants, a doubled one once; a "y" after the start is a vowel ("Priya", "પ્રિયા") and a final
    "h" is silent ("Sarah", "سارة")."""
    letters = [letter for index, letter in enumerate(letters) if letter and not (letter == "y" and index > 0)]
    kept = [letter for index, letter in enumerate(letters) if index == 0 or letter != letters[index - 1]]
    return "".join(kept).rstrip("h")


def latin_skeleton(word: str) -> str:
    """ "Haddad" -> "hd", "Yousef" -> "ysf", "Tariq" -> "trk"."""
    text = unicodedata.normalize("NFKD", word.lower())
    text = "".join(char for char in text if "a" <= char <= "z")
    for pair, single in _LATIN_PAIRS.items():
        text = text.replace(pair, single)
    return _collapse([char.translate(_LATIN_SAME) for char in text if char not in _VOWELS])


def script_skeleton(word: str) -> str:
    """The same skeleton of a word in Arabic script, Gurmukhi or Gujarati: "حداد" -> "hd"."""
    letters = []
    for index, char in enumerate(unicodedata.normalize("NFC", word)):
        if char in _ARABIC_GLIDES:
            letters.append(_ARABIC_GLIDES[char] if index == 0 else "")
        else:
            letters.append(_ARABIC.get(char) or _INDIC.get(char, ""))
    return _collapse(letters)


def name_in_script(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``text`` writes the account ``name`` (two words or more, in Latin letters) in another script."""
    wanted = [latin_skeleton(part) for part in name.split()]
    if len(wanted) < 2 or any(len(skeleton) < _MIN_CONSONANTS for skeleton in wanted):  # noqa: PLR2004
        return []
    found_words = [(match, script_skeleton(match.group())) for match in _WORD.finditer(text)]
    spans = []
    for start in range(len(found_words) - len(wanted) + 1):
        run = found_words[start : start + len(wanted)]
        if all(skeleton == want for (_, skeleton), want in zip(run, wanted, strict=True)):
            spans.append((run[0][0].start(), run[-1][0].end()))
    return spans
