"""Volunteering's admin screens; outreach/wagtail_hooks.py imports this module so Wagtail finds them."""

from wagtail import hooks

from .admin import VolunteeringViewSetGroup


@hooks.register("register_admin_viewset")
def register_volunteering_viewsets():
    return VolunteeringViewSetGroup()
