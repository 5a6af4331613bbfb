"""The program's look: Fusion, with tick boxes and radio buttons that grow with the text.

Fusion draws the same on every platform and follows the system palette (light or dark). Its
check box and radio button indicators have a fixed pixel size, so at a large zoom they stay
tiny next to the text; here they follow the font's height instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

_INDICATORS = {
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
}


class ReadableStyle(QProxyStyle):
    """Fusion with indicators sized to the text they stand beside."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric in _INDICATORS:
            metrics = widget.fontMetrics() if widget is not None else QApplication.fontMetrics()
            return max(base, round(metrics.height() * 0.85))
        return base
