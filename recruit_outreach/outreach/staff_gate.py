"""Which roles may use the outreach staff pages (registers, caseload, referrals, access log); each view
wears ``accounts.access.role_required(*ROLES)``, the one role-and-MFA gate."""

from recruit_outreach.accounts import roles

REGISTER_ROLES = (roles.OUTREACH_WORKER, roles.VOLUNTEER_COORDINATOR, roles.PROGRAMME_ADMIN)
CASELOAD_ROLES = (roles.OUTREACH_WORKER, roles.PROGRAMME_ADMIN)
ACCESS_LOG_ROLES = (roles.PROGRAMME_ADMIN,)


def is_programme_admin(user) -> bool:
    return roles.has_role(user, (roles.PROGRAMME_ADMIN,))
