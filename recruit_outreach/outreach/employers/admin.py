"""Staff screens in the Wagtail admin for employer engagement (outreach workers and programme admins)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import AwarenessAttendance, ContactNote, DisabilityConfident, Employer, EmployerMember, Pledge


class EmployerViewSet(ModelViewSet):
    model = Employer
    icon = "site"
    menu_label = _("Employers")
    list_display = ["name", "sector", "borough", "size_band"]
    list_filter = ["sector", "borough", "size_band"]
    search_fields = ["name", "contacts"]
    list_export = ["name", "sector", "borough", "size_band"]
    inspect_view_enabled = True
    form_fields = ["name", "sector", "borough", "size_band", "contacts"]


class DisabilityConfidentViewSet(ModelViewSet):
    model = DisabilityConfident
    icon = "success"
    menu_label = _("Disability Confident")
    list_display = ["employer", "level", "started_on", "expires_on"]
    list_filter = {"level": ["exact"], "expires_on": ["lte"]}
    list_export = ["employer", "level", "started_on", "expires_on"]
    form_fields = ["employer", "level", "started_on", "expires_on"]


class PledgeViewSet(ModelViewSet):
    model = Pledge
    icon = "pick"
    menu_label = _("Pledges")
    list_display = ["employer", "kind", "target", "progress", "by_date"]
    list_filter = ["kind"]
    list_export = ["employer", "kind", "target", "progress", "by_date"]
    form_fields = ["employer", "kind", "target", "progress", "by_date"]


class AwarenessViewSet(ModelViewSet):
    model = AwarenessAttendance
    icon = "group"
    menu_label = _("Awareness sessions attended")
    list_display = ["employer", "session", "staff_attended"]
    form_fields = ["employer", "session", "staff_attended"]


class ContactNoteViewSet(ModelViewSet):
    model = ContactNote
    icon = "doc-full"
    menu_label = _("Notes of contact")
    list_display = ["employer", "at", "author"]
    search_fields = ["text", "employer__name"]
    form_fields = ["employer", "author", "at", "text"]


class EmployerMemberViewSet(ModelViewSet):
    model = EmployerMember
    icon = "user"
    menu_label = _("Employer users")
    list_display = ["user", "employer"]
    form_fields = ["user", "employer"]


class EmployersViewSetGroup(ModelViewSetGroup):
    menu_label = _("Employers")
    menu_icon = "site"
    menu_order = 270
    items = (
        EmployerViewSet("employers_employers"),
        DisabilityConfidentViewSet("employers_disability_confident"),
        PledgeViewSet("employers_pledges"),
        AwarenessViewSet("employers_awareness"),
        ContactNoteViewSet("employers_notes"),
        EmployerMemberViewSet("employers_members"),
    )
