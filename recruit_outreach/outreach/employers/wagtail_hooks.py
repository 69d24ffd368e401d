"""Employer engagement's admin screens; outreach/wagtail_hooks.py imports this module so Wagtail finds them."""

from wagtail import hooks

from .admin import EmployersViewSetGroup


@hooks.register("register_admin_viewset")
def register_employers_viewsets():
    return EmployersViewSetGroup()
