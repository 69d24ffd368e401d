from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """A resident's rights over their data: download everything held about them, and delete their account.

    It sits above the other apps (it reads and removes every app's rows about one person), so nothing
    imports it but the project's URLs and the admin's user views.
    """

    name = "recruit_outreach.privacy"
    label = "privacy"
    verbose_name = _("Privacy")

    def ready(self) -> None:
        from . import signals  # noqa: F401 (connects the receivers)
