"""Tick boxes and radio buttons grow with the text, so they stay visible at a large zoom,
in the system's colours and in high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.gui import style
from remotework_desktop.gui.window_menus import apply_zoom


def _indicator(box: QCheckBox | QRadioButton) -> int:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(box, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return box.style().subElementRect(element, option, box).width()


@pytest.mark.parametrize("high", [False, True])
def test_indicators_follow_the_zoom(qtbot, high: bool) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    boxes = [QCheckBox("Fortroligt"), QRadioButton("Delvis hjemme")]
    for box in boxes:
        layout.addWidget(box)
    page.show()
    try:
        apply_zoom(100)
        style.apply_contrast(high)
        QApplication.processEvents()
        small = {type(b): _indicator(b) for b in boxes}
        height_small = boxes[0].fontMetrics().height()
        apply_zoom(200)
        QApplication.processEvents()
        for box in boxes:
            large = _indicator(box)
            assert large >= box.fontMetrics().height() * 0.8, type(box)
            assert large > 1.7 * small[type(box)], type(box)
        assert boxes[0].fontMetrics().height() > 1.7 * height_small
    finally:
        apply_zoom(100)
        style.apply_contrast(False)
