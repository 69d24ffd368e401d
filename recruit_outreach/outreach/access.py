"""The one gate for outreach staff pages outside the Wagtail admin (the admin has its own middleware gate).

Switch point: when `role_required(*roles)` from recruit_outreach.accounts lands on main, make
`outreach_staff_required` return `role_required(*SESSION_ROLES)(view)` and delete the body below.
"""

from functools import wraps
from urllib.parse import urlencode

from allauth.mfa.utils import is_mfa_enabled

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from recruit_outreach.accounts.middleware import session_passed_mfa
from recruit_outreach.accounts.roles import OUTREACH_WORKER, PROGRAMME_ADMIN, VOLUNTEER_COORDINATOR, is_staff_role

SESSION_ROLES = (OUTREACH_WORKER, VOLUNTEER_COORDINATOR, PROGRAMME_ADMIN)


def outreach_staff_required(view):
    """Signed-in staff whose role may see sessions, with a second factor used in this session."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if not (is_staff_role(user) and user.has_perm("outreach.view_supportsession")):
            return render(request, "accounts/staff_only.html", status=403)
        if not session_passed_mfa(request):
            next_query = urlencode({"next": request.path})
            if is_mfa_enabled(user):
                logout(request)
                messages.warning(request, _("Sign in again with your authenticator app to see this page."))
                return redirect(f"{reverse('account_login')}?{next_query}")
            messages.warning(request, _("Staff must set up two-step sign-in before seeing this page."))
            return redirect(f"{reverse('mfa_activate_totp')}?{next_query}")
        return view(request, *args, **kwargs)

    return wrapped
