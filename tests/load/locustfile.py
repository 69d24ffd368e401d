"""Signed-in residents using the site at once (run by tests/load/run.sh, not by `make test`).

Each simulated resident signs in with their own account (as a separate client behind the TLS proxy, so
the sign-in limits count them one by one, as they would in production), then mixes: reading guides in
their language, the application coach's autosave and checks, booking a support session and cancelling it,
and now and then signing out and in again. LOAD_DATA names the JSON file tests/load/seed_load.py wrote.
"""

import itertools
import json
import os
import random
import re

from locust import HttpUser, between, task

DATA = json.loads(open(os.environ["LOAD_DATA"]).read())  # noqa: SIM115, PTH123
NUMBERS = itertools.count()
GUIDES = [
    "/en/get-help/how-nhs-applications-work/",
    "/en/get-help/writing-a-supporting-statement/",
    "/en/get-help/how-nhs-applications-work/easy-read/",
    "/ar/get-help/how-nhs-applications-work/",
    "/pl/get-help/reading-a-person-specification/",
    "/en/get-help/",
    "/en/",
]
BOOKING = re.compile(r"/en/outreach/bookings/(\d+)/")


class Resident(HttpUser):
    wait_time = between(1, 3)

    def on_start(self) -> None:
        number = next(NUMBERS)
        self.account = DATA["users"][number % len(DATA["users"])]
        # Each resident is a different client behind the proxy (gunicorn runs with BEHIND_TLS_PROXY=1).
        self.client.headers.update(
            {"X-Forwarded-For": f"10.{number // 250}.{number % 250}.1", "X-Forwarded-Proto": "https"}
        )
        self.version = None
        self.sign_in()

    def _post(self, path: str, data: dict, **kwargs):
        data = {**data, "csrfmiddlewaretoken": self.client.cookies.get("csrftoken", "")}
        headers = {"Referer": f"https://{self.host.split('://', 1)[1]}{path}", **kwargs.pop("headers", {})}
        return self.client.post(path, data, headers=headers, **kwargs)

    def sign_in(self) -> None:
        self.client.get("/en/account/login/", name="sign in (form)")
        with self._post(
            "/en/account/login/",
            {"login": self.account["email"], "password": DATA["password"]},
            name="sign in",
            catch_response=True,
        ) as answer:
            if "sessionid" not in self.client.cookies:
                answer.failure(f"not signed in: {answer.status_code} {answer.url}")

    @task(6)
    def read_a_guide(self) -> None:
        path = random.choice(GUIDES)  # noqa: S311 (not cryptographic)
        self.client.get(path, name="guide or home page")

    @task(4)
    def autosave_an_answer(self) -> None:
        application, criterion = self.account["application"], random.choice(self.account["criteria"])  # noqa: S311
        path = f"/en/applications/{application}/evidence/{criterion}/"
        if self.version is None:
            self.client.get(path, name="coach: evidence step")
            self.version = 1
        fields = {"situation": "At the care home", "task": "Help residents eat", "action": "I sat with them"}
        with self._post(
            path,
            {**fields, "result": f"They ate well ({random.randint(1, 999)})", "learned": "", "version": self.version},  # noqa: S311
            headers={"X-Autosave": "1"},
            name="coach: autosave",
            catch_response=True,
        ) as answer:
            if answer.status_code == 409:  # another tab of the same person saved first: the page says so
                self.version = None
                answer.success()
            elif answer.ok:
                self.version = answer.json()["version"]

    @task(2)
    def run_the_checks(self) -> None:
        self.client.get(f"/en/applications/{self.account['application']}/checks/", name="coach: checks")

    @task(1)
    def book_and_cancel_a_session(self) -> None:
        session = random.choice(DATA["sessions"])  # noqa: S311
        self.client.get(f"/en/outreach/sessions/{session}/", name="session page")
        answer = self._post(f"/en/outreach/sessions/{session}/book/", {"mobile_number": ""}, name="book a place")
        booking = BOOKING.search(answer.url or "")
        if booking:
            self._post(f"/en/outreach/bookings/{booking.group(1)}/cancel/", {}, name="cancel a booking")
        self.client.get("/en/outreach/bookings/", name="your bookings")

    @task(1)
    def sign_out_and_in(self) -> None:
        self._post("/en/account/logout/", {}, name="sign out")
        self.sign_in()
