"""Programme admins' screens: indicators, values entered by hand, and the audit trail of those values.

Equality answers have no screen here or anywhere else in the admin: staff see them only as aggregates.
"""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.log_actions import log

from .admin_views import DashboardDownloadView, ProgrammeDashboardView
from .forms import IndicatorForm, IndicatorValueForm
from .models import Indicator, IndicatorValue, IndicatorValueChange, Source
from .recompute_views import RecomputeView
from .report_views import QuarterlyReportDownloadView, QuarterlyReportsView
from .services import indicator_value_enter


class ProgrammeDashboardViewSet(ViewSet):
    name = "programme_dashboard"
    url_prefix = "programme-dashboard"
    icon = "table"
    menu_label = _("Dashboard")
    menu_order = 50

    def get_urlpatterns(self):
        return [
            path("", ProgrammeDashboardView.as_view(), name="index"),
            path("recompute/", RecomputeView.as_view(), name="recompute"),
            path("download.csv", DashboardDownloadView.as_view(file_format="csv"), name="download_csv"),
            path("download.xlsx", DashboardDownloadView.as_view(file_format="xlsx"), name="download_xlsx"),
        ]

    @cached_property
    def menu_item_class(self):
        class DashboardMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm("programmes.view_indicator")

        return DashboardMenuItem


class QuarterlyReportViewSet(ViewSet):
    """Build the quarterly Word report with a Celery task, see its progress, download it when ready."""

    name = "programme_reports"
    url_prefix = "programme-reports"
    icon = "doc-full"
    menu_label = _("Quarterly report")
    menu_order = 60

    def get_urlpatterns(self):
        return [
            path("", QuarterlyReportsView.as_view(), name="index"),
            path("<int:pk>/download/", QuarterlyReportDownloadView.as_view(), name="download"),
        ]

    @cached_property
    def menu_item_class(self):
        class ReportMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm("programmes.view_quarterlyreport")

        return ReportMenuItem


class IndicatorViewSet(ModelViewSet):
    model = Indicator
    icon = "list-ol"
    menu_label = _("Indicators")
    menu_order = 100
    copy_view_enabled = False
    list_display = ["name", "workstream", "unit", "period", "source", "target"]
    list_filter = ["workstream", "source", "unit"]
    search_fields = ["name", "code", "definition"]
    list_export = ["code", "name", "workstream", "unit", "direction", "target", "period", "source"]

    def get_form_class(self, for_update=False):
        return IndicatorForm


class HandEnteredValueIndexView(IndexView):
    queryset = IndicatorValue.objects.filter(indicator__source=Source.MANUAL).select_related("indicator")


class HandEnteredValueCreateView(CreateView):
    def save_instance(self):
        value = indicator_value_enter(value=self.form.instance, user=self.request.user)
        log(value, "wagtail.create", user=self.request.user)
        return value


class HandEnteredValueEditView(EditView):
    def save_instance(self):
        value = indicator_value_enter(value=self.form.instance, user=self.request.user)
        log(value, "wagtail.edit", user=self.request.user)
        return value


class HandEnteredValueViewSet(ModelViewSet):
    """Values for the workstreams we cannot count ourselves; every save is kept in the audit trail."""

    model = IndicatorValue
    url_prefix = "hand-entered-values"
    icon = "edit"
    menu_label = _("Values entered by hand")
    menu_order = 200
    copy_view_enabled = False
    index_view_class = HandEnteredValueIndexView
    add_view_class = HandEnteredValueCreateView
    edit_view_class = HandEnteredValueEditView
    list_display = ["indicator", "period_start", "breakdown", "category", "value", "numerator", "denominator"]
    list_filter = ["indicator", "period_start"]
    list_export = ["indicator", "period_start", "breakdown", "category", "value", "numerator", "denominator"]

    def get_form_class(self, for_update=False):
        return IndicatorValueForm


class IndicatorValueChangeViewSet(ModelViewSet):
    """Read only: programme admins may view the trail but nobody can add to it or change it here."""

    model = IndicatorValueChange
    url_prefix = "hand-entered-value-changes"
    icon = "history"
    menu_label = _("Changes to values")
    menu_order = 300
    copy_view_enabled = False
    list_display = ["indicator_value", "changed_by_name", "changed_at", "old_value", "new_value"]
    list_filter = ["changed_at"]
    list_export = [
        "indicator_value",
        "changed_by_name",
        "changed_at",
        "old_value",
        "new_value",
        "old_numerator",
        "new_numerator",
        "old_denominator",
        "new_denominator",
    ]
    form_fields = []
    inspect_view_enabled = True


class ProgrammesViewSetGroup(ModelViewSetGroup):
    menu_label = _("Programmes")
    menu_icon = "table"
    menu_order = 250
    items = (
        ProgrammeDashboardViewSet,
        QuarterlyReportViewSet,
        IndicatorViewSet,
        HandEnteredValueViewSet,
        IndicatorValueChangeViewSet,
    )


@hooks.register("register_admin_viewset")
def register_programmes_viewsets():
    return ProgrammesViewSetGroup()
