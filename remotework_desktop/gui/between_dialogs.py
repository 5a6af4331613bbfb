"""Small dialogs used between meetings: a follow-up's date, and saving to a calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.meetings import Meeting, MeetingError
from remotework_desktop.gui.widgets import ErrorLabel


def _qdate(value: str) -> QDate:
    day = dt.date.fromisoformat(value)
    return QDate(day.year, day.month, day.day)


class FollowUpDialog(QDialog):
    """Asks for the follow-up's date; ``follow_up`` holds the new meeting after accept().

    The date starts at the follow-up date agreed (else today); a date before the
    agreement's own is refused by core, and the reason is shown beside the field.
    """

    def __init__(self, signed: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start opfølgningsmøde"))
        self.setAccessibleName(self.tr("Start opfølgningsmøde"))
        self._signed = signed
        self.follow_up: Meeting | None = None
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(_qdate(signed.default_follow_up_date()))
        self.date.setAccessibleName(self.tr("Opfølgningsmødets dato"))
        self.date.setAccessibleDescription(self.tr("Skrives som år-måned-dag."))
        self.error = ErrorLabel(self)
        label = QLabel(self.tr("Opfølgningsmødets &dato:"))
        label.setBuddy(self.date)
        form = QFormLayout()
        form.addRow(label, self.date)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Start opfølgningen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Fortryd"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date.setFocus()

    def _on_accept(self) -> None:
        try:
            self.follow_up = self._signed.follow_up(self.date.date().toPython())
        except MeetingError as exc:
            message = exc.fields.get("meeting_date", str(exc))
            self.error.show_error(message)
            self.date.setAccessibleDescription(message)
            self.date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


class CalendarDialog(QDialog):
    """Asks whether the actions' deadlines go into the calendar file too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gem i kalender"))
        self.setAccessibleName(self.tr("Gem i kalender"))
        text = QLabel(
            self.tr(
                "Opfølgningsdatoen gemmes som en kalenderfil (.ics), som Outlook og Google "
                "Kalender kan importere. Ingen noter eller fortrolige svar kommer med."
            )
        )
        text.setWordWrap(True)
        self.actions_box = QCheckBox(self.tr("Tag &handlingernes frister med"))
        self.actions_box.setAccessibleName(self.tr("Tag handlingernes frister med"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Gem …"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Fortryd"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.actions_box)
        layout.addWidget(buttons)
