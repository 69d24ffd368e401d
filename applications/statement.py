"""The statement built from the resident's answers, and bringing later answers into a statement they have
edited since, one criterion's section at a time, without touching the rest of their words.

Pure functions: no database. A section is the criterion's text as a heading line, then its answer.
"""

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    """One criterion as the statement uses it: `key` identifies it (the criterion's id), `heading` is its
    text and `answer` the resident's answer now."""

    key: str
    heading: str
    answer: str


def section_text(section: Section) -> str:
    return f"{section.heading}\n{section.answer}"


def assemble(sections: Sequence[Section]) -> str:
    """The answers under their criteria as headings: the starting point the resident then edits."""
    return "\n\n".join(section_text(section) for section in sections if section.answer)


def snapshot(sections: Sequence[Section]) -> dict[str, str]:
    """What each answer was when the statement was built: compared later to spot changes."""
    return {section.key: section.answer for section in sections if section.answer}


def changed_since(sections: Sequence[Section], built_from: dict[str, str]) -> list[Section]:
    """Sections whose answer is new or different from when the statement was built (in statement order)."""
    return [section for section in sections if section.answer and built_from.get(section.key) != section.answer]


def _line_starts(text: str) -> list[tuple[int, str]]:
    starts, cursor = [], 0
    for line in text.split("\n"):
        starts.append((cursor, line))
        cursor += len(line) + 1
    return starts


def _heading_at(text: str, heading: str) -> int | None:
    """Where the line holding exactly `heading` (ignoring spaces around it) starts, if there is one."""
    return next((start for start, line in _line_starts(text) if line.strip() == heading.strip()), None)


def _next_heading_after(text: str, position: int, headings: Sequence[str]) -> int:
    """Where the next criterion heading after `position` starts, or the end of the text."""
    wanted = {heading.strip() for heading in headings}
    return next(
        (start for start, line in _line_starts(text) if start > position and line.strip() in wanted),
        len(text),
    )


def bring_in(text: str, section: Section, *, was: str, sections: Sequence[Section]) -> str:
    """`text` with `section`'s answer brought in, the rest left as the resident wrote it.

    `was` is the answer when the statement was built. Where it is still in the text word for word it is
    swapped for the new answer; otherwise the section under the criterion's heading is replaced; with no
    such heading the section is added before the next criterion's section (or at the end)."""
    if was and text.count(was) == 1:
        return text.replace(was, section.answer)
    headings = [other.heading for other in sections if other.key != section.key]
    start = _heading_at(text, section.heading)
    if start is not None:
        line_end = text.find("\n", start)
        if line_end == -1:
            return f"{text}\n{section.answer}"
        end = _next_heading_after(text, start, headings)
        ending = "\n\n" if end < len(text) else ""
        return text[: line_end + 1] + section.answer + ending + text[end:]
    order = [other.key for other in sections]
    later = [other.heading for other in sections[order.index(section.key) + 1 :]] if section.key in order else []
    insert_at = min((at for at in (_heading_at(text, heading) for heading in later) if at is not None), default=None)
    if insert_at is None:
        return f"{text.rstrip()}\n\n{section_text(section)}" if text.strip() else section_text(section)
    return f"{text[:insert_at]}{section_text(section)}\n\n{text[insert_at:]}"
