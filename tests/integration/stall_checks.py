"""Imported only by a test's Celery worker (`celery worker --include=tests.integration.stall_checks`): every
document check stalls, so the test can kill that worker in the middle of one."""

import time

from applications import checks


def _stalled_read(*args, **kwargs):
    time.sleep(600)


checks.read_document = _stalled_read
