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
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LayoutError,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from remotework_desktop.core import formatting as fmt
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
from remotework_desktop.core.meetings import ROLES, Meeting, MeetingError
from remotework_desktop.core.pdf.constants import FORMAT
from remotework_desktop.core.pdf.flowables import (
    SignatureDrawing,
    SignLine,
    TypedSignature,
    _SideBySide,
)
from remotework_desktop.core.pdf.page import (
    FirstPageDone,
    _draw_draft_marks,
    _make_canvas,
    _pdf_date,
    make_document,
)
from remotework_desktop.core.pdf.printed import printed_data, printed_items
from remotework_desktop.core.pdf.styles import (
    ACCENT,
    DRAFT,
    LABEL_W,
    LONG_TEXT,
    MARGIN_X,
    RULE,
    SIGNATURE_H,
    STATUS_W,
    TINT,
    _heading,
    _p,
    _p_lines,
    _pm,
    _rule,
    escape,
    register_fonts,
)
from remotework_desktop.core.text import normalise_lang, t
from remotework_desktop.core.text_rules import json_safe

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

# A follow-up's "what has changed" names at most this many items, then how many more.
CHANGES_LISTED = 12


# -- the embedded data ------------------------------------------------------------------------
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
        self.lang = normalise_lang(lang)
        self.include_private = include_private
        self.shown = printed_items(meeting, include_private)
        self.tz = tz
        self.follows_date = follows_date
        self.width = A4[0] - 2 * MARGIN_X

    def t(self, key: str, **kw: Any) -> str:
        return t(f"pdf.{key}", self.lang, **kw)

    def build(self, *, answers: bool = True) -> list[Flowable]:
        """The story. ``answers=False``: the checklists' answers, which start on a page of
        their own, are left out after their heading (for page 1 alone: ~half the work)."""
        story: list[Flowable] = [_p(self.t("title"), "title")]
        if self.m.follows:
            story.append(_p(follow_up_label(self.follows_date, self.lang), "h2"))
            story += self.changes()
        story += self.details()
        story += self.arrangement()
        if self.m.has_tasks:
            from remotework_desktop.core.pdf.tasks_section import task_section

            story += task_section(self)
        story += self.actions()
        story += self.follow_up()
        if not self.m.is_preparation:  # a preparation is never signed (core/meeting_tasks.py)
            story += self.signatures()
        definitions = self.m.definitions()
        if definitions:
            story.append(PageBreak())
            story.append(_p(self.t("answers"), "title"))
            for index, ref in enumerate(self.m.checklists if answers else ()):
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
            (self.t("employee"), escape(m.employee_name or self._preparation())),
            (self.t("meeting_date"), escape(fmt.format_date(m.meeting_date, self.lang))),
            (self.t("version"), escape(version)),
        ]
        data = [[_pm(escape(k), "label"), _pm(v)] for k, v in rows]
        return [self._table(data, [LABEL_W, self.width - LABEL_W], header=False)]

    def _preparation(self) -> str:
        return t("tasks.preparation", self.lang) if self.m.is_preparation else ""

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
            content: list[Flowable]
            if item.kind == "schedule":
                content = [self._schedule(entry.answer)]
            else:  # a long text in blocks of lines (see _p_lines)
                content = [*_p_lines(fmt.format_answer(item, entry.answer, self.lang))]
            if entry.note:
                content += [Spacer(1, 1.5 * mm), *_p_lines(entry.note, "small")]
            # One flowable alone in its cell, as before; more as the cell's list.
            rows.append([_pm(label, "label"), content[0] if len(content) == 1 else content])
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
            parts += _p_lines(answer, "answer")
        # In a follow-up: what was signed last time, where the answer has changed since.
        previous = self.m.previous_answer(checklist_id, item.id) if self.m.follows else None
        if previous is not None and previous != entry.answer:
            before = fmt.format_answer(item, previous, self.lang)
            parts.append(_pm(f"<i>{escape(self.t('previous'))}:</i> {escape(before)}", "note"))
        if entry.note:
            parts += _p_lines(entry.note, "note", f"<i>{escape(self.t('note'))}:</i> ")
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
    data = _render(meeting, lang, include_private, tz, follows_date, first_page_only=False)
    assert data is not None
    return data


def render_first_page(
    meeting: Meeting,
    *,
    lang: str = "da",
    include_private: bool = False,
    tz: dt.tzinfo | None = None,
    follows_date: str | None = None,
) -> bytes | None:
    """Page 1 of ``render_pdf``'s document alone, for the screen while the rest is laid out
    (about a third of the work): the same page, but its footer says "Side 1 af …". None when
    the plan has one page (its whole render is as quick). Never printed nor saved.
    """
    return _render(meeting, lang, include_private, tz, follows_date, first_page_only=True)


def _render(
    meeting: Meeting,
    lang: str,
    include_private: bool,
    tz: dt.tzinfo | None,
    follows_date: str | None,
    *,
    first_page_only: bool,
) -> bytes | None:
    register_fonts()
    lang = normalise_lang(lang)
    document = embedded_document(meeting, include_private=include_private)
    payload = json_safe(json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1))
    signed = meeting.is_signed
    buffer = io.BytesIO()
    doc = make_document(buffer, meeting, lang)
    canvasmaker = _make_canvas(
        lang=lang,
        version=meeting.version,
        fingerprint=document["fingerprint"] if signed else None,
        payload=payload.encode("utf-8"),
        description=t("pdf.title", lang),
        created=_pdf_date(
            max(s.signed_at for s in meeting.signatures) if signed else meeting.updated_at
        ),
        first_page_only=first_page_only,
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if not signed:
            _draw_draft_marks(canvas, lang)

    builder = _Builder(meeting, lang, include_private, tz, follows_date)
    story = builder.build(answers=not first_page_only)
    try:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=canvasmaker)
    except FirstPageDone:
        if not story:
            return None  # all of it was on page 1
        doc.canv.save()
    except LayoutError as exc:
        # Only text past the program's limits (a store edited by hand) can be taller than a
        # page where it cannot flow: said in plain words, as the meeting's rules are.
        raise MeetingError(t("pdf.layout_failed")) from exc
    return buffer.getvalue()
