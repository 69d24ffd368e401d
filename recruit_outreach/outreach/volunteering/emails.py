"""Who hears about volunteering: the coordinators. Emails go through accounts.emails.email_user, each in the
reader's own language."""

from django.contrib.auth import get_user_model

from recruit_outreach.accounts import roles


def coordinators():
    return get_user_model().objects.filter(groups__name=roles.VOLUNTEER_COORDINATOR, is_active=True)
