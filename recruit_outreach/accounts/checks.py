"""Deploy checks for what sign-in security relies on."""

from django.conf import settings
from django.core.checks import Error, Tags, register

# Caches that live inside one process: each gunicorn worker would count failed sign-ins and remember used
# authenticator codes on its own.
PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches, Tags.security, deploy=True)
def shared_cache_in_production(app_configs=None, **kwargs) -> list[Error]:
    """With DEBUG off, the default cache must be shared by every process (Redis, Memcached, the database)."""
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.DEBUG or backend not in PER_PROCESS_CACHES:
        return []
    return [
        Error(
            f"CACHE_URL gives a per-process cache ({backend}).",
            hint=(
                "Set CACHE_URL to a shared cache such as redis://host:6379/2: sign-in lockouts and used "
                "authenticator codes are kept in the cache, and each process would keep its own."
            ),
            id="accounts.E001",
        )
    ]
