"""Marking user-facing strings for translation without importing Django.

The engine stays free of Django, yet its messages must reach the gettext catalogues. ``_`` returns the
literal unchanged; Django's ``makemessages`` (xgettext) finds every ``_("...")`` literal in this package,
and the Django layer translates the template with ``gettext`` before filling in the named placeholders.
"""


def _(message: str) -> str:
    """Return ``message`` unchanged; the name ``_`` lets xgettext collect the literal."""
    return message
