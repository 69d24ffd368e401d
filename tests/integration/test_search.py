"""Search on PostgreSQL: each language's text search configuration stems the words (cms/search.py)."""

import pytest

from django.db import connection

from tests.unit.cms import builders
from tests.unit.cms.test_search import result_titles, standard, translated_home

pytestmark = pytest.mark.django_db


def test_postgresql_configurations_match_word_forms_and_rank_titles_first(services, client):
    assert connection.vendor == "postgresql"
    site = builders.site_with_every_page_type()
    standard(site["home"], "Access to Work", intro="Money for interview support.", body="Interview costs, interviews.")
    builders.guide(site["index"], "interviews", title="NHS job interviews", text="What happens on the day.")
    home_ar = translated_home(site, "ar")
    standard(home_ar, "مقابلات وظائف NHS", intro="ماذا يحدث في يوم المقابلة.", language="ar")
    home_pt = translated_home(site, "pt")
    standard(home_pt, "Entrevistas de emprego", intro="O que acontece no dia.", language="pt")

    assert result_titles(client.get("/en/search/", {"q": "interviewing"})) == ["NHS job interviews", "Access to Work"]
    assert result_titles(client.get("/ar/search/", {"q": "مقابلة"})) == ["مقابلات وظائف NHS"]
    assert result_titles(client.get("/pt/search/", {"q": "entrevista"})) == ["Entrevistas de emprego"]
    assert client.get("/en/search/", {"q": "interview\x00"}).status_code == 400
