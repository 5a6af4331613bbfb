"""The open meeting's page in the main window: its title (and the agreement a follow-up
follows), the buttons above it, and the editor under them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.text import t
from remotework_desktop.gui.style import ScaledLabel

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting

translate = QCoreApplication.translate


class MeetingPage(QWidget):
    """The frame around the editor; the window connects its buttons and puts the editor in.

    Its words are the window's (translation context "MainWindow"), where they were written.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(translate("MainWindow", "← &Tilbage til oversigten"))
        self.back_button.setAccessibleName(translate("MainWindow", "Tilbage til oversigten"))
        self.back_button.setAccessibleDescription(
            translate("MainWindow", "Gemmer mødet og viser listen over møder. Genvej: Alt+Venstre.")
        )
        self.meeting_title = ScaledLabel("", 1.3, True)
        self.meeting_title.setAccessibleName(translate("MainWindow", "Mødets titel"))
        # A follow-up says which agreement it follows, under the title.
        self.follows_label = QLabel()
        self.follows_label.setWordWrap(True)
        self.details_button = QPushButton(translate("MainWindow", "Ret oplysninger …"))
        self.details_button.setAccessibleName(translate("MainWindow", "Ret mødets oplysninger"))
        self.calendar_button = QPushButton(translate("MainWindow", "Gem i kalender …"))
        self.calendar_button.setAccessibleName(
            translate("MainWindow", "Gem opfølgningen i kalenderen")
        )
        # A preparation (the manager alone, the task list) leads to a meeting with an employee.
        self.preparation_button = QPushButton(
            translate("MainWindow", "Start &møde med en medarbejder …")
        )
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.preparation_button)
        top.addWidget(self.details_button)
        top.addWidget(self.calendar_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 16, 16, 8)
        self._layout.setSpacing(12)
        self._layout.addLayout(top)
        # The title has a row of its own: between the buttons it took five lines at 200 %.
        self._layout.addWidget(self.meeting_title)
        self._layout.addWidget(self.follows_label)

    def show_editor(self, editor: QWidget) -> None:
        self._layout.addWidget(editor, 1)

    def remove_editor(self, editor: QWidget) -> None:
        self._layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()

    def show_title(self, meeting: Meeting, lang: str, follows_date: str | None) -> str:
        """Show the meeting's title (and what a follow-up follows); returns the title."""
        from remotework_desktop.core.followups import follow_up_label

        title = f"{meeting.employee_name or t('tasks.preparation', lang)} – {meeting.company}"
        self.meeting_title.setText(title + " · " + format_date(meeting.meeting_date, lang))
        label = follow_up_label(follows_date, lang) if meeting.follows else ""
        self.follows_label.setText(label)
        self.follows_label.setAccessibleName(label)
        self.follows_label.setVisible(bool(label))
        return title
