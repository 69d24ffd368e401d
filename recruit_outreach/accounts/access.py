"""The one role-and-MFA gate for staff pages: `role_required`. What each role may do lives in roles.py."""

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .roles import ALL_ROLES, has_role, is_staff_role

View = Callable[..., HttpResponse]


def session_passed_mfa(request: HttpRequest) -> bool:
    """Whether the person used their second factor (an authenticator code) when signing in this session."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


def role_required(*roles: str) -> Callable[[View], View]:
    """Let a view through only to signed-in people who hold one of `roles` (superusers hold every role).

    Use it on any view (or wrap a whole set of URLs, as the admin middleware does):

        @role_required(roles.OUTREACH_WORKER)
        def caseload(request): ...

    - Nobody signed in: sent to sign in, coming back here afterwards.
    - Signed in without one of the roles: the "staff only" page (403) in their language.
    - Staff (roles.STAFF_ROLES) who have not used their authenticator app in this session: sent to set one
      up, or signed out and asked to sign in again with it. Only then does the view run.
    """
    unknown = set(roles) - set(ALL_ROLES)
    if not roles or unknown:
        raise ValueError(f"role_required needs roles from roles.ALL_ROLES, not {sorted(unknown) or 'none'}")

    def decorator(view: View) -> View:
        @wraps(view)
        def gated(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            with translation.override(language_for(request)):
                refusal = _refusal(request, roles)
            if refusal is not None:
                return refusal
            return view(request, *args, **kwargs)

        return gated

    return decorator


def _refusal(request: HttpRequest, roles: tuple[str, ...]) -> HttpResponse | None:
    """The response that turns this person away, or None when they may go on."""
    user = request.user
    if not user.is_authenticated:
        return redirect(_with_next("account_login", request))
    if not has_role(user, roles):
        request.LANGUAGE_CODE = translation.get_language()
        return render(request, "accounts/staff_only.html", status=403)
    if is_staff_role(user) and not session_passed_mfa(request):
        if is_mfa_enabled(user):
            logout(request)
            messages.warning(request, _("Sign in again with your authenticator app to use the staff pages."))
            return redirect(_with_next("account_login", request))
        messages.warning(request, _("Staff must set up two-step sign-in before using the staff pages."))
        return redirect(_with_next("mfa_activate_totp", request))
    return None


def _with_next(url_name: str, request: HttpRequest) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}"


def language_for(request: HttpRequest) -> str:
    """The address's language (/ar/...); outside those (the admin), the person's own choice or the browser's."""
    from_path = translation.get_language_from_path(request.path_info)
    if from_path:
        return from_path
    profile = getattr(request.user, "profile", None) if request.user.is_authenticated else None
    if profile is not None:
        return profile.preferred_language
    return translation.get_language_from_request(request) or settings.LANGUAGE_CODE
