"""Charts of an indicator's recent periods: SVG for the dashboard, PNG for the Word report.

Charts draw only published values (``dashboard.TrendPoint``), so a hidden count is a gap with "*" over it,
never a bar. Each chart comes with a text alternative that says the same thing in words. Drawing a chart
takes a noticeable fraction of a second, and stored values change once a night, so each process keeps the
charts it has drawn, keyed by exactly what they show.
"""

import base64
import io
from dataclasses import dataclass
from functools import lru_cache

from matplotlib.figure import Figure

from django.utils.translation import gettext as _

from .dashboard import IndicatorSummary
from .suppression import SUPPRESSED_TEXT

# NHS blue for bars, black for the target line: both pass contrast on white.
BAR_COLOUR = "#005eb8"
TARGET_COLOUR = "#212b32"
SIZE_INCHES = (6.0, 3.0)
CHARTS_KEPT = 512


@dataclass(frozen=True)
class ChartData:
    """Everything a chart shows, oldest period first; hashable, so a drawn chart can be kept."""

    labels: tuple[str, ...]
    heights: tuple[float, ...]
    bar_labels: tuple[str, ...]
    target: float | None
    target_label: str

    @classmethod
    def of(cls, item: IndicatorSummary) -> "ChartData":
        points = list(reversed(item.trend))
        target = item.target.value if item.target is not None else None
        return cls(
            labels=tuple(point.label for point in points),
            heights=tuple(float(point.shown.value or 0) for point in points),
            bar_labels=tuple(SUPPRESSED_TEXT if point.shown.suppressed else point.shown.text for point in points),
            target=None if target is None else float(target),
            target_label=_("Target"),
        )


def _figure(data: ChartData) -> Figure:
    """Bars for the periods shown, oldest first, with the target as a dashed line."""
    figure = Figure(figsize=SIZE_INCHES)
    figure.subplots_adjust(left=0.08, right=0.98, top=0.92, bottom=0.12)
    axes = figure.add_subplot()
    positions = list(range(len(data.labels)))
    bars = axes.bar(positions, data.heights, color=BAR_COLOUR)
    axes.bar_label(bars, labels=list(data.bar_labels), padding=2)
    axes.set_xticks(positions, list(data.labels))
    if data.target is not None:
        axes.axhline(data.target, color=TARGET_COLOUR, linestyle="--", label=data.target_label)
        axes.legend(loc="upper left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_ylim(bottom=0)
    axes.margins(y=0.2)
    return figure


@lru_cache(maxsize=CHARTS_KEPT)
def _drawn(data: ChartData, file_format: str) -> bytes:
    output = io.BytesIO()
    metadata = {"Date": None, "Creator": None} if file_format == "svg" else {"Software": None}
    _figure(data).savefig(output, format=file_format, dpi=150, metadata=metadata)
    return output.getvalue()


def chart_svg(item: IndicatorSummary) -> bytes:
    return _drawn(ChartData.of(item), "svg")


def chart_svg_data_uri(item: IndicatorSummary) -> str:
    """The SVG as a ``data:`` address for an ``<img>`` (with ``chart_text_alternative`` as its alt text):
    the page's Content-Security-Policy allows data: images but no inline styles, which inline SVG uses."""
    return "data:image/svg+xml;base64," + base64.b64encode(chart_svg(item)).decode("ascii")


def chart_png(item: IndicatorSummary) -> bytes:
    return _drawn(ChartData.of(item), "png")


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
