"""Serve the site under gunicorn, as in production (DEBUG off, hashed static files), for benchmarks that need
a real server in front of a database the test filled.

    with gunicorn_site(tmp, database_url=..., cache_url=..., secret_key=...) as base_url: ...
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]

# The environment the site would otherwise pick up from the shell running the tests.
INHERITED_SETTINGS = (
    "DEBUG",
    "DATABASE_URL",
    "CACHE_URL",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "CELERY_BROKER_URL",
    "CELERY_RESULT_BACKEND",
    "BEHIND_TLS_PROXY",
    "SECURE_PROXY_SSL_HEADER",
    "SECRET_KEY",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(tmp: Path, **settings: str) -> dict[str, str]:
    """DEBUG off, plain HTTP on loopback (no https redirect, HSTS or secure-only cookies)."""
    env = {key: value for key, value in os.environ.items() if key not in INHERITED_SETTINGS}
    env.update(
        DJANGO_SETTINGS_MODULE="recruit_outreach.settings",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        SECURE_COOKIES="0",
        LOG_LEVEL="WARNING",
    )
    env.update(settings)
    return env


def _wait(url: str, process: subprocess.Popen, log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, f"gunicorn exited early:\n{log.read_text()[-4000:]}"
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:  # noqa: S310 (loopback only)
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {seconds:.0f} s:\n{log.read_text()[-4000:]}")


@contextmanager
def gunicorn_site(tmp: Path, *, workers: int, threads: int = 1, **settings: str) -> Iterator[str]:
    """collectstatic into `tmp`, start gunicorn on a free loopback port, yield its base URL, stop it."""
    env = production_env(tmp, **settings)
    python = sys.executable
    done = subprocess.run(
        [python, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    gunicorn = Path(python).with_name("gunicorn")
    if not gunicorn.exists():
        gunicorn = Path(shutil.which("gunicorn") or "gunicorn")
    port = free_port()
    log = tmp / "gunicorn.log"
    args = [str(gunicorn), "recruit_outreach.wsgi:application", "--preload", "--workers", str(workers)]
    args += ["--threads", str(threads), "--bind", f"127.0.0.1:{port}", "--no-control-socket"]
    args += ["--keep-alive", "10"]  # longer than a client's pause, as the README's production command has it
    with log.open("w") as log_file:
        process = subprocess.Popen(args, cwd=BASE_DIR, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{port}/healthz/", process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
