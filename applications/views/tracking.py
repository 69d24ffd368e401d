"""Step 6: what happened to the application (submitted, interview, offer, job start, still in post)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from .. import selectors
from ..forms_tracking import MilestoneForm
from ..services import milestone_record


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def track(request: HttpRequest, pk: int) -> HttpResponse:
    application = selectors.application_get(user=request.user, pk=pk)
    form = MilestoneForm(request.POST or None, application=application)
    if request.method == "POST" and form.is_valid():
        milestone = milestone_record(
            application=application,
            kind=form.cleaned_data["kind"],
            date=form.cleaned_data["date"],
            feedback=form.cleaned_data["feedback"],
        )
        messages.success(
            request, gettext("Thank you. We saved what happened: %(event)s.") % {"event": milestone.get_kind_display()}
        )
        return redirect("applications:track", pk=application.pk)
    return render(
        request,
        "applications/track.html",
        {"application": application, "form": form, "milestones": application.milestones.all()},
    )
