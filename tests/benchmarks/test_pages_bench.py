"""Page serving benchmarks (run with `make bench`): a guide page against /healthz/ under gunicorn, and the
weight of the home page over the wire.

The site runs as in production (DEBUG off, hashed and compressed static files served by WhiteNoise, the
whole-page cache for anonymous readers) under gunicorn with 2 workers on a fresh SQLite database with the
demo content. Only the TLS settings are switched off through their environment variables, since the load
generator speaks plain HTTP on loopback.
"""

from __future__ import annotations

import gzip
import http.client
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.benchmarks.gunicorn_server import free_port, production_env

BASE_DIR = Path(__file__).resolve().parents[2]
HEALTHZ = "/healthz/"
GUIDE = "/en/get-help/how-nhs-applications-work/"
HOME = "/en/"
ACCEPT_ENCODING = "gzip, br"

WORKERS = 2
CLIENT_THREADS = 4
WARM_UP_SECONDS = 1.0
MEASURE_SECONDS = 5.0
WEIGHT_BUDGET = 100 * 1024


# One signed-in resident (seed_demo makes no users with DEBUG off).
READER_EMAIL, READER_PASSWORD = "bench-reader@example.org", "bench-reader-password-2026"
CREATE_READER = f"""
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user, _ = get_user_model().objects.get_or_create(email="{READER_EMAIL}")
user.set_password("{READER_PASSWORD}")
user.save()
user.groups.add(Group.objects.get(name="resident"))
EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={{"verified": True, "primary": True}})
"""
SIGNED_IN_PAGES = (HOME, "/en/get-help/", GUIDE, GUIDE + "easy-read/", "/en/employers/job-carving/", "/ar/" + GUIDE[4:])
RENDER_ROUNDS = 40


@dataclass
class Server:
    port: int
    cache: str
    log: Path


def _run(args: list[str], env: dict[str, str], timeout: int = 600) -> None:
    started = time.perf_counter()
    done = subprocess.run(args, cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    print(f"  {' '.join(args[1:3])}: {time.perf_counter() - started:.0f} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _wait_for_healthz(port: int, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, f"gunicorn exited early:\n{log.read_text()[-4000:]}"
        try:
            status, _, _ = _get(port, HEALTHZ)
        except OSError:
            status = None
        if status == 200:
            return
        time.sleep(0.2)
    raise AssertionError(f"/healthz/ did not answer within {seconds:.0f} s:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:  # noqa: ANN001
    """The demo site under gunicorn with 2 workers, built from nothing in a temporary directory."""
    tmp = tmp_path_factory.mktemp("pages_bench")
    env = production_env(
        tmp,
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        SECRET_KEY="pages-benchmark-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    )
    python = sys.executable
    gunicorn = Path(python).with_name("gunicorn")
    if not gunicorn.exists():
        gunicorn = Path(shutil.which("gunicorn") or "gunicorn")

    print("\nBuilding the demo site (DEBUG off, SQLite):")
    _run([python, "manage.py", "migrate", "--noinput", "-v0"], env)
    _run([python, "manage.py", "seed_demo"], env)
    _run([python, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    _run([python, "manage.py", "shell", "-c", CREATE_READER], env)

    # The page cache shared by both workers: a private Redis as in production when redis-server is on
    # PATH, otherwise a file cache in the temporary directory.
    started: list[subprocess.Popen] = []
    try:
        redis_server = shutil.which("redis-server")
        if redis_server:
            redis_port = free_port()
            redis_args = [redis_server, "--port", str(redis_port), "--bind", "127.0.0.1"]
            redis_args += ["--save", "", "--appendonly", "no"]  # a cache only: nothing written to disk
            started.append(subprocess.Popen(redis_args, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection(("127.0.0.1", redis_port), timeout=1).close()
                    break
                except OSError:
                    assert time.monotonic() < deadline, "redis-server did not start"
                    time.sleep(0.1)
            env["CACHE_URL"] = f"rediscache://127.0.0.1:{redis_port}/0"
            version = subprocess.run([redis_server, "--version"], capture_output=True, text=True).stdout.split()[2]
            cache = f"Redis {version.removeprefix('v=')}"
        else:
            env["CACHE_URL"] = f"filecache://{tmp / 'cache'}"
            cache = "file cache (FileBasedCache) in a temporary directory"

        port = free_port()
        log = tmp / "gunicorn.log"
        with log.open("w") as log_file:
            gunicorn_args = [str(gunicorn), "recruit_outreach.wsgi:application", "--workers", str(WORKERS)]
            gunicorn_args += ["--bind", f"127.0.0.1:{port}", "--no-control-socket"]
            process = subprocess.Popen(gunicorn_args, cwd=BASE_DIR, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        started.insert(0, process)
        _wait_for_healthz(port, process, log)
        yield Server(port=port, cache=cache, log=log)
    finally:
        for process in started:
            _stop(process)


# --- HTTP ----------------------------------------------------------------------------------------------


def _get(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    """One GET as a browser would send it; the body is returned exactly as sent (still compressed)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": ACCEPT_ENCODING})
        response = connection.getresponse()
        body = response.read()
        return response.status, {key.lower(): value for key, value in response.getheaders()}, body
    finally:
        connection.close()


def _decoded(headers: dict[str, str], body: bytes) -> bytes:
    encoding = headers.get("content-encoding", "identity")
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "br":
        import brotli  # the server only sends br when the Brotli package is installed, so it is here too

        return brotli.decompress(body)
    assert encoding == "identity", f"unexpected Content-Encoding {encoding}"
    return body


@dataclass
class Load:
    path: str
    ok: int
    failed: int
    seconds: float
    client_cpu: float  # CPU seconds the load generator itself used

    @property
    def rps(self) -> float:
        return self.ok / self.seconds


def _hammer(port: int, path: str, seconds: float, threads: int = CLIENT_THREADS) -> Load:
    """`threads` clients, each sending GET `path` back to back for `seconds`; 200 answers are counted.

    Each client keeps one HTTPConnection; gunicorn's sync workers close the connection after every answer,
    so http.client opens a new one for the next request, as a browser would with these workers.
    """
    counts = [[0, 0] for _ in range(threads)]
    start = threading.Barrier(threads + 1)
    deadline = 0.0

    def client(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        start.wait()
        while time.perf_counter() < deadline:
            try:
                connection.request("GET", path, headers={"Accept-Encoding": ACCEPT_ENCODING})
                response = connection.getresponse()
                response.read()
                counts[index][0 if response.status == 200 else 1] += 1
            except (OSError, http.client.HTTPException):
                counts[index][1] += 1
                connection.close()
        connection.close()

    workers = [threading.Thread(target=client, args=(index,)) for index in range(threads)]
    for worker in workers:
        worker.start()
    cpu = time.process_time()
    began = time.perf_counter()
    deadline = began + seconds
    start.wait()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - began
    cpu = time.process_time() - cpu
    return Load(path, sum(c[0] for c in counts), sum(c[1] for c in counts), elapsed, cpu)


def test_guide_page_serves_at_least_half_the_healthz_rate(server: Server) -> None:
    status, headers, _ = _get(server.port, GUIDE)
    assert status == 200 and headers["content-type"].startswith("text/html"), (status, headers)

    results: dict[str, list[Load]] = {HEALTHZ: [], GUIDE: []}
    # ABBA order, so a machine that speeds up or slows down during the run favours neither URL.
    for path in (HEALTHZ, GUIDE, GUIDE, HEALTHZ):
        _hammer(server.port, path, WARM_UP_SECONDS)
        results[path].append(_hammer(server.port, path, MEASURE_SECONDS))

    print(
        f"\n{WORKERS} gunicorn sync workers, {CLIENT_THREADS} client threads on loopback, {MEASURE_SECONDS:.0f} s "
        f"per round after {WARM_UP_SECONDS:.0f} s warm-up; page cache: {server.cache}; "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"{'URL':44} {'round 1 req/s':>14} {'round 2 req/s':>14} {'best':>8} {'failed':>7} {'client CPU':>11}")
    for path, loads in results.items():
        rates = " ".join(f"{load.rps:14.0f}" for load in loads)
        best = max(load.rps for load in loads)
        failed = sum(load.failed for load in loads)
        # The load generator shares the machine with the server: how many cores it kept busy on average.
        client = sum(load.client_cpu for load in loads) / sum(load.seconds for load in loads)
        print(f"{path:44} {rates} {best:8.0f} {failed:7} {client:7.2f} cores")
    healthz = max(load.rps for load in results[HEALTHZ])
    guide = max(load.rps for load in results[GUIDE])
    print(f"guide / healthz = {guide / healthz:.2f} (target at least 0.50)")

    assert all(load.failed == 0 for loads in results.values() for load in loads), results
    assert guide >= 0.5 * healthz


# --- Home page weight ----------------------------------------------------------------------------------

MODULE_IMPORT = re.compile(r"""(?:^|[;\s}])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"'\s]+)["']""")
CSS_URL = re.compile(r"""url\(\s*(["']?)([^"')]+?)\1\s*\)""")
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?["']?([^"')\s;]+)""")
FONT_FACE = re.compile(r"@font-face\s*{([^}]*)}")
FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;}]+)")
FONT_EXTENSIONS = (".woff2", ".woff", ".ttf", ".otf", ".eot")


class _Assets(HTMLParser):
    """What a browser fetches to show the page: stylesheets, icons, scripts (also module imports), images."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []  # (kind, url)
        self._module = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        rel = values.get("rel", "").lower().split()
        if tag == "link" and "stylesheet" in rel and values.get("href"):
            self.found.append(("css", values["href"]))
        elif tag == "link" and "icon" in rel and values.get("href"):
            self.found.append(("icon", values["href"]))
        elif tag == "script" and values.get("src"):
            self.found.append(("js", values["src"]))
        elif tag == "img" and values.get("src"):
            self.found.append(("img", values["src"]))
        self._module = tag == "script" and values.get("type") == "module" and not values.get("src")

    def handle_data(self, data: str) -> None:
        if self._module:
            self.found.extend(("js", url) for url in MODULE_IMPORT.findall(data))

    def handle_endtag(self, tag: str) -> None:
        self._module = False


@dataclass
class _Fetched:
    path: str
    kind: str
    status: int
    encoding: str
    wire: int
    decoded: int


@dataclass
class _Weight:
    fetched: list[_Fetched] = field(default_factory=list)
    external: list[tuple[str, str]] = field(default_factory=list)  # (url, referenced from)
    font_faces: list[tuple[str, bool, list[str]]] = field(default_factory=list)  # (family, used, urls)


def _kind_of(url: str, default: str) -> str:
    path = urlsplit(url).path.lower()
    return "font" if path.endswith(FONT_EXTENSIONS) else default


def _font_faces(css: str, origin: str) -> list[tuple[str, bool, list[str]]]:
    """Each @font-face family, whether any rule outside an @font-face uses it, and its source URLs."""
    outside = FONT_FACE.sub("", css)
    used = {
        name.strip().strip("\"'").lower()
        for declaration in FONT_FAMILY.findall(outside)
        for name in declaration.split(",")
    }
    faces = []
    for block in FONT_FACE.findall(css):
        family_match = FONT_FAMILY.search(block)
        family = family_match.group(1).strip().strip("\"'") if family_match else "?"
        weight_match = re.search(r"font-weight\s*:\s*([^;}]+)", block)
        urls = [urljoin(origin, url) for _, url in CSS_URL.findall(block)]
        label = f"{family} {weight_match.group(1).strip()}" if weight_match else family
        faces.append((label, family.lower() in used, urls))
    return faces


def _weigh(port: int, page: str) -> _Weight:
    origin_netlocs = {f"127.0.0.1:{port}", f"localhost:{port}"}
    base = f"http://127.0.0.1:{port}"
    weight = _Weight()
    seen: set[str] = set()
    queue: list[tuple[str, str, str]] = [("html", urljoin(base, page), "")]
    while queue:
        kind, url, referrer = queue.pop(0)
        if url.startswith("data:"):
            continue
        parts = urlsplit(url)
        if parts.netloc not in origin_netlocs:
            weight.external.append((url, referrer))
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path in seen:
            continue
        seen.add(path)
        status, headers, body = _get(port, path)
        text = _decoded(headers, body) if status == 200 else b""
        weight.fetched.append(
            _Fetched(path, kind, status, headers.get("content-encoding", "identity"), len(body), len(text))
        )
        if kind == "html":
            parser = _Assets()
            parser.feed(text.decode())
            queue.extend((found_kind, urljoin(url, ref), path) for found_kind, ref in parser.found)
        elif kind == "css":
            css = text.decode()
            queue.extend(("css", urljoin(url, ref), path) for ref in CSS_IMPORT.findall(css))
            queue.extend((_kind_of(ref, "img"), urljoin(url, ref), path) for _, ref in CSS_URL.findall(css))
            weight.font_faces.extend(_font_faces(css, url))
        elif kind == "js":
            queue.extend(("js", urljoin(url, ref), path) for ref in MODULE_IMPORT.findall(text.decode()))
    return weight


def test_home_page_weighs_under_100_kb(server: Server) -> None:
    weight = _weigh(server.port, HOME)
    total = sum(item.wire for item in weight.fetched)

    print(f"\nHome page {HOME}, Accept-Encoding: {ACCEPT_ENCODING}; bytes as sent (bodies, headers not counted)")
    print(f"{'kind':5} {'path':76} {'encoding':9} {'on wire':>9} {'decoded':>9}")
    for item in weight.fetched:
        print(f"{item.kind:5} {item.path:76} {item.encoding:9} {item.wire:9,} {item.decoded:9,}")
    print(f"{'':5} {'total from this server':76} {'':9} {total:9,} {sum(i.decoded for i in weight.fetched):9,}")
    print(f"budget {WEIGHT_BUDGET:,} bytes; used {total / WEIGHT_BUDGET:.0%}")
    if weight.external:
        print("Referenced from other hosts (not served by this site, not in the total):")
        for url, referrer in weight.external:
            print(f"  {url}  (from {referrer})")
    for family, used, urls in weight.font_faces:
        external = [url for url in urls if urlsplit(url).netloc != f"127.0.0.1:{server.port}"]
        if not external:
            continue
        verdict = (
            "used by the page's font-family rules, so a browser requests it (the first format it supports, "
            f"normally {external[0]})"
            if used
            else "declared but not used by any rule, so a browser does not download it"
        )
        print(f"@font-face {family!r}: {verdict}")

    failed = [item for item in weight.fetched if item.status != 200]
    assert not failed, failed
    assert {item.kind for item in weight.fetched} >= {"html", "css", "js"}
    assert total < WEIGHT_BUDGET


# --- Signed-in readers: rendered every time --------------------------------------------------------------


def _timed_gets(session, url: str, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        sent = time.perf_counter()
        answer = session.get(url, headers={"Accept-Encoding": ACCEPT_ENCODING})
        times.append((time.perf_counter() - sent) * 1000)
        assert answer.status_code == 200, (url, answer.status_code)
    return times


def test_signed_in_pages_render_against_the_cached_copy(server: Server) -> None:
    """Time one request at a time: each page as an anonymous reader (from the page cache) and signed in
    (rendered: only the menus, routes and other shared lookups come from the cache, cms/chrome.py)."""
    import statistics

    import requests

    base = f"http://127.0.0.1:{server.port}"
    reader = requests.Session()
    login = f"{base}/en/account/login/"
    reader.get(login)
    reader.post(
        login,
        {"login": READER_EMAIL, "password": READER_PASSWORD, "csrfmiddlewaretoken": reader.cookies["csrftoken"]},
        headers={"Referer": login},
    )
    assert "sessionid" in reader.cookies, "the benchmark reader could not sign in"
    anonymous = requests.Session()
    print(f"\n  one request at a time, {RENDER_ROUNDS} rounds after 3 warm-up; load average {os.getloadavg()[0]:.1f}")
    print(f"  {'page':52} {'cached (anonymous)':>22} {'rendered (signed in)':>22}")
    for page in SIGNED_IN_PAGES:
        figures = []
        for session in (anonymous, reader):
            _timed_gets(session, base + page, 3)
            times = _timed_gets(session, base + page, RENDER_ROUNDS)
            figures.append(f"{statistics.median(times):.1f} / {statistics.quantiles(times, n=20)[18]:.1f} ms")
        print(f"  {page:52} {figures[0]:>22} {figures[1]:>22}")
