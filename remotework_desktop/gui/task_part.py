"""The task finder in the new-meeting dialog: its tick box, and the choice of a preparation.

A *preparation* is the manager alone with the task finder (for example when recruiting: which
of our tasks could a new colleague do from home?). It has no employee and no checklists, and
it is never signed; later a meeting with a named employee is started from it
(``from_preparation``), carrying its task list. A broken ``tasks.toml`` is said in one line
in the dialog; the checklists still work and nothing is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.tasks import TaskFinder, TaskFinderError, load_task_finder
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

translate = QCoreApplication.translate


def _task_finder(lang: str) -> tuple[TaskFinder | None, str]:
    try:
        return load_task_finder(), ""
    except TaskFinderError as exc:
        return None, t("tasks.file_broken", lang, error=str(exc))


class TaskPartChoice:
    """The widgets the dialog shows for the task part, and what was chosen in them."""

    def __init__(
        self,
        dialog: NewMeetingDialog,
        lang: str,
        edit: Meeting | None,
        source: Meeting | None,
    ) -> None:
        self.dialog = dialog
        self.source = source  # the preparation a meeting is started from
        self.finder, problem = _task_finder(lang)
        if edit is not None and edit.has_tasks:
            self.finder = edit.task_finder()
        elif source is not None:
            self.finder = source.task_finder()
        self.available = self.finder is not None

        # One line in the form (a group of radio buttons made the dialog too tall at 200 %).
        self.kind = QComboBox(dialog)
        self.kind.addItem(translate("TaskPart", "Leder og medarbejder"), False)
        self.kind.addItem(
            translate("TaskPart", "Forberedelse: lederen alene, fx ved rekruttering"), True
        )
        self.kind.setAccessibleName(translate("TaskPart", "Hvem deltager"))
        self.kind.setAccessibleDescription(
            translate(
                "TaskPart",
                "En forberedelse har kun opgavelisten, uden medarbejder og uden underskrift. "
                "Senere kan I starte et møde med en medarbejder ud fra den.",
            )
        )
        self.kind_label = QLabel(translate("TaskPart", "&Hvem deltager:"), dialog)
        self.kind_label.setBuddy(self.kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._on_kind(self.preparing()))
        # Only a new meeting can be a preparation (not an edit, not one started from one).
        self.offered = edit is None and source is None and self.available
        self.kind.setHidden(not self.offered)
        self.kind_label.setHidden(not self.offered)

        self.box = QWidget()
        box_layout = QVBoxLayout(self.box)
        box_layout.setContentsMargins(0, 6, 0, 0)
        self.check: QCheckBox | None = None
        if self.finder is not None:
            self.check = QCheckBox(self.finder.title(lang))
            self.check.setObjectName("tasks-part")
            self.check.setAccessibleName(self.finder.title(lang))
            self.check.setAccessibleDescription(self.finder.intro(lang))
            # Not ticked by default: a meeting gets the part when you choose it.
            self.check.setChecked(edit is not None and edit.has_tasks)
            # A draft's details can add or remove the part (removing a list asks first);
            # a meeting started from a preparation always has it.
            self.check.setEnabled(source is None)
            box_layout.addWidget(self.check)
        else:
            notice = QLabel(problem)
            notice.setWordWrap(True)
            notice.setObjectName("tasks-file-broken")
            notice.setAccessibleName(problem)
            box_layout.addWidget(notice)

    def finish(self, source: Meeting | None) -> None:
        """From a preparation: its company and manager, the employee still to be named."""
        d = self.dialog
        self._ok_text = d.ok_button.text()
        if self.offered:
            d.setTabOrder(self.kind, d.company)  # first on screen, first by Shift+Tab
        if source is None:
            return
        d.company.setText(source.company)
        d.manager_name.setText(source.manager_name)
        d.manager_title.setText(source.manager_title)
        d.language.setCurrentIndex(1 if source.language == "en" else 0)
        for widget in (d.company, d.manager_name):
            widget.setReadOnly(True)
        d.language.setEnabled(False)
        d.employee_name.setFocus()

    def _on_kind(self, preparing: bool) -> None:
        d = self.dialog
        d.employee_name.setEnabled(not preparing)
        d.employee_name.setPlaceholderText(
            translate("TaskPart", "Ikke ved en forberedelse") if preparing else ""
        )
        for check in d.checklist_boxes.values():
            check.setEnabled(not preparing)
        if self.check is not None:
            if preparing:
                self.check.setChecked(True)
            self.check.setEnabled(not preparing)
        d.ok_button.setText(
            translate("TaskPart", "&Start forberedelsen") if preparing else self._ok_text
        )
        d.ok_button.setAccessibleName(d.ok_button.text().replace("&", ""))

    def confirm_drop(self, count: int) -> bool:
        """Asked before the part is removed from a draft whose list holds tasks."""
        from remotework_desktop.gui import errors

        text = (
            translate(
                "TaskPart", "Opgavelisten har 1 opgave. Den forsvinder fra mødet, når du gemmer."
            )
            if count == 1
            else translate(
                "TaskPart",
                "Opgavelisten har {0} opgaver. De forsvinder fra mødet, når du gemmer.",
            ).format(count)
        )
        return errors.ask(
            self.dialog,
            translate("TaskPart", "Fjern opgavelisten?"),
            text,
            yes=translate("TaskPart", "&Fjern opgavelisten"),
            no=translate("TaskPart", "&Behold den"),
            danger=True,
        )

    def preparing(self) -> bool:
        return self.offered and bool(self.kind.currentData())

    def chosen(self) -> bool:
        """True when the meeting gets the task part."""
        if self.finder is None:
            return False
        return self.preparing() or (self.check is not None and self.check.isChecked())
