"""Staff screens in the Wagtail admin for volunteers, their training and the hospital list (coordinators)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from recruit_outreach.accounts.models import Borough

from .models import HospitalSite, TrainingRecord, Volunteer
from .qualifications import DAYS


def _availability_choices() -> list[tuple[str, str]]:
    days = dict(zip(DAYS, (_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
                            _("Sunday")), strict=True))  # fmt: skip
    parts = {"morning": _("morning"), "afternoon": _("afternoon"), "evening": _("evening")}
    return [(f"{day}_{part}", f"{days[day]} {label}") for day in DAYS for part, label in parts.items()]


class LanguagesField(forms.CharField):
    """Languages typed as a comma-separated list, stored as a JSON list."""

    def prepare_value(self, value):
        return ", ".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [part.strip() for part in (value or "").split(",") if part.strip()]


class VolunteerForm(WagtailAdminModelForm):
    languages = LanguagesField(label=_("Languages spoken"), required=False, help_text=_("For example: English, Arabic"))
    availability = forms.MultipleChoiceField(
        label=_("When they are free"),
        choices=_availability_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    boroughs = forms.MultipleChoiceField(
        label=_("Boroughs they can reach"), choices=Borough.choices, widget=forms.CheckboxSelectMultiple, required=False
    )


class VolunteerViewSet(ModelViewSet):
    model = Volunteer
    icon = "user"
    menu_label = _("Volunteers")
    list_display = ["__str__", "dbs_level", "dbs_next_check_due", "active", "paid_work_started_on"]
    list_filter = ["active", "dbs_level", "dbs_update_service"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "skills"]
    list_export = [
        "__str__",
        "dbs_level",
        "dbs_certificate_date",
        "dbs_next_check_due",
        "active",
        "paid_work_started_on",
    ]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            FieldPanel("phone"),
            FieldPanel("languages"),
            FieldPanel("skills"),
            FieldPanel("availability"),
            FieldPanel("boroughs"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("dbs_level"), FieldPanel("dbs_certificate_date")]),
                    FieldRowPanel([FieldPanel("dbs_update_service"), FieldPanel("dbs_next_check_due")]),
                ],
                heading=_("DBS check"),
            ),
            FieldPanel("active"),
            MultiFieldPanel(
                [FieldPanel("paid_work_started_on"), FieldPanel("paid_work_role")], heading=_("Moved into paid work")
            ),
        ],
        base_form_class=VolunteerForm,
    )


class TrainingRecordViewSet(ModelViewSet):
    model = TrainingRecord
    icon = "tick-inverse"
    menu_label = _("Volunteer training")
    list_display = ["volunteer", "course", "completed_on", "expires_on"]
    list_filter = ["course"]
    search_fields = ["volunteer__user__first_name", "volunteer__user__last_name"]
    form_fields = ["volunteer", "course", "completed_on", "expires_on"]


class HospitalSiteViewSet(ModelViewSet):
    model = HospitalSite
    icon = "site"
    menu_label = _("Hospitals and clinics")
    list_display = ["name", "trust", "borough"]
    list_filter = ["borough"]
    search_fields = ["name", "trust"]
    form_fields = ["trust", "name", "borough"]


class VolunteeringViewSetGroup(ModelViewSetGroup):
    menu_label = _("Volunteering")
    menu_icon = "user"
    menu_order = 260
    items = (
        VolunteerViewSet("volunteering_volunteers"),
        TrainingRecordViewSet("volunteering_training"),
        HospitalSiteViewSet("volunteering_sites"),
    )
