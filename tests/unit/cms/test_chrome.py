"""What signed-in readers' pages reuse between requests (cms/chrome.py, cms/routing.py) never outlives the
content it came from: a change an editor publishes shows on the next page a signed-in reader opens."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from recruit_outreach.accounts import roles
from tests.outreach_staff import client_for, person_with_role

from . import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return builders.site_with_every_page_type()


@pytest.fixture
def reader(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return client_for(person_with_role(roles.RESIDENT))


def test_a_new_title_shows_in_listings_breadcrumbs_and_menus_at_once(site, reader):
    site["standard"].show_in_menus = True
    site["standard"].save_revision().publish()
    assert "Guide first" in reader.get(site["index"].url).content.decode()
    assert "Guides" in reader.get(site["guide"].url).content.decode()  # breadcrumb
    assert "Accessibility" in reader.get(site["home"].url).content.decode()  # footer

    for key, title in (("guide", "Your first guide"), ("index", "All our guides"), ("standard", "Access")):
        page = site[key]
        page.title = title
        page.save_revision().publish()

    assert "Your first guide" in reader.get(site["index"].url).content.decode()
    guide = reader.get(site["guide"].url).content.decode()
    assert "All our guides" in guide and "Access</a>" in guide


def test_an_unpublished_page_is_gone_for_signed_in_readers_too(site, reader):
    assert reader.get(site["guide"].url).status_code == 200
    site["guide"].unpublish()
    assert reader.get(site["guide"].url).status_code == 404


def test_a_page_made_private_is_refused_after_it_was_served(site, reader):
    url = site["resource"].url
    assert reader.get(url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=site["hub"], restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=roles.PROGRAMME_ADMIN))
    assert reader.get(url).status_code == 302  # to sign in as someone allowed
    restriction.delete()
    assert reader.get(url).status_code == 200
