from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation

from .access import language_for, role_required
from .roles import ADMIN_ROLES

ADMIN_PREFIX = "/admin/"
# Wagtail's own sign-in and password reset would skip the MFA step, so sign-in goes through allauth.
ADMIN_SIGN_IN_PATHS = ("/admin/login/", "/admin/password_reset/")


class StaffAdminGateMiddleware:
    """Keep the whole Wagtail admin behind the role-and-MFA gate (access.role_required) for the admin roles."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin = role_required(*ADMIN_ROLES)(get_response)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(ADMIN_SIGN_IN_PATHS):
            with translation.override(language_for(request)):
                return redirect(f"{reverse('account_login')}?next={ADMIN_PREFIX}")
        if request.path.startswith(ADMIN_PREFIX):
            return self.admin(request)
        return self.get_response(request)
