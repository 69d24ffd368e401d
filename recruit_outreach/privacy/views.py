"""The resident's own data: see it, download it, delete their account. Each person only ever sees their own."""

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .export import record_json, record_zip
from .forms import AccountDeleteForm
from .selectors import resident_record
from .services import account_delete


def _crumbs() -> list[dict]:
    return [
        {"title": _("Home"), "url": reverse("wagtail_serve", args=[""])},
        {"title": _("Your settings"), "url": reverse("accounts:profile")},
    ]


def _attachment(content, *, content_type: str, extension: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    name = f"your-data-{timezone.localdate():%Y-%m-%d}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@never_cache
def your_data(request: HttpRequest) -> HttpResponse:
    return render(request, "privacy/your_data.html", {"crumbs": _crumbs()})


@login_required
@never_cache
def your_data_read(request: HttpRequest) -> HttpResponse:
    crumbs = [*_crumbs(), {"title": _("Your data"), "url": reverse("privacy:your_data")}]
    context = {"sections": resident_record(user=request.user), "crumbs": crumbs}
    return render(request, "privacy/your_data_read.html", context)


@login_required
def your_data_download(request: HttpRequest) -> HttpResponse:
    return _attachment(record_zip(user=request.user, request=request), content_type="application/zip", extension="zip")


@login_required
def your_data_json(request: HttpRequest) -> HttpResponse:
    content = record_json(resident_record(user=request.user))
    return _attachment(content, content_type="application/json; charset=utf-8", extension="json")


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def account_delete_confirm(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        account_delete(user=user)
        return redirect("privacy:account_deleted")
    crumbs = [*_crumbs(), {"title": _("Your data"), "url": reverse("privacy:your_data")}]
    return render(request, "privacy/account_delete.html", {"form": form, "crumbs": crumbs})


def account_deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "privacy/account_deleted.html")
