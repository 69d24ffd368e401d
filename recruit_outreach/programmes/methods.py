"""How each indicator is worked out and published, in words, for the report's Methods section."""

from django.utils.translation import gettext as _

from .models import Indicator, Source, Unit
from .suppression import NHS_DIGITAL, DisclosureRule


def disclosure_paragraphs(rule: DisclosureRule = NHS_DIGITAL) -> list[str]:
    """The disclosure rule applied to every table and chart, in plain words."""
    words = {"low": rule.smallest_hidden, "high": rule.largest_hidden, "step": rule.round_to}
    return [
        _(
            "Every count of people in this report follows NHS Digital's rule for figures below national level: "
            "a count from %(low)s to %(high)s is shown as *, 0 is shown as 0 and every other count is rounded to "
            "the nearest %(step)s."
        )
        % words,
        _(
            "Percentages are worked out from the rounded counts, and are not shown when either count is hidden. "
            "An average based on %(low)s to %(high)s people is shown as *."
        )
        % words,
        _(
            "Where a table has a total, one more value is hidden beside a hidden one, so that no hidden value can "
            "be worked out by taking the others away from the total (secondary suppression)."
        ),
        _("Values that are not about people, such as events held or pounds, are shown as they are."),
        _("– means there is no value for that period."),
    ]


def _source(indicator: Indicator) -> str:
    if indicator.source == Source.COMPUTED:
        return _("Counted each night from the records kept in this service.")
    return _("Entered by the programme team; every change is kept with who made it and when.")


def _publishing(indicator: Indicator) -> str:
    if not indicator.about_people:
        return _("Not about people, so shown as it is.")
    if indicator.unit == Unit.RATE:
        return _("%(numerator)s out of %(denominator)s, as a percentage of the rounded counts.") % {
            "numerator": _(indicator.numerator_label),
            "denominator": _(indicator.denominator_label),
        }
    if indicator.unit == Unit.RATIO:
        return _(
            "A ratio: 1.00 means both groups were equally likely. People who did not say are left out. "
            "It is shown to two decimal places."
        )
    if indicator.unit == Unit.AMOUNT:
        return _("An amount: an average based on a small number of people is hidden.")
    return _("A count of people: small counts are hidden and others rounded to the nearest 5.")


def indicator_method(indicator: Indicator) -> str:
    """One paragraph: the indicator's name and definition, where its numbers come from and how they are shown."""
    direction = indicator.get_direction_display()
    return " ".join(
        [
            f"{indicator.display_name()}: {indicator.display_definition()}",
            _publishing(indicator),
            _source(indicator),
            _("%(direction)s.") % {"direction": direction},
        ]
    )
