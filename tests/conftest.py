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


@pytest.fixture
def demo_site(db):
    """The demo pages in every language, as `make run` would show them."""
    from cms.demo import seed_demo_pages

    return seed_demo_pages()
