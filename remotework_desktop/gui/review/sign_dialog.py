"""One person signs: draw with mouse, finger or pen, or type the full name (an equal way).

Every rule about signing lives in ``Meeting.sign``; this dialog only collects what the signer
does and shows core's message under the field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.formatting import role_label as role_name
from remotework_desktop.core.meetings import (
    Meeting,
    MeetingError,
    Signature,
    sign_statement,
)
from remotework_desktop.gui.review.signature_pad import SignaturePad
from remotework_desktop.gui.widgets import (
    error_label,
    fit_to_screen,
    heading_font,
    keep_focus_visible,
    show_error,
)


class SignDialog(QDialog):
    """One person signs: draw with mouse, finger or pen, or type the full name."""

    DRAWN, TYPED = 0, 1

    def __init__(
        self, meeting: Meeting, role: str, lang: str = "da", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._role = role
        self._lang = lang
        self.signature: Signature | None = None
        expected = meeting.manager_name if role == "manager" else meeting.employee_name
        role_label = role_name(role, lang)
        self.setWindowTitle(self.tr("Underskrift – {0}").format(role_label))
        self.setAccessibleName(self.windowTitle())

        heading = QLabel(self.tr("{0}: {1} skriver under").format(role_label, expected))
        heading.setFont(heading_font(self))
        heading.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Vælg, hvordan du vil skrive under. Begge måder gælder lige meget: tegn din "
                "underskrift, eller skriv dit fulde navn."
            )
        )
        intro.setWordWrap(True)

        # -- way 1: draw ---------------------------------------------------------------------
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("&Ryd"))
        self.clear_button.setAccessibleName(self.tr("Ryd underskriftsfeltet"))
        self.undo_button = QPushButton(self.tr("&Fortryd streg"))
        self.undo_button.setAccessibleName(self.tr("Fortryd sidste streg"))
        self.drawn_name = QLineEdit(expected)
        self.drawn_name.setAccessibleName(self.tr("Dit fulde navn"))
        self.drawn_name.setAccessibleDescription(
            self.tr("Navnet står med underskriften. Ret det, hvis det ikke er dit.")
        )
        drawn_name_label = QLabel(self.tr("Dit fulde n&avn:"))
        drawn_name_label.setBuddy(self.drawn_name)
        self.drawn_name_error = error_label(self.tr("Fejl ved navnet"))

        pad_buttons = QHBoxLayout()
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.clear_button)
        pad_buttons.addStretch(1)
        drawn_page = QWidget()
        drawn_layout = QVBoxLayout(drawn_page)
        drawn_layout.setSpacing(10)
        drawn_layout.addWidget(self.pad, 1)
        drawn_layout.addLayout(pad_buttons)
        drawn_layout.addWidget(drawn_name_label)
        drawn_layout.addWidget(self.drawn_name)
        drawn_layout.addWidget(self.drawn_name_error)

        # -- way 2: type ---------------------------------------------------------------------
        self.typed_name = QLineEdit()
        self.typed_name.setAccessibleName(self.tr("Dit fulde navn som underskrift"))
        self.typed_name.setAccessibleDescription(
            self.tr("Skriv navnet, som det står på mødet: {0}.").format(expected)
        )
        typed_label = QLabel(self.tr("Skriv dit fulde &navn som underskrift:"))
        typed_label.setBuddy(self.typed_name)
        typed_hint = QLabel(self.tr("Skriv navnet, som det står på mødet: {0}.").format(expected))
        typed_hint.setWordWrap(True)
        self.typed_preview = QLabel()
        preview_font = heading_font(self, 1.8)
        preview_font.setBold(False)
        preview_font.setItalic(True)
        self.typed_preview.setFont(preview_font)
        self.typed_preview.setMinimumHeight(self.typed_preview.fontMetrics().height() + 16)
        self.typed_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.typed_preview.setAccessibleName(self.tr("Sådan står underskriften"))
        self.typed_name_error = error_label(self.tr("Fejl ved navnet"))
        typed_page = QWidget()
        typed_layout = QVBoxLayout(typed_page)
        typed_layout.setSpacing(10)
        typed_layout.addWidget(typed_label)
        typed_layout.addWidget(self.typed_name)
        typed_layout.addWidget(typed_hint)
        typed_layout.addWidget(self.typed_name_error)
        typed_layout.addWidget(self.typed_preview)
        typed_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(drawn_page, self.tr("&Tegn underskrift"))
        self.tabs.addTab(typed_page, self.tr("&Skriv navn"))
        self.tabs.setAccessibleName(self.tr("Måde at skrive under på"))
        self.tabs.tabBar().setAccessibleName(self.tr("Måde at skrive under på"))
        self.tabs.setAccessibleDescription(
            self.tr("To faner: Tegn underskrift og Skriv navn. Skift med Ctrl+Tab.")
        )

        # -- the statement -------------------------------------------------------------------
        statement_text = sign_statement(lang)
        statement_box = QGroupBox(self.tr("Det bekræfter du"))
        statement = QLabel(statement_text)
        statement.setWordWrap(True)
        statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        statement.setAccessibleName(self.tr("Erklæring"))
        self.confirm = QCheckBox(self.tr("Jeg &bekræfter erklæringen"))
        self.confirm.setAccessibleName(self.tr("Jeg bekræfter erklæringen"))
        self.confirm.setAccessibleDescription(statement_text)
        statement_layout = QVBoxLayout(statement_box)
        statement_layout.addWidget(statement)
        statement_layout.addWidget(self.confirm)

        self.error = error_label(self.tr("Fejl ved underskriften"))
        self.sign_button = QPushButton(self.tr("&Underskriv"))
        self.sign_button.setAccessibleName(self.tr("Underskriv aftalen"))
        self.sign_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setAccessibleName(self.tr("Annuller underskriften"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.cancel_button)

        # All but the buttons scroll, so at a large zoom nothing is squeezed or cut off.
        content = QWidget()
        body = QVBoxLayout(content)
        body.setSpacing(14)
        body.setContentsMargins(0, 0, 8, 0)
        body.addWidget(heading)
        body.addWidget(intro)
        body.addWidget(self.tabs, 1)
        body.addWidget(statement_box)
        body.addWidget(self.error)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(content)
        keep_focus_visible(self.scroll)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        # The tab bar takes no focus (its focus was invisible and swallowed typing): Ctrl+Tab,
        # Alt+T and Alt+S switch, and focus lands in the chosen way's first field.
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.currentChanged.connect(self._focus_page)
        self.setTabOrder(self.pad, self.undo_button)
        self.setTabOrder(self.undo_button, self.clear_button)
        self.setTabOrder(self.clear_button, self.drawn_name)
        self.setTabOrder(self.drawn_name, self.typed_name)
        self.setTabOrder(self.typed_name, self.confirm)
        self.setTabOrder(self.confirm, self.sign_button)
        self.setTabOrder(self.sign_button, self.cancel_button)

        self.pad.changed.connect(self._update_state)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.drawn_name.textChanged.connect(self._update_state)
        self.typed_name.textChanged.connect(self._update_state)
        self.typed_name.textChanged.connect(self.typed_preview.setText)
        self.confirm.toggled.connect(self._update_state)
        self.tabs.currentChanged.connect(self._update_state)
        self.sign_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        fit_to_screen(self, 820, 720)
        self.pad.setFocus()
        self._update_state()

    def _focus_page(self, index: int) -> None:
        target = self.typed_name if index == self.TYPED else self.pad
        target.setFocus(Qt.FocusReason.TabFocusReason)

    # -- state ------------------------------------------------------------------------------
    def method(self) -> str:
        """The way chosen by the tab shown: "drawn" or "typed"."""
        return "typed" if self.tabs.currentIndex() == self.TYPED else "drawn"

    def _name_field(self) -> QLineEdit:
        return self.typed_name if self.method() == "typed" else self.drawn_name

    def _name_error(self) -> QLabel:
        return self.typed_name_error if self.method() == "typed" else self.drawn_name_error

    def can_sign(self) -> bool:
        """True when the chosen way is filled in and the statement is confirmed."""
        if not self.confirm.isChecked() or not self._name_field().text().strip():
            return False
        return self.method() == "typed" or not self.pad.is_empty()

    def _update_state(self) -> None:
        has_strokes = bool(self.pad.strokes())
        self.undo_button.setEnabled(has_strokes)
        self.clear_button.setEnabled(has_strokes)
        self.sign_button.setEnabled(self.can_sign())
        if self.method() == "drawn" and self.pad.is_empty():
            hint = self.tr("Tegn din underskrift i feltet for at kunne underskrive.")
        elif not self._name_field().text().strip():
            hint = self.tr("Skriv dit navn for at kunne underskrive.")
        elif not self.confirm.isChecked():
            hint = self.tr("Sæt flueben ved »Jeg bekræfter« for at kunne underskrive.")
        else:
            hint = ""
        # Tell why the button is disabled, for sighted and screen reader users alike.
        self.sign_button.setToolTip(hint)
        self.sign_button.setAccessibleDescription(hint)

    # -- signing ----------------------------------------------------------------------------
    def accept(self) -> None:
        """Sign through ``Meeting.sign``; show its message beside the field it concerns."""
        if not self.can_sign():
            return
        for label in (self.error, self.drawn_name_error, self.typed_name_error):
            show_error(label, "")
        drawn = self.method() == "drawn"
        width, height = self.pad.logical_size()
        try:
            self.signature = self._meeting.sign(
                self._role,
                self._name_field().text(),
                method=self.method(),
                strokes=self.pad.strokes() if drawn else [],
                width=width,
                height=height,
                confirmed=self.confirm.isChecked(),
                statement_lang=self._lang,
            )
        except MeetingError as exc:
            if "name" in exc.fields:
                show_error(self._name_error(), exc.fields["name"])
                self._name_field().setFocus()
            else:
                show_error(self.error, str(exc))
            return
        super().accept()
