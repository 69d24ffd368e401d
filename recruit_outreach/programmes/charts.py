"""Charts of an indicator's recent periods: SVG for the dashboard, PNG for the Word report.

Charts draw only published values (``dashboard.TrendPoint``), so a hidden count is a gap with "*" under it,
never a bar. Each chart comes with a text alternative that says the same thing in words.
"""

import base64
import io

from matplotlib.figure import Figure

from django.utils.translation import gettext as _

from .dashboard import IndicatorSummary
from .suppression import SUPPRESSED_TEXT

# NHS blue for bars, black for the target line: both pass contrast on white.
BAR_COLOUR = "#005eb8"
TARGET_COLOUR = "#212b32"
SIZE_INCHES = (6.0, 3.0)


def _figure(item: IndicatorSummary) -> Figure:
    """Bars for the periods shown, oldest first, with the target as a dashed line."""
    points = list(reversed(item.trend))
    figure = Figure(figsize=SIZE_INCHES, layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(points))
    heights = [point.shown.value or 0 for point in points]
    bars = axes.bar(positions, heights, color=BAR_COLOUR)
    labels = [SUPPRESSED_TEXT if point.shown.suppressed else point.shown.text for point in points]
    axes.bar_label(bars, labels=labels, padding=2)
    axes.set_xticks(list(positions), [point.label for point in points])
    if item.target is not None and item.target.value is not None:
        axes.axhline(float(item.target.value), color=TARGET_COLOUR, linestyle="--", label=_("Target"))
        axes.legend(loc="upper left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_ylim(bottom=0)
    axes.margins(y=0.2)
    return figure


def chart_svg(item: IndicatorSummary) -> bytes:
    output = io.BytesIO()
    _figure(item).savefig(output, format="svg", metadata={"Date": None, "Creator": None})
    return output.getvalue()


def chart_svg_data_uri(item: IndicatorSummary) -> str:
    """The SVG as a ``data:`` address for an ``<img>`` (with ``chart_text_alternative`` as its alt text):
    the page's Content-Security-Policy allows data: images but no inline styles, which inline SVG uses."""
    return "data:image/svg+xml;base64," + base64.b64encode(chart_svg(item)).decode("ascii")


def chart_png(item: IndicatorSummary, dpi: int = 150) -> bytes:
    output = io.BytesIO()
    _figure(item).savefig(output, format="png", dpi=dpi, metadata={"Software": None})
    return output.getvalue()


def chart_text_alternative(item: IndicatorSummary) -> str:
    """What the chart shows, in words: one phrase per period, oldest first, and the target."""
    periods = "; ".join(
        _("%(period)s: %(value)s") % {"period": point.label, "value": _describe(point.shown)}
        for point in reversed(item.trend)
    )
    text = _("Bar chart of %(name)s. %(periods)s.") % {"name": item.indicator.display_name(), "periods": periods}
    if item.target is not None:
        text += " " + _("Target: %(target)s.") % {"target": item.target.text}
    return text


def _describe(shown) -> str:
    if shown.suppressed:
        return _("hidden (a small number)")
    if shown.value is None:
        return _("no value")
    return shown.text
