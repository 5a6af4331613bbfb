"""Tick boxes and radio buttons grow with the text, so they stay visible at a large zoom."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QStyle

from remotework_desktop.gui.style import ReadableStyle


def test_indicators_follow_the_font_height(qtbot) -> None:
    style = ReadableStyle()
    box = QCheckBox("Fortroligt")
    qtbot.addWidget(box)
    box.setStyle(style)
    metric = QStyle.PixelMetric.PM_IndicatorWidth
    small = QFont(box.font())
    small.setPointSize(10)
    box.setFont(small)
    at_10 = style.pixelMetric(metric, None, box)
    large = QFont(box.font())
    large.setPointSize(30)
    box.setFont(large)
    at_30 = style.pixelMetric(metric, None, box)
    assert at_30 >= box.fontMetrics().height() * 0.8
    assert at_30 > 2 * at_10 * 0.9
    # Other metrics are Fusion's own.
    frame = QStyle.PixelMetric.PM_DefaultFrameWidth
    assert style.pixelMetric(frame, None, box) == style.baseStyle().pixelMetric(frame, None, box)
