"""Residents for the load test: each with a verified email, the resident role and one application with
criteria. Writes what the locust users need (emails, application and criterion ids, session ids) as JSON.

    DATABASE_URL=... DEBUG=1 .venv/bin/python tests/load/seed_load.py 120 /tmp/load-data.json
"""

import json
import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruit_outreach.settings")
django.setup()

from allauth.account.models import EmailAddress  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.utils import timezone  # noqa: E402

from applications.models import Application, Criterion  # noqa: E402
from recruit_outreach.accounts import roles  # noqa: E402
from recruit_outreach.outreach.sessions.models import SupportSession  # noqa: E402

PASSWORD = "load-test-password-2026"  # noqa: S105 (a throwaway account on a throwaway database)
CRITERIA = ("Good communication skills", "Experience of caring for people", "Able to work in a team")


def resident(number: int, password_hash: str):
    email = f"load-{number}@example.org"
    user, created = get_user_model().objects.get_or_create(email=email)
    if created:
        user.password = password_hash  # hashed once: hashing is slow on purpose
        user.save()
        user.groups.add(Group.objects.get(name=roles.RESIDENT))
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    application = user.applications.first() or Application.objects.create(
        owner=user, job_title="Healthcare Assistant", employer="Load Test Trust", box_chars=5000
    )
    if not application.criteria.exists():
        for position, text in enumerate(CRITERIA):
            Criterion.objects.create(application=application, text=text, level="essential", position=position)
    return {
        "email": email,
        "application": application.pk,
        "criteria": list(application.criteria.values_list("pk", flat=True)),
    }


def main(count: int, out: str) -> None:
    password_hash = make_password(PASSWORD)
    users = [resident(number, password_hash) for number in range(count)]
    sessions = list(
        SupportSession.objects.filter(starts_at__gt=timezone.now(), cancelled_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    Path(out).write_text(json.dumps({"password": PASSWORD, "users": users, "sessions": sessions}))
    print(f"{len(users)} load-test residents, {len(sessions)} upcoming sessions -> {out}")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
