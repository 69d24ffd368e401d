from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.signals import authenticator_added

from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_migrate, post_save
from django.dispatch import receiver

from .models import Profile, User
from .roles import ROLE_NAMES_ATTRIBUTE, sync_roles


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_profile(sender, instance, created: bool, **kwargs) -> None:
    if created:
        Profile.objects.get_or_create(user=instance)


@receiver(post_migrate)
def create_roles(sender, using="default", **kwargs) -> None:
    """Give each role its permissions once every app has migrated (each app sends this signal in turn)."""
    apps_with_models = [app for app in django_apps.get_app_configs() if app.models_module is not None]
    if sender is not apps_with_models[-1]:
        return
    ContentType.objects.clear_cache()  # after a flush the cached content types no longer exist
    for app_config in django_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    sync_roles()


@receiver(authenticator_added)
def record_mfa_on_setup(sender, request, user, authenticator, **kwargs) -> None:
    """Setting up an authenticator means typing a code from it, which proves the second factor, and proves
    the person is there now, so they can see their new recovery codes without typing their password again."""
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type, reauthenticated=True)


@receiver(m2m_changed, sender=User.groups.through)
def forget_role_names(sender, instance, **kwargs) -> None:
    """A person's roles changed: the names roles.role_names read for this object are stale."""
    if isinstance(instance, User):
        instance.__dict__.pop(ROLE_NAMES_ATTRIBUTE, None)
