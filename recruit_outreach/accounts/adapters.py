import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.utils import is_mfa_enabled

from django.contrib.auth.models import Group
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from recruit_outreach.outbox.services import outbox_queue

from .roles import RESIDENT, is_staff_role
from .tasks import send_email


class AccountAdapter(DefaultAccountAdapter):
    """allauth, speaking our words, sending mail through Celery and starting people as residents."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _("The email address or password is not right. Check them and try again."),
        "email_taken": _("There is already an account with this email address. Try signing in instead."),
        "enter_current_password": _("Type your current password."),
        "incorrect_code": _("That code is not right. Check your app and try again."),
        "incorrect_password": _("That password is not right."),
        "invalid_or_expired_key": _("This link has expired or has already been used."),
        "invalid_password_reset": _("This password reset link has expired or has already been used."),
        "too_many_login_attempts": _("Too many attempts to sign in. Wait 5 minutes, then try again."),
        "unverified_primary_email": _("You need to confirm your email address first."),
        "rate_limited": _("Too many attempts. Wait a few minutes, then try again."),
        "same_as_current": _("The new value must be different from the one you have now."),
    }

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=RESIDENT))
            user.profile.preferred_language = translation.get_language() or user.profile.preferred_language
            user.profile.save(update_fields=["preferred_language"])
        return user

    def send_mail(self, template_prefix, email, context):
        """Render the message now, in the reader's language; let a Celery worker do the sending (through the
        outbox, so a broker that is down delays the email instead of losing it or failing the page)."""
        msg = self.render_mail(template_prefix, email, context)
        outbox_queue(
            send_email,
            subject=msg.subject,
            body=msg.body,
            from_email=msg.from_email,
            to=list(msg.to),
            html=next((content for content, mime in getattr(msg, "alternatives", []) if mime == "text/html"), None),
        )

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """Count failed sign-ins per email address and client together (allauth's "login_failed" rate, per key),
        so someone typing wrong passwords for an address elsewhere cannot lock its owner out."""
        return f"{super()._get_login_attempts_cache_key(request, **credentials)}:{self.get_client_ip(request)}"

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Someone who has just typed their password and has no authenticator yet may add one without typing
        the password again; anything else (turning MFA off, new recovery codes) still asks."""
        request = context.request
        adding_first_authenticator = (
            app == "allauth.mfa"
            and request is not None
            and request.user.is_authenticated
            and not is_mfa_enabled(request.user)
        )
        if adding_first_authenticator and _signed_in_with_password_just_now(request):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def get_logout_redirect_url(self, request):
        """After sign-out, the home page in the language the person was using."""
        return reverse("wagtail_serve", args=[""])

    def get_login_redirect_url(self, request):
        """After sign-in, carry on in the person's own language; staff without an authenticator set one up first."""
        url = super().get_login_redirect_url(request)
        language = getattr(getattr(request.user, "profile", None), "preferred_language", None)
        if language:
            url = translate_url(url, language)
        if is_staff_role(request.user) and not is_mfa_enabled(request.user):
            with translation.override(language or translation.get_language()):
                return reverse("mfa_activate_totp")
        return url


def _signed_in_with_password_just_now(request) -> bool:
    records = get_authentication_records(request, request.user)
    passwords = [record["at"] for record in records if record.get("method") == "password"]
    return bool(passwords) and time.time() - passwords[-1] < account_settings.REAUTHENTICATION_TIMEOUT


class MFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": _("That code is not right. Check your app and try again."),
        "cannot_delete_authenticator": _("You cannot turn off two-step sign-in."),
        "unverified_email": _("You need to confirm your email address before you set up two-step sign-in."),
    }
