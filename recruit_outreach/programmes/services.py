"""Writes for the programmes app."""

from django.db import transaction

from .equality import ANSWER_FIELDS, EqualityAnswers
from .models import IndicatorValue, IndicatorValueChange


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


@transaction.atomic
def indicator_value_enter(*, value: IndicatorValue, user) -> IndicatorValue:
    """Save a hand-entered value (already validated) and record who changed it, when, and from what to what."""
    before = IndicatorValue.objects.select_for_update().filter(pk=value.pk).first() if value.pk else None
    value.entered_by = user
    value.computed_at = None
    value.save()
    IndicatorValueChange.objects.create(
        indicator_value=value,
        changed_by=user,
        changed_by_name=user.get_full_name() or user.email,
        old_value=before.value if before else None,
        new_value=value.value,
        old_numerator=before.numerator if before else None,
        new_numerator=value.numerator,
        old_denominator=before.denominator if before else None,
        new_denominator=value.denominator,
    )
    return value
