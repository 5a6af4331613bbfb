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


def test_the_new_meeting_dialog_s_tick_boxes_grow_at_200_percent(qtbot) -> None:
    """Its checklist tick boxes stayed at Fusion's 13 px at 200 % with the old Python style."""
    from remotework_desktop.core.checklists import load_checklists
    from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

    try:
        apply_zoom(200)
        style.apply_contrast(False)
        dialog = NewMeetingDialog(load_checklists().ordered(), "da")
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        boxes = dialog.findChildren(QCheckBox)
        assert len(boxes) >= 3
        for box in boxes:
            assert _indicator(box) >= box.fontMetrics().height() * 0.8, box.text()
    finally:
        apply_zoom(100)
