"""The programme dashboard in the Wagtail admin, for programme admins."""

from datetime import date

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .breakdowns import Breakdown
from .dashboard import summarise
from .models import Indicator, Workstream
from .recompute_views import recompute_context
from .selectors import indicator_periods, indicators_for_dashboard

TREND_PERIODS = 4


class DashboardFilterForm(forms.Form):
    workstream = forms.ChoiceField(label=_("Programme"), choices=Workstream.choices, required=False)
    period = forms.ChoiceField(label=_("Period starting"), required=False)
    breakdown = forms.ChoiceField(
        label=_("Split by"), choices=[("", _("No split: totals only")), *Breakdown.choices], required=False
    )

    def __init__(self, data, periods: list[date]):
        super().__init__(data)
        self.fields["period"].choices = [(start.isoformat(), date_format(start, "j F Y")) for start in periods]


class ProgrammeDashboardView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Each indicator's latest value against its target, its recent periods and its groups, all published
    under disclosure control. Reads a few stored rows; the numbers are computed elsewhere."""

    permission_policy = ModelPermissionPolicy(Indicator)
    permission_required = "view"
    page_title = _("Programme dashboard")
    header_icon = "table"
    template_name = "programmes/admin/dashboard.html"

    def get_context_data(self, **kwargs):
        workstream = self.request.GET.get("workstream") or Workstream.RECRUITMENT_OUTREACH
        if workstream not in Workstream.values:
            workstream = Workstream.RECRUITMENT_OUTREACH
        periods = indicator_periods(workstream=workstream)
        form = DashboardFilterForm({**self.request.GET.dict(), "workstream": workstream}, periods)
        chosen = form.cleaned_data if form.is_valid() else {}
        start = date.fromisoformat(chosen["period"]) if chosen.get("period") else (periods[0] if periods else None)
        shown_periods = [p for p in periods if start and p <= start][:TREND_PERIODS]
        breakdown = chosen.get("breakdown", "")
        indicators = indicators_for_dashboard(workstream=workstream, periods=shown_periods, breakdown=breakdown)
        context = super().get_context_data(**kwargs)
        context.update(
            form=form,
            workstream_label=Workstream(workstream).label,
            breakdown_label=Breakdown(breakdown).label if breakdown else "",
            summaries=[summarise(indicator, start) for indicator in indicators],
            **recompute_context(self.request),
        )
        return context
