from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import EqualityAnswersForm
from .selectors import equality_answers_for
from .services import equality_answers_delete, equality_answers_save


def _crumbs() -> list[dict[str, str]]:
    return [
        {"title": _("Home"), "url": reverse("wagtail_serve", args=[""])},
        {"title": _("Your settings"), "url": reverse("accounts:profile")},
    ]


@login_required
@require_http_methods(["GET", "POST"])
def equality_questions(request: HttpRequest) -> HttpResponse:
    """The resident's own optional equality answers: asked with their purpose, changed at any time."""
    answers = equality_answers_for(user=request.user)
    form = EqualityAnswersForm(request.POST if request.method == "POST" else None, instance=answers)
    if request.method == "POST" and form.is_valid():
        if equality_answers_save(user=request.user, answers=form.cleaned_data):
            messages.success(request, _("Thank you. Your answers have been saved."))
        else:
            messages.success(request, _("You did not answer any questions, so we have not kept anything."))
        return redirect(reverse("accounts:profile"))
    context = {"form": form, "answers": answers, "crumbs": _crumbs()}
    return render(request, "programmes/equality_questions.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def equality_delete(request: HttpRequest) -> HttpResponse:
    """Ask once more, then delete every equality answer the resident gave."""
    if request.method == "POST":
        equality_answers_delete(user=request.user)
        messages.success(request, _("Your equality answers have been deleted."))
        return redirect(reverse("accounts:profile"))
    context = {"answers": equality_answers_for(user=request.user), "crumbs": _crumbs()}
    return render(request, "programmes/equality_delete.html", context)
