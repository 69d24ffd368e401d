"""The six values of the NHS Constitution, offered as prompts when a resident writes their evidence."""

from django.utils.translation import gettext_lazy as _

NHS_VALUES = [
    ("working_together", _("Working together for patients")),
    ("respect", _("Respect and dignity")),
    ("quality", _("Commitment to quality of care")),
    ("compassion", _("Compassion")),
    ("improving_lives", _("Improving lives")),
    ("everyone_counts", _("Everyone counts")),
]
