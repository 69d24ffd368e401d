"""Writes for the programmes app."""

from django.db import transaction

from .equality import ANSWER_FIELDS, EqualityAnswers


@transaction.atomic
def equality_answers_save(*, user, answers: dict[str, str]) -> EqualityAnswers | None:
    """Keep the resident's answers; when every question is left blank, keep nothing at all."""
    values = {name: answers.get(name) or "" for name in ANSWER_FIELDS}
    if not any(values.values()):
        equality_answers_delete(user=user)
        return None
    saved, _created = EqualityAnswers.objects.update_or_create(user=user, defaults=values)
    return saved


def equality_answers_delete(*, user) -> None:
    """Remove everything the resident told us in the equality questions."""
    EqualityAnswers.objects.filter(user=user).delete()
