"""Hand-made word lists that let a statement's concrete words evidence a criterion's general ones.

A criterion names a kind of thing ("a trade", "protective clothing", "working at height"); a resident
names the thing itself ("painting and decorating", "hairnets and white coats", "a ladder"). The synonym
groups in ``matching`` are two-way; these lists are one-way, from the general word to examples of it, so
"plumbing" evidences "a trade" but "a trade" never evidences "plumbing".

``COMPOUNDS`` are phrases a criterion uses as one idea. They are read as one key term (so "care home" is
not evidenced by "care" and "home" in different places: caring for a parent at home is not care-home
work) and weigh two words when counting how many of a criterion's terms a sentence must hold.
``INSTANCES`` maps one criterion word to words and phrases that are examples of it.

Sentences and phrases are compared as Snowball stems, so plurals and verb forms match.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .text import stem, words

# Words that are also something else ("I saw", "a fire drill") are written as phrases.
_HAND_TOOLS = (
    "hammer, screwdriver, spanner, chisel, wrench, pliers, hand tool, a saw, hand saw, hacksaw, coping saw, tenon saw"
)
_POWER_TOOLS = "a drill, power drill, drilled, jigsaw, sander, grinder, mitre saw, circular saw, nail gun, power tool"
# The languages most spoken in London after English, for "speaks a community language".
_LANGUAGES = (
    "arabic, bengali, sylheti, somali, urdu, punjabi, gujarati, hindi, tamil, farsi, dari, pashto, kurdish, turkish, "
    "polish, romanian, bulgarian, lithuanian, portuguese, spanish, italian, french, albanian, tigrinya, amharic, "
    "yoruba, twi, cantonese, mandarin, russian, ukrainian"
)
_SAFETY_GEAR = "goggles, ear defenders, hard hat, hi-vis, safety boots, gloves, face mask, visor, harness"

COMPOUNDS: dict[str, str] = {
    "care home": "care home, nursing home, residential home",
    "health and safety": f"health and safety, risk assessment, first aid, hazard, unsafe, {_SAFETY_GEAR}",
    "at height": "ladder, stepladder, scaffold, scaffolding, on a roof, on the roof, loft, cherry picker, harness",
    "hand and power tools": f"{_HAND_TOOLS}, {_POWER_TOOLS}",
    "power tools": _POWER_TOOLS,
    "hand tools": _HAND_TOOLS,
    "driving licence": "driving licence, driving license, car test, driving test, clean licence, full licence, "
    "penalty points, drive a car, drove a van, delivery driver",
    "protective clothing": f"protective clothing, ppe, hairnet, apron, gown, overalls, white coat, {_SAFETY_GEAR}",
    "protective equipment": f"protective equipment, ppe, hairnet, apron, gown, overalls, {_SAFETY_GEAR}",
    "building maintenance": "building maintenance, repair, mend, patch, plaster, skirting, hang doors, tiles, "
    "handyman, odd jobs",
    "stock control": "stock control, stock take, stocktake, stock count, reorder, ordering stock, inventory",
    "community language": f"community language, {_LANGUAGES}",
    "second language": f"second language, {_LANGUAGES}",
    "another language": f"another language, {_LANGUAGES}",
    "attention to detail": "attention to detail, noticed, spotted, double-check, checked each, checked every",
}

INSTANCES: dict[str, str] = {
    "trade": "decorating, decorator, painter, plastering, plasterer, plumbing, plumber, carpentry, carpenter, "
    "joinery, joiner, electrician, bricklaying, bricklayer, tiling, tiler, roofer, glazier, welder, mechanic, "
    "locksmith, builder, apprenticeship",
    "maintenance": "repair, mend, fix, patch, servicing",
    "tool": f"{_HAND_TOOLS}, {_POWER_TOOLS}",
    "licence": "car test, driving test, penalty points",
    "driving": "car, van, drive, drove, driven",
    "wear": "wore, worn, put on, changed into",
    "detail": "fault, spotted, noticed, inspect, double-check, checked each, checked every",
    "accurate": "fault, spotted, noticed, double-check",
    "repetitive": "production line, assembly line, packing line, whole shift, all day, over and over, "
    "again and again, routine, hundreds of, thousands of",
    "concentrate": "focus, focused, careful, carefully",
    "early": "morning, dawn, first thing",
    "late": "evening, night, overnight, midnight",
    "evening": "night, late",
    "weekend": "saturday, sunday",
    "saturday": "weekend",
    "sunday": "weekend",
    "shift": "rota",
    "rota": "shift",
    "manufacturing": "factory, production line, assembly line, packing line",
    "laboratory": "lab",
    "cleanroom": "clean room",
    "pharmacy": "chemist, pharmacist, dispensary, dispensing",
    "retail": "in a shop, at a shop, shop assistant, shop floor, supermarket, checkout, high street, "
    "sales assistant, stacked shelves",
    "instruction": "job sheet, checklist, told me to, told us to, asked me to, followed, guidance",
    "confidential": "not share, not tell, not talk about, not give out, not pass on, not discuss, need to know, "
    "locked away",
    "deadline": "on time, in time, before the end of, by the end of",
    "secretary": "personal assistant, administrator, office manager, receptionist, clerk",
    "education": "gcse, gcses, a level, a levels, o level, school, college, university, degree, diploma, baccalaureate",
    "excel": "spreadsheet, workbook, vlookup, sumif, pivot table, formulas",
    "formula": "vlookup, sumif, pivot table",
    "gardening": "garden, lawn, grass, hedge, weeding, weeds, planting, mowing, mowed, allotment, flower beds, pruning",
    "grounds": "churchyard, park, lawn, grass, verges, playing fields, flower beds",
    "outdoors": "outside, out on foot, in the rain, in the snow, open air",
    "weather": "rain, snow, wind, frost, icy, heatwave, storm, freezing",
    "mower": "ride-on, lawnmower, mowed, mowing",
    "strimmer": "trimmer, edging",
    "dexterity": "tweezers, fiddly, small parts, threading, sewing, soldering, batteries",
    "dispensing": "make up prescriptions, made up prescriptions, making up prescriptions, dispensary",
    "stock": "supplies, running low, supplier, wholesaler, reorder, stock take",
}

_HOURS = regex.compile(r"\b(\d{1,2})(?:[:.]\d{2})?\s*(am|pm)\b", regex.IGNORECASE)


def stems_of(text: str) -> tuple[str, ...]:
    """The Snowball stems of a text's words, in order."""
    return tuple(stem(word) for word in words(text))


def _phrases(listing: str) -> tuple[tuple[str, ...], ...]:
    return tuple(stems_of(item) for item in listing.split(",") if item.strip())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, ...], tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    compounds = {stems_of(key): _phrases(listing) for key, listing in COMPOUNDS.items()}
    instances = {stem(key): _phrases(listing) for key, listing in INSTANCES.items()}
    return compounds, instances


def compounds_in(stems: tuple[str, ...]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where a criterion (as stems) uses a compound: (start, end, the compound's key), longest first."""
    compounds, _ = _tables()
    found: list[tuple[int, int, tuple[str, ...]]] = []
    taken: set[int] = set()
    for key in sorted(compounds, key=len, reverse=True):
        for start in range(len(stems) - len(key) + 1):
            span = range(start, start + len(key))
            if stems[start : start + len(key)] == key and not taken.intersection(span):
                found.append((start, start + len(key), key))
                taken.update(span)
    return found


def _holds(sentence: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    if len(phrase) == 1:
        return phrase[0] in sentence
    return any(sentence[i : i + len(phrase)] == phrase for i in range(len(sentence) - len(phrase) + 1))


def compound_found(key: tuple[str, ...], sentence: tuple[str, ...]) -> bool:
    """Whether a sentence (as stems) holds a compound or one of its examples."""
    compounds, _ = _tables()
    return any(_holds(sentence, phrase) for phrase in compounds.get(key, (key,)))


def instance_found(term: str, sentence: tuple[str, ...]) -> bool:
    """Whether a sentence (as stems) holds an example of a criterion word (a stem)."""
    _, instances = _tables()
    return any(_holds(sentence, phrase) for phrase in instances.get(term, ()))


def names_clock_time(text: str) -> bool:
    return bool(_HOURS.search(text))


def time_words(text: str) -> frozenset[str]:
    """Stems a clock time stands for: "6am" is early (a morning), "7pm" late (an evening), "10pm" a night."""
    found: set[str] = set()
    for hour, half in _HOURS.findall(text):
        number = int(hour)
        if half.lower() == "am" and 4 <= number <= 8:  # noqa: PLR2004 - an early start
            found.update({stem("early"), stem("morning")})
        elif half.lower() == "am" and (number <= 3 or number == 12):  # noqa: PLR2004 - the small hours
            found.update({stem("night"), stem("late")})
        elif half.lower() == "pm" and 6 <= number <= 11:  # noqa: PLR2004 - a late finish
            found.update({stem("late"), stem("evening")} | ({stem("night")} if number >= 9 else set()))  # noqa: PLR2004
    return frozenset(found)
