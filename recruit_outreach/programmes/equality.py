"""Equality answers: special category data, kept in the programmes app and in a table of its own.

They live here, beside the aggregates and the disclosure control that are their only use, rather than
in ``accounts``: ``outreach`` and ``applications`` show individual residents to staff and may import
``accounts`` but never ``programmes``, so no screen about one person can reach these answers. Nothing
registers this model with an admin; the resident alone sees and changes their answers.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

PREFER_NOT_TO_SAY = "prefer_not_to_say"
PREFER_NOT_TO_SAY_LABEL = _("I prefer not to say")

# ONS Census 2021 ethnic groups, each high-level group with its own answers.
ETHNIC_GROUP_SECTIONS = [
    (
        _("Asian or Asian British"),
        [
            ("asian_bangladeshi", _("Bangladeshi")),
            ("asian_chinese", _("Chinese")),
            ("asian_indian", _("Indian")),
            ("asian_pakistani", _("Pakistani")),
            ("asian_other", _("Any other Asian background")),
        ],
    ),
    (
        _("Black, Black British, Caribbean or African"),
        [
            ("black_african", _("African")),
            ("black_caribbean", _("Caribbean")),
            ("black_other", _("Any other Black, Black British or Caribbean background")),
        ],
    ),
    (
        _("Mixed or multiple ethnic groups"),
        [
            ("mixed_white_asian", _("White and Asian")),
            ("mixed_white_black_african", _("White and Black African")),
            ("mixed_white_black_caribbean", _("White and Black Caribbean")),
            ("mixed_other", _("Any other Mixed or multiple ethnic background")),
        ],
    ),
    (
        _("White"),
        [
            ("white_british", _("English, Welsh, Scottish, Northern Irish or British")),
            ("white_irish", _("Irish")),
            ("white_gypsy_traveller", _("Gypsy or Irish Traveller")),
            ("white_roma", _("Roma")),
            ("white_other", _("Any other White background")),
        ],
    ),
    (
        _("Other ethnic group"),
        [
            ("other_arab", _("Arab")),
            ("other_any", _("Any other ethnic group")),
        ],
    ),
]
ETHNIC_GROUP_CHOICES = [*ETHNIC_GROUP_SECTIONS, (PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL)]
# The WRES compares White applicants with all Black and minority ethnic ones.
WHITE_ETHNIC_GROUPS = ("white_british", "white_irish", "white_gypsy_traveller", "white_roma", "white_other")

DISABILITY_CHOICES = [("yes", _("Yes")), ("no", _("No")), (PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL)]
SEX_CHOICES = [("female", _("Female")), ("male", _("Male")), (PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL)]
GENDER_IDENTITY_CHOICES = [
    ("same", _("Yes, it is the same")),
    ("different", _("No, it is different")),
    (PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL),
]
RELIGION_CHOICES = [
    ("none", _("No religion")),
    ("christian", _("Christian")),
    ("buddhist", _("Buddhist")),
    ("hindu", _("Hindu")),
    ("jewish", _("Jewish")),
    ("muslim", _("Muslim")),
    ("sikh", _("Sikh")),
    ("other", _("Any other religion")),
    (PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL),
]
AGE_BAND_CHOICES = [
    ("16_24", _("16 to 24")),
    ("25_34", _("25 to 34")),
    ("35_44", _("35 to 44")),
    ("45_54", _("45 to 54")),
    ("55_64", _("55 to 64")),
    ("65_plus", _("65 or over")),
    (PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL),
]

ANSWER_FIELDS = ("ethnic_group", "disability", "sex", "gender_identity", "religion", "age_band")


class EqualityAnswers(models.Model):
    """One resident's optional equality answers; every answer may be left blank."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="equality_answers", verbose_name=_("user")
    )
    ethnic_group = models.CharField(_("ethnic group"), max_length=32, choices=ETHNIC_GROUP_CHOICES, blank=True)
    disability = models.CharField(_("disability"), max_length=32, choices=DISABILITY_CHOICES, blank=True)
    sex = models.CharField(_("sex"), max_length=32, choices=SEX_CHOICES, blank=True)
    gender_identity = models.CharField(_("gender identity"), max_length=32, choices=GENDER_IDENTITY_CHOICES, blank=True)
    religion = models.CharField(_("religion"), max_length=32, choices=RELIGION_CHOICES, blank=True)
    age_band = models.CharField(_("age band"), max_length=32, choices=AGE_BAND_CHOICES, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        db_table = "programmes_equality_answers"
        verbose_name = _("equality answers")
        verbose_name_plural = _("equality answers")

    def __str__(self) -> str:
        # Never the answers themselves: this text can reach logs and error pages.
        return str(_("Equality answers"))

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in ANSWER_FIELDS)
