"""Reads for the programmes app."""

from .equality import EqualityAnswers


def equality_answers_for(*, user) -> EqualityAnswers | None:
    """The signed-in resident's own answers, or None when they have not given any."""
    return EqualityAnswers.objects.filter(user=user).first()
