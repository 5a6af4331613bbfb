"""PDF bytes read with PDFium (pypdfium2): opened, pages rasterised, their text read.

Used by the window's view of the plan (``pdf_view``) and by printing (``printing``). PDFium
is imported when a PDF is first read, not with this module.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    import pypdfium2 as pdfium

POINTS_PER_INCH = 72.0
_LITTLE_ENDIAN = sys.byteorder == "little"


class PdfError(Exception):
    """The PDF could not be read or printed; the message is plain Danish for the user."""


# PDFium is not thread-safe, not even across documents: every use of it (the window's
# pages, the print worker's bands) happens while holding this lock.
PDFIUM_LOCK = threading.RLock()


@contextmanager
def open_pdf(data: bytes) -> Iterator[pdfium.PdfDocument]:
    """The document, with ``PDFIUM_LOCK`` held until it is closed again."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise PdfError(
                QCoreApplication.translate(
                    "PdfView", "PDF-filen kunne ikke læses. Den er måske beskadiget."
                )
            ) from exc
        try:
            yield doc
        finally:
            doc.close()


def render_page(
    page: pdfium.PdfPage, scale: float, crop: tuple[float, float, float, float] = (0, 0, 0, 0)
) -> QImage:
    """Render one page at ``scale`` pixels per PDF point into a QImage (no Pillow needed).

    ``crop`` cuts (left, bottom, right, top) points off, to render one band of the page.
    """
    import pypdfium2.raw as pdfium_raw

    bitmap = page.render(
        scale=scale,
        crop=crop,
        force_bitmap_format=pdfium_raw.FPDFBitmap_BGRx,
        # BGRx bytes are QImage's RGB32 (0xffRRGGBB) on a little-endian machine: the format
        # a QPixmap keeps, so showing the page converts nothing (RGBX8888 took ~3.5 ms a
        # page). Elsewhere the reversed order, RGBx, is RGBX8888 on any endianness.
        rev_byteorder=not _LITTLE_ENDIAN,
        fill_color=(255, 255, 255, 255),
    )
    try:
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB32 if _LITTLE_ENDIAN else QImage.Format.Format_RGBX8888,
        )
        # The QImage only borrows the buffer; copy before the bitmap is freed.
        return image.copy()
    finally:
        bitmap.close()


def read_page_text(doc: pdfium.PdfDocument, index: int) -> str:
    page = doc[index]
    textpage = page.get_textpage()
    try:
        return str(textpage.get_text_range().replace("\r\n", "\n").strip())
    finally:
        textpage.close()
        page.close()


def page_texts(data: bytes) -> list[str]:
    """The text of each page, for screen readers (the page images alone say nothing)."""
    with open_pdf(data) as doc:
        return [read_page_text(doc, index) for index in range(len(doc))]
