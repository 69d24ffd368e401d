"""The dashboard's "Recompute now" button and the progress shown while values are recomputed."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.views import View

from recruit_outreach.outbox.services import outbox_queue

from .recompute import recomputation_create, recomputation_latest
from .tasks import compute_indicators

RECOMPUTE_PERMISSION = "programmes.change_indicator"


def recompute_context(request) -> dict:
    """What the dashboard's recompute panel needs: the latest run and whether this user may start one."""
    return {"recomputation": recomputation_latest(), "can_recompute": request.user.has_perm(RECOMPUTE_PERMISSION)}


class RecomputeView(View):
    """Programme admins start a run of the current and previous periods; the dashboard then shows its progress."""

    http_method_names = ["post"]

    def post(self, request):
        if not request.user.has_perm(RECOMPUTE_PERMISSION):
            raise PermissionDenied
        latest = recomputation_latest()
        if latest is None or not latest.is_running:
            run = recomputation_create(user=request.user)
            outbox_queue(compute_indicators, run.pk)
        return redirect("programme_dashboard:index")
