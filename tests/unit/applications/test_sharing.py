"""A resident shares a draft with an outreach worker: consent, revoking, the worker's comments and the access log."""

import pytest

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import translation

from applications import sharing
from applications.models import Application, Comment, Criterion, Share
from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from tests.factories import PASSWORD, UserFactory
from tests.mfa import current_code, enable_totp

pytestmark = pytest.mark.django_db


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"applications:{name}", args=args)


def sign_in(client, user, secret: str) -> None:
    """Sign in as a person would: password, then a code from their authenticator app."""
    with translation.override("en"):
        login_url = reverse("account_login")
    response = client.post(login_url, {"login": user.email, "password": PASSWORD})
    assert response["Location"].endswith("/2fa/authenticate/")
    response = client.post(response["Location"], {"code": current_code(secret)})
    assert response.status_code == 302


def make_application(owner) -> Application:
    application = Application.objects.create(owner=owner, job_title="Healthcare assistant", employer="Ealing Hospital")
    Criterion.objects.create(
        application=application,
        text="Good communication skills",
        level=Criterion.Level.ESSENTIAL,
        situation="I volunteered at a food bank.",
        action="I explained the rules to new visitors in Punjabi and English.",
    )
    return application


@pytest.fixture
def resident(client):
    person = UserFactory(roles=[roles.RESIDENT])
    client.force_login(person)
    return person


@pytest.fixture
def worker():
    return UserFactory(roles=[roles.OUTREACH_WORKER])


@pytest.fixture
def worker_client(worker):
    browser = Client()
    sign_in(browser, worker, enable_totp(worker))
    return browser


def share_form(email: str, consent: bool = True) -> dict:
    return {"email": email, **({"consent": "on"} if consent else {})}


def test_resident_shares_with_their_worker_after_agreeing(client, resident, worker):
    application = make_application(resident)
    response = client.post(url("share", application.pk), share_form(worker.email.upper()), follow=True)
    assert Share.objects.live().filter(application=application, worker=worker).count() == 1
    consent = Consent.objects.get()
    assert (consent.resident, consent.staff, consent.scope) == (resident, worker, "application_share")
    assert consent.purpose == "I agree to share this application with this outreach worker"
    page = response.content.decode()
    assert "You have shared this application with" in page
    assert "Stop sharing" in page


def test_sharing_needs_consent(client, resident, worker):
    application = make_application(resident)
    response = client.post(url("share", application.pk), share_form(worker.email, consent=False))
    assert response.status_code == 200
    assert "Tick the box to agree to share this application." in response.content.decode()
    assert not Share.objects.exists()
    with pytest.raises(ValidationError):
        sharing.share_grant(application=application, worker_email=worker.email, consent=False)


@pytest.mark.parametrize("who", ["resident", "nobody", "inactive worker", "employer"])
def test_only_active_outreach_workers_can_be_chosen_and_the_reply_gives_nothing_away(client, resident, who):
    emails = {
        "resident": UserFactory(roles=[roles.RESIDENT]).email,
        "nobody": "no-such-person@example.org",
        "inactive worker": UserFactory(roles=[roles.OUTREACH_WORKER], is_active=False).email,
        "employer": UserFactory(roles=[roles.EMPLOYER]).email,
    }
    application = make_application(resident)
    response = client.post(url("share", application.pk), share_form(emails[who]))
    assert response.status_code == 200
    assert "We could not find an outreach worker with that email address." in response.content.decode()
    assert not Share.objects.exists()


def test_sharing_again_with_the_same_worker_keeps_one_share(resident, worker):
    application = make_application(resident)
    first = sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    again = sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    assert again == first
    sharing.share_revoke(share=first)
    assert sharing.share_grant(application=application, worker_email=worker.email, consent=True) != first


def test_worker_reads_comments_and_every_access_is_logged(client, resident, worker, worker_client):
    application = make_application(resident)
    criterion = application.criteria.get()
    sharing.share_grant(application=application, worker_email=worker.email, consent=True)

    listing = worker_client.get(url("worker_list")).content.decode()
    assert "Healthcare assistant" in listing
    assert url("worker_view", application.pk) in listing

    page = worker_client.get(url("worker_view", application.pk)).content.decode()
    assert "I explained the rules to new visitors in Punjabi and English." in page
    response = worker_client.post(
        url("worker_view", application.pk), {"criterion": criterion.pk, "text": "Say what happened next."}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{url('worker_view', application.pk)}#criterion-{criterion.pk}"
    assert Comment.objects.get().author == worker
    entries = AccessLogEntry.objects.order_by("at", "pk")
    assert list(entries.values_list("action", flat=True)) == ["view", "comment"]
    assert {(e.staff, e.resident, e.target, e.label) for e in entries} == {
        (worker, resident, application, "Healthcare assistant")
    }

    # The resident sees the comment beside their answer, and who looked and when.
    rendered = render_to_string("applications/includes/comments.html", {"comments": criterion.comments.all()})
    assert "Comment from your outreach worker" in rendered
    assert "Say what happened next." in rendered
    log = client.get(url("share", application.pk)).content.decode()
    assert "Looked at your application" in log
    assert "Left a comment" in log


def test_worker_cannot_comment_on_a_criterion_of_another_application(resident, worker, worker_client):
    application = make_application(resident)
    other = make_application(UserFactory(roles=[roles.RESIDENT]))
    sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    response = worker_client.post(
        url("worker_view", application.pk), {"criterion": other.criteria.get().pk, "text": "Hello"}
    )
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_an_empty_comment_is_refused_with_a_message(resident, worker, worker_client):
    application = make_application(resident)
    sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    response = worker_client.post(
        url("worker_view", application.pk), {"criterion": application.criteria.get().pk, "text": "  "}
    )
    assert response.status_code == 200
    assert "Write your comment." in response.content.decode()
    assert not Comment.objects.exists()


def test_stopping_sharing_removes_access_at_once(client, resident, worker, worker_client):
    application = make_application(resident)
    share = sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    assert worker_client.get(url("worker_view", application.pk)).status_code == 200

    response = client.post(url("share", application.pk), {"revoke": share.pk}, follow=True)
    assert "You have stopped sharing this application with" in response.content.decode()
    share.refresh_from_db()
    assert share.consent.withdrawn_at is not None
    assert not Share.objects.live().exists()

    assert worker_client.get(url("worker_view", application.pk)).status_code == 404
    comment = {"criterion": application.criteria.get().pk, "text": "One more thing"}
    assert worker_client.post(url("worker_view", application.pk), comment).status_code == 404
    assert "Healthcare assistant" not in worker_client.get(url("worker_list")).content.decode()
    assert not Comment.objects.exists()


def test_worker_never_sees_an_application_that_was_not_shared_with_them(worker, worker_client):
    application = make_application(UserFactory(roles=[roles.RESIDENT]))
    other_worker = UserFactory(roles=[roles.OUTREACH_WORKER])
    sharing.share_grant(application=application, worker_email=other_worker.email, consent=True)
    assert worker_client.get(url("worker_view", application.pk)).status_code == 404
    assert not AccessLogEntry.objects.exists()


def test_another_resident_cannot_see_or_change_someone_elses_sharing(client, worker):
    owner = UserFactory(roles=[roles.RESIDENT])
    application = make_application(owner)
    share = sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    client.force_login(UserFactory(roles=[roles.RESIDENT]))
    assert client.get(url("share", application.pk)).status_code == 404
    assert client.post(url("share", application.pk), {"revoke": share.pk}).status_code == 404
    assert client.post(url("share", application.pk), share_form(worker.email)).status_code == 404
    share.refresh_from_db()
    assert share.consent.withdrawn_at is None
    assert Share.objects.count() == 1


def test_a_resident_cannot_revoke_a_share_of_another_application_from_their_own_page(client, resident, worker):
    mine = make_application(resident)
    theirs = make_application(UserFactory(roles=[roles.RESIDENT]))
    share = sharing.share_grant(application=theirs, worker_email=worker.email, consent=True)
    assert client.post(url("share", mine.pk), {"revoke": share.pk}).status_code == 404
    share.refresh_from_db()
    assert share.consent.withdrawn_at is None


def test_residents_are_refused_the_worker_pages(client, resident):
    application = make_application(resident)
    for page in (url("worker_list"), url("worker_view", application.pk)):
        response = client.get(page)
        assert response.status_code == 403
        assert "This area is for staff only" in response.content.decode()


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for page in (url("worker_list"), url("share", 1)):
        response = client.get(page)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/account/login/")


def test_worker_who_skipped_the_second_factor_this_session_must_sign_in_again(client, resident, worker):
    application = make_application(resident)
    sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    enable_totp(worker)
    client.force_login(worker)  # a session with no record of the second factor
    response = client.get(url("worker_view", application.pk))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")
    assert "_auth_user_id" not in client.session
    assert not AccessLogEntry.objects.exists()


def test_worker_without_two_step_sign_in_is_sent_to_set_it_up(client, worker):
    client.force_login(worker)
    response = client.get(url("worker_list"))
    assert response.status_code == 302
    with translation.override("en"):
        assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_comments_are_shown_as_text_not_run_as_code(client, resident, worker, worker_client):
    application = make_application(resident)
    criterion = application.criteria.get()
    sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    script = "<script>alert(1)</script>"
    worker_client.post(url("worker_view", application.pk), {"criterion": criterion.pk, "text": script})

    for page in (
        worker_client.get(url("worker_view", application.pk)).content.decode(),
        render_to_string("applications/includes/comments.html", {"comments": criterion.comments.all()}),
    ):
        assert script not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_residents_answer_is_escaped_for_the_worker(resident, worker, worker_client):
    application = make_application(resident)
    application.criteria.update(result="<b>bold</b>")
    sharing.share_grant(application=application, worker_email=worker.email, consent=True)
    page = worker_client.get(url("worker_view", application.pk)).content.decode()
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
