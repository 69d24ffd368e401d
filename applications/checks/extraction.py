"""Finding the job title, band, employer, closing date and criteria in an advert."""

from __future__ import annotations

import datetime as dt

import regex
from rapidfuzz import fuzz

from .models import NOT_STATED, Block, Document, Vacancy
from .text import normalise, sentences, strip_bullet

_FLAGS = regex.IGNORECASE | regex.VERSION1

_ESSENTIAL = regex.compile(r"^(?:essential|e)(?:\s+(?:criteria|requirements?))?\s*:?\s*$", _FLAGS)
_DESIRABLE = regex.compile(r"^(?:desirable|d)(?:\s+(?:criteria|requirements?))?\s*:?\s*$", _FLAGS)
_INLINE_LEVEL = regex.compile(r"^(essential|desirable)\s*(?:criteria)?\s*[:\-–]\s*(\S.*)$", _FLAGS)
_SPEC_START = regex.compile(
    r"^(?:person(?:al)?\s+specification|person\s+spec|selection\s+criteria|criteria|"
    r"what\s+we\s+are\s+looking\s+for|about\s+you|the\s+ideal\s+candidate)\b",
    _FLAGS,
)
_CATEGORY = regex.compile(
    r"^(?:qualifications?(?:\s+and\s+training)?|education(?:\s+and\s+qualifications)?|training|experience|"
    r"skills?(?:\s+and\s+(?:abilities|knowledge))?|knowledge(?:\s+and\s+(?:skills|understanding))?|abilities|"
    r"personal\s+(?:qualities|attributes)|values|other(?:\s+requirements)?|additional\s+requirements|"
    r"communication\s+skills|attributes|criteria|requirements|how\s+assessed|assessed\s+by|method\s+of\s+assessment)"
    r"\s*:?\s*$",
    _FLAGS,
)
_SECTION_END = regex.compile(
    r"^(?:job\s+(?:summary|purpose|description|overview|responsibilities)|main\s+duties|key\s+(?:duties|"
    r"responsibilities)|duties|responsibilities|about\s+(?:us|the\s+(?:trust|team|role|service))|benefits|"
    r"what\s+we\s+offer|how\s+to\s+apply|further\s+(?:information|details)|additional\s+information|"
    r"contact(?:\s+details)?|employer\s+(?:details|certification|name)|documents?\s+to\s+download|"
    r"terms\s+and\s+conditions|disclosure|uk\s+registration|applicant\s+requirements|working\s+for\s+our)",
    _FLAGS,
)
_DUTIES = regex.compile(
    r"^(?:main\s+duties|key\s+(?:duties|responsibilities)|duties|responsibilities|job\s+responsibilities|"
    r"what\s+you\s+will\s+do|the\s+role|benefits|what\s+we\s+offer|about\s+the\s+role)",
    _FLAGS,
)
# Lines that are never criteria wherever they are printed: eligibility checks the employer makes, lines
# saying nothing is needed, benefits, and the job's duties (what the post holder does, not who they are).
_ELIGIBILITY = regex.compile(
    r"right\s+to\s+(?:work|live|remain)|eligib\w*\s+(?:to\s+(?:work|live|be\s+employed)|for\s+employment)|"
    r"eligib\w*.{0,40}\b(?:UK|United\s+Kingdom|Britain)\b|\bvisas?\b|sponsor(?:ship|ed)?\b|work\s+permit|"
    r"immigration|settled\s+status|disclosure\s+and\s+barring|\bDBS\b|criminal\s+record|"
    r"pre-?employment\s+checks?|occupational\s+health\s+clearance|closing\s+date|apply\s+early|"
    r"we\s+reserve\s+the\s+right",
    _FLAGS,
)
_NOTHING_NEEDED = regex.compile(
    r"\bno\s+(?:(?:previous|prior|formal|relevant|particular|specific)\s+)*(?:experience|qualifications?)\s+"
    r"(?:is\s+|are\s+)?(?:needed|required|necessary|essential|asked\s+for)|"
    r"(?:do\s+not|don't|don’t|dont|won't|won’t|will\s+not)\s+need\s+(?:any\s+)?"
    r"(?:(?:previous|prior|formal|relevant)\s+)*(?:experience|qualifications)|"
    r"^(?:previous\s+|prior\s+)?(?:experience|qualifications?)\s+(?:is\s+|are\s+)?not\s+"
    r"(?:needed|required|necessary|essential)|"
    r"\bwith(?:out|\s+no)\s+(?:(?:previous|prior|any)\s+)?experience|"
    r"^(?:full\s+)?training\s+(?:will\s+be\s+|is\s+)?(?:given|provided)|\bnew\s+starters\s+(?:are\s+)?welcome",
    _FLAGS,
)
_BENEFIT = regex.compile(
    r"^(?:we\s+(?:offer|provide|give|pay|will\s+(?:offer|provide|give|pay|support|fund))|"
    r"(?:you\s+will|you(?:'|’)ll)\s+(?:receive|get|enjoy|earn|benefit|be\s+(?:offered|given|paid|entitled)|"
    r"have\s+(?:the\s+)?(?:chance|opportunity|access|support))|(?:our\s+)?benefits\s+include|in\s+return)\b|"
    r"annual\s+leave|\bpensions?\b|\bdiscounts?\b|salary\s+sacrifice|season\s+ticket|cycle\s+to\s+work|"
    r"childcare\s+vouchers?|blue\s+light\s+card|\bgym\b|\bdays(?:'|’)?\s+(?:of\s+)?(?:annual\s+)?(?:leave|holiday)|"
    r"holiday\s+entitlement|employee\s+assistance|car\s+lease|free\s+parking|relocation\s+(?:package|allowance)|"
    r"work-?life\s+balance|essential\s+to\s+us",
    _FLAGS,
)
# Verbs that open a duty written as an instruction ("Wash and inspect instruments"); verbs that also open
# person requirements ("Maintain confidentiality", "Manage own workload", "Use a computer") are left out.
_DUTY_VERBS = (
    r"answer|greet|wash|pack|serve|deliver|collect|transport|escort|clean|type|file|book|restock|unpack|inspect|"
    r"process|prepare|assist|support|help|carry\s+out|undertake|order|update|input|enter|arrange|attend|liaise|"
    r"co-?ordinate|organi[sz]e|respond|handle|take|check|ensure|provide|deal\s+with|move|sort|scan|photocopy|"
    r"dispense|decontaminate|sterili[sz]e|assemble|chaperone|accompany|distribute|replenish|empty|dispose\s+of|"
    r"cook|perform|operate|chase|triage|supervise|train|act\s+as|participate|contribute|keep|put\s+away|"
    r"make\s+sure|look\s+after|set\s+up|draw|label|log|issue|measure|monitor"
)
_DUTY = regex.compile(
    r"^(?:(?:you\s+will|you(?:'|’)ll|the\s+(?:post\s*holder|post-holder|job\s*holder|successful\s+(?:candidate|"
    r"applicant)|person\s+appointed)\s+will)(?!\s+(?:also\s+)?(?:need|have|be\s+(?:able|confident|comfortable|"
    r"competent|skilled|experienced|someone|a|an|willing|happy|flexible|educated|qualified|registered|fluent|"
    r"familiar|expected\s+to\s+(?:have|hold|be\s+able))|possess|hold|bring|already|ideally|demonstrate|show|"
    r"require|ideally|know|understand|enjoy\s+working|want))\s+\w|"
    r"(?:your\s+)?(?:main\s+)?(?:duties|responsibilities|tasks)\s+(?:will\s+)?(?:include|involve|are)\b|"
    r"(?:this|the)\s+(?:role|job|post)\s+(?:will\s+)?(?:involves?|includes?|is\s+responsible)\b|"
    r"responsible\s+for\b|to\s+(?:be\s+responsible\s+for|(?:" + _DUTY_VERBS + r")\b)|"
    r"(?:" + _DUTY_VERBS + r")\s+(?!of\b|skills?\b|experience\b|(?:UK\s+)?driving\b|record\b)\w)",
    _FLAGS,
)
# Prose requirements. A strong cue gives the level by itself; a weak one ("You will have...", "You should
# be...") takes the level of the heading it sits under, essential if none.
_PROSE_ESSENTIAL = regex.compile(
    r"\b(?:it\s+is\s+(?:essential|vital|crucial|important)\s+that|(?:you|candidates?|applicants?|the\s+"
    r"(?:post\s*holder|successful\s+\w+|person\s+appointed))\s+(?:must|(?:will\s+)?need\s+to|(?:will\s+)?need\s+"
    r"(?:a|an|good|excellent|strong|some|the|experience|knowledge|skills?)|are\s+required\s+to|have\s+to)\b|"
    r"you(?:'|’)ll\s+need|must\s+(?:have|be|hold|possess|demonstrate|show)\b|(?:is|are)\s+(?:essential|"
    r"required|needed|a\s+must)\b|essential\s+(?:that|for\s+this\s+(?:role|post|job)))",
    _FLAGS,
)
_PROSE_WEAK = regex.compile(
    r"\b(?:you|candidates?|applicants?|the\s+(?:post\s*holder|successful\s+\w+|ideal\s+candidate))\s+"
    r"(?:will|should|would)\s+(?:have|be|hold|possess|bring|already\s+have)\b|"
    r"we\s+are\s+looking\s+for\s+(?:someone|a\s+person|people|applicants?|candidates?)\s+(?:who|with)\b",
    _FLAGS,
)
_PROSE_DESIRABLE = regex.compile(
    r"\b(?:(?:would|will)\s+be\s+(?:desirable|beneficial|useful|helpful|welcome[d]?|preferred|valued|"
    r"an?\s+(?:real\s+)?(?:advantage|asset|bonus|plus))|(?:is|are)\s+(?:desirable|preferred|beneficial|"
    r"an?\s+(?:advantage|asset|bonus|plus))|ideally\b|preferably\b|it\s+would\s+be\s+(?:good|nice|helpful|"
    r"useful|great)|we\s+would\s+(?:like|love|welcome)\s+(?:you|applicants?|candidates?|someone)|"
    r"nice\s+to\s+have|(?:is|are)\s+not\s+essential\s+but)",
    _FLAGS,
)
# What a requirement is about: the person ("you", the candidate) or what they bring (experience, a skill...).
_PERSON = regex.compile(
    r"\b(?:you|your|yourself|candidates?|applicants?|post\s*holder|successful|someone|person|people)\b|"
    r"knowledge|experience|experienced|\bskill|abilit|\bable\s+to\b|qualifi|certificat|licen[cs]e|training|"
    r"trained|degree|diploma|\bGCSE|\bNVQ|\bBTEC|\bA-?levels?\b|registration|registered|understanding|"
    r"familiar|proficien|fluen|competen|awareness|standard\s+of|literacy|numeracy|educat|punctual|reliab|"
    r"attention\s+to\s+detail|discretion|commitment|enthusias|motivat|empath|compassion|\bEnglish\b|"
    r"\bmaths\b|\bIT\b|keyboard|typing",
    _FLAGS,
)
_ESSENTIAL_THAT = regex.compile(r"\b(?:essential|vital|crucial|important)\s+that\s+(\S+(?:\s+\S+){0,2})", _FLAGS)
_IS_ESSENTIAL = regex.compile(r"^(.*?)\b(?:is|are)\s+(?:essential|required|needed|a\s+must)\b", _FLAGS)
_DESIRABLE_HEADING = regex.compile(r"\b(?:desirable|nice\s+to\s+have|would\s+be\s+(?:great|good|nice))\b", _FLAGS)
_JOINED = regex.compile(r"\s*(?:/|&|,|\band\b)\s*", _FLAGS)
_MARK = regex.compile(r"^(?:✓|✔|√|☑|x|yes|y|\*|•|e|d|essential|desirable|e/d|\u2713|\u2714)$", _FLAGS)
_TRAILING_LEVEL = regex.compile(r"^(.{8,}?)(?:\s{2,}|\t|\s\|\s?|\s+[–-]\s+)(e|d|essential|desirable)(?:\s.*)?$", _FLAGS)

_BAND = regex.compile(r"\b(?:agenda\s+for\s+change\s+)?band\s*:?\s*([1-9])\s*([a-d])?\b", _FLAGS)
_LABEL = {
    "job_title": regex.compile(
        r"^(?:job\s+title|post(?:\s+title)?|position|role|vacancy)\s*[:\-–]?\s+(.{3,100})$", _FLAGS
    ),
    "employer": regex.compile(
        r"^(?:employer(?:\s+name)?|organisation|organization|trust|company|site)\s*[:\-–]?\s+(.{3,120})$", _FLAGS
    ),
    "closing_date": regex.compile(r"^(?:closing\s+date|closes|apply\s+by|deadline)\s*[:\-–]?\s+(.{4,60})$", _FLAGS),
}
_TRUST = regex.compile(
    r"\b((?:[\p{Lu}][\p{L}'’&]*[ \t]+|and[ \t]+|of[ \t]+|&[ \t]+){1,9}(?:NHS[ \t]+(?:Foundation[ \t]+)?Trust|"
    r"Healthcare[ \t]+NHS[ \t]+Trust|NHS[ \t]+Trust|Foundation[ \t]+Trust|Primary[ \t]+Care[ \t]+Network|"
    r"Medical[ \t]+Centre|Surgery|Health[ \t]+Centre))",
    regex.VERSION1,
)
_DATE = regex.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b|"
    r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b",
    _FLAGS,
)
_GENERIC_TITLE = regex.compile(r"^(?:job\s+(?:description|advert)|nhs\s+jobs|person\s+spec)", _FLAGS)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def extract_criteria(document: Document | str) -> Vacancy:
    """Find the job title, band, employer, closing date and criteria in an advert or job description.

    Criteria come from person-specification tables (Essential/Desirable columns, or ticks and E/D
    letters), from headed lists (Essential and Desirable sub-headings) and from prose ("You must
    have...", "...would be desirable"). Duties, benefits and eligibility lines are left out, and
    each criterion keeps the employer's own words. Requirements whose level cannot be read (Essential
    and Desirable headings with nothing under them) are kept in ``unclear`` for the resident to check.
    """
    if isinstance(document, str):
        from .reading import text_document

        document = text_document(document)
    vacancy = Vacancy()
    _find_details(document, vacancy)
    essential: list[str] = []
    desirable: list[str] = []
    unclear: list[str] = []
    for block in document.blocks:
        if block.kind == "table":
            _from_table(block.rows, essential, desirable)
    _from_headed_lists(document.blocks, essential, desirable, unclear)
    _from_prose(document.blocks, essential, desirable)
    vacancy.essential = _unique(essential)
    vacancy.desirable = [item for item in _unique(desirable) if item not in vacancy.essential]
    vacancy.unclear = [item for item in _unique(unclear) if item not in vacancy.essential + vacancy.desirable]
    return vacancy


def _find_details(document: Document, vacancy: Vacancy) -> None:
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    for line in lines[:400]:
        clean = line.replace("\t", " ")
        for key, pattern in _LABEL.items():
            match = pattern.match(clean)
            if match and getattr(vacancy, key) == NOT_STATED:  # the first label wins
                setattr(vacancy, key, match.group(1).strip(" :"))
    band = _BAND.search(document.text)
    if band:
        vacancy.band = f"Band {band.group(1)}{(band.group(2) or '').lower()}"
    if vacancy.employer == NOT_STATED:
        trust = _TRUST.search(document.text)
        if trust:
            vacancy.employer = trust.group(1).strip()
    if vacancy.job_title == NOT_STATED:
        for block in document.blocks[:6]:
            words = block.text.split()
            generic = _SECTION_END.match(block.text) or _GENERIC_TITLE.match(block.text)
            if block.kind != "table" and 1 <= len(words) <= 10 and not generic:
                vacancy.job_title = _BAND.sub("", block.text).strip(" -–,:|")
                break
    if vacancy.closing_date != NOT_STATED:
        vacancy.closing_date = _iso_date(vacancy.closing_date) or vacancy.closing_date


def _iso_date(text: str) -> str | None:
    match = _DATE.search(text)
    if not match:
        return None
    try:
        if match.group(1):
            day, month, year = int(match.group(1)), _MONTHS.index(match.group(2).lower()[:3]) + 1, int(match.group(3))
        elif match.group(4):
            day, month, year = int(match.group(4)), int(match.group(5)), int(match.group(6))
        else:
            year, month, day = int(match.group(7)), int(match.group(8)), int(match.group(9))
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _items(cell: str) -> list[str]:
    items = []
    for line in cell.split("\n"):
        item = strip_bullet(line).strip()
        if item and not _CATEGORY.match(item) and not not_a_criterion(item) and not _MARK.match(item):
            items.append(item)
    return items


def _from_table(rows: tuple[tuple[str, ...], ...], essential: list[str], desirable: list[str]) -> None:
    header_index = None
    for index, row in enumerate(rows[:4]):
        lowered = [cell.strip().lower() for cell in row]
        if any(cell.startswith(("essential", "desirable", "e/d")) or cell in ("e", "d") for cell in lowered):
            header_index = index
            break
    if header_index is None:
        return
    header = [cell.strip().lower() for cell in rows[header_index]]
    essential_col = next((i for i, cell in enumerate(header) if cell.startswith("essential") or cell == "e"), None)
    desirable_col = next((i for i, cell in enumerate(header) if cell.startswith("desirable") or cell == "d"), None)
    combined_col = next((i for i, cell in enumerate(header) if cell in ("e/d", "essential/desirable")), None)
    level_cols = [col for col in (essential_col, desirable_col, combined_col) if col is not None]
    body = [row for row in rows[header_index + 1 :] if len(row) == len(header)]
    marks_only = all(
        not row[col].strip() or _MARK.match(row[col].strip()) for row in body for col in level_cols if col < len(row)
    )
    if marks_only:
        text_col = _text_column(body, level_cols)
        if text_col is None:
            return
        for row in body:
            items = _items(row[text_col])
            level = _row_level(row, essential_col, desirable_col, combined_col)
            if level == "essential":
                essential.extend(items)
            elif level == "desirable":
                desirable.extend(items)
        return
    for row in body:
        if essential_col is not None:
            essential.extend(_items(row[essential_col]))
        if desirable_col is not None and row[desirable_col] != (
            row[essential_col] if essential_col is not None else None
        ):
            desirable.extend(_items(row[desirable_col]))


def _text_column(body: list[tuple[str, ...]], level_cols: list[int]) -> int | None:
    widths: dict[int, int] = {}
    for row in body:
        for col, cell in enumerate(row):
            if col not in level_cols:
                widths[col] = widths.get(col, 0) + len(cell)
    return max(widths, key=lambda col: widths[col]) if widths else None


def _row_level(
    row: tuple[str, ...], essential_col: int | None, desirable_col: int | None, combined_col: int | None
) -> str | None:
    if combined_col is not None:
        mark = row[combined_col].strip().lower()
        return "essential" if mark.startswith("e") else "desirable" if mark.startswith("d") else None
    if essential_col is not None and row[essential_col].strip():
        return "essential"
    if desirable_col is not None and row[desirable_col].strip():
        return "desirable"
    return None


def _is_category(text: str) -> bool:
    """A category heading such as "Experience", or several joined: "Education / Qualifications"."""
    if _CATEGORY.match(text):
        return True
    parts = [part for part in _JOINED.split(text.rstrip(" :")) if part]
    return len(parts) > 1 and all(_CATEGORY.match(part) for part in parts)


def _from_headed_lists(blocks: list[Block], essential: list[str], desirable: list[str], unclear: list[str]) -> None:
    """Criteria under Essential and Desirable headings. Where those headings stand together with nothing
    under them (a table that lost its shape when pasted), the requirements that follow go to ``unclear``."""
    targets = {"essential": essential, "desirable": desirable, "unclear": unclear}
    in_spec = False
    level: str | None = None
    just_headed = False
    for block in blocks:
        if block.kind == "table":
            continue
        bare = strip_bullet(block.text.strip())
        heading = _ESSENTIAL.match(bare) or _DESIRABLE.match(bare)
        if heading:
            named = "essential" if _ESSENTIAL.match(bare) else "desirable"
            in_spec, level = True, "unclear" if just_headed or level == "unclear" else named
            just_headed = True
            continue
        just_headed = False
        if _SPEC_START.match(bare) and len(bare.split()) <= 6:
            in_spec, level = True, None
            continue
        inline = _INLINE_LEVEL.match(bare)
        if inline:
            targets[inline.group(1).lower()].extend(_items(inline.group(2)))
            in_spec = True
            continue
        if _SECTION_END.match(bare) and block.kind != "list_item":
            in_spec, level = False, None
            continue
        if not in_spec or _is_category(bare):
            continue
        _headed_item(block, bare, level, targets)


def _headed_item(block: Block, bare: str, level: str | None, targets: dict[str, list[str]]) -> None:
    trailing = _TRAILING_LEVEL.match(bare)
    if trailing:
        target = "essential" if trailing.group(2).lower().startswith("e") else "desirable"
        targets[target].extend(_items(trailing.group(1)))
        return
    if level is None or (block.kind == "paragraph" and len(bare.split()) > 45):
        return
    if level == "unclear" and block.kind != "list_item":
        return
    if _PROSE_DESIRABLE.search(bare) and level != "unclear":
        targets["desirable"].extend(_items(bare))
        return
    targets[level].extend(_items(bare))


def _from_prose(blocks: list[Block], essential: list[str], desirable: list[str]) -> None:
    in_duties = False
    heading_level: str | None = None
    for block in blocks:
        if block.kind == "table":
            continue
        short = block.kind == "heading" or len(block.text.split()) <= 6
        if short and _DUTIES.match(block.text):
            in_duties = True
            continue
        if short and (_SECTION_END.match(block.text) or _SPEC_START.match(block.text)):
            in_duties = False
        if block.kind == "heading":
            heading_level = _heading_level(block.text)
        if in_duties:
            continue
        for sentence in sentences(block.text):
            text = strip_bullet(sentence.text)
            level = prose_level(text, heading_level)
            if level == "desirable":
                _add_if_new(desirable, text, essential + desirable)
            elif level == "essential":
                _add_if_new(essential, text, essential + desirable)


def _heading_level(heading: str) -> str | None:
    if _DESIRABLE_HEADING.search(heading):
        return "desirable"
    return "essential" if regex.search(r"\bessential\b", heading, _FLAGS) else None


def prose_level(sentence: str, heading_level: str | None = None) -> str | None:
    """The level of a requirement written as a sentence, or None when the sentence is not one.

    "Experience of X would be beneficial" is desirable; "You must...", "You will need to...", "It is
    essential that you..." and "X is essential" are essential when they are about the person (their
    experience, skills, qualifications) rather than the work ("It is essential that letters reach GPs").
    "You will have..." and "You should be..." take the level of the heading above them.
    """
    if not_a_criterion(sentence) or len(normalise(sentence).split()) < 3:
        return None
    if _PROSE_DESIRABLE.search(sentence):
        return "desirable" if _PERSON.search(sentence) else None
    if _PROSE_ESSENTIAL.search(sentence):
        return "essential" if _about_the_person(sentence) else None
    if _PROSE_WEAK.search(sentence):
        return heading_level or "essential"
    return None


def _about_the_person(sentence: str) -> bool:
    that = _ESSENTIAL_THAT.search(sentence)
    if that:
        return bool(_PERSON.search(that.group(1)))
    subject = _IS_ESSENTIAL.match(sentence)
    if subject and not regex.search(r"\b(?:you|must|need)\b", subject.group(1), _FLAGS):
        return bool(_PERSON.search(subject.group(1)))
    return bool(_PERSON.search(sentence))


def not_a_criterion(line: str) -> bool:
    """True for a line that is never a criterion, wherever the advert prints it: eligibility (right to work,
    DBS, sponsorship), "no experience needed", benefits (pension, annual leave, "We offer...") and duties
    ("You will respond to...", "Wash and inspect instruments")."""
    text = strip_bullet(line).strip()
    return bool(_ELIGIBILITY.search(text) or _NOTHING_NEEDED.search(text) or _BENEFIT.search(text) or _DUTY.match(text))


def _add_if_new(target: list[str], text: str, existing: list[str]) -> None:
    key = normalise(text)
    if len(key.split()) < 3:
        return
    if any(fuzz.token_set_ratio(key, normalise(item)) >= 90 for item in existing):
        return
    target.append(text)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    unique: list[str] = []
    for item in items:
        key = normalise(item)
        if key and key not in seen:
            seen.add(key)
            unique.append(item)
    return unique
