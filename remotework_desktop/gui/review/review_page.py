"""Review the agreed plan as it will be printed, sign it, and print or save the PDF.

The page shows the real PDF bytes (the same bytes that are printed and saved); every rule
about signing lives in ``Meeting.sign``, this module only collects what the signer does.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.atomic import failure_kind
from remotework_desktop.core.export import export_pdf, render_for_export
from remotework_desktop.core.formatting import format_datetime
from remotework_desktop.core.meetings import (
    ROLE_LABELS,
    ROLES,
    SIGN_STATEMENT,
    Meeting,
    MeetingError,
    Signature,
)
from remotework_desktop.core.store import Store, StoreError
from remotework_desktop.gui.review.pdf_view import PdfError, PdfPreviewDialog, PdfView
from remotework_desktop.gui.review.signature_pad import SignaturePad

# Characters that are not allowed in file names on Windows or macOS (and control characters).
_UNSAFE_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _heading_font(widget: QWidget, factor: float = 1.35) -> QFont:
    """A bold font relative to the widget's own, so the app zoom scales headings too."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    return font


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


def _show_error(label: QLabel, message: str) -> None:
    # The word "Fejl" and the sign carry the meaning; colour alone never does.
    label.setText(f"⚠ {message}" if message else "")
    label.setVisible(bool(message))


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
        role_label = ROLE_LABELS[role]["en" if lang == "en" else "da"]
        self.setWindowTitle(self.tr("Underskrift – %1").replace("%1", role_label))
        self.setAccessibleName(self.windowTitle())

        heading = QLabel(
            self.tr("%1: %2 skriver under").replace("%1", role_label).replace("%2", expected)
        )
        heading.setFont(_heading_font(self))
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
        self.drawn_name_error = _error_label(self.tr("Fejl ved navnet"))

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
            self.tr("Skriv navnet, som det står på mødet: %1.").replace("%1", expected)
        )
        typed_label = QLabel(self.tr("Skriv dit fulde &navn som underskrift:"))
        typed_label.setBuddy(self.typed_name)
        typed_hint = QLabel(
            self.tr("Skriv navnet, som det står på mødet: %1.").replace("%1", expected)
        )
        typed_hint.setWordWrap(True)
        self.typed_preview = QLabel()
        preview_font = _heading_font(self, 1.8)
        preview_font.setBold(False)
        preview_font.setItalic(True)
        self.typed_preview.setFont(preview_font)
        self.typed_preview.setMinimumHeight(self.typed_preview.fontMetrics().height() + 16)
        self.typed_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.typed_preview.setAccessibleName(self.tr("Sådan står underskriften"))
        self.typed_name_error = _error_label(self.tr("Fejl ved navnet"))
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
            self.tr("To faner: Tegn underskrift og Skriv navn. Skift med piletasterne.")
        )

        # -- the statement -------------------------------------------------------------------
        statement_text = SIGN_STATEMENT["en" if lang == "en" else "da"]
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

        self.error = _error_label(self.tr("Fejl ved underskriften"))
        self.sign_button = QPushButton(self.tr("&Underskriv"))
        self.sign_button.setAccessibleName(self.tr("Underskriv aftalen"))
        self.sign_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setAccessibleName(self.tr("Annuller underskriften"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(statement_box)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.setTabOrder(self.tabs.tabBar(), self.pad)
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

        self.resize(820, 720)
        self.tabs.tabBar().setFocus()
        self._update_state()

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
            _show_error(label, "")
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
                _show_error(self._name_error(), exc.fields["name"])
                self._name_field().setFocus()
            else:
                _show_error(self.error, str(exc))
            return
        super().accept()


class _SignerRow(QFrame):
    """One signer: who, whether and when they signed, and the button to sign."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.sign_button = QPushButton()
        self.remove_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.sign_button)


class ReviewPage(QWidget):
    """The "Gennemse og underskriv" page: the plan as printed, both signatures, print, save."""

    signed = Signal(str)  # the role that just signed; the host saves the meeting
    locked = Signal()  # both have signed; the meeting is now read-only
    new_version_requested = Signal()
    follow_up_requested = Signal()

    def __init__(
        self, meeting: Meeting, store: Store | None, lang: str = "da", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._store = store
        self._lang = "en" if lang == "en" else "da"
        self._pdf = b""
        self._rendered: tuple[dict[str, Any], bool] | None = None
        self._can_sign = True
        # Set by the host: saves the open meeting, so a PDF exported from the store is the
        # meeting on screen. Returns False when saving failed.
        self.save_meeting: Callable[[], bool] | None = None
        self.setAccessibleName(self.tr("Gennemse og underskriv"))

        heading = QLabel(self.tr("Gennemse og underskriv"))
        heading.setFont(_heading_font(self, 1.5))
        heading.setAccessibleName(self.tr("Gennemse og underskriv"))
        intro = QLabel(
            self.tr(
                "Sådan ser den aftalte plan ud, når den bliver udskrevet. Læs den igennem "
                "sammen, før I skriver under."
            )
        )
        intro.setWordWrap(True)

        # The lock banner: a standard icon and words, never colour alone.
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFont(_heading_font(self, 1.1))
        self.banner.setAccessibleName(self.tr("Aftalens tilstand"))
        banner_icon = QLabel()
        size = self.banner.fontMetrics().height() * 2
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        banner_icon.setPixmap(icon.pixmap(size, size))
        self.banner_box = QFrame()
        self.banner_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner_box.setAutoFillBackground(True)
        banner_layout = QHBoxLayout(self.banner_box)
        banner_layout.setContentsMargins(12, 10, 12, 10)
        banner_layout.setSpacing(12)
        banner_layout.addWidget(banner_icon)
        banner_layout.addWidget(self.banner, 1)
        self.banner_box.setVisible(False)

        self.view = PdfView()
        self.view.setAccessibleName(self.tr("Den aftalte plan, som den udskrives"))
        self.view_error = _error_label(self.tr("Fejl ved visning af planen"))

        self.include_private = QCheckBox(self.tr("Medtag f&ortrolige noter"))
        self.include_private.setAccessibleName(self.tr("Medtag fortrolige noter"))
        self.include_private.setAccessibleDescription(
            self.tr(
                "Fortrolige noter er normalt udeladt af den udskrevne plan. Gælder visning, "
                "udskrift og gemt PDF."
            )
        )
        self.preview_button = QPushButton(self.tr("&Vis PDF / Udskriv …"))
        self.preview_button.setAccessibleName(self.tr("Vis PDF og udskriv"))
        self.save_button = QPushButton(self.tr("&Gem som PDF …"))
        self.save_button.setAccessibleName(self.tr("Gem som PDF"))
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_status.setAccessibleName(self.tr("Status for gemt PDF"))
        self.save_status.setVisible(False)
        output_row = QHBoxLayout()
        output_row.addWidget(self.include_private)
        output_row.addStretch(1)
        output_row.addWidget(self.preview_button)
        output_row.addWidget(self.save_button)

        self.rows: dict[str, _SignerRow] = {}
        signers = QVBoxLayout()
        signers.setSpacing(8)
        for role in ROLES:
            row = _SignerRow(role)
            row.sign_button.clicked.connect(lambda _=False, r=role: self.open_sign_dialog(r))
            row.remove_button.clicked.connect(lambda _=False, r=role: self.remove_signature(r))
            self.rows[role] = row
            signers.addWidget(row)
        self.sign_error = _error_label(self.tr("Fejl ved underskrift"))

        self.new_version_button = QPushButton(self.tr("Start &ny version for at ændre"))
        self.new_version_button.setAccessibleName(self.tr("Start ny version for at ændre"))
        self.new_version_button.setAccessibleDescription(
            self.tr(
                "Den underskrevne aftale bliver ikke ændret. I får en ny kladde at rette i, "
                "som I skal underskrive igen."
            )
        )
        self.new_version_button.clicked.connect(self.new_version_requested)
        self.follow_up_button = QPushButton(self.tr("Start o&pfølgningsmøde"))
        self.follow_up_button.setAccessibleName(self.tr("Start opfølgningsmøde"))
        self.follow_up_button.setAccessibleDescription(
            self.tr(
                "Et nyt møde, hvor I følger op på denne aftale. Handlinger, der ikke er "
                "udført, følger med."
            )
        )
        self.follow_up_button.clicked.connect(self.follow_up_requested)
        new_version_row = QHBoxLayout()
        new_version_row.addStretch(1)
        new_version_row.addWidget(self.follow_up_button)
        new_version_row.addWidget(self.new_version_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.banner_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.view_error)
        layout.addLayout(output_row)
        layout.addWidget(self.save_status)
        layout.addLayout(signers)
        layout.addWidget(self.sign_error)
        layout.addLayout(new_version_row)

        self.include_private.toggled.connect(self.refresh)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.refresh()

    # -- reading ----------------------------------------------------------------------------
    def meeting(self) -> Meeting:
        return self._meeting

    def set_meeting(self, meeting: Meeting) -> None:
        """Show another meeting (e.g. after the host reloaded it from the store)."""
        self._meeting = meeting
        self.refresh()

    @property
    def pdf_lang(self) -> str:
        """The printed plan is in the agreement's language, whatever the window shows."""
        return "en" if self._meeting.language == "en" else "da"

    def pdf_bytes(self) -> bytes:
        """The PDF shown right now: the bytes that are printed and saved."""
        return self._pdf

    def default_file_name(self) -> str:
        """E.g. "Hjemmearbejde-Mette-Hansen-2026-11-26.pdf" (safe on every platform)."""
        employee = _UNSAFE_FILE_CHARS.sub("", self._meeting.employee_name)
        employee = re.sub(r"\s+", "-", employee.strip()).strip(".-") or self.tr("medarbejder")
        name = f"{self.tr('Hjemmearbejde')}-{employee}-{self._meeting.meeting_date}"
        if self._meeting.version > 1:
            name += f"-v{self._meeting.version}"
        return name + ".pdf"

    # -- refreshing -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # The meeting may have been edited on another page since this one was last shown.
        super().showEvent(event)
        if not event.spontaneous() and self._rendered != self._render_key():
            self.refresh()

    def _render_key(self) -> tuple[dict[str, Any], bool]:
        """What the shown PDF depends on; rendering again is skipped while it is unchanged."""
        return self._meeting.model_dump(mode="json"), self.include_private.isChecked()

    def refresh(self) -> None:
        """Render the PDF again from the meeting and update the signer rows and banner."""
        self._rendered = self._render_key()
        try:
            # The very bytes export_pdf saves: shown, printed and saved are one document.
            self._pdf = render_for_export(
                self._store,
                self._meeting,
                lang=self.pdf_lang,
                include_private=self.include_private.isChecked(),
            )
            self.view.set_pdf(self._pdf)
            _show_error(self.view_error, "")
        except (PdfError, MeetingError, ValueError, OSError) as exc:
            self._pdf = b""
            _show_error(
                self.view_error,
                self.tr("Planen kunne ikke vises: %1").replace("%1", str(exc)),
            )
        self.preview_button.setEnabled(bool(self._pdf))
        self.save_button.setEnabled(bool(self._pdf) and self._store is not None)
        self._update_rows()

    def _update_rows(self) -> None:
        m = self._meeting
        lang = self._lang
        for role, row in self.rows.items():
            label = ROLE_LABELS[role][lang]
            name = m.manager_name if role == "manager" else m.employee_name
            sig = m.signature(role)
            if sig is None:
                text = self.tr("%1: %2 – ikke underskrevet")
            else:
                when = format_datetime(sig.signed_at, lang)
                way = self.tr("tegnet") if sig.method == "drawn" else self.tr("med navn")
                text = self.tr("%1: %2 – underskrevet %3 (%4)").replace("%3", when)
                text = text.replace("%4", way)
                name = sig.name
            text = text.replace("%1", label).replace("%2", name)
            row.text.setText(("✓ " if sig else "○ ") + text)
            row.setAccessibleName(text)
            row.text.setAccessibleName(text)
            # Each button its own mnemonic (Alt+U / Alt+M), distinct from the rest of the page.
            if role == "manager":
                row.sign_button.setText(self.tr("&Underskriv som leder …"))
            else:
                row.sign_button.setText(self.tr("Underskriv som &medarbejder …"))
            row.sign_button.setAccessibleName(
                self.tr("Underskriv som %1, %2").replace("%1", label.lower()).replace("%2", name)
            )
            row.remove_button.setText(self.tr("Fjern underskrift"))
            row.remove_button.setAccessibleName(
                self.tr("Fjern underskriften fra %1").replace("%1", name)
            )
            row.sign_button.setVisible(sig is None and not m.is_signed and self._can_sign)
            row.remove_button.setVisible(sig is not None and not m.is_signed and self._can_sign)
        if m.is_signed:
            fingerprint = m.fingerprint or ""
            short = " ".join(fingerprint[i : i + 4] for i in range(0, 12, 4))
            self.banner.setText(
                self.tr(
                    "Låst: Aftalen er underskrevet af begge og kan ikke ændres. Fingeraftryk: %1. "
                    "Vil I ændre noget, så start en ny version."
                ).replace("%1", short)
            )
        self.banner_box.setVisible(m.is_signed)
        self.new_version_button.setVisible(m.is_signed and self._can_sign)
        self.follow_up_button.setVisible(m.is_signed and self._can_sign)

    def set_can_sign(self, can: bool) -> None:
        """False in a read-only view: nothing here may change the meeting."""
        self._can_sign = can
        self._update_rows()

    # -- signing ----------------------------------------------------------------------------
    def open_sign_dialog(self, role: str) -> bool:
        """Let ``role`` sign in a SignDialog; returns True when they signed."""
        dialog = self.make_sign_dialog(role)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.after_signing(role)
        return True

    def make_sign_dialog(self, role: str) -> SignDialog:
        return SignDialog(self._meeting, role, self._lang, self)

    def after_signing(self, role: str) -> None:
        """Refresh, tell the host to save, and announce the lock when both have signed."""
        _show_error(self.sign_error, "")
        self.refresh()
        self.signed.emit(role)
        if self._meeting.is_signed:
            self.locked.emit()
            self.new_version_button.setFocus()
        else:
            other = next(r for r in ROLES if r != role)
            self.rows[other].sign_button.setFocus()

    def remove_signature(self, role: str) -> bool:
        """Take back one signature before both have signed (e.g. the wrong person signed)."""
        sig = self._meeting.signature(role)
        if sig is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Fjern underskrift"),
            self.tr("Vil du fjerne underskriften fra %1?").replace("%1", sig.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._meeting.remove_signature(role)
        except MeetingError as exc:
            _show_error(self.sign_error, str(exc))
            return False
        self.refresh()
        # The host saves on this signal too: the signatures changed.
        self.signed.emit(role)
        return True

    # -- output -----------------------------------------------------------------------------
    def _plain_os_error(self, exc: OSError, target: Path) -> str:
        """Why the PDF file could not be written, in words the user can act on."""
        kind = failure_kind(exc)
        if kind == "full":
            return self.tr("PDF'en blev ikke gemt: disken er fuld. Frigør plads, og prøv igen.")
        if kind == "denied":
            return self.tr(
                "PDF'en blev ikke gemt: programmet har ikke lov til at skrive i mappen %1. "
                "Vælg en anden mappe."
            ).replace("%1", str(target.parent))
        if kind == "missing":
            return self.tr("PDF'en blev ikke gemt: mappen %1 findes ikke.").replace(
                "%1", str(target.parent)
            )
        reason = exc.strerror or str(exc)
        return self.tr("PDF'en blev ikke gemt (%1).").replace("%1", reason)

    def _on_save_clicked(self) -> None:
        self.save_pdf()

    def make_preview_dialog(self) -> PdfPreviewDialog:
        m = self._meeting
        title = self.tr("Aftale om hjemmearbejde – %1").replace("%1", m.employee_name)
        return PdfPreviewDialog(self._pdf, title, self)

    def show_preview(self) -> None:
        """Open the PDF in a preview window with a Print button (same bytes)."""
        if not self._pdf:
            return
        self.make_preview_dialog().exec()

    def save_pdf(self, target: Path | None = None) -> str | None:
        """Save the PDF through ``export_pdf`` (so the export is recorded); returns its sha256.

        Without ``target`` a file dialog asks where, suggesting "Hjemmearbejde-…pdf".
        """
        if target is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Gem som PDF"),
                str(Path(folder or Path.home()) / self.default_file_name()),
                self.tr("PDF-dokumenter (*.pdf)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if self.save_meeting is not None and not self.save_meeting():
            _show_error(
                self.save_status,
                self.tr("PDF'en blev ikke gemt, fordi mødet ikke kunne gemmes først."),
            )
            return None
        try:
            sha = export_pdf(
                self._store,
                self._meeting.id,
                target,
                lang=self.pdf_lang,
                include_private=self.include_private.isChecked(),
            )
        except OSError as exc:
            _show_error(self.save_status, self._plain_os_error(exc, target))
            return None
        except (StoreError, MeetingError) as exc:
            _show_error(
                self.save_status, self.tr("PDF'en blev ikke gemt: %1").replace("%1", str(exc))
            )
            return None
        if self._pdf and sha != hashlib.sha256(self._pdf).hexdigest():
            # The store held another state of the meeting than the one shown (not yet saved).
            _show_error(
                self.save_status,
                self.tr(
                    "PDF'en er gemt i %1, men den svarer ikke helt til visningen, fordi de "
                    "seneste ændringer ikke var gemt. Gem mødet, og gem PDF'en igen."
                ).replace("%1", str(target)),
            )
            return sha
        self.save_status.setText(self.tr("✓ Gemt: %1").replace("%1", str(target)))
        self.save_status.setVisible(True)
        return sha
