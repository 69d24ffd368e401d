"""The ways an indicator may be split, and the groups each way allows."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts.models import Borough

from .equality import AGE_BAND_CHOICES, DISABILITY_CHOICES, ETHNIC_GROUP_SECTIONS

NOT_STATED = ("not_stated", _("Not stated"))


class Breakdown(models.TextChoices):
    BOROUGH = "borough", _("Borough")
    ETHNIC_GROUP = "ethnic_group", _("Ethnic group")
    DISABILITY = "disability", _("Disability")
    LANGUAGE = "language", _("Language")
    AGE_BAND = "age_band", _("Age band")
    REASON = "reason", _("Reason")


# Small numbers are the norm, so ethnic groups are usually shown at the ONS high level.
ETHNIC_GROUP_HIGH_LEVEL = [
    ("asian", ETHNIC_GROUP_SECTIONS[0][0]),
    ("black", ETHNIC_GROUP_SECTIONS[1][0]),
    ("mixed", ETHNIC_GROUP_SECTIONS[2][0]),
    ("white", ETHNIC_GROUP_SECTIONS[3][0]),
    ("other", ETHNIC_GROUP_SECTIONS[4][0]),
]


def breakdown_categories(breakdown: str) -> list[tuple[str, str]] | None:
    """The groups allowed for ``breakdown``; None when any group may be typed (languages, reasons)."""
    if breakdown == Breakdown.BOROUGH:
        return [*Borough.choices, NOT_STATED]
    if breakdown == Breakdown.ETHNIC_GROUP:
        detailed = [choice for _label, group in ETHNIC_GROUP_SECTIONS for choice in group]
        return [*ETHNIC_GROUP_HIGH_LEVEL, *detailed, NOT_STATED]
    if breakdown == Breakdown.DISABILITY:
        return [*DISABILITY_CHOICES[:2], NOT_STATED]
    if breakdown == Breakdown.AGE_BAND:
        return [*AGE_BAND_CHOICES[:-1], NOT_STATED]
    return None
