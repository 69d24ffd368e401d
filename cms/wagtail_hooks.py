from datetime import date

from django.contrib import messages
from django.db.models import F
from django.db.models.functions import Coalesce
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EasyReadPage, GlossaryTerm, ReviewDatesMixin


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term", "explanation"]
    search_fields = ["term"]


register_snippet(GlossaryTermViewSet)


def review_models() -> list[type]:
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if issubclass(model, ReviewDatesMixin)]


class ReviewDueReportView(PageReportView):
    """Pages whose "next review due" date has passed: the guidance may be out of date."""

    page_title = _("Pages due for review")
    header_icon = "date"
    results_template_name = "cms/reports/review_due_results.html"
    index_url_name = "review_due_report"
    index_results_url_name = "review_due_report_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "next_review_due", "status_string"]
    export_headings = {"next_review_due": _("Next review due"), "status_string": _("Status")}

    def get_queryset(self):
        due = Coalesce(*(F(f"{model._meta.model_name}__next_review_due") for model in review_models()))
        self.queryset = (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .annotate(review_due=due)
            .filter(review_due__lt=date.today())
            .order_by("review_due", "path")
            .select_related("locale", "content_type")
            .specific()
        )
        return super().get_queryset()


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path("reports/review-due/", ReviewDueReportView.as_view(), name="review_due_report"),
        path(
            "reports/review-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="review_due_report_results",
        ),
    ]


page_permission_policy = PagePermissionPolicy()


class ReviewDueMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewDueMenuItem(_("Pages due for review"), reverse("review_due_report"), icon_name="date", order=750)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_long_easy_read_sentences(request, page):
    page = page.specific
    if isinstance(page, EasyReadPage) and (long_sentences := page.long_sentences()):
        messages.warning(
            request,
            ngettext(
                "%(count)d Easy Read sentence is over 15 words. Try to split it into shorter sentences.",
                "%(count)d Easy Read sentences are over 15 words. Try to split them into shorter sentences.",
                len(long_sentences),
            )
            % {"count": len(long_sentences)},
        )
