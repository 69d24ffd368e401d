"""Runs of the computation and their progress, kept in ``Recomputation`` rows so any process can show them."""

from datetime import timedelta

from django.utils import timezone

from .compute import ComputeResult, compute_period, computed_indicators
from .models import Recomputation
from .periods import ReportingPeriod, nightly_periods, parse_period

# A run not finished after this long has died with its worker (the task's hard time limit is shorter).
GIVE_UP_AFTER = timedelta(hours=1)


def recomputation_create(*, user=None, periods: list[ReportingPeriod] | None = None) -> Recomputation:
    """Record a run of ``periods`` (by default the current and previous quarter and month), not started yet."""
    periods = periods or nightly_periods()
    return Recomputation.objects.create(
        periods=" ".join(period.label for period in periods),
        requested_by=user,
        total=sum(len(computed_indicators(period)) for period in periods),
    )


def recomputation_run(recomputation_id: int) -> list[ComputeResult]:
    """Compute each period of the run, counting the indicators done as it goes."""
    run = Recomputation.objects.get(pk=recomputation_id)
    runs = Recomputation.objects.filter(pk=run.pk)
    results: list[ComputeResult] = []
    before = 0
    for period in [parse_period(label) for label in run.periods.split()]:

        def progress(done: int, total: int, before: int = before) -> None:
            runs.update(done=before + done)

        result = compute_period(period, progress=progress)
        results.append(result)
        before += result.indicators + len(result.skipped)
    runs.update(done=before, total=before, finished_at=timezone.now())
    return results


def recomputation_fail(recomputation_id: int) -> None:
    Recomputation.objects.filter(pk=recomputation_id).update(failed=True, finished_at=timezone.now())


def recomputation_latest() -> Recomputation | None:
    """The newest run; one that has been going for too long is treated as failed."""
    run = Recomputation.objects.order_by("-requested_at", "-pk").first()
    if run and run.finished_at is None and run.requested_at < timezone.now() - GIVE_UP_AFTER:
        run.failed = True
    return run
