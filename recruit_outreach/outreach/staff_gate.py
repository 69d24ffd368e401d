"""The one gate in front of the outreach staff pages (registers, caseload, referrals, access log).

It checks the role (accounts.roles) and that staff used their second factor in this session
(accounts.middleware.session_passed_mfa). When the accounts app's ``role_required`` lands, this module's
``staff_only`` becomes that decorator and nothing else changes.
"""

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from allauth.mfa.utils import is_mfa_enabled

from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.middleware import session_passed_mfa

View = Callable[..., HttpResponse]

# Who may use which staff pages.
REGISTER_ROLES = (roles.OUTREACH_WORKER, roles.VOLUNTEER_COORDINATOR, roles.PROGRAMME_ADMIN)
CASELOAD_ROLES = (roles.OUTREACH_WORKER, roles.PROGRAMME_ADMIN)
ACCESS_LOG_ROLES = (roles.PROGRAMME_ADMIN,)


def has_role(user, wanted: tuple[str, ...]) -> bool:
    """Superusers hold every role; everyone else holds the roles of their groups."""
    return user.is_superuser or user.groups.filter(name__in=wanted).exists()


def is_programme_admin(user) -> bool:
    return has_role(user, (roles.PROGRAMME_ADMIN,))


def _with_next(url_name: str, request: HttpRequest) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}"


def _refusal(request: HttpRequest, wanted: tuple[str, ...]) -> HttpResponse | None:
    user = request.user
    if not user.is_authenticated:
        return redirect(_with_next("account_login", request))
    if not has_role(user, wanted):
        return render(request, "accounts/staff_only.html", status=403)
    if not session_passed_mfa(request):
        if is_mfa_enabled(user):
            logout(request)
            messages.warning(request, _("Sign in again with your authenticator app to use the staff pages."))
            return redirect(_with_next("account_login", request))
        messages.warning(request, _("Staff must set up two-step sign-in before using the staff pages."))
        return redirect(_with_next("mfa_activate_totp", request))
    return None


def staff_only(*wanted: str) -> Callable[[View], View]:
    """Let the view run only for signed-in people holding one of ``wanted`` roles, with MFA this session."""

    def decorator(view: View) -> View:
        @wraps(view)
        def gated(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            return _refusal(request, wanted) or view(request, *args, **kwargs)

        return gated

    return decorator
