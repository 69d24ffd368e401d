"""The README's "Roles and access" table is the promise: each role opens exactly the admin areas it lists."""

from pathlib import Path

import pytest

from django.conf import settings

from recruit_outreach.accounts import roles
from tests.factories import UserFactory
from tests.mfa import enable_totp
from tests.unit.accounts.test_admin_access import sign_in

pytestmark = pytest.mark.django_db

# The table's columns and the admin address that each one stands for.
AREA_URLS = {
    "admin": "/admin/",
    "pages": "/admin/pages/",
    "images": "/admin/images/",
    "documents": "/admin/documents/",
    "snippets": "/admin/snippets/cms/glossaryterm/",
    "users": "/admin/users/",
    "sessions": "/admin/outreach_sessions/",
    "programmes": "/admin/programme-dashboard/",
    "volunteering": "/admin/volunteering_volunteers/",
    "employers": "/admin/employers_employers/",
}


def readme_roles_table() -> dict[str, dict[str, bool]]:
    """{role: {area: may open it}} from the README, where a cell starting "yes" means the role may."""
    readme = (Path(settings.BASE_DIR) / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Roles and access", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("|")]
    header, body = [cell.strip() for cell in rows[0]], rows[2:]
    table = {}
    for cells in body:
        cells = [cell.strip() for cell in cells]
        for role in cells[0].split(","):
            table[role.strip()] = {
                area: cell.startswith("yes") for area, cell in zip(header[1:], cells[1:], strict=True)
            }
    return table


def test_the_table_covers_every_role_and_every_area():
    table = readme_roles_table()
    assert set(table) == set(roles.ALL_ROLES)
    assert all(set(areas) == set(AREA_URLS) for areas in table.values())


@pytest.mark.parametrize("role", roles.ALL_ROLES)
def test_each_role_opens_exactly_what_the_readme_table_says(client, role):
    person = UserFactory(roles=[role])
    sign_in(client, person, enable_totp(person))
    for area, allowed in readme_roles_table()[role].items():
        status = client.get(AREA_URLS[area]).status_code
        assert (status == 200) == allowed, f"{role} opening {area} ({AREA_URLS[area]}) answered {status}"


def test_the_admin_list_of_users_shows_each_persons_roles(client):
    admin = UserFactory(roles=[roles.PROGRAMME_ADMIN], email="admin@example.org")
    UserFactory(roles=[roles.EDITOR, roles.OUTREACH_WORKER], email="two-roles@example.org")
    UserFactory(roles=[roles.RESIDENT], email="resident@example.org")
    sign_in(client, admin, enable_totp(admin))
    listing = " ".join(client.get("/admin/users/").content.decode().split())
    assert '<th class="roles"> Roles </th>' in listing
    for email, shown in [
        ("two-roles@example.org", "Outreach worker, Editor"),
        ("resident@example.org", "Resident"),
        ("admin@example.org", "Programme admin"),
    ]:
        row = listing.split(email, 1)[1].split("</tr>", 1)[0]
        assert f'<td class="roles"> {shown} </td>' in row, email
