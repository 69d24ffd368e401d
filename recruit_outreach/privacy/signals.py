"""Receivers that make every way of deleting a user (or a file-holding row) remove what belongs to them."""

from django.conf import settings
from django.db.models.signals import post_delete, pre_delete
from django.dispatch import receiver

from applications.models import Upload

from .services import private_file_delete, user_records_forget


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="privacy_user_records_forget")
def forget_user(sender, instance, **kwargs) -> None:
    user_records_forget(user=instance)


@receiver(post_delete, sender=Upload, dispatch_uid="privacy_upload_file_delete")
def delete_upload_file(sender, instance: Upload, **kwargs) -> None:
    """An uploaded file goes with its row, however the row was deleted (account, retention, admin)."""
    private_file_delete(storage=instance.file.storage, name=instance.file.name)
