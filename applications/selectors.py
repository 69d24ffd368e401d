"""Reads. A resident only ever gets their own rows: anything else is a 404."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from .models import Application, Criterion, Document, Share


def applications_for(user) -> QuerySet[Application]:
    return Application.objects.filter(owner=user)


def application_get(*, user, pk: int) -> Application:
    return get_object_or_404(applications_for(user).prefetch_related("criteria"), pk=pk)


def criterion_get(*, application: Application, pk: int) -> Criterion:
    criterion = get_object_or_404(Criterion.objects.filter(application=application), pk=pk)
    criterion.application = application  # one Application object, so its version stays in step
    return criterion


def documents_for(user) -> QuerySet[Document]:
    return Document.objects.filter(owner=user)


def document_get(*, user, pk: int) -> Document:
    return get_object_or_404(documents_for(user), pk=pk)


def active_shares_for(worker) -> QuerySet[Share]:
    return Share.objects.live().filter(worker=worker).select_related("application__owner", "consent")


def shared_application_get(*, worker, pk: int) -> Share:
    """The live share of application `pk` with this worker; 404 when there is none or it was revoked."""
    return get_object_or_404(active_shares_for(worker), application_id=pk)
