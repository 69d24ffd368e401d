"""The Easy Read pictures that ship with the site (static/pictograms/<key>.svg)."""

from django.utils.translation import gettext_lazy as _

PICTOGRAM_CHOICES = [
    ("job", _("Job (briefcase)")),
    ("hospital", _("Hospital")),
    ("computer", _("Computer")),
    ("form", _("Form")),
    ("checklist", _("Checklist")),
    ("writing", _("Writing")),
    ("star", _("Star")),
    ("interview", _("Interview")),
    ("calendar", _("Calendar")),
    ("clock", _("Clock")),
    ("question", _("Question")),
    ("helper", _("Someone helping")),
    ("documents", _("ID documents")),
    ("tick", _("Tick")),
    ("phone", _("Phone")),
    ("email", _("Email")),
    ("money", _("Money")),
    ("adjustments", _("Adjustments")),
    ("handshake", _("Handshake")),
    ("shield", _("Safety check")),
]
