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

from .roles import is_staff_role

ADMIN_PREFIX = "/admin/"
# Wagtail's own sign-in and password reset would skip the MFA step, so sign-in goes through allauth.
ADMIN_SIGN_IN_PATHS = ("/admin/login/", "/admin/password_reset/")


def session_passed_mfa(request: HttpRequest) -> bool:
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


class StaffAdminGateMiddleware:
    """Keep the Wagtail admin to staff who have signed in with a second factor in this session.

    - Residents, employers and anyone else without admin access get a plain "staff only" page (403).
    - Staff without MFA in this session are sent to set it up (or to sign in again with it).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(ADMIN_PREFIX):
            response = self.gate(request)
            if response is not None:
                return response
        return self.get_response(request)

    def gate(self, request: HttpRequest) -> HttpResponse | None:
        user = request.user
        language = _language_for(request)
        if request.path.startswith(ADMIN_SIGN_IN_PATHS):
            with translation.override(language):
                return redirect(f"{reverse(settings.LOGIN_URL)}?next={ADMIN_PREFIX}")
        if not user.is_authenticated:
            return None  # Wagtail sends them to sign in.
        if not (user.has_perm("wagtailadmin.access_admin") and is_staff_role(user)):
            translation.activate(language)
            request.LANGUAGE_CODE = language
            return render(request, "accounts/staff_only.html", status=403)
        if not session_passed_mfa(request):
            with translation.override(language):
                if is_mfa_enabled(user):
                    logout(request)
                    messages.warning(request, _("Sign in again with your authenticator app to use the admin."))
                    return redirect(f"{reverse('account_login')}?next={request.path}")
                messages.warning(request, _("Staff must set up two-step sign-in before using the admin."))
                return redirect(f"{reverse('mfa_activate_totp')}?next={request.path}")
        return None


def _language_for(request: HttpRequest) -> str:
    user = request.user
    if user.is_authenticated and hasattr(user, "profile"):
        return user.profile.preferred_language
    return translation.get_language_from_request(request) or settings.LANGUAGE_CODE
