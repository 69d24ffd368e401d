"""How each breakdown names a row's group, as a database expression (see ``recruit_outreach.aggregates``).

Residents' ethnic group, disability and age band come from their own equality answers, language and
borough from their profile (a borough recorded on the row itself comes first). Anything not given, or
"prefer not to say", is counted as "not stated". Ethnic groups are counted at the ONS high level.
"""

from django.db.models import Case, CharField, Expression, F, Value, When
from django.db.models.functions import Coalesce, Concat, NullIf
from django.db.models.lookups import Exact, In, StartsWith

from recruit_outreach.aggregates import Grouping, Where

from .breakdowns import ETHNIC_GROUP_HIGH_LEVEL, NOT_STATED, Breakdown
from .equality import AGE_BAND_CHOICES, PREFER_NOT_TO_SAY

NOT_STATED_CODE = NOT_STATED[0]
HIGH_LEVEL_GROUPS = [code for code, _label in ETHNIC_GROUP_HIGH_LEVEL]
WHITE = "white"
_TEXT = CharField()


def _resident(where: Where, name: str) -> Expression | None:
    """The resident's ``name`` (a lookup from their user account); None when the rows are not about residents."""
    fields = [F(f"{path}__{name}" if path else name) for path in where.residents]
    if not fields:
        return None
    return fields[0] if len(fields) == 1 else Coalesce(*fields, output_field=_TEXT)


def _first_stated(*candidates: Expression | None) -> Expression | None:
    given = [NullIf(NullIf(field, Value("")), Value(PREFER_NOT_TO_SAY)) for field in candidates if field is not None]
    return Coalesce(*given, Value(NOT_STATED_CODE), output_field=_TEXT) if given else None


def borough(where: Where) -> Expression | None:
    return _first_stated(F(where.borough) if where.borough else None, _resident(where, "profile__borough"))


def language(where: Where) -> Expression | None:
    own = F(where.language) if where.language else None
    return _first_stated(own, _resident(where, "profile__preferred_language"))


def reason(where: Where) -> Expression | None:
    return _first_stated(F(where.reason)) if where.reason else None


def ethnic_group(where: Where) -> Expression | None:
    answer = _resident(where, "equality_answers__ethnic_group")
    if answer is None:
        return None
    given = (
        [When(In(F(where.ethnic_group), HIGH_LEVEL_GROUPS), then=F(where.ethnic_group))] if where.ethnic_group else []
    )
    groups = [When(StartsWith(answer, Value(f"{code}_")), then=Value(code)) for code in HIGH_LEVEL_GROUPS]
    return Case(*given, *groups, default=Value(NOT_STATED_CODE), output_field=_TEXT)


def disability(where: Where) -> Expression | None:
    answer = _resident(where, "equality_answers__disability")
    if answer is None:
        return None
    answers = [When(Exact(answer, Value(code)), then=Value(code)) for code in ("yes", "no")]
    return Case(*answers, default=Value(NOT_STATED_CODE), output_field=_TEXT)


def age_band(where: Where) -> Expression | None:
    answer = _resident(where, "equality_answers__age_band")
    if answer is None:
        return None
    bands = [code for code, _label in AGE_BAND_CHOICES if code != PREFER_NOT_TO_SAY]
    return Case(When(In(answer, bands), then=answer), default=Value(NOT_STATED_CODE), output_field=_TEXT)


GROUPINGS: dict[str, Grouping] = {
    Breakdown.BOROUGH: borough,
    Breakdown.ETHNIC_GROUP: ethnic_group,
    Breakdown.DISABILITY: disability,
    Breakdown.LANGUAGE: language,
    Breakdown.AGE_BAND: age_band,
    Breakdown.REASON: reason,
}
SEPARATOR = "|"


def both(first: Grouping, second: Grouping) -> Grouping:
    """Groups of two breakdowns at once, named "first|second" (such as "brent|white")."""

    def grouping(where: Where) -> Expression | None:
        one, two = first(where), second(where)
        if one is None or two is None:
            return None
        return Concat(one, Value(SEPARATOR), two, output_field=_TEXT)

    return grouping
