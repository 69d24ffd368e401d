from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users import apps as wagtail_users_apps


class AccountsConfig(AppConfig):
    name = "recruit_outreach.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default = True

    def ready(self) -> None:
        from . import checks, signals  # noqa: F401


class UsersConfig(wagtail_users_apps.WagtailUsersAppConfig):
    """Takes the place of "wagtail.users" in INSTALLED_APPS: the admin's list of users shows each person's roles."""

    default = False
    user_viewset = "recruit_outreach.accounts.admin_users.UserViewSet"
