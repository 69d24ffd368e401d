from django.apps import apps as global_apps

from .definitions import create_missing_indicators


def create_indicators(sender, apps=global_apps, **kwargs) -> None:
    """After migrate (with the migration state's models) and after a test database is flushed (which sends
    no state), make sure every shipped indicator exists."""
    create_missing_indicators(apps.get_model("programmes", "Indicator"))
