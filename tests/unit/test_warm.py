"""What gunicorn's master loads before forking (recruit_outreach/warm.py): the slow first-use loads, and never
the database (a connection opened before the fork would be shared by every worker)."""

from django.template import engines

from applications.checks import encoder, semantic
from recruit_outreach.warm import warm


def test_warming_loads_the_checks_model_and_templates_without_the_database():
    # No django_db mark: pytest-django refuses any database access in this test.
    semantic._model.cache_clear()
    encoder.encoder.cache_clear()
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()

    warm()

    assert semantic._model.cache_info().currsize == 1
    assert encoder.encoder.cache_info().currsize == 1
    assert "base.html" in {key.split("-")[0] for key in loader.get_template_cache}
