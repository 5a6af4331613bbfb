"""Page furniture (footer, page x of y, draft marks) and the attached agreement data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from remotework_desktop.core.pdf.constants import ATTACHMENT_NAME, CREATOR, FORMAT
from remotework_desktop.core.pdf.styles import (
    DRAFT,
    DRAFT_TINT,
    FONT,
    FONT_BOLD,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
)
from remotework_desktop.core.text import t
from remotework_desktop.core.text_rules import printable

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting


def _attach_json(canvas: Canvas, payload: bytes, description: str) -> None:
    """Add ``payload`` as a standard attachment (/Names /EmbeddedFiles) to the document.

    The stream is left uncompressed on purpose: the agreement stays readable in any text
    editor, and the format marker can be found even in a damaged file. It holds only what
    the pages print, so it shows nothing a reader of the printout could not read.
    """
    doc = canvas._doc
    params = PDFDictionary({"Size": len(payload)})
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": PDFName("application#2Fjson"),
                "Params": params,
            }
        ),
        content=payload,
    )
    stream_ref = doc.Reference(stream)
    filespec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(ATTACHMENT_NAME),
            "UF": PDFString(ATTACHMENT_NAME),
            "Desc": PDFString(description),
            "AFRelationship": PDFName("Data"),
            "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
        }
    )
    filespec_ref = doc.Reference(filespec)
    names = PDFDictionary({"Names": PDFArray([PDFString(ATTACHMENT_NAME), filespec_ref])})
    doc.Catalog.Names = PDFDictionary({"EmbeddedFiles": names})
    # PDF/A-3 style association too, so viewers that look for /AF find it.
    doc.Catalog.AF = PDFArray([filespec_ref])


def make_document(buffer: IO[bytes], meeting: Meeting, lang: str) -> SimpleDocTemplate:
    """The document the plan is laid out in, writing to ``buffer``: A4, the margins, and
    what a PDF reader shows as its title, author and subject (invariant: same meeting,
    same bytes)."""
    company, employee = (
        printable(t, multiline=False) for t in (meeting.company, meeting.employee_name)
    )
    author = company
    if meeting.manager_name:
        author = f"{company} ({printable(meeting.manager_name, multiline=False)})"
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{t('pdf.title', lang)} – {employee}",
        author=author,
        subject=t("pdf.subject", lang, company=company, employee=employee),
        creator=CREATOR,
        keywords=FORMAT,
        lang="da-DK" if lang == "da" else "en",
        invariant=1,
    )


# -- page furniture -----------------------------------------------------------------------
class FirstPageDone(Exception):
    """Raised by a first-page canvas once page 1 is laid out: the build stops there."""


def _make_canvas(
    *,
    lang: str,
    version: int,
    fingerprint: str | None,
    payload: bytes,
    description: str,
    created: str,
    first_page_only: bool = False,
) -> Callable[..., Canvas]:
    """A canvas class that knows the page count before it draws each footer.

    ``first_page_only``: the build stops with FirstPageDone once page 1 is laid out, and
    ``save`` writes that page alone, its footer saying "Side 1 af …" (the total not known).
    """

    class _ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # Keep the page; it is drawn in save(), once the total is known.
            self._pages.append(dict(self.__dict__))
            if first_page_only:
                raise FirstPageDone("page 1 laid out")
            self._startPage()

        def save(self) -> None:
            total: int | str = "…" if first_page_only else len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            _attach_json(self, payload, description)
            # Invariant mode would stamp 2000-01-01; the meeting's own time keeps the bytes
            # identical for identical input and tells a reader when the plan was made.
            self._doc.info._dateFormatter = lambda *_: created
            Canvas.save(self)

        def _footer(self, total: int | str) -> None:
            width, _ = A4
            y = 12 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, y + 5 * mm, width - MARGIN_X, y + 5 * mm)
            self.setFont(FONT, 9)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y, t("pdf.page", lang, x=self._pageNumber, y=total))
            self.drawCentredString(width / 2, y, f"{t('pdf.version', lang)} {version}")
            if fingerprint:
                right = f"{t('pdf.fingerprint', lang)} {fingerprint[:12]}"
            else:
                self.setFillColor(DRAFT)
                self.setFont(FONT_BOLD, 9)
                right = t("pdf.draft_footer", lang)
            self.drawRightString(width - MARGIN_X, y, right)
            self.restoreState()

    return _ReportCanvas


def _pdf_date(iso: str) -> str:
    """A PDF date (D:YYYYMMDDHHmmSS+00'00') in UTC from an ISO timestamp of the meeting."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return "D:20000101000000+00'00'"
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return when.strftime("D:%Y%m%d%H%M%S+00'00'")


def _draw_draft_marks(canvas: Canvas, lang: str) -> None:
    """A banner at the top and a faint diagonal word, behind the content of every page."""
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(DRAFT_TINT)
    canvas.setStrokeColor(DRAFT)
    canvas.setLineWidth(0.8)
    top = height - 9 * mm
    canvas.roundRect(MARGIN_X, top - 7 * mm, width - 2 * MARGIN_X, 8 * mm, 2 * mm, fill=1)
    canvas.setFillColor(DRAFT)
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawCentredString(width / 2, top - 4.3 * mm, t("pdf.draft_banner", lang))
    canvas.setFillColor(DRAFT, alpha=0.08)
    canvas.setFont(FONT_BOLD, 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -38, t("pdf.draft", lang))
    canvas.restoreState()
