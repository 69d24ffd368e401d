"""The site's addresses plus one page behind role_required, to test the gate on its own."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.access import role_required
from recruit_outreach.urls import urlpatterns as site_urlpatterns


@role_required(roles.EDITOR, roles.PROGRAMME_ADMIN)
def editors_only(request):
    return HttpResponse("The editors' page")


urlpatterns = [*i18n_patterns(path("editors-only/", editors_only)), *site_urlpatterns]
