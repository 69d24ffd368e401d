"""Celery tasks: thin, each calling the computation (see ``recompute``)."""

from celery import shared_task

# A quarter at a million residents is expected to take well under 5 minutes; these stop a stuck run.
SOFT_TIME_LIMIT = 30 * 60
TIME_LIMIT = 35 * 60


@shared_task(soft_time_limit=SOFT_TIME_LIMIT, time_limit=TIME_LIMIT)
def compute_indicators(recomputation_id: int | None = None) -> int:
    """Compute the run's periods (nightly: a new run of the current and previous quarter and month);
    returns how many values were stored."""
    from .recompute import recomputation_create, recomputation_fail, recomputation_run

    if recomputation_id is None:
        recomputation_id = recomputation_create().pk
    try:
        results = recomputation_run(recomputation_id)
    except Exception:  # SoftTimeLimitExceeded included: the run is marked failed, not left running
        recomputation_fail(recomputation_id)
        raise
    return sum(result.values for result in results)
