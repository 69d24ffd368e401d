"""Emails to residents about their bookings, each written in the resident's own language."""

from recruit_outreach.accounts.emails import email_user


def email_resident(*, resident, kind: str, context: dict) -> None:
    """Email `outreach/email/<kind>_subject.txt` and `_body.txt` in the resident's language, on commit.

    Templates build their links with `{% url %}`, so the addresses carry the resident's language too.
    """
    email_user(user=resident, template=f"outreach/email/{kind}", context={"resident": resident, **context})
