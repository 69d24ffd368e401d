"""Volunteering's admin screens; outreach/wagtail_hooks.py imports this module so Wagtail finds them."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from recruit_outreach.accounts import roles

from .admin import VolunteeringViewSetGroup


@hooks.register("register_admin_viewset")
def register_volunteering_viewsets():
    return VolunteeringViewSetGroup()


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.groups.filter(name=roles.VOLUNTEER_COORDINATOR).exists()


@hooks.register("register_admin_menu_item")
def register_coordinator_pages_link():
    return CoordinatorMenuItem(
        _("Hospital appointments"), reverse_lazy("outreach:volunteering:dashboard"), icon_name="calendar", order=255
    )
