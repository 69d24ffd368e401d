"""A resident with a row in every app that can hold something about a person, for the export and erasure tests.

``resident_with_everything`` builds them; each value it stores is one the tests can look for afterwards
(their email address, their surname, a line of their statement, their file's bytes).
"""

import datetime
from dataclasses import dataclass

from allauth.mfa.models import Authenticator

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from applications.models import Application, Comment, Criterion, Milestone, Share, Upload
from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.accounts.services import access_record, consent_give
from recruit_outreach.outreach.caseload.models import CaseNote, Referral
from recruit_outreach.outreach.sessions.models import AttendanceMark
from recruit_outreach.outreach.volunteering.models import Outcome
from recruit_outreach.programmes.equality import EqualityAnswers

from .factories import UserFactory
from .outreach_factories import BookingFactory, SupportSessionFactory, WaitingListEntryFactory
from .volunteering_factories import AppointmentRequestFactory, SupportedPersonFactory, VolunteerFactory


@dataclass
class Everything:
    user: object
    surname: str
    statement_line: str
    file_bytes: bytes
    upload: Upload
    staff: object


def _profile_and_answers(user) -> None:
    profile = user.profile
    profile.preferred_language = "ar"
    profile.communication_needs = ["easy_read", "interpreter"]
    profile.interpreter_language = "Arabic"
    profile.other_needs = f"Please call {user.last_name} in the morning."
    profile.save()
    EqualityAnswers.objects.create(user=user, ethnic_group="black_african", disability="yes")
    Authenticator.objects.create(user=user, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "x"})
    UserProfile.get_for_user(user)


def _application(user, worker, statement_line: str, file_bytes: bytes) -> Upload:
    application = Application.objects.create(
        owner=user,
        job_title="Healthcare assistant",
        employer="Northwick Park Hospital",
        closing_date=timezone.localdate() + datetime.timedelta(days=20),
        statement=statement_line,
    )
    criterion = Criterion.objects.create(
        application=application, text="Good communication skills", level="essential", situation=statement_line
    )
    Milestone.objects.create(application=application, kind=Milestone.Kind.SUBMITTED)
    consent = consent_give(resident=user, scope=Consent.Scope.APPLICATION_SHARE, purpose="Read my draft.", staff=worker)
    Share.objects.create(application=application, worker=worker, consent=consent)
    Comment.objects.create(criterion=criterion, author=worker, text=f"Well done {user.first_name}.")
    access_record(staff=worker, resident=user, action=AccessLogEntry.Action.VIEWED, consent=consent, target=application)
    access_record(staff=worker, resident=user, action=AccessLogEntry.Action.VIEWED, label=str(user))
    upload = Upload(owner=user, application=application, kind=Upload.Kind.CV, original_name=f"{user.last_name} CV.txt")
    upload.file.save("cv.txt", ContentFile(file_bytes), save=False)
    upload.save()
    return upload


def _outreach(user, worker) -> None:
    booking = BookingFactory(resident=user, mobile_number="07700 900999")
    WaitingListEntryFactory(resident=user)
    walk_in_session = SupportSessionFactory()
    now = timezone.now()
    AttendanceMark.objects.create(session=booking.session, booking=booking, present=True, marked_at=now)
    AttendanceMark.objects.create(session=walk_in_session, walk_in=user, present=True, marked_at=now)
    consent_give(
        resident=user,
        scope=Consent.Scope.OUTREACH_CASELOAD,
        purpose="Support me.",
        team=Group.objects.get(name=roles.OUTREACH_WORKER),
    )
    CaseNote.objects.create(resident=user, author=worker, text=f"Met {user.get_full_name()} at the library.")
    referral = {"source": "gp_practice", "reason": "Wants to work", "contact_agreed_on": timezone.localdate()}
    Referral.objects.create(resident=user, resident_name=user.get_full_name(), **referral)
    Referral.objects.create(resident_name=user.get_full_name(), email=user.email.upper(), **referral)


def _hospital_support_and_volunteering(user) -> None:
    person = SupportedPersonFactory(user=user, name=user.get_full_name())
    request = AppointmentRequestFactory(person=person)
    helper = VolunteerFactory()
    request.assignments.create(volunteer=helper)
    Outcome.objects.create(request=request, result=Outcome.Result.ATTENDED, hours="2.5")
    own = VolunteerFactory(user=user, skills=f"{user.last_name} speaks Somali.", trained=["safeguarding_adults"])
    own.assignments.create(request=AppointmentRequestFactory(), status="declined")


def resident_with_everything(*, email: str, first_name: str, surname: str) -> Everything:
    """A resident with an account, settings, equality answers, an application with answers, a milestone, a
    share and a comment, an uploaded file, bookings, a waiting-list place, attendance, consents, a case note,
    referrals (one only by email), hospital-appointment support, a volunteer record, the staff access log, and
    the admin's history of their account."""
    user = UserFactory(email=email, first_name=first_name, last_name=surname, roles=[roles.RESIDENT])
    worker = UserFactory(roles=[roles.OUTREACH_WORKER], first_name="Olu", last_name="Worker")
    statement_line = f"I cared for my neighbour, said {first_name} {surname}."
    file_bytes = f"CV of {first_name} {surname}".encode()
    _profile_and_answers(user)
    upload = _application(user, worker, statement_line, file_bytes)
    _outreach(user, worker)
    _hospital_support_and_volunteering(user)
    log(instance=user, action="wagtail.create", user=worker)
    return Everything(user, surname, statement_line, file_bytes, upload, worker)
