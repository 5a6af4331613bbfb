"""The dialog that starts a meeting: who meets, when, and which checklists.

It also starts a *preparation* (the manager alone with the task finder, no employee yet)
and, from a preparation, a meeting with a named employee (``from_preparation``); the task
part's widgets are in ``gui.task_part``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.checklists import ChecklistDefinition, ChecklistError
from remotework_desktop.core.meetings import (
    Meeting,
    MeetingError,
    new_meeting,
    unprintable_problem,
)
from remotework_desktop.core.parsing import InputError
from remotework_desktop.gui.task_part import TaskPartChoice
from remotework_desktop.gui.widgets import DateEntry

# The order fields are checked in and focus goes to: the order they appear on screen.
FIELD_ORDER: tuple[str, ...] = (
    "company",
    "manager_name",
    "manager_title",
    "employee_name",
    "meeting_date",
    "checklists",
)


class NewMeetingDialog(QDialog):
    """Asks for the meeting's details; ``meeting`` holds the new meeting after accept()."""

    def __init__(
        self,
        definitions: Sequence[ChecklistDefinition],
        lang: str = "da",
        *,
        load_errors: Sequence[ChecklistError] = (),
        today: dt.date | None = None,
        parent: QWidget | None = None,
        edit: Meeting | None = None,
        not_before: str | None = None,
        from_preparation: Meeting | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Ret oplysninger") if edit is not None else self.tr("Nyt møde")
        if from_preparation is not None:
            title = self.tr("Start møde ud fra forberedelsen")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.meeting: Meeting | None = None
        # Edit mode: the details of this draft are changed in place on accept().
        self._edit = edit
        self._not_before = not_before
        self._lang = lang
        self._definitions = list(definitions)
        if edit is not None:  # a checklist the meeting holds stays on offer
            known = {d.id for d in self._definitions}
            self._definitions += [
                edit.definition(r.id) for r in edit.checklists if r.id not in known
            ]

        self.company = QLineEdit()
        self.manager_name = QLineEdit()
        self.manager_title = QLineEdit()
        self.employee_name = QLineEdit()
        # Typed dd-mm-åååå like every date in the program, or picked in the calendar.
        self.meeting_date = DateEntry()
        self.meeting_date.set_iso((today or dt.date.today()).isoformat())
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if lang == "en" else 0)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(16)
        fields: list[tuple[str, str, QWidget, str]] = [
            ("company", self.tr("&Virksomhed:"), self.company, self.tr("Virksomhedens navn")),
            (
                "manager_name",
                self.tr("&Leders navn:"),
                self.manager_name,
                self.tr("Lederens fulde navn"),
            ),
            (
                "manager_title",
                self.tr("Lederens &titel:"),
                self.manager_title,
                self.tr("Lederens titel (kan udelades)"),
            ),
            (
                "employee_name",
                self.tr("&Medarbejders navn:"),
                self.employee_name,
                self.tr("Medarbejderens fulde navn"),
            ),
            ("meeting_date", self.tr("Møde&dato:"), self.meeting_date, self.tr("Mødets dato")),
        ]
        # The task finder: a part of its own, and the choice of a preparation (first row).
        self.task_part = TaskPartChoice(self, lang, edit, from_preparation)
        if self.task_part.offered:
            form.addRow(self.task_part.kind_label, self.task_part.kind)
        # Wide enough for a long Danish company name, and for the messages under the fields.
        min_width = self.fontMetrics().averageCharWidth() * 36
        for key, label_text, widget, name in fields:
            widget.setMinimumWidth(min_width)
            label = QLabel(label_text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
            form.addRow("", self._error_label(key))
        language_label = QLabel(self.tr("Aftalens sp&rog:"))
        language_label.setBuddy(self.language)
        self.language.setAccessibleName(self.tr("Aftalens sprog"))
        self.language.setAccessibleDescription(
            self.tr("Sproget, som tjeklisterne og den udskrevne aftale bruger.")
        )
        form.addRow(language_label, self.language)
        self._descriptions = {
            "meeting_date": self.tr(
                "Skrives som dag-måned-år, fx 31-01-2026, eller vælg i kalenderen."
            )
        }
        self.meeting_date.edit.setAccessibleName(self.tr("Mødets dato"))
        self.meeting_date.calendar_button.setAccessibleDescription(self.tr("Mødets dato"))
        self.meeting_date.setAccessibleDescription(self._descriptions["meeting_date"])

        box = QGroupBox(self.tr("Tjeklister"))
        box.setAccessibleName(self.tr("Tjeklister til mødet"))
        box_layout = QVBoxLayout(box)
        self.checklist_boxes: dict[str, QCheckBox] = {}
        for definition in self._definitions:
            check = QCheckBox(definition.title.get(lang))
            check.setChecked(True)
            check.setAccessibleName(definition.title.get(lang))
            check.setAccessibleDescription(definition.intro.get(lang))
            self.checklist_boxes[definition.id] = check
            box_layout.addWidget(check)
        if not self._definitions:
            none = QLabel(self.tr("Der er ingen tjeklister at vælge imellem."))
            none.setWordWrap(True)
            box_layout.addWidget(none)
        box_layout.addWidget(self.task_part.box)
        box_layout.addWidget(self._error_label("checklists"))

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(form)
        layout.addWidget(box)
        if load_errors:
            # The file detail stays in English (for whoever maintains the files); the
            # lead-in tells the user what it means for them.
            lines = "\n".join(f"• {e}" for e in load_errors)
            notice = QLabel(
                self.tr(
                    "Nogle tjeklistefiler kunne ikke indlæses og kan ikke vælges. "
                    "De øvrige virker som normalt."
                )
                + "\n"
                + lines
            )
            notice.setWordWrap(True)
            notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            notice.setAccessibleName(self.tr("Tjeklister med fejl"))
            layout.addWidget(notice)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Start mødet"))
        self.ok_button.setAccessibleName(self.tr("Start mødet"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Fortryd"))
        cancel.setAccessibleName(self.tr("Fortryd"))
        self.ok_button.setEnabled(bool(self._definitions) or self.task_part.available)
        for key in ("company", "manager_name", "manager_title", "employee_name"):
            getattr(self, key).textChanged.connect(
                lambda text, key=key: self._note_unprintable(key, text)
            )
        if edit is not None:
            self._fill_from(edit)
        self.task_part.finish(from_preparation)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.company.setFocus()

    def _fill_from(self, meeting: Meeting) -> None:
        """Edit mode: the fields hold the meeting's details, its checklists are ticked."""
        self.company.setText(meeting.company)
        self.manager_name.setText(meeting.manager_name)
        self.manager_title.setText(meeting.manager_title)
        self.employee_name.setText(meeting.employee_name)
        self.meeting_date.set_iso(meeting.meeting_date)
        self.language.setCurrentIndex(1 if meeting.language == "en" else 0)
        held = {ref.id for ref in meeting.checklists}
        for cid, check in self.checklist_boxes.items():
            check.setChecked(cid in held)
        self.ok_button.setText(self.tr("&Gem oplysningerne"))
        self.ok_button.setAccessibleName(self.tr("Gem oplysningerne"))

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setVisible(False)
        label.setAccessibleName(self.tr("Fejl"))
        # Bold text with a sign in front, so the error does not rely on colour.
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._errors[key] = label
        return label

    def _field_widget(self, key: str) -> QWidget:
        if key == "checklists":
            return next(iter(self.checklist_boxes.values()), self.company)
        return getattr(self, key)

    def error_text(self, key: str) -> str:
        """The error shown next to a field ('' if none); for tests and screen readers."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self._errors.items():
            message = errors.get(key, "")
            label.setText(f"⚠ {message}" if message else "")
            label.setVisible(bool(message))
            if key != "checklists":
                # A screen reader hears the error when it lands on the field.
                widget = self._field_widget(key)
                base = self._descriptions.get(key, "")
                widget.setAccessibleDescription(" ".join(t for t in (message, base) if t))
        self.adjustSize()  # room for the messages, so none is cut off
        first = next((k for k in FIELD_ORDER if k in errors), None)
        if first is not None:
            self._field_widget(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_unprintable(self, key: str, text: str) -> None:
        """Core's note beside the field when the PDF cannot print a character (an emoji …).

        It does not stop the meeting from starting; signing refuses it (core's rule).
        """
        message = unprintable_problem(text) or ""
        label = self._errors[key]
        label.setText(f"⚠ {message}" if message else "")
        label.setVisible(bool(message))
        widget = self._field_widget(key)
        widget.setAccessibleDescription(message or self._descriptions.get(key, ""))

    def _on_accept(self) -> None:
        chosen = [
            d
            for d in self._definitions
            if d.id in self.checklist_boxes and self.checklist_boxes[d.id].isChecked()
        ]
        if self._edit is not None:
            self._save_edit(chosen)
            return
        try:
            meeting_date = self.meeting_date.iso()
        except InputError as exc:
            # Refused with the reason beside the field; never read as another date.
            self._show_errors({"meeting_date": str(exc)})
            return
        preparing = self.task_part.preparing()
        try:
            if self.task_part.source is not None:
                self.meeting = self.task_part.source.start_from_preparation(
                    employee_name=self.employee_name.text(),
                    meeting_date=meeting_date,
                    checklists=chosen,
                    manager_title=self.manager_title.text(),
                )
            else:
                self.meeting = new_meeting(
                    company=self.company.text(),
                    manager_name=self.manager_name.text(),
                    manager_title=self.manager_title.text(),
                    employee_name="" if preparing else self.employee_name.text(),
                    meeting_date=meeting_date,
                    checklists=[] if preparing else chosen,
                    language=self.language.currentData(),
                    tasks=self.task_part.chosen(),
                    task_finder=self.task_part.finder,
                )
        except MeetingError as exc:
            errors = exc.fields or {"company": str(exc)}
            self._show_errors(errors)
            return
        self._show_errors({})
        self.accept()

    def confirm_drop(self, count: int) -> bool:
        """Asked before a checklist that holds answers is removed (tests replace it)."""
        from remotework_desktop.gui.errors import ask

        return ask(
            self,
            self.tr("Fjern tjeklister med svar?"),
            self.tr(
                "{n} tjekliste(r), du har fjernet krydset ved, har svar eller noter. De "
                "forsvinder fra mødet, når du gemmer."
            ).format(n=count),
            yes=self.tr("&Fjern dem"),
            no=self.tr("&Behold dem"),
            danger=True,
        )

    def _save_edit(self, chosen: list[ChecklistDefinition]) -> None:
        meeting = self._edit
        assert meeting is not None
        try:
            meeting_date = self.meeting_date.iso()
        except InputError as exc:
            self._show_errors({"meeting_date": str(exc)})
            return
        details = {
            "company": self.company.text(),
            "manager_name": self.manager_name.text(),
            "manager_title": self.manager_title.text(),
            "employee_name": self.employee_name.text(),
            "meeting_date": meeting_date,
            "language": self.language.currentData(),
            "checklists": chosen,
            "not_before": self._not_before,
            "tasks": self.task_part.chosen(),
        }
        # Asked only when the change can be saved (a checklist or the task part is left).
        lost = meeting.checklists_with_answers(d.id for d in chosen)
        if lost and (chosen or details["tasks"]) and not self.confirm_drop(len(lost)):
            return
        lost_tasks = len(meeting.tasks) if not details["tasks"] else 0
        if lost_tasks and chosen and not self.task_part.confirm_drop(lost_tasks):
            return
        try:
            meeting.update_details(**details, drop_answers=bool(lost or lost_tasks))
        except MeetingError as exc:
            self._show_errors(exc.fields or {"company": str(exc)})
            return
        self._show_errors({})
        self.meeting = meeting
        self.accept()
