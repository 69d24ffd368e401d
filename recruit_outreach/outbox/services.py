"""Queue Celery tasks through the outbox, so a broker that is down delays work instead of losing it.

`outbox_queue` saves the task in the caller's transaction and sends it once that commits; if the broker does
not answer within its short timeouts (settings: CELERY_BROKER_CONNECTION_TIMEOUT and the transport's socket
timeouts), the row stays and `outbox_flush` (a Celery beat job every minute) sends it when the broker is back.
"""

import logging
from enum import Enum

from celery import Task, current_app

from django.db import transaction

from .models import PendingTask

logger = logging.getLogger(__name__)


class Sent(Enum):
    SENT = "sent"
    GONE = "gone"  # sent already, by another request or sweep
    BROKER_DOWN = "broker down"
    UNKNOWN_TASK = "unknown task"


def outbox_queue(task: Task, *args, **kwargs) -> None:
    """Queue ``task(*args, **kwargs)`` once the current transaction commits, keeping it until the broker has it.

    Arguments must be JSON (ids and strings). With no broker configured (tasks run in-process), the task simply
    runs after the commit.
    """
    if current_app.conf.task_always_eager:
        transaction.on_commit(lambda: task.apply_async(args, kwargs))
        return
    pending = PendingTask.objects.create(task=task.name, args=list(args), kwargs=kwargs)
    pending_id = pending.pk
    transaction.on_commit(lambda: _publish(pending_id))


def outbox_flush() -> int:
    """Send every task still waiting for the broker, oldest first; returns how many were sent.

    Stops at the first one the broker refuses: the rest wait for the next run.
    """
    sent = 0
    for pending_id in PendingTask.objects.values_list("pk", flat=True):
        outcome = _publish(pending_id)
        if outcome is Sent.BROKER_DOWN:
            break
        sent += outcome is Sent.SENT
    return sent


def _publish(pending_id: int) -> Sent:
    """Send one saved task and delete its row, under a row lock so no two processes send it twice."""
    with transaction.atomic():
        pending = PendingTask.objects.select_for_update(skip_locked=True).filter(pk=pending_id).first()
        if pending is None:
            return Sent.GONE
        task = _task_named(pending.task)
        if task is None:
            logger.error("pending task %s names a task this code does not have: %s", pending_id, pending.task)
            return _keep(pending, f"unknown task {pending.task}", Sent.UNKNOWN_TASK)
        try:
            # No publish retries here: the broker's short timeouts decide, and the sweep retries later.
            task.apply_async(pending.args, pending.kwargs, retry=False, ignore_result=True)
        except Exception as error:  # noqa: BLE001 (any broker failure leaves the task for the sweep)
            logger.warning("the broker did not take %s (pending task %s): %s", pending.task, pending_id, error)
            return _keep(pending, f"{type(error).__name__}: {error}", Sent.BROKER_DOWN)
        pending.delete()
    return Sent.SENT


def _task_named(name: str) -> Task | None:
    """The registered task of that name; a process that never imported the module holding it (a sweep in the
    web process) discovers every app's tasks first, as a worker does when it starts."""
    if name not in current_app.tasks:
        current_app.loader.import_default_modules()
    return current_app.tasks.get(name)


def _keep(pending: PendingTask, error: str, outcome: Sent) -> Sent:
    pending.attempts += 1
    pending.last_error = error[:1000]
    pending.save(update_fields=["attempts", "last_error"])
    return outcome
