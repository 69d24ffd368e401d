from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from cms.sitemap import TranslatedSitemap
from recruit_outreach import views

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("robots.txt", cms_views.robots_txt, name="robots_txt"),
]

urlpatterns += i18n_patterns(
    path("account/equality/", include("recruit_outreach.programmes.urls")),
    path("account/your-data/", include("recruit_outreach.privacy.urls")),
    path("account/", include("allauth.urls")),
    path("account/", include("recruit_outreach.accounts.urls")),
    path("applications/", include("applications.urls")),
    path("outreach/", include("recruit_outreach.outreach.urls")),
    path("search/", cms_views.search, name="search"),
    # One sign-in path: Wagtail's own front-end sign-in form would skip our lockout, email checks and MFA.
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("", include(wagtail_urls)),
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
