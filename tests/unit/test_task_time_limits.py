"""Every Celery task has a soft and a hard time limit, so one resident's file or one stuck job cannot hold a
worker for ever (the soft limit lets the task record what happened; the hard one stops it)."""

from recruit_outreach.celery import app


def _our_tasks() -> dict:
    app.loader.import_default_modules()  # what a worker imports: every app's tasks module
    return {name: task for name, task in app.tasks.items() if not name.startswith("celery.")}


def test_tasks_are_found() -> None:
    names = set(_our_tasks())
    assert {"applications.tasks.check_upload", "recruit_outreach.accounts.tasks.send_email"} <= names


def test_every_task_has_a_soft_and_a_hard_time_limit() -> None:
    missing = [
        name
        for name, task in _our_tasks().items()
        if not task.soft_time_limit or not task.time_limit or task.soft_time_limit >= task.time_limit
    ]
    assert missing == []


def test_workers_have_default_limits_too() -> None:
    assert 0 < app.conf.task_soft_time_limit < app.conf.task_time_limit
