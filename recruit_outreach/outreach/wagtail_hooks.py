from django.urls import path

from wagtail import hooks

from .employers import wagtail_hooks as employers_hooks  # noqa: F401  (registers its own hooks)
from .sessions.admin import MySessionsPanel, NearlyFullPanel, OutreachViewSetGroup, SessionCancelView, SessionSeriesView
from .volunteering import wagtail_hooks as volunteering_hooks  # noqa: F401  (registers its own hooks)


@hooks.register("register_admin_viewset")
def register_outreach_viewsets():
    return OutreachViewSetGroup()


@hooks.register("register_admin_urls")
def register_outreach_admin_urls():
    return [
        path("outreach/sessions/<int:pk>/series/", SessionSeriesView.as_view(), name="outreach_session_series"),
        path("outreach/sessions/<int:pk>/cancel/", SessionCancelView.as_view(), name="outreach_session_cancel"),
    ]


@hooks.register("construct_homepage_panels")
def add_outreach_panels(request, panels):
    if request.user.has_perm("outreach.view_supportsession"):
        panels += [MySessionsPanel(), NearlyFullPanel()]
