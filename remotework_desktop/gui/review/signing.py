"""Signing on the review page: the two signer rows, the lock banner, the guard before the first
signature (items not discussed, answers refused), signing in a SignDialog and taking a
signature back. Every rule about signing lives in ``Meeting.sign``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.formatting import format_datetime, role_label
from remotework_desktop.core.meetings import ROLES, MeetingError
from remotework_desktop.gui.widgets import show_error

if TYPE_CHECKING:  # imported when first used: opening a meeting does not wait for it
    from remotework_desktop.gui.review.review_page import ReviewPage
    from remotework_desktop.gui.review.sign_dialog import SignDialog


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
        # The buttons under the text: beside it they make the page wider than the window
        # at a large zoom.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class Signing(QObject):
    """The signing flow of one review page (the page keeps the widgets and the signals)."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page

    def update_rows(self) -> None:
        m = self.page._meeting
        lang = self.page._lang
        for role, row in self.page.rows.items():
            label = role_label(role, lang)
            name = m.manager_name if role == "manager" else m.employee_name
            sig = m.signature(role)
            if sig is None:
                text = self.tr("{0}: {1} – ikke underskrevet").format(label, name)
            else:
                when = format_datetime(sig.signed_at, lang)
                way = self.tr("tegnet") if sig.method == "drawn" else self.tr("med navn")
                name = sig.name
                text = self.tr("{0}: {1} – underskrevet {2} ({3})").format(label, name, when, way)
            row.text.setText(("✓ " if sig else "○ ") + text)
            row.setAccessibleName(text)
            row.text.setAccessibleName(text)
            # Each button its own mnemonic (Alt+U / Alt+M), distinct from the rest of the page.
            if role == "manager":
                row.sign_button.setText(self.tr("&Underskriv som leder …"))
            else:
                row.sign_button.setText(self.tr("Underskriv som &medarbejder …"))
            row.sign_button.setAccessibleName(
                self.tr("Underskriv som {0}, {1}").format(label.lower(), name)
            )
            row.remove_button.setText(self.tr("Fjern underskrift"))
            row.remove_button.setAccessibleName(self.tr("Fjern underskriften fra {0}").format(name))
            row.sign_button.setVisible(sig is None and not m.is_signed and self.page._can_sign)
            row.remove_button.setVisible(
                sig is not None and not m.is_signed and self.page._can_sign
            )
        if m.is_signed:
            from remotework_desktop.core.pdf.printed import printed_fingerprint

            # The fingerprint the PDF shown prints on every page (private items as chosen).
            include = self.page.include_private.isChecked()
            fingerprint = printed_fingerprint(m, include_private=include)
            short = " ".join(fingerprint[i : i + 4] for i in range(0, 12, 4))
            self.page.banner.setText(
                self.tr(
                    "Låst: Aftalen er underskrevet af begge og kan ikke ændres. Fingeraftryk: {0}. "
                    "Vil I ændre noget, så start en ny version."
                ).format(short)
            )
        self.page.show_banner(m.is_signed)
        self.page.new_version_button.setVisible(m.is_signed and self.page._can_sign)
        self.page.follow_up_button.setVisible(m.is_signed and self.page._can_sign)

    def open_sign_dialog(self, role: str) -> bool:
        """Let ``role`` sign in a SignDialog; returns True when they signed.

        Before the first signature, a plan with items not discussed or answers refused
        asks first, says how many, and offers to go to the first of them.
        """
        if not self.page._meeting.signatures and not self._check_complete():
            return False
        dialog = self.page.make_sign_dialog(role)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.after_signing(role)
        return True

    def _check_complete(self) -> bool:
        """True to go on signing; False when they chose to go back (or to the first gap)."""
        undiscussed, refused = self.page._meeting.signing_gaps()
        if self.page.refused_on_screen is not None:
            refused = refused + [k for k in self.page.refused_on_screen() if k not in refused]
        tasks = self.page._meeting.task_gaps()  # tasks not assessed yet count as gaps too
        if not undiscussed and not refused and not tasks:
            return True
        counts = (len(undiscussed), len(refused))
        choice = (
            self.page.confirm_incomplete(*counts, tasks=len(tasks))
            if tasks
            else self.page.confirm_incomplete(*counts)
        )
        if choice == "sign":
            return True
        if choice == "jump":
            if refused or undiscussed:
                first = (refused or undiscussed)[0]
                self.page.jump_requested.emit(first[0], first[1])
            else:
                self.page.task_jump_requested.emit(tasks[0])
        return False

    def confirm_incomplete(self, undiscussed: int, refused: int, tasks: int = 0) -> str:
        """Ask: 'sign' anyway, 'jump' to the first gap, or 'cancel' (tests replace it)."""
        text = self.tr(
            "Planen er ikke færdig: {n} punkter er ikke drøftet, og {k} svar er ikke gyldige. "
            "Vil I underskrive alligevel?"
        ).format(n=undiscussed, k=refused)
        if tasks:
            text = (
                self.tr(
                    "Planen er ikke færdig: {n} punkter er ikke drøftet, {k} svar er ikke "
                    "gyldige, og 1 opgave er ikke vurderet endnu. Vil I underskrive alligevel?"
                )
                if tasks == 1
                else self.tr(
                    "Planen er ikke færdig: {n} punkter er ikke drøftet, {k} svar er ikke "
                    "gyldige, og {t} opgaver er ikke vurderet endnu. Vil I underskrive alligevel?"
                )
            ).format(n=undiscussed, k=refused, t=tasks)
        title = self.tr("Underskrive en plan, der ikke er færdig?")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.page)
        sign = box.addButton(self.tr("&Underskriv alligevel"), QMessageBox.ButtonRole.AcceptRole)
        jump = box.addButton(self.tr("&Gå til det første"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(self.tr("&Fortryd"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(jump)
        box.setEscapeButton(cancel)
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        box.exec()
        clicked = box.clickedButton()
        return "sign" if clicked is sign else "jump" if clicked is jump else "cancel"

    def make_sign_dialog(self, role: str) -> SignDialog:
        from remotework_desktop.gui.review.sign_dialog import SignDialog

        return SignDialog(self.page._meeting, role, self.page._lang, self.page)

    def after_signing(self, role: str) -> None:
        """Tell the host to save, refresh, and announce the lock when both have signed."""
        show_error(self.page.sign_error, "")
        # Saved before the render starts: the signed plan's sealed PDF is kept only when it
        # is the meeting as stored (core/store/signed_pdfs.py).
        self.page.signed.emit(role)
        self.page.refresh()
        if self.page._meeting.is_signed:
            self.page.locked.emit()
            self.page.new_version_button.setFocus()
        else:
            other = next(r for r in ROLES if r != role)
            self.page.rows[other].sign_button.setFocus()

    def remove_signature(self, role: str) -> bool:
        """Take back one signature before both have signed (e.g. the wrong person signed)."""
        sig = self.page._meeting.signature(role)
        if sig is None:
            return False
        answer = QMessageBox.question(
            self.page,
            self.tr("Fjern underskrift"),
            self.tr("Vil du fjerne underskriften fra {0}?").format(sig.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.page._meeting.remove_signature(role)
        except MeetingError as exc:
            show_error(self.page.sign_error, str(exc))
            return False
        self.page.refresh()
        # The host saves on this signal too: the signatures changed.
        self.page.signed.emit(role)
        return True
