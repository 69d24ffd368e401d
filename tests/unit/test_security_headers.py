"""Content-Security-Policy and Permissions-Policy: on public, resident and admin pages, and no template needs
an inline script or style the policy would block."""

import base64
import hashlib
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation

from recruit_outreach.accounts import roles
from tests.factories import UserFactory
from tests.mfa import enable_totp
from tests.unit.accounts.test_admin_access import sign_in

ROOT = Path(__file__).resolve().parents[2]
DENIED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb", "bluetooth", "serial", "hid")


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


def assert_site_policy(response) -> None:
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"], "no inline or third-party script may run"
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]


def assert_features_denied(response) -> None:
    features = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    for feature in DENIED_FEATURES:
        assert features[feature] == "()", feature


@pytest.mark.django_db
def test_public_pages_have_the_strict_policy_also_when_served_from_the_page_cache(client):
    from tests.unit.cms.builders import home_page

    home_page()
    cache.clear()
    first = client.get("/en/")
    second = client.get("/en/")  # the anonymous page cache answers this one
    for response in (first, second):
        assert response.status_code == 200
        assert_site_policy(response)
        assert_features_denied(response)


@pytest.mark.django_db
def test_a_signed_in_residents_pages_have_the_strict_policy(client):
    client.force_login(UserFactory())
    with translation.override("en"):
        response = client.get(reverse("applications:dashboard"))
    assert response.status_code == 200
    assert_site_policy(response)
    assert_features_denied(response)


@pytest.mark.django_db
def test_the_admin_has_the_site_policy_except_inline_scripts_and_styles_and_its_own_preview_frame(client):
    editor = UserFactory(roles=[roles.EDITOR])
    sign_in(client, editor, enable_totp(editor))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    for name in ("default-src", "img-src", "font-src", "connect-src", "object-src", "base-uri", "form-action"):
        assert policy[name] == settings.CONTENT_SECURITY_POLICY["DIRECTIVES"][name], name
    assert_features_denied(response)


def test_the_admin_allowances_do_not_reach_pages_whose_address_only_starts_like_the_admin(rf):
    from recruit_outreach.headers import SiteCSPMiddleware

    middleware = SiteCSPMiddleware(lambda request: None)
    for path, inline in (("/administration/", False), ("/admin/pages/", True)):
        request = rf.get(path)
        middleware.process_request(request)
        response = middleware.process_response(request, HttpResponse("ok"))
        # Read as directives: the header's order of directives is not fixed.
        assert ("'unsafe-inline'" in directives(response)["script-src"]) is inline, path


def project_templates() -> list[Path]:
    folders = [ROOT / "templates", *ROOT.glob("*/templates"), *ROOT.glob("recruit_outreach/*/templates")]
    return sorted(path for folder in folders for path in folder.rglob("*.html"))


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
STYLE_ELEMENT = re.compile(r"<style\b[^>]*>(.*?)</style>", re.I | re.S)


# Pages that must stand alone, so carry their own <style>: the 500 page (no static files, no template tags;
# allowed by hash, below) and the readable copy in a resident's data download (opened from their own disk,
# never served as a page of the site).
STANDALONE_WITH_STYLE = {"templates/500.html", "templates/privacy/export_document.html"}


@pytest.mark.parametrize("template", project_templates(), ids=lambda path: str(path.relative_to(ROOT)))
def test_no_template_has_an_inline_script_style_attribute_or_event_handler(template):
    text = template.read_text()
    assert not INLINE_SCRIPT.search(text), "move the script to a file under static/ (words in data- attributes)"
    assert not STYLE_ATTRIBUTE.search(text), "use a class from static/css/site.css"
    assert not EVENT_HANDLER.search(text), "attach the handler from a script file"
    if template.relative_to(ROOT).as_posix() not in STANDALONE_WITH_STYLE:
        assert not STYLE_ELEMENT.search(text), "use static/css/site.css"


def test_the_error_page_style_is_allowed_by_its_hash():
    # The 500 page stands alone (no static files, no template tags), so its one <style> is allowed by hash.
    css = STYLE_ELEMENT.search((ROOT / "templates" / "500.html").read_text()).group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
