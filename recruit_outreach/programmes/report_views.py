"""The quarterly report in the admin: ask for one, watch its progress, download it when it is ready.

Reports hold the programmes' published figures, so only people allowed to see quarterly reports (programme
admins; an RSG read-only role given ``view_quarterlyreport``) may list or download them; the files live in
private media with no public address.
"""

from datetime import date

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .models import QuarterlyReport
from .report import quarter_name
from .report_requests import quarterly_report_request
from .selectors import recent_quarterly_reports, value_quarters

REPORTS_LISTED = 10


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


class QuarterlyReportForm(forms.Form):
    period = forms.ChoiceField(label=gettext_lazy("Quarter"))

    def __init__(self, data=None):
        super().__init__(data)
        quarters = sorted({_quarter_start(timezone.localdate()), *value_quarters()}, reverse=True)
        self.fields["period"].choices = [(quarter_name(q), quarter_name(q)) for q in quarters]


class QuarterlyReportsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_policy = ModelPermissionPolicy(QuarterlyReport)
    permission_required = "view"
    page_title = gettext_lazy("Quarterly report")
    header_icon = "doc-full"
    template_name = "programmes/admin/reports.html"

    def can_build(self) -> bool:
        return self.permission_policy.user_has_permission(self.request.user, "add")

    def post(self, request):
        if not self.can_build():
            raise PermissionDenied
        form = QuarterlyReportForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        quarterly_report_request(
            period=form.cleaned_data["period"], user=request.user, language=translation.get_language()
        )
        return redirect("programme_reports:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", QuarterlyReportForm())
        context.update(can_build=self.can_build(), reports=recent_quarterly_reports(limit=REPORTS_LISTED))
        return context


class QuarterlyReportDownloadView(PermissionCheckedMixin, View):
    permission_policy = ModelPermissionPolicy(QuarterlyReport)
    permission_required = "view"

    def get(self, request, pk: int):
        report = get_object_or_404(QuarterlyReport, pk=pk)
        if report.status != QuarterlyReport.Status.READY or not report.file:
            raise Http404
        return FileResponse(
            report.file.open("rb"),
            as_attachment=True,
            filename=f"programme-report-{report.period}.docx",
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
