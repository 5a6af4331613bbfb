"""Print PDF bytes, and the preview window with its Print button: the printout is the very
document shown and saved, rendered page by page by PDFium at the printer's resolution.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QThread, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.gui.review.pdf_pages import (
    POINTS_PER_INCH,
    PdfError,
    open_pdf,
    render_page,
)
from remotework_desktop.gui.review.pdf_view import PdfView

# The printer's own "high resolution" is 1200 dpi for PDF output, over half a gigabyte per
# A4 page as a bitmap. The printer is set to at most 300 dpi (print quality for text and
# line art) before printing starts, and each page is rasterised at exactly that resolution:
# one bitmap pixel is one printer pixel, nothing is scaled. 600 dpi was measured too: the
# 9-page plan then took 14 s and a 23 MB print file (Qt compresses every pixel), 300 dpi
# 4 s and 8 MB.
MAX_PRINT_DPI = 300
# Pages are rasterised in horizontal bands of this many printer pixels (~1.6 MB at
# 300 dpi), so a page never needs its whole bitmap in memory, and each band is one short
# call holding Python's GIL: the window's event loop keeps running while printing.
BAND_PIXELS = 160


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


def _stopped() -> PdfError:
    return PdfError(QCoreApplication.translate("PdfView", "Printeren stoppede midt i udskriften."))


def _draw_page(painter: QPainter, data: bytes, index: int, dpi: int, area_w: int, area_h: int):
    """Rasterise page ``index`` at ``dpi`` in bands, fitted and centred in the area."""
    # PDFium is not thread-safe: open_pdf holds its lock while this one page is printed
    # (a fraction of a second), so the window can render its own pages in between.
    with open_pdf(data) as doc:
        page = doc[index]
        try:
            width_pt, height_pt = page.get_size()
            # Pixels per point: the printer's resolution, shrunk only if the page won't fit.
            scale = dpi / POINTS_PER_INCH
            scale *= min(1.0, area_w / (width_pt * scale), area_h / (height_pt * scale))
            page_w, page_h = round(width_pt * scale), round(height_pt * scale)
            left, top = (area_w - page_w) // 2, (area_h - page_h) // 2
            for band_top in range(0, page_h, BAND_PIXELS):
                band_bottom = min(page_h, band_top + BAND_PIXELS)
                # Crop is in points from each edge; whole pixels, so the bands meet exactly.
                crop = (0.0, (page_h - band_bottom) / scale, 0.0, band_top / scale)
                image = render_page(page, scale, crop=crop)
                painter.drawImage(QPointF(left, top + band_top), image)
        finally:
            page.close()


def print_pdf_bytes(
    data: bytes,
    printer: QPrinter,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print the pages of ``data`` the printer's range asks for; returns the pages printed.

    Runs in any thread (the print job's worker calls it). The printer's resolution is set
    to at most ``MAX_PRINT_DPI`` and each page is rasterised by PDFium at exactly that
    resolution. ``progress(done, total)`` is called after each page; when ``cancelled()``
    turns true the print run is aborted and the pages printed so far are returned.
    """
    with open_pdf(data) as doc:
        total = len(doc)
    wanted = _pages_to_print(printer, total)
    if not wanted:
        return 0
    if printer.resolution() > MAX_PRINT_DPI:
        printer.setResolution(MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfError(
            QCoreApplication.translate(
                "PdfView", "Printeren kunne ikke startes. Tjek at den er tændt og valgt."
            )
        )
    printed = 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for index in wanted:
            if cancelled is not None and cancelled():
                printer.abort()
                break
            if printed and not printer.newPage():
                raise _stopped()
            _draw_page(painter, data, index, dpi, area.width(), area.height())
            printed += 1
            if progress is not None:
                progress(printed, len(wanted))
    finally:
        painter.end()
    return printed


# Jobs still running: a QThread must outlive its run, even if its dialog is deleted first.
_RUNNING: set[QThread] = set()


def wait_for_jobs() -> None:
    """Before the program ends: let a print under way finish (it was asked for)."""
    for job in list(_RUNNING):
        job.wait()
    _RUNNING.clear()


class PrintJob(QThread):
    """Prints PDF bytes in a worker thread, so the window never waits for the printer."""

    progress = Signal(int, int)  # pages done, pages to print
    failed = Signal(str)  # a plain message for the user
    finished_printing = Signal(int, bool)  # pages printed, whether it was cancelled

    def __init__(self, data: bytes, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _RUNNING.difference_update([job for job in _RUNNING if job.isFinished()])
        _RUNNING.add(self)
        self._data = bytes(data)
        self.printer = printer
        self._cancel = threading.Event()
        self.worker_thread: threading.Thread | None = None  # the thread that printed

    def cancel(self) -> None:
        """Stop after the page being printed now; the print run is aborted."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        self.worker_thread = threading.current_thread()
        try:
            count = print_pdf_bytes(self._data, self.printer, self.progress.emit, self.is_cancelled)
        except PdfError as exc:
            self.failed.emit(str(exc))
            return
        self.finished_printing.emit(count, self.is_cancelled())


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

    def print_document(self) -> PrintJob | None:
        """Ask where and what to print with Qt's print dialog, then print the same bytes.

        The pages are rendered and sent in a worker thread (``PrintJob``) while a progress
        dialog, which can cancel, shows how far it is; ``printed`` is emitted when done.
        """
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv"))
        dialog.setMinMax(1, self.view.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        job = self.job = PrintJob(self._data, printer)
        self.progress = QProgressDialog(
            self.tr("Udskriver …"),
            self.tr("&Annuller"),
            0,
            len(_pages_to_print(printer, self.view.page_count())),
            self,
        )
        self.progress.setWindowTitle(self.tr("Udskriver"))
        self.progress.setAccessibleName(self.tr("Udskriver"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(job.cancel)
        job.progress.connect(self._on_progress)
        job.failed.connect(self._on_failed)
        job.finished_printing.connect(self._on_printed)
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Udskriver …"))
        job.start()
        self.progress.setValue(0)
        self.progress.show()
        return job

    def done(self, result: int) -> None:
        # Closing the preview while printing cancels the print run (after the current page).
        job = getattr(self, "job", None)
        if job is not None and job.isRunning():
            job.cancel()
            job.wait()
        super().done(result)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            self.tr("Udskriver side {0} af {1} …").format(str(min(done + 1, total)), str(total))
        )

    def _job_over(self) -> None:
        self.progress.close()
        self.print_button.setEnabled(True)
        self.job.wait()

    def _on_failed(self, message: str) -> None:
        self._job_over()
        self.status.setText(self.tr("Fejl: {0}").format(message))

    def _on_printed(self, count: int, cancelled: bool) -> None:
        self._job_over()
        if cancelled:
            self.status.setText(self.tr("Udskriften blev annulleret."))
            return
        self.status.setText(self.tr("{0} sider sendt til printeren.").format(str(count)))
        self.printed.emit(count)
