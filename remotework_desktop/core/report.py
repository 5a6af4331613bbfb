"""The signed PDF: the agreed plan first, then every checklist's answers.

Rendered with ReportLab in invariant mode, so the same meeting gives the same bytes (the
export registry and the tests rely on that). Exactly the data the pages print travels inside
the file as a standard PDF attachment ("aftale.json"), with its fingerprint, so ``verify``
can check a PDF on its own; a private item left off the pages is left out of it too.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from functools import lru_cache
from html import escape as _html_escape
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from remotework_desktop.core import formatting as fmt
from remotework_desktop.core import paths
from remotework_desktop.core.checklists import WEEKDAYS, is_answered
from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.followups import (
    CHANGED,
    KEPT,
    NEW,
    change_label,
    follow_up_label,
    item_changes,
)
from remotework_desktop.core.meetings import ROLES, Meeting, Signature
from remotework_desktop.core.pdf_constants import ATTACHMENT_NAME, FORMAT
from remotework_desktop.core.text_rules import json_safe, printable

CREATOR = "remotework-desktop"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

# Calm colours: dark text, one muted blue for structure, a warm tone for the draft marks.
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c8d1dc")
TINT = colors.HexColor("#eef3f8")
DRAFT = colors.HexColor("#b35900")
DRAFT_TINT = colors.HexColor("#fff1e0")

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
LABEL_W = 50 * mm
SIGNATURE_H = 22 * mm
STATUS_W = 38 * mm
# Text longer than this may not fit on one page: let it flow instead of keeping it whole.
LONG_TEXT = 1200
# A follow-up's "what has changed" names at most this many items, then how many more.
CHANGES_LISTED = 12

# The plan rows, in the order a reader expects them.
PLAN_ORDER: tuple[str, ...] = (
    "reason",
    "home_days",
    "schedule",
    "contact_hours",
    "contact_rhythm",
    "start_date",
    "trial_period",
    "evaluation_date",
    "ending",
    "equipment",
    "costs",
    "aids",
    "data_security",
)

T: dict[str, dict[str, str]] = {
    "title": {"da": "Aftalt plan for hjemmearbejde", "en": "Agreed plan for working from home"},
    "company": {"da": "Virksomhed", "en": "Company"},
    "manager": {"da": "Leder", "en": "Manager"},
    "employee": {"da": "Medarbejder", "en": "Employee"},
    "meeting_date": {"da": "Mødedato", "en": "Meeting date"},
    "version": {"da": "Version", "en": "Version"},
    "amends": {"da": "ændrer version {n}", "en": "amends version {n}"},
    "follows": {"da": "opfølgning på mødet den {d}", "en": "follows up the meeting of {d}"},
    "follows_nodate": {
        "da": "opfølgning på et tidligere møde",
        "en": "follows up an earlier meeting",
    },
    "arrangement": {"da": "Ordningen", "en": "The arrangement"},
    "no_arrangement": {
        "da": "Ordningen er ikke udfyldt endnu.",
        "en": "The arrangement has not been filled in yet.",
    },
    "actions": {"da": "Aftalte handlinger", "en": "Agreed actions"},
    "no_actions": {"da": "Ingen handlinger aftalt.", "en": "No actions agreed."},
    "what": {"da": "Hvad", "en": "What"},
    "owner": {"da": "Ansvarlig", "en": "Owner"},
    "deadline": {"da": "Frist", "en": "Deadline"},
    "done": {"da": "Udført", "en": "Done"},
    "follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "follow_up_date": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "follow_up_none": {"da": "Ingen dato aftalt", "en": "No date agreed"},
    "signatures": {"da": "Underskrifter", "en": "Signatures"},
    "typed": {"da": "Underskrevet med navn", "en": "Signed by typed name"},
    "drawn": {"da": "Underskrevet på skærmen", "en": "Signed on screen"},
    "signed_at": {"da": "Underskrevet", "en": "Signed"},
    "sign_here": {
        "da": "Ikke underskrevet i programmet. Underskriv her med pen:",
        "en": "Not signed in the program. Sign here by hand:",
    },
    "date_line": {"da": "Dato", "en": "Date"},
    "answers": {"da": "Tjeklisternes svar", "en": "The checklists' answers"},
    "note": {"da": "Note", "en": "Note"},
    "previous": {"da": "Aftalt sidst", "en": "Agreed last time"},
    "changes": {"da": "Hvad er ændret", "en": "What has changed"},
    "changes_counts": {
        "da": "I forhold til den underskrevne aftale: {kept} uændret, {changed} ændret, {new} nyt.",
        "en": "Against the signed agreement: {kept} kept, {changed} changed, {new} new.",
    },
    "changes_none": {
        "da": "Ingen svar er ændret i forhold til den underskrevne aftale.",
        "en": "No answer has changed against the signed agreement.",
    },
    "changes_more": {"da": "… og {n} mere", "en": "… and {n} more"},
    "private": {"da": "Fortroligt", "en": "Private"},
    "private_left_out": {
        "da": "{n} fortroligt punkt er ikke med i denne udskrift.",
        "en": "{n} private item is not included in this printout.",
    },
    "private_left_out_n": {
        "da": "{n} fortrolige punkter er ikke med i denne udskrift.",
        "en": "{n} private items are not included in this printout.",
    },
    "page": {"da": "Side {x} af {y}", "en": "Page {x} of {y}"},
    "fingerprint": {"da": "Fingeraftryk", "en": "Fingerprint"},
    "draft_footer": {"da": "KLADDE – ikke underskrevet", "en": "DRAFT – not signed"},
    "draft": {"da": "KLADDE", "en": "DRAFT"},
    "draft_banner": {
        "da": "KLADDE – ikke underskrevet af begge. Ikke en gyldig aftale.",
        "en": "DRAFT – not signed by both. Not a valid agreement.",
    },
    "subject": {
        "da": "Aftale om hjemmearbejde mellem {company} og {employee}",
        "en": "Home-work agreement between {company} and {employee}",
    },
    "reason": {"da": "Baggrund", "en": "Reason"},
    "home_days": {"da": "Hjemmedage pr. uge", "en": "Home days per week"},
    "schedule": {"da": "Ugeplan", "en": "Weekly schedule"},
    "contact_hours": {"da": "Kan kontaktes", "en": "Can be reached"},
    "contact_rhythm": {"da": "Kontakt og møder", "en": "Contact and meetings"},
    "start_date": {"da": "Start", "en": "Start"},
    "trial_period": {"da": "Prøveperiode", "en": "Trial period"},
    "evaluation_date": {"da": "Evaluering", "en": "Evaluation"},
    "ending": {"da": "Ophør", "en": "Ending"},
    "equipment": {"da": "Udstyr og IT", "en": "Equipment and IT"},
    "costs": {"da": "Udgifter", "en": "Costs"},
    "aids": {"da": "Hjælpemidler og støtte", "en": "Aids and support"},
    "data_security": {"da": "Datasikkerhed", "en": "Data security"},
}


def _t(key: str, lang: str, **kw: Any) -> str:
    text = T[key]["en" if lang == "en" else "da"]
    return text.format(**kw) if kw else text


# -- fonts and styles ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Set ReportLab up once per process: DejaVu (æ ø å and all of Danish), binary streams.

    The fonts are subsets (scripts/subset_fonts.py): a full DejaVu file took ~13 ms to parse.
    ASCII85 around the compressed streams only makes them 25 % larger and costs a pure
    Python pass over every page; this program is the only ReportLab user in its process.
    """
    rl_config.useA85 = 0
    folder = paths.resources_dir() / "fonts"
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=10.5, leading=14.5, textColor=INK, alignment=TA_LEFT
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, textColor=INK),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=25,
            spaceAfter=4 * mm,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=6 * mm,
            spaceAfter=2.5 * mm,
            textColor=ACCENT,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
            textColor=INK,
        ),
        "prompt": ParagraphStyle("prompt", parent=base, fontName=FONT_BOLD),
        "status": ParagraphStyle("status", parent=base, fontSize=9.5, leading=13, textColor=MUTED),
        "answer": ParagraphStyle(
            "answer", parent=base, leftIndent=4, rightIndent=STATUS_W, spaceBefore=1
        ),
        "note": ParagraphStyle(
            "note",
            parent=base,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            leftIndent=4,
            rightIndent=STATUS_W,
            spaceBefore=2,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=13.5),
        "cellhead": ParagraphStyle(
            "cellhead", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13.5
        ),
    }


class _Paragraph(Paragraph):
    """A Paragraph that keeps its line breaks when it is wrapped again at the same width.

    Platypus wraps most paragraphs two or three times at one width (KeepTogether, the
    table, the frame), and breaking lines is the costliest step of a render. The result
    depends only on the text, style and width, so reusing it changes no byte. ``split``
    may drop or replace ``blPara``; the cache then no longer matches and is not used.
    """

    _wrapped: tuple[float, Any, tuple[float, float]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        cached = self._wrapped
        if (
            cached is not None
            and cached[0] == avail_width
            and self.__dict__.get("blPara") is cached[1]
            and (self.width, self.height) == cached[2]
        ):
            return cached[2]
        size = super().wrap(avail_width, avail_height)
        self._wrapped = (avail_width, self.__dict__.get("blPara"), size)
        return size


def escape(text: str) -> str:
    """Text for a paragraph's markup: markup characters escaped, and any character that
    cannot be shown (a control character, a lone surrogate in old data) as U+FFFD."""
    return _html_escape(printable(text))


def _p(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text: markup characters escaped, line breaks kept."""
    return _Paragraph(escape(text).replace("\n", "<br/>"), _styles()[style])


def _heading(text: str, style: str) -> list[Flowable]:
    """A heading that is never left alone at the foot of a page.

    A conditional break rather than keepWithNext: that would glue the heading to the whole
    following table and push a long table (and a page of white) onto the next page.
    """
    return [CondPageBreak(35 * mm if style == "h2" else 28 * mm), _p(text, style)]


def _rule() -> Flowable:
    return HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=0)


def _pm(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted markup (every user value inside it already escaped)."""
    return _Paragraph(markup, _styles()[style])


# -- what is printed, and the embedded data ----------------------------------------------
def printed_items(meeting: Meeting, include_private: bool) -> dict[str, set[str]]:
    """Per checklist, the items the PDF prints: the visible ones, less the private ones.

    A private item is printed only when ``include_private`` asks for it on purpose.
    """
    return {
        ref.id: {
            item.id
            for item in meeting.visible_items(ref.id)
            if include_private or not meeting.entry(ref.id, item.id).private
        }
        for ref in meeting.checklists
    }


def printed_data(meeting: Meeting, *, include_private: bool) -> dict[str, Any]:
    """The meeting's canonical data cut down to what the PDF prints.

    An item that is not printed leaves no trace: its entry (answer, status, note), its answer
    from last time and the link of an action made from it are left out. With nothing left
    out this is ``meeting.canonical()`` itself, so its digest is the signed fingerprint.
    """
    data = meeting.canonical()
    shown = printed_items(meeting, include_private)
    for key in ("entries", "previous_answers"):
        data[key] = {
            cid: {iid: value for iid, value in items.items() if iid in shown.get(cid, ())}
            for cid, items in data[key].items()
        }
    for action in data["actions"]:
        if action["item_id"] not in shown.get(action["checklist_id"], ()):
            action["checklist_id"] = action["item_id"] = None
    return data


def embedded_document(meeting: Meeting, *, include_private: bool) -> dict[str, Any]:
    """The JSON that travels inside the PDF: the printed data and its fingerprint.

    The fingerprint is the SHA-256 of the canonical JSON of ``canonical`` (exactly the
    printed data); the footer prints it and ``verify`` recomputes it from the file alone.
    """
    data = printed_data(meeting, include_private=include_private)
    return {
        "format": FORMAT,
        "meeting_id": meeting.id,
        "version": meeting.version,
        "state": meeting.state,
        "include_private": bool(include_private),
        "fingerprint": canonical_digest(data),
        "canonical": data,
    }


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


# -- page furniture -----------------------------------------------------------------------
def _make_canvas(
    *,
    lang: str,
    version: int,
    fingerprint: str | None,
    payload: bytes,
    description: str,
    created: str,
) -> Callable[..., Canvas]:
    """A canvas class that knows the page count before it draws each footer."""

    class _ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # Keep the page; it is drawn in save(), once the total is known.
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            _attach_json(self, payload, description)
            # Invariant mode would stamp 2000-01-01; the meeting's own time keeps the bytes
            # identical for identical input and tells a reader when the plan was made.
            self._doc.info._dateFormatter = lambda *_: created
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            width, _ = A4
            y = 12 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, y + 5 * mm, width - MARGIN_X, y + 5 * mm)
            self.setFont(FONT, 9)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y, _t("page", lang, x=self._pageNumber, y=total))
            self.drawCentredString(width / 2, y, f"{_t('version', lang)} {version}")
            if fingerprint:
                right = f"{_t('fingerprint', lang)} {fingerprint[:12]}"
            else:
                self.setFillColor(DRAFT)
                self.setFont(FONT_BOLD, 9)
                right = _t("draft_footer", lang)
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
    canvas.drawCentredString(width / 2, top - 4.3 * mm, _t("draft_banner", lang))
    canvas.setFillColor(DRAFT, alpha=0.08)
    canvas.setFont(FONT_BOLD, 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -38, _t("draft", lang))
    canvas.restoreState()


# -- signatures ---------------------------------------------------------------------------
class SignatureDrawing(Flowable):
    """A drawn signature: its vector strokes scaled into a box, smoothed, round caps."""

    def __init__(self, signature: Signature, width: float, height: float) -> None:
        super().__init__()
        self.signature = signature
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        sig = self.signature
        canvas = self.canv
        pad = 2 * mm
        box_w, box_h = self.width - 2 * pad, self.height - 2 * pad
        points = [p for stroke in sig.strokes for p in stroke]
        if not points:
            return
        # Fit the ink (not the whole pad) so a small signature is not lost in the box.
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
        ink_w = max(max_x - min_x, sig.width * 0.05, 1.0)
        ink_h = max(max_y - min_y, sig.height * 0.05, 1.0)
        scale = min(box_w / ink_w, box_h / ink_h)
        off_x = pad + (box_w - (max_x - min_x) * scale) / 2
        off_y = pad + (box_h - (max_y - min_y) * scale) / 2

        def at(p: tuple[float, float]) -> tuple[float, float]:
            # Pad coordinates have y down; PDF has y up.
            return off_x + (p[0] - min_x) * scale, off_y + (max_y - p[1]) * scale

        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineWidth(1.4)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in sig.strokes:
            pts = [at(p) for p in stroke]
            if len(pts) == 1:
                canvas.circle(pts[0][0], pts[0][1], 0.7, stroke=0, fill=1)
                continue
            path = canvas.beginPath()
            path.moveTo(*pts[0])
            # Quadratic smoothing through the midpoints, written as cubic Béziers.
            prev = pts[0]
            for i in range(1, len(pts) - 1):
                ctrl = pts[i]
                mid = ((pts[i][0] + pts[i + 1][0]) / 2, (pts[i][1] + pts[i + 1][1]) / 2)
                c1 = (prev[0] + 2 / 3 * (ctrl[0] - prev[0]), prev[1] + 2 / 3 * (ctrl[1] - prev[1]))
                c2 = (mid[0] + 2 / 3 * (ctrl[0] - mid[0]), mid[1] + 2 / 3 * (ctrl[1] - mid[1]))
                path.curveTo(c1[0], c1[1], c2[0], c2[1], mid[0], mid[1])
                prev = mid
            path.lineTo(*pts[-1])
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


class TypedSignature(Flowable):
    """A typed signature: the name in italic on the signing line, as tall as a drawn one."""

    def __init__(self, name: str, width: float, height: float) -> None:
        super().__init__()
        self.name = printable(name, multiline=False)
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        size = 18.0
        # Shrink a long name to fit rather than run into the other signature.
        while size > 9 and pdfmetrics.stringWidth(self.name, FONT_ITALIC, size) > self.width:
            size -= 0.5
        self.canv.saveState()
        self.canv.setFillColor(INK)
        self.canv.setFont(FONT_ITALIC, size)
        self.canv.drawString(2 * mm, 3 * mm, self.name)
        self.canv.restoreState()


class _SideBySide(Flowable):
    """Two paragraphs side by side, top-aligned: an item's prompt and its status.

    Laid out like a one-row Table (padding 4 left, 6 right, 4 above) at a fraction of the
    cost: a Table per item was about a sixth of a whole render.
    """

    PAD_LEFT = 4
    PAD_RIGHT = 6
    PAD_TOP = 4

    def __init__(self, left: Paragraph, right: Paragraph, widths: tuple[float, float]) -> None:
        super().__init__()
        self.cells = (left, right)
        self.widths = widths
        self._heights = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = [w - self.PAD_LEFT - self.PAD_RIGHT for w in self.widths]
        left, right = (p.wrap(w, avail_height)[1] for p, w in zip(self.cells, inner, strict=True))
        self._heights = (left, right)
        self.width = sum(self.widths)
        self.height = max(left, right) + self.PAD_TOP
        return self.width, self.height

    def draw(self) -> None:
        x = 0.0
        for paragraph, width, height in zip(self.cells, self.widths, self._heights, strict=True):
            paragraph.drawOn(self.canv, x + self.PAD_LEFT, self.height - self.PAD_TOP - height)
            x += width


class SignLine(Flowable):
    """An empty box with a line to sign on by hand."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 2 * mm, self.width, 2 * mm)
        self.canv.restoreState()


# -- the document -------------------------------------------------------------------------
class _Builder:
    """Builds the list of flowables for one meeting in one language."""

    def __init__(
        self,
        meeting: Meeting,
        lang: str,
        include_private: bool,
        tz: dt.tzinfo | None,
        follows_date: str | None,
    ) -> None:
        self.m = meeting
        self.lang = "en" if lang == "en" else "da"
        self.include_private = include_private
        self.shown = printed_items(meeting, include_private)
        self.tz = tz
        self.follows_date = follows_date
        self.width = A4[0] - 2 * MARGIN_X

    def t(self, key: str, **kw: Any) -> str:
        return _t(key, self.lang, **kw)

    def build(self) -> list[Flowable]:
        story: list[Flowable] = [_p(self.t("title"), "title")]
        if self.m.follows:
            story.append(_p(follow_up_label(self.follows_date, self.lang), "h2"))
            story += self.changes()
        story += self.details()
        story += self.arrangement()
        story += self.actions()
        story += self.follow_up()
        story += self.signatures()
        definitions = self.m.definitions()
        if definitions:
            story.append(PageBreak())
            story.append(_p(self.t("answers"), "title"))
            for index, ref in enumerate(self.m.checklists):
                if index:
                    story.append(CondPageBreak(60 * mm))
                story += self.checklist(ref.id)
        return story

    # -- plan -----------------------------------------------------------------------------
    def _table(
        self, rows: list[list[Any]], widths: list[float], *, header: bool, long: bool = False
    ) -> Table:
        """A calm table: rules between rows, a tinted header row when there is one.

        ``long``: some row may be taller than a page, so rows may split across pages
        (otherwise the layout fails). Only then: ReportLab splits eagerly and drops the
        cell padding of a split row, which looks untidy in ordinary tables.
        """
        table = Table(
            rows,
            colWidths=widths,
            repeatRows=1 if header else 0,
            hAlign="LEFT",
            splitInRow=1 if long else 0,
        )
        base = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ]
        if header:
            base += [
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
            ]
        table.setStyle(TableStyle(base))
        return table

    def details(self) -> list[Flowable]:
        m = self.m
        manager = escape(m.manager_name)
        if m.manager_title:
            manager += f", {escape(m.manager_title)}"
        version = str(m.version)
        extra = []
        if m.amends and m.version > 1:
            extra.append(self.t("amends", n=m.version - 1))
        if m.follows:
            if self.follows_date:
                extra.append(self.t("follows", d=fmt.format_date(self.follows_date, self.lang)))
            else:
                extra.append(self.t("follows_nodate"))
        if extra:
            version += " (" + "; ".join(extra) + ")"
        rows = [
            (self.t("company"), escape(m.company)),
            (self.t("manager"), manager),
            (self.t("employee"), escape(m.employee_name)),
            (self.t("meeting_date"), escape(fmt.format_date(m.meeting_date, self.lang))),
            (self.t("version"), escape(version)),
        ]
        data = [[_pm(escape(k), "label"), _pm(v)] for k, v in rows]
        return [self._table(data, [LABEL_W, self.width - LABEL_W], header=False)]

    def changes(self) -> list[Flowable]:
        """A follow-up's short 'what has changed' against the signed agreement (printed items)."""
        found = {
            key: change
            for key, change in item_changes(self.m).items()
            if key[1] in self.shown.get(key[0], set())
        }
        counts = {c: sum(1 for v in found.values() if v == c) for c in (KEPT, CHANGED, NEW)}
        out = [_p(self.t("changes"), "h2")]
        listed = [(key, c) for key, c in found.items() if c != KEPT]
        if not listed:
            return [*out, _p(self.t("changes_none")), Spacer(1, 4 * mm)]
        out.append(
            _p(
                self.t(
                    "changes_counts", kept=counts[KEPT], changed=counts[CHANGED], new=counts[NEW]
                )
            )
        )
        for (checklist_id, item_id), change in listed[:CHANGES_LISTED]:
            item = self.m.definition(checklist_id).item(item_id)
            label = escape(change_label(change, self.lang))
            out.append(_pm(f"<b>{label}:</b> {escape(item.prompt.get(self.lang))}", "note"))
        if len(listed) > CHANGES_LISTED:
            out.append(_p(self.t("changes_more", n=len(listed) - CHANGES_LISTED), "note"))
        return [*out, Spacer(1, 4 * mm)]

    def arrangement(self) -> list[Flowable]:
        out = _heading(self.t("arrangement"), "h2")
        rows: list[list[Any]] = []
        longest = 0
        for plan_field in PLAN_ORDER:
            found = self.m.plan_value(plan_field)
            if found is None:
                continue
            item, entry, checklist_id = found
            if not is_answered(entry.answer):
                continue
            if item.id not in self.shown[checklist_id]:
                continue
            label = escape(self.t(plan_field))
            if entry.private:
                label += f"<br/><font color='{DRAFT.hexval()}' size='9'>{self.t('private')}</font>"
            if item.kind == "schedule":
                value: Any = self._schedule(entry.answer)
            else:
                value = _p(fmt.format_answer(item, entry.answer, self.lang))
            cell: Any = value
            if entry.note:
                cell = [value, Spacer(1, 1.5 * mm), _p(entry.note, "small")]
            rows.append([_pm(label, "label"), cell])
            longest = max(longest, len(str(entry.answer)) + len(entry.note))
        if not rows:
            out.append(_p(self.t("no_arrangement"), "small"))
            return out
        widths = [LABEL_W, self.width - LABEL_W]
        out.append(self._table(rows, widths, header=False, long=longest > LONG_TEXT))
        return out

    def _schedule(self, schedule: dict[str, str]) -> Table:
        rows = []
        style: list[tuple] = []
        for day in WEEKDAYS:
            place = schedule.get(day)
            if place is None:
                continue
            rows.append(
                [
                    _p(fmt.weekday_name(day, self.lang).capitalize(), "cell"),
                    _p(fmt.place_label(place, self.lang), "cell"),
                ]
            )
            if place == "home":
                style.append(("BACKGROUND", (1, len(rows) - 1), (1, len(rows) - 1), TINT))
        table = Table(rows, colWidths=[32 * mm, 45 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    *style,
                ]
            )
        )
        return table

    def actions(self) -> list[Flowable]:
        out = _heading(self.t("actions"), "h2")
        actions = self.m.sorted_actions()
        if not actions:
            out.append(_p(self.t("no_actions"), "small"))
            return out
        head = [_p(self.t(k), "cellhead") for k in ("what", "owner", "deadline", "done")]
        rows: list[list[Any]] = [head]
        for a in actions:
            rows.append(
                [
                    _p(a.what, "cell"),
                    _p(fmt.owner_text(a, self.m, self.lang), "cell"),
                    _p(fmt.format_date(a.deadline, self.lang) or "–", "cell"),
                    _p(fmt.done_text(a.done, self.lang), "cell"),
                ]
            )
        widths = [self.width - 52 * mm - 40 * mm - 17 * mm, 52 * mm, 40 * mm, 17 * mm]
        long = max(len(a.what) for a in actions) > LONG_TEXT
        out.append(self._table(rows, widths, header=True, long=long))
        return out

    def follow_up(self) -> list[Flowable]:
        date = fmt.format_date(self.m.follow_up_date, self.lang) or self.t("follow_up_none")
        markup = f"<b>{escape(self.t('follow_up_date'))}:</b> {escape(date)}"
        return [*_heading(self.t("follow_up"), "h2"), _pm(markup)]

    def signatures(self) -> list[Flowable]:
        col = (self.width - 8 * mm) / 2
        cells = [self._signature_cell(role, col) for role in ROLES]
        table = Table([cells], colWidths=[col + 4 * mm, col + 4 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm),
                ]
            )
        )
        return [KeepTogether([_p(self.t("signatures"), "h2"), table])]

    def _signature_cell(self, role: str, width: float) -> list[Flowable]:
        m = self.m
        sig = m.signature(role)
        name = m.manager_name if role == "manager" else m.employee_name
        role_text = fmt.role_label(role, self.lang)
        out: list[Flowable] = [_p(role_text, "h3")]
        if sig is None:
            out += [
                _p(self.t("sign_here"), "small"),
                Spacer(1, 10 * mm),
                SignLine(width, 4 * mm),
                _pm(f"<b>{escape(name)}</b>"),
                Spacer(1, 6 * mm),
                SignLine(width * 0.6, 4 * mm),
                _p(self.t("date_line"), "small"),
            ]
            return out
        out.append(_p(sig.statement, "small"))
        out.append(Spacer(1, 2 * mm))
        if sig.method == "drawn":
            out.append(SignatureDrawing(sig, width, SIGNATURE_H))
        else:
            out.append(TypedSignature(sig.name, width, SIGNATURE_H))
        out.append(SignLine(width, 3 * mm))
        method = self.t("typed") if sig.method == "typed" else self.t("drawn")
        when = fmt.format_datetime(sig.signed_at, self.lang, self.tz)
        out.append(_pm(f"<b>{escape(sig.name)}</b>, {escape(role_text)}"))
        out.append(_p(f"{self.t('signed_at')} {when}", "small"))
        out.append(_p(method, "small"))
        return out

    # -- checklists -----------------------------------------------------------------------
    def checklist(self, checklist_id: str) -> list[Flowable]:
        definition = self.m.definition(checklist_id)
        out = _heading(definition.title.get(self.lang), "h2")
        visible = {i.id for i in self.m.visible_items(checklist_id)}
        pending = {i.id for i in self.m.pending_items(checklist_id)}
        left_out = 0
        for section in definition.sections:
            items: list[Flowable] = []
            for item in section.items:
                if item.id not in visible:
                    continue
                if item.id not in self.shown[checklist_id]:
                    left_out += 1
                    continue
                entry = self.m.entry(checklist_id, item.id)
                items += self._item(checklist_id, item, entry, item.id in pending)
            if not items:
                continue
            out += _heading(section.title.get(self.lang), "h3")
            out.append(_rule())
            out += items
        if left_out:
            key = "private_left_out" if left_out == 1 else "private_left_out_n"
            out.append(Spacer(1, 2 * mm))
            out.append(_p(self.t(key, n=left_out), "small"))
        return out

    def _item(
        self, checklist_id: str, item: Any, entry: Any, pending: bool = False
    ) -> list[Flowable]:
        """One item: prompt and status side by side, then answer and note, then a rule.

        Not a table row: answer and note are plain paragraphs so a very long note flows
        over pages instead of failing the layout.
        """
        answer = fmt.format_answer(item, entry.answer, self.lang)
        nothing = entry.status == "open" and not answer and not entry.note
        status = (
            fmt.NOT_DISCUSSED[self.lang] if nothing else fmt.status_label(entry.status, self.lang)
        )
        right = escape(status)
        if entry.private:
            right += f"<br/><font color='{DRAFT.hexval()}'>{escape(self.t('private'))}</font>"
        head = _SideBySide(
            _p(item.prompt.get(self.lang), "prompt"),
            _pm(right, "status"),
            (self.width - STATUS_W, STATUS_W),
        )
        parts: list[Flowable] = [head]
        if pending:  # its condition is unknown: whether it applies depends on other answers
            parts.append(_pm(f"<i>{escape(fmt.DEPENDS_ON_ANSWERS[self.lang])}</i>", "note"))
        if answer:
            parts.append(_p(answer, "answer"))
        # In a follow-up: what was signed last time, where the answer has changed since.
        previous = self.m.previous_answer(checklist_id, item.id) if self.m.follows else None
        if previous is not None and previous != entry.answer:
            before = fmt.format_answer(item, previous, self.lang)
            parts.append(_pm(f"<i>{escape(self.t('previous'))}:</i> {escape(before)}", "note"))
        if entry.note:
            note = f"<i>{escape(self.t('note'))}:</i> " + escape(entry.note).replace("\n", "<br/>")
            parts.append(_pm(note, "note"))
        parts.append(_rule())
        if len(answer) + len(entry.note) > LONG_TEXT:
            # Too long to keep on one page: let it flow, but not start at a page's foot.
            return [CondPageBreak(30 * mm), *parts]
        return [KeepTogether(parts)]


def render_pdf(
    meeting: Meeting,
    *,
    lang: str = "da",
    include_private: bool = False,
    tz: dt.tzinfo | None = None,
    follows_date: str | None = None,
) -> bytes:
    """The meeting as PDF bytes: same meeting and arguments, same bytes.

    ``tz`` is the time zone for signing times (None: this computer's); ``follows_date`` is
    the date of the meeting this one follows up, when the caller knows it.
    """
    register_fonts()
    lang = "en" if lang == "en" else "da"
    document = embedded_document(meeting, include_private=include_private)
    payload = json_safe(json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1))
    signed = meeting.is_signed
    company, employee = (
        printable(t, multiline=False) for t in (meeting.company, meeting.employee_name)
    )
    author = company
    if meeting.manager_name:
        author = f"{company} ({printable(meeting.manager_name, multiline=False)})"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{_t('title', lang)} – {employee}",
        author=author,
        subject=_t("subject", lang, company=company, employee=employee),
        creator=CREATOR,
        keywords=FORMAT,
        lang="da-DK" if lang == "da" else "en",
        invariant=1,
    )
    canvasmaker = _make_canvas(
        lang=lang,
        version=meeting.version,
        fingerprint=document["fingerprint"] if signed else None,
        payload=payload.encode("utf-8"),
        description=_t("title", lang),
        created=_pdf_date(
            max(s.signed_at for s in meeting.signatures) if signed else meeting.updated_at
        ),
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if not signed:
            _draw_draft_marks(canvas, lang)

    story = _Builder(meeting, lang, include_private, tz, follows_date).build()
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=canvasmaker)
    return buffer.getvalue()
