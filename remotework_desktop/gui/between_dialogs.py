"""Small dialogs used between meetings: a follow-up's date, and saving to a calendar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.meetings import Meeting, MeetingError
from remotework_desktop.core.parsing import InputError
from remotework_desktop.gui.widgets import DateEntry, ErrorLabel


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
        # Typed dd-mm-åååå like every date in the program, or picked in the calendar.
        self.date = DateEntry()
        self.date.set_iso(signed.default_follow_up_date())
        self.date.edit.setAccessibleName(self.tr("Opfølgningsmødets dato"))
        self.date.calendar_button.setAccessibleDescription(self.tr("Opfølgningsmødets dato"))
        self._description = self.tr(
            "Skrives som dag-måned-år, fx 31-01-2026, eller vælg i kalenderen."
        )
        self.date.edit.setAccessibleDescription(self._description)
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
            # An impossible date is refused beside the field, never read as another date.
            self.follow_up = self._signed.follow_up(self.date.iso())
        except InputError as exc:
            message = str(exc)
        except MeetingError as exc:
            message = exc.fields.get("meeting_date", str(exc))
        else:
            self.accept()
            return
        self.error.show_error(message)
        self.date.edit.setAccessibleDescription(f"{message} {self._description}")
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)


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
