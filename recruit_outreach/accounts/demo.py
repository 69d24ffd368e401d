"""One demo user per role, for trying the site locally. Never created when DEBUG is off."""

from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from .roles import ALL_ROLES, STAFF_ROLES

DEMO_DOMAIN = "demo.example.org"


def demo_email(role: str) -> str:
    return f"{role.replace('_', '-')}@{DEMO_DOMAIN}"


@transaction.atomic
def seed_demo_users(password: str) -> list[tuple[str, str, bool]]:
    """Create the demo users that are missing. Returns (role, email, created) for each role."""
    User = get_user_model()
    results = []
    for role in ALL_ROLES:
        email = demo_email(role)
        user, created = User.objects.get_or_create(
            email=email, defaults={"first_name": role.replace("_", " ").title(), "last_name": "Demo"}
        )
        if created:
            user.set_password(password)
            user.is_staff = role in STAFF_ROLES
            user.save()
        user.groups.add(Group.objects.get(name=role))
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        results.append((role, email, created))
    return results
