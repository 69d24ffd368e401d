"""Roles are Django groups with permissions; this module is the one place that says what each may do."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext_lazy as _

RESIDENT = "resident"
OUTREACH_WORKER = "outreach_worker"
VOLUNTEER_COORDINATOR = "volunteer_coordinator"
VOLUNTEER = "volunteer"
EMPLOYER = "employer"
EDITOR = "editor"
PROGRAMME_ADMIN = "programme_admin"
# Members of the Race Equality Steering Group: read the programme dashboard and quarterly reports, change nothing.
RSG_MEMBER = "rsg_member"

ALL_ROLES = (
    RESIDENT,
    OUTREACH_WORKER,
    VOLUNTEER_COORDINATOR,
    VOLUNTEER,
    EMPLOYER,
    EDITOR,
    PROGRAMME_ADMIN,
    RSG_MEMBER,
)
# What staff see for each role, for example in the admin's list of users.
ROLE_LABELS = {
    RESIDENT: _("Resident"),
    OUTREACH_WORKER: _("Outreach worker"),
    VOLUNTEER_COORDINATOR: _("Volunteer coordinator"),
    VOLUNTEER: _("Volunteer"),
    EMPLOYER: _("Employer"),
    EDITOR: _("Editor"),
    PROGRAMME_ADMIN: _("Programme admin"),
    RSG_MEMBER: _("Steering Group member (read only)"),
}
# Staff roles work with residents' records or publish content, so they must use MFA.
STAFF_ROLES = (OUTREACH_WORKER, VOLUNTEER_COORDINATOR, VOLUNTEER, EDITOR, PROGRAMME_ADMIN, RSG_MEMBER)
# Who may use the outreach staff pages outside the admin; each view wears accounts.access.role_required.
SESSION_ROLES = (OUTREACH_WORKER, VOLUNTEER_COORDINATOR, PROGRAMME_ADMIN)  # registers, who is coming
CASELOAD_ROLES = (OUTREACH_WORKER, PROGRAMME_ADMIN)  # caseloads and referrals, under the resident's consent
ACCESS_LOG_ROLES = (PROGRAMME_ADMIN,)  # the whole staff access log

WAGTAIL_STARTER_GROUPS = ("Moderators", "Editors")

ACCESS_ADMIN = "wagtailadmin.access_admin"
_GLOSSARY = ["cms.add_glossaryterm", "cms.change_glossaryterm", "cms.delete_glossaryterm"]
_TRANSLATION = ["wagtail_localize.submit_translation"]
_USERS = ["accounts.view_user", "accounts.add_user", "accounts.change_user"]
# Indicators and hand-entered values; nobody deletes a value, so its audit trail stays whole.
_PROGRAMMES = [
    "programmes.view_indicator",
    "programmes.add_indicator",
    "programmes.change_indicator",
    "programmes.view_indicatorvalue",
    "programmes.add_indicatorvalue",
    "programmes.change_indicatorvalue",
    "programmes.view_indicatorvaluechange",
    "programmes.view_quarterlyreport",
    "programmes.add_quarterlyreport",
]
_SESSIONS = [
    f"outreach.{action}_{model}"
    for model in ("supportsession", "venue")
    for action in ("view", "add", "change", "delete")
] + ["outreach.view_booking", "outreach.change_booking"]
_VOLUNTEERING = [
    f"outreach.{action}_{model}"
    for model in ("volunteer", "trainingrecord", "hospitalsite")
    for action in ("view", "add", "change")
]

_EMPLOYERS = [
    f"outreach.{action}_{model}"
    for model in (
        "employer",
        "disabilityconfident",
        "pledge",
        "awarenessattendance",
        "contactnote",
        "employermember",
    )
    for action in ("view", "add", "change", "delete")
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    RESIDENT: [],
    EMPLOYER: [],
    VOLUNTEER: [],
    OUTREACH_WORKER: [ACCESS_ADMIN, *_SESSIONS, *_EMPLOYERS],
    VOLUNTEER_COORDINATOR: [ACCESS_ADMIN, *_SESSIONS, *_VOLUNTEERING],
    EDITOR: [ACCESS_ADMIN, *_TRANSLATION, *_GLOSSARY],
    PROGRAMME_ADMIN: [ACCESS_ADMIN, *_TRANSLATION, *_GLOSSARY, *_USERS, *_SESSIONS, *_PROGRAMMES, *_EMPLOYERS],
    RSG_MEMBER: [ACCESS_ADMIN, "programmes.view_indicator", "programmes.view_quarterlyreport"],
}
# Roles that may open the Wagtail admin at all (with MFA, see access.role_required).
ADMIN_ROLES = tuple(role for role, permissions in ROLE_PERMISSIONS.items() if ACCESS_ADMIN in permissions)

# Images and documents live in collections: Wagtail checks these permissions on a collection (granted on
# the root collection, so they cover every collection), never the group's model permissions.
_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
ROLE_COLLECTION_PERMISSIONS: dict[str, list[str]] = {EDITOR: _MEDIA, PROGRAMME_ADMIN: _MEDIA}

# Wagtail page permissions, granted on the root page so they cover every locale's tree.
ROLE_PAGE_PERMISSIONS: dict[str, list[str]] = {
    EDITOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    PROGRAMME_ADMIN: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}


# Permissions that a library's data migration makes rather than a model, so a database flush loses them.
_MIGRATION_MADE = {"wagtail_localize.submit_translation": ("translation", "Can submit translations")}


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    if dotted in _MIGRATION_MADE:
        model, name = _MIGRATION_MADE[dotted]
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        return Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})[
            0
        ]
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def sync_roles() -> None:
    """Create each role's group and give it exactly the permissions listed above. Safe to run again."""
    # Wagtail's starter groups overlap with our roles; remove them while nobody is in them.
    Group.objects.filter(name__in=WAGTAIL_STARTER_GROUPS, user__isnull=True).delete()
    for role in ALL_ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.set([_permission(p) for p in ROLE_PERMISSIONS[role]])
        _sync_tree_permissions(group, role)


def _sync_tree_permissions(group: Group, role: str) -> None:
    """Page permissions on the root page and image and document permissions on the root collection."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    pages = [_permission(f"wagtailcore.{codename}") for codename in ROLE_PAGE_PERMISSIONS.get(role, [])]
    media = [_permission(dotted) for dotted in ROLE_COLLECTION_PERMISSIONS.get(role, [])]
    GroupPagePermission.objects.filter(group=group).exclude(permission__in=pages).delete()
    GroupCollectionPermission.objects.filter(group=group).exclude(permission__in=media).delete()
    root_page, root_collection = Page.get_first_root_node(), Collection.get_first_root_node()
    for permission in pages if root_page else []:
        GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
    for permission in media if root_collection else []:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root_collection, permission=permission)


ROLE_NAMES_ATTRIBUTE = "_role_names"


def role_names(user) -> frozenset[str]:
    """The names of the groups a person is in, read once per user object (a request asks several times).

    Adding or removing a group through `user.groups` forgets them (accounts/signals.py)."""
    names = getattr(user, ROLE_NAMES_ATTRIBUTE, None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        setattr(user, ROLE_NAMES_ATTRIBUTE, names)
    return names


def is_programme_admin(user) -> bool:
    return has_role(user, (PROGRAMME_ADMIN,))


def has_role(user, roles: tuple[str, ...]) -> bool:
    """Whether a signed-in person holds any of `roles`; superusers hold every role."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or not role_names(user).isdisjoint(roles)


def role_labels(user) -> list[str]:
    """The names of a person's roles, in the reader's language (groups are prefetched where listed)."""
    held = {group.name for group in user.groups.all()}
    return [str(label) for role, label in ROLE_LABELS.items() if role in held]


def is_staff_role(user) -> bool:
    """Staff are superusers or anyone holding a staff role; they must use MFA."""
    return has_role(user, STAFF_ROLES)
