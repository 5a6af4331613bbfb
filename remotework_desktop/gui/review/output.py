"""The review page's output: the PDF shown in a preview window to print, or saved as a file
through ``export_pdf`` (so the export is recorded), and why a save failed in plain words."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from remotework_desktop.core.atomic import failure_kind
from remotework_desktop.core.meetings import MeetingError
from remotework_desktop.core.store import StoreError
from remotework_desktop.gui.widgets import show_error

if TYPE_CHECKING:  # imported when first used: opening a meeting does not wait for it
    from remotework_desktop.gui.review.printing import PdfPreviewDialog
    from remotework_desktop.gui.review.review_page import ReviewPage


class PdfOutput(QObject):
    """Print and save the PDF of one review page (the page keeps the buttons and status)."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page

    def _plain_os_error(self, exc: OSError, target: Path) -> str:
        """Why the PDF file could not be written, in words the user can act on."""
        kind = failure_kind(exc)
        if kind == "full":
            return self.tr("PDF'en blev ikke gemt: disken er fuld. Frigør plads, og prøv igen.")
        if kind == "denied":
            return self.tr(
                "PDF'en blev ikke gemt: programmet har ikke lov til at skrive i mappen {0}. "
                "Vælg en anden mappe."
            ).format(str(target.parent))
        if kind == "missing":
            return self.tr("PDF'en blev ikke gemt: mappen {0} findes ikke.").format(
                str(target.parent)
            )
        reason = exc.strerror or str(exc)
        return self.tr("PDF'en blev ikke gemt ({0}).").format(reason)

    def make_preview_dialog(self) -> PdfPreviewDialog:
        from remotework_desktop.gui.review.printing import PdfPreviewDialog

        m = self.page._meeting
        title = self.tr("Aftale om hjemmearbejde – {0}").format(m.employee_name)
        return PdfPreviewDialog(self.page._pdf, title, self.page)

    def show_preview(self) -> None:
        """Open the PDF in a preview window with a Print button (same bytes)."""
        if not self.page.pdf_bytes():
            return
        self.page.make_preview_dialog().exec()

    def save_pdf(self, target: Path | None = None) -> str | None:
        """Save the PDF through ``export_pdf`` (so the export is recorded); returns its sha256.

        Without ``target`` a file dialog asks where, suggesting "Hjemmearbejde-…pdf".
        """
        if target is None:
            # Here, not with the module: building the review page does not make these classes.
            from PySide6.QtCore import QStandardPaths
            from PySide6.QtWidgets import QFileDialog

            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self.page,
                self.tr("Gem som PDF"),
                str(Path(folder or Path.home()) / self.page.default_file_name()),
                self.tr("PDF-dokumenter (*.pdf)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if self.page.save_meeting is not None and not self.page.save_meeting():
            show_error(
                self.page.save_status,
                self.tr("PDF'en blev ikke gemt, fordi mødet ikke kunne gemmes først."),
            )
            return None
        from remotework_desktop.core.pdf.export import export_pdf

        try:
            sha = export_pdf(
                self.page._store,
                self.page._meeting.id,
                target,
                lang=self.page.pdf_lang,
                include_private=self.page.include_private.isChecked(),
            )
        except OSError as exc:
            show_error(self.page.save_status, self._plain_os_error(exc, target))
            return None
        except (StoreError, MeetingError) as exc:
            show_error(
                self.page.save_status, self.tr("PDF'en blev ikke gemt: {0}").format(str(exc))
            )
            return None
        shown = self.page.pdf_bytes()
        if shown and sha != hashlib.sha256(shown).hexdigest():
            # The store held another state of the meeting than the one shown (not yet saved).
            show_error(
                self.page.save_status,
                self.tr(
                    "PDF'en er gemt i {0}, men den svarer ikke helt til visningen, fordi de "
                    "seneste ændringer ikke var gemt. Gem mødet, og gem PDF'en igen."
                ).format(str(target)),
            )
            return sha
        self.page.save_status.setText(self.tr("✓ Gemt: {0}").format(str(target)))
        self.page.save_status.setVisible(True)
        return sha
