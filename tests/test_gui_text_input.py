"""The window on awkward text: refused input is shown beside its field; stored text never crashes.

Driven for real, offscreen; the store is a real one in a temp folder.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_gui_app import (  # noqa: F401 - the shell's fixtures, shared
    Dialogs,
    Start,
    _restore_app_state,
    checklists,
    dialogs,
    open_stored_meeting,
    start,
)

from remotework_desktop.core.checklists import ChecklistDefinition
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog
from remotework_desktop.gui.review.sign_dialog import SignDialog

ESC_MESSAGE = "Teksten indeholder et styretegn (U+001B), som ikke kan vises. Fjern det."


def test_new_meeting_dialog_shows_a_control_character_beside_its_field(
    qtbot: QtBot, small_checklist: ChecklistDefinition
) -> None:
    dialog = NewMeetingDialog([small_checklist], "da")
    qtbot.addWidget(dialog)
    dialog.show()
    # As a paste would put them in: an escape sequence and a line break.
    dialog.company.setText("Evil\x1b[31mCo")
    dialog.manager_name.setText("Lone Leder")
    dialog.employee_name.setText("Mads\nForged")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.meeting is None
    assert dialog.error_text("company") == f"⚠ {ESC_MESSAGE}"
    assert dialog.error_text("employee_name") == (
        "⚠ Feltet skal stå på én linje (uden linjeskift)."
    )
    assert dialog.error_text("manager_name") == ""
    assert dialog.focusWidget() is dialog.company
    assert ESC_MESSAGE in dialog.company.accessibleDescription()

    dialog.company.setText("Smedjen ApS")
    dialog.employee_name.setText("Mads Medarbejder")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.meeting is not None and dialog.meeting.company == "Smedjen ApS"


def test_sign_dialog_shows_a_control_character_beside_the_name(
    qtbot: QtBot, make_meeting: Callable[..., Meeting]
) -> None:
    meeting = make_meeting()
    dialog = SignDialog(meeting, "manager", "da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(SignDialog.TYPED)
    dialog.typed_name.setText("Lone\x1bLeder")
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and meeting.signature("manager") is None
    assert dialog.typed_name_error.isVisible()
    assert ESC_MESSAGE in dialog.typed_name_error.text()


def test_stored_bad_text_opens_on_every_page_and_the_action_dialog_shows_refusals(
    qtbot: QtBot,
    start: Start,  # noqa: F811 - the fixture imported above
    dialogs: Dialogs,  # noqa: F811
    make_meeting: Callable[..., Meeting],
) -> None:
    meeting = make_meeting()
    # Text saved before the rules: a lone surrogate, escapes, a forged line.
    meeting.company = "Evil\ud800Co"
    meeting.employee_name = "Mads\nForged\x1b[31m"
    meeting.add_action("Ring", "other", owner_name="N").owner_name = "IT\ud800"
    meeting.actions[0].what = "Do\x1b[2J it"
    meeting.set_note("small", "needs", "-")
    meeting.entries["small"]["needs"].note = "note\x00\ud800"
    controller = start()
    window = open_stored_meeting(controller, meeting)
    window.refresh_list()
    editor = window.editor
    for key in editor.page_keys():
        editor.show_page(key)
        QApplication.processEvents()
    assert dialogs.crashes == [] and dialogs.errors == []
    # The review page rendered the plan as it prints, the stored text shown as U+FFFD.
    assert window.review.pdf_bytes().startswith(b"%PDF")
    assert "Evil\ufffdCo" in window.review.view.page_text(1)

    editor.show_page("actions")
    page = editor.actions_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.what.setPlainText("Bestil\x1b[2J headset")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.what_error.text() == f"Fejl: {ESC_MESSAGE}"
    assert len(meeting.actions) == 1
    dialog.reject()
