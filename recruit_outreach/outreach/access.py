"""The gate for outreach staff pages outside the Wagtail admin: the shared role-and-MFA gate, for the roles
that work with support sessions."""

from recruit_outreach.accounts.access import role_required
from recruit_outreach.accounts.roles import OUTREACH_WORKER, PROGRAMME_ADMIN, VOLUNTEER_COORDINATOR

SESSION_ROLES = (OUTREACH_WORKER, VOLUNTEER_COORDINATOR, PROGRAMME_ADMIN)

outreach_staff_required = role_required(*SESSION_ROLES)
