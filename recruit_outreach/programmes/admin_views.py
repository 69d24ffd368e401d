"""The programme dashboard in the Wagtail admin, for programme admins."""

from dataclasses import dataclass
from datetime import date

from django import forms
from django.http import HttpResponse
from django.utils.choices import flatten_choices
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from recruit_outreach.accounts.models import Borough

from .breakdowns import ETHNIC_GROUP_HIGH_LEVEL, Breakdown
from .charts import chart_svg_data_uri, chart_text_alternative
from .dashboard import IndicatorSummary, summarise
from .equality import AGE_BAND_CHOICES, DISABILITY_CHOICES
from .figures import change_in_words, rows_csv, rows_xlsx, shown_rows
from .models import Indicator, Workstream
from .recompute_views import recompute_context
from .selectors import indicator_periods, indicators_for_dashboard

TREND_PERIODS = 4
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _group_choices() -> list:
    """Groups a value may be kept for, under their breakdown; values are ``breakdown:category``."""
    sections = [
        (Breakdown.ETHNIC_GROUP, ETHNIC_GROUP_HIGH_LEVEL),
        (Breakdown.DISABILITY, DISABILITY_CHOICES[:2]),
        (Breakdown.AGE_BAND, AGE_BAND_CHOICES[:-1]),
    ]
    return [
        ("", _("Everyone")),
        *[(split.label, [(f"{split.value}:{code}", label) for code, label in groups]) for split, groups in sections],
    ]


class DashboardFilterForm(forms.Form):
    workstream = forms.ChoiceField(label=_("Programme"), choices=Workstream.choices, required=False)
    period = forms.ChoiceField(label=_("Period starting"), required=False)
    borough = forms.ChoiceField(label=_("Borough"), choices=[("", _("All boroughs")), *Borough.choices], required=False)
    group = forms.ChoiceField(label=_("Group"), choices=_group_choices, required=False)
    breakdown = forms.ChoiceField(
        label=_("Split by"), choices=[("", _("No split: totals only")), *Breakdown.choices], required=False
    )

    def __init__(self, data, periods: list[date]):
        super().__init__(data)
        self.fields["period"].choices = [(start.isoformat(), date_format(start, "j F Y")) for start in periods]

    def clean(self):
        chosen = super().clean()
        if sum(bool(chosen.get(name)) for name in ("borough", "group", "breakdown")) > 1:
            raise forms.ValidationError(
                _("Values are kept for one borough or one group at a time. Choose a borough, a group or a split.")
            )
        return chosen

    def series(self) -> tuple[str, str]:
        """The (breakdown, category) whose values are shown: ("", "") for everyone."""
        chosen = self.cleaned_data if self.is_bound and not self.errors else {}
        if chosen.get("borough"):
            return Breakdown.BOROUGH.value, chosen["borough"]
        if chosen.get("group"):
            breakdown, category = chosen["group"].split(":", 1)
            return breakdown, category
        return "", ""

    def series_label(self) -> str:
        """Who the values are about, in words: "Everyone", a borough's name or a group's name."""
        if not self.is_bound or self.errors:
            return str(_("Everyone"))
        for name in ("borough", "group"):
            if value := self.cleaned_data.get(name):
                return str(dict(flatten_choices(self.fields[name].choices)).get(value, value))
        return str(_("Everyone"))


@dataclass(frozen=True)
class DashboardState:
    """What the dashboard shows for a request's filters; the page and its downloads both read it."""

    form: DashboardFilterForm
    workstream: str
    start: date | None
    breakdown: str
    summaries: list[IndicatorSummary]

    @property
    def group_label(self) -> str:
        return self.form.series_label()


def dashboard_state(query) -> DashboardState:
    """Read the filters from ``query`` (a QueryDict) and the few stored rows they ask for."""
    workstream = query.get("workstream") or Workstream.RECRUITMENT_OUTREACH
    if workstream not in Workstream.values:
        workstream = Workstream.RECRUITMENT_OUTREACH
    periods = indicator_periods(workstream=workstream)
    form = DashboardFilterForm({**query.dict(), "workstream": workstream}, periods)
    chosen = form.cleaned_data if form.is_valid() else {}
    start = date.fromisoformat(chosen["period"]) if chosen.get("period") else (periods[0] if periods else None)
    shown_periods = [p for p in periods if start and p <= start][:TREND_PERIODS]
    breakdown = chosen.get("breakdown", "")
    indicators = indicators_for_dashboard(
        workstream=workstream, periods=shown_periods, breakdown=breakdown, series=form.series()
    )
    summaries = [summarise(indicator, start) for indicator in indicators]
    return DashboardState(form, workstream, start, breakdown, summaries)


@dataclass(frozen=True)
class ChartedSummary:
    """An indicator as the page draws it: the published summary, its chart and the words beside it."""

    item: IndicatorSummary
    change: str
    chart: str
    chart_text: str


def charted(item: IndicatorSummary) -> ChartedSummary:
    has_values = any(point.shown.value is not None for point in item.trend)
    return ChartedSummary(
        item=item,
        change=change_in_words(item),
        chart=chart_svg_data_uri(item) if has_values else "",
        chart_text=chart_text_alternative(item) if has_values else "",
    )


class ProgrammeDashboardView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Each indicator's latest value against its target, its recent periods and its groups, all published
    under disclosure control. Reads a few stored rows; the numbers are computed elsewhere."""

    permission_policy = ModelPermissionPolicy(Indicator)
    permission_required = "view"
    page_title = _("Programme dashboard")
    header_icon = "table"
    template_name = "programmes/admin/dashboard.html"

    def get_context_data(self, **kwargs):
        state = dashboard_state(self.request.GET)
        context = super().get_context_data(**kwargs)
        context.update(
            form=state.form,
            workstream_label=Workstream(state.workstream).label,
            breakdown_label=Breakdown(state.breakdown).label if state.breakdown else "",
            group_label=state.group_label,
            summaries=state.summaries,
            charted=[charted(item) for item in state.summaries],
            download_query=self.request.GET.urlencode(),
            **recompute_context(self.request),
        )
        return context


class DashboardDownloadView(PermissionCheckedMixin, View):
    """The dashboard's values as a file: the same filters, the same published values, nothing more."""

    permission_policy = ModelPermissionPolicy(Indicator)
    permission_required = "view"
    file_format = "csv"

    def get(self, request):
        state = dashboard_state(request.GET)
        rows = shown_rows(state.summaries, group_label=state.group_label)
        label = Workstream(state.workstream).label
        name = f"{state.workstream}-{state.start.isoformat() if state.start else 'none'}"
        if self.file_format == "xlsx":
            content, content_type = rows_xlsx(rows, title=str(label)), XLSX_TYPE
        else:
            content, content_type = rows_csv(rows), "text/csv; charset=utf-8"
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}.{self.file_format}"'
        return response
