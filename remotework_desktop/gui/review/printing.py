"""Print PDF bytes, and the preview window with its Print button: the printout is the very
document shown and saved, rendered page by page by PDFium at the printer's resolution.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.gui.review.pdf_view import (
    POINTS_PER_INCH,
    PdfError,
    PdfView,
    open_pdf,
    render_page,
)

# Printing at the printer's full "high resolution" (1200 dpi for PDF output) would need
# over half a gigabyte per A4 page; 300 dpi is print quality for text and line art.
MAX_PRINT_DPI = 300.0


def _pages_to_print(printer: QPrinter, total: int) -> list[int]:
    """Zero-based page numbers the print dialog asked for (all pages when no range given)."""
    everything = list(range(total))
    range_kind = printer.printRange()
    if range_kind == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [i for i in everything if ranges.contains(i + 1)]
        first, last = printer.fromPage(), printer.toPage()
        if first > 0:
            last = last if last > 0 else total
            return [i for i in everything if first - 1 <= i <= last - 1]
    return everything


def print_pdf_bytes(data: bytes, printer: QPrinter) -> int:
    """Print the pages of ``data`` the printer's range asks for; returns the pages printed.

    Each page is rendered by PDFium at the printer's resolution (capped at 300 dpi) and
    scaled to fit the printable area, keeping its aspect ratio.
    """
    with open_pdf(data) as doc:
        wanted = _pages_to_print(printer, len(doc))
        if not wanted:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise PdfError(
                QCoreApplication.translate(
                    "PdfView", "Printeren kunne ikke startes. Tjek at den er tændt og valgt."
                )
            )
        printed = 0
        try:
            dpi = min(float(printer.resolution()), MAX_PRINT_DPI)
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            target_w, target_h = float(area.width()), float(area.height())
            for index in wanted:
                if printed and not printer.newPage():
                    raise PdfError(
                        QCoreApplication.translate(
                            "PdfView", "Printeren stoppede midt i udskriften."
                        )
                    )
                page = doc[index]
                try:
                    image = render_page(page, dpi / POINTS_PER_INCH)
                finally:
                    page.close()
                fit = min(target_w / image.width(), target_h / image.height())
                w, h = image.width() * fit, image.height() * fit
                rect = QRectF((target_w - w) / 2, (target_h - h) / 2, w, h)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(rect, image)
                printed += 1
        finally:
            painter.end()
        return printed


class PdfPreviewDialog(QDialog):
    """A window with the PDF's pages and a Print button that prints those same bytes."""

    printed = Signal(int)

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = bytes(data)
        self._title = title
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.view = PdfView(self)
        self.view.set_pdf(self._data)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status for udskrift"))
        self.print_button = QPushButton(self.tr("&Udskriv …"))
        self.print_button.setAccessibleName(self.tr("Udskriv dokumentet"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.close_button = QPushButton(self.tr("&Luk"))
        self.close_button.setAccessibleName(self.tr("Luk forhåndsvisningen"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        self.resize(900, 1000)
        self.view.setFocus()

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        return printer

    def print_document(self) -> int:
        """Ask where and what to print with Qt's print dialog, then print the same bytes."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv"))
        dialog.setMinMax(1, self.view.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        # Rasterising at print resolution takes a moment per page (about 0.25 s).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = print_pdf_bytes(self._data, printer)
        except PdfError as exc:
            self.status.setText(self.tr("Fejl: {0}").format(str(exc)))
            return 0
        finally:
            QApplication.restoreOverrideCursor()
        self.status.setText(self.tr("{0} sider sendt til printeren.").format(str(count)))
        self.printed.emit(count)
        return count
