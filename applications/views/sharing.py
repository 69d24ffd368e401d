"""Sharing a draft with an outreach worker: the resident's share page, and the worker's list and review pages.

Workers are staff, so their pages need a second factor (MFA) in this session, as the admin does.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from recruit_outreach.accounts.access import role_required
from recruit_outreach.accounts.roles import OUTREACH_WORKER
from recruit_outreach.accounts.selectors import access_log_for_resident

from .. import selectors, sharing
from ..forms_sharing import CommentForm, ShareForm
from ..models import Comment, Criterion
from ..services import statement_text


@login_required
def share(request: HttpRequest, pk: int) -> HttpResponse:
    """The resident chooses an outreach worker to share this draft with, or stops sharing."""
    application = selectors.application_get(user=request.user, pk=pk)
    here = reverse("applications:share", args=[application.pk])
    form = ShareForm()
    if request.method == "POST" and "revoke" in request.POST:
        share_pk = request.POST["revoke"]
        if not share_pk.isdigit():
            raise Http404
        live = get_object_or_404(application.shares.live().select_related("worker", "consent"), pk=share_pk)
        sharing.share_revoke(share=live)
        stopped = _("You have stopped sharing this application with %(worker)s.") % {"worker": live.worker}
        messages.success(request, stopped)
        return redirect(here)
    if request.method == "POST":
        form = ShareForm(request.POST)
        if form.is_valid():
            try:
                granted = sharing.share_grant(
                    application=application,
                    worker_email=form.cleaned_data["email"],
                    consent=form.cleaned_data["consent"],
                )
            except ValidationError as error:
                form.add_error("consent" if error.code == "consent" else "email", error)
            else:
                messages.success(
                    request, _("You have shared this application with %(worker)s.") % {"worker": granted.worker}
                )
                return redirect(here)
    shares = application.shares.select_related("worker", "consent")
    context = {
        "application": application,
        "form": form,
        "live_shares": [s for s in shares if s.is_live],
        "past_shares": [s for s in shares if not s.is_live],
        "access_log": access_log_for_resident(resident=request.user, about=application),
    }
    return render(request, "applications/sharing/share.html", context)


@role_required(OUTREACH_WORKER)
def worker_list(request: HttpRequest) -> HttpResponse:
    """The applications residents are sharing with this worker now."""
    shares = selectors.active_shares_for(request.user)
    return render(request, "applications/sharing/worker_list.html", {"shares": shares})


@role_required(OUTREACH_WORKER)
def worker_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The worker reads a shared draft and comments on each criterion; every look and comment is logged."""
    share = selectors.shared_application_get(worker=request.user, pk=pk)
    application = share.application
    bound_form, bound_criterion_pk = None, None
    if request.method == "POST":
        bound_form = CommentForm(request.POST, auto_id=_comment_auto_id(request.POST.get("criterion", "")))
        if not bound_form.is_valid() and "criterion" in bound_form.errors:
            raise Http404
        bound_criterion_pk = bound_form.cleaned_data["criterion"]
        criterion = selectors.criterion_get(application=application, pk=bound_criterion_pk)
        if bound_form.is_valid():
            try:
                sharing.comment_add(share=share, criterion=criterion, text=bound_form.cleaned_data["text"])
            except ValidationError as error:
                bound_form.add_error("text", error)
            else:
                messages.success(request, _("Your comment has been added."))
                here = reverse("applications:worker_view", args=[application.pk])
                return redirect(f"{here}#criterion-{criterion.pk}")
    else:
        sharing.share_open(share=share)

    comments = Comment.objects.select_related("author")
    criteria = list(Criterion.objects.filter(application=application).prefetch_related(Prefetch("comments", comments)))
    for criterion in criteria:
        if criterion.pk == bound_criterion_pk:
            criterion.comment_form = bound_form
        else:
            criterion.comment_form = CommentForm(
                initial={"criterion": criterion.pk}, auto_id=_comment_auto_id(criterion.pk)
            )
    context = {
        "share": share,
        "application": application,
        "criteria": criteria,
        "statement": statement_text(application=application),
        "form": bound_form,
    }
    return render(request, "applications/sharing/worker_view.html", context)


def _comment_auto_id(criterion_pk) -> str:
    """Each criterion has its own comment box, so field ids (and error summary links) must differ."""
    return f"comment-{criterion_pk}-%s" if str(criterion_pk).isdigit() else "comment-%s"
