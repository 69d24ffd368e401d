"""Explain glossary words in a guide at the step where the reader first meets them."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

import regex

from wagtail.blocks import StreamValue


@dataclass
class GuideStep:
    block: StreamValue.StreamChild
    number: int
    terms: list = field(default_factory=list)


class Term(Protocol):
    pk: int

    def forms(self) -> list[str]: ...


def _pattern(forms: list[str]) -> regex.Pattern:
    alternatives = "|".join(regex.escape(form) for form in sorted(forms, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", regex.IGNORECASE)


def step_text(value) -> str:
    parts = [value["heading"], value["body"].source, *value["checklist"], *value["do"], *value["dont"]]
    return "\n".join(parts)


def terms_by_step(steps: StreamValue, *, glossary: Iterable[Term]) -> list[GuideStep]:
    """Each step with the glossary terms it uses that no earlier step has explained."""
    terms = [(term, _pattern(term.forms())) for term in glossary]
    explained: set[int] = set()
    guide_steps = []
    for number, block in enumerate(steps, start=1):
        text = step_text(block.value)
        found = [term for term, pattern in terms if term.pk not in explained and pattern.search(text)]
        explained.update(term.pk for term in found)
        guide_steps.append(GuideStep(block, number, found))
    return guide_steps
