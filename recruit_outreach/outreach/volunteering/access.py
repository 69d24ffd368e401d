"""The one gate for volunteering's staff pages: a role from accounts.roles and a second factor this session.

accounts will offer a shared role-and-MFA decorator; swap it in here and every view follows.
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


def has_role(user, *role_names: str) -> bool:
    return user.is_authenticated and user.groups.filter(name__in=role_names).exists()


def _with_next(url_name: str, request: HttpRequest) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': request.path})}"


def role_required(*role_names: str):
    """Let in signed-in holders of one of ``role_names`` who used their second factor in this session."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            user = request.user
            if not has_role(user, *role_names):
                return render(request, "accounts/staff_only.html", status=403)
            if not session_passed_mfa(request):
                if is_mfa_enabled(user):
                    logout(request)
                    messages.warning(request, _("Sign in again with your authenticator app to carry on."))
                    return redirect(_with_next("account_login", request))
                messages.warning(request, _("Staff must set up two-step sign-in before using these pages."))
                return redirect(_with_next("mfa_activate_totp", request))
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
