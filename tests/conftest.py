import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM is still used synchronously there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def eager_celery(request):
    """Tasks run in-process in every test except the integration tests, which use a real worker."""
    from recruit_outreach.celery import app

    if request.node.get_closest_marker("integration"):
        yield
        return
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


# The demo site in the languages tests look at: English, the Arabic and Romanian translations, and Polish,
# where untranslated pages fall back to English. Home and journey pages are in all 11 languages.
DEMO_LANGUAGES = {"en", "ar", "ro", "pl"}


@pytest.fixture(autouse=True)
def english_to_start_with():
    """Each test starts in English: a request in another language leaves that language active in the
    thread, and reverse() would otherwise build that language's addresses in the next test."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test starts with an empty page cache, as a fresh server would."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site, built once per test module and rolled back after it (each test rolls back its own
    changes inside this transaction). Only for modules without transactional tests: their flush cannot
    run inside this transaction, and other connections (a live server) cannot see it."""
    from django.db import transaction

    from cms.demo import seed_demo_pages

    with django_db_blocker.unblock(), transaction.atomic():
        yield seed_demo_pages(DEMO_LANGUAGES)
        transaction.set_rollback(True)


@pytest.fixture
def demo_site(demo_content, db):
    return demo_content
