"""Review the agreed plan as it will be printed, sign it, and print or save the PDF.

The page shows the real PDF bytes (the same bytes that are printed and saved); while they
are rendered for someone waiting, it shows that document's page 1 alone to read meanwhile
(its total "…"; nothing printed or saved from it). Every rule about signing lives in
``Meeting.sign``, this module only collects what the signer does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.meetings import (
    ROLES,
    Meeting,
)
from remotework_desktop.core.store import Store
from remotework_desktop.core.text import normalise_lang
from remotework_desktop.gui.review import render_job
from remotework_desktop.gui.review.output import PdfOutput
from remotework_desktop.gui.review.pdf_pages import PdfError
from remotework_desktop.gui.review.pdf_view import PdfView
from remotework_desktop.gui.review.reading_view import ReadingView
from remotework_desktop.gui.review.render_job import (
    PdfCache,
    RenderJob,
    RenderKey,
    render_key,
)
from remotework_desktop.gui.review.signing import Signing, _SignerRow
from remotework_desktop.gui.widgets import (
    error_label,
    heading_font,
    keep_focus_visible,
    show_error,
)

if TYPE_CHECKING:  # imported when first used: opening a meeting does not wait for them
    from remotework_desktop.gui.review.printing import PdfPreviewDialog
    from remotework_desktop.gui.review.sign_dialog import SignDialog

# Characters that are not allowed in file names on Windows or macOS (and control characters).
_UNSAFE_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


class ReviewPage(QWidget):
    """The "Gennemse og underskriv" page: the plan as printed, both signatures, print, save."""

    signed = Signal(str)  # the role that just signed; the host saves the meeting
    locked = Signal()  # both have signed; the meeting is now read-only
    new_version_requested = Signal()
    follow_up_requested = Signal()
    jump_requested = Signal(str, str)  # checklist id, item id: show that item
    task_jump_requested = Signal(str)  # task id: show that task on the task page

    def __init__(
        self,
        meeting: Meeting,
        store: Store | None,
        lang: str = "da",
        parent: QWidget | None = None,
        *,
        job: RenderJob | None = None,
    ) -> None:
        """``job``: a render of what the page shows first, started before the page was built
        (``RenderJob.begin``): the page shows its PDF once it is done."""
        super().__init__(parent)
        self._meeting = meeting
        self._store = store
        self._lang = normalise_lang(lang)
        self._pdf = b""
        self._rendered: RenderKey | None = None
        self._job: RenderJob | None = None
        self._cache = PdfCache()  # in memory only, and only while this page exists
        self.renders = 0  # PDFs rendered so far (read by tests: none until first shown)
        self._can_sign = True
        self.signing = Signing(self)  # the signer rows, the guard before signing, signing
        self.output = PdfOutput(self)  # print and save the PDF
        # Set by the host: saves the open meeting, so a PDF exported from the store is the
        # meeting on screen. Returns False when saving failed.
        self.save_meeting: Callable[[], bool] | None = None
        # Set by the host: (checklist id, item id) of answers the screen refuses right now.
        self.refused_on_screen: Callable[[], list[tuple[str, str]]] | None = None
        self.setAccessibleName(self.tr("Gennemse og underskriv"))

        heading = QLabel(self.tr("Gennemse og underskriv"))
        heading.setFont(heading_font(self, 1.5))
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
        self.banner.setFont(heading_font(self, 1.1))
        self.banner.setAccessibleName(self.tr("Aftalens tilstand"))
        # Its picture is drawn when the banner is first shown (show_banner): QStyle is a big
        # class for PySide to make (~7 ms), and a draft never shows the banner.
        self._banner_icon = QLabel()
        self.banner_box = QFrame()
        self.banner_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner_box.setAutoFillBackground(True)
        banner_layout = QHBoxLayout(self.banner_box)
        banner_layout.setContentsMargins(12, 10, 12, 10)
        banner_layout.setSpacing(12)
        banner_layout.addWidget(self._banner_icon)
        banner_layout.addWidget(self.banner, 1)
        self.banner_box.setVisible(False)

        self.view = PdfView()
        self.view.setAccessibleName(self.tr("Den aftalte plan, som den udskrives"))
        self.view.setVisible(False)
        # Shown until the PDF is ready: it is rendered when the page is first shown.
        self.placeholder = QLabel(self.tr("Planen bliver gjort klar til visning …"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.placeholder.setAccessibleName(self.tr("Planen bliver gjort klar til visning"))
        self.view_error = error_label(self.tr("Fejl ved visning af planen"))

        self.include_private = QCheckBox(self.tr("Medtag f&ortrolige noter"))
        self.include_private.setAccessibleName(self.tr("Medtag fortrolige noter"))
        self.include_private.setAccessibleDescription(
            self.tr(
                "Fortrolige noter er normalt udeladt af den udskrevne plan. Gælder visning, "
                "udskrift og gemt PDF."
            )
        )
        self.preview_button = QPushButton(self.tr("Vis P&DF / Udskriv …"))
        self.preview_button.setAccessibleName(self.tr("Vis PDF og udskriv"))
        self.save_button = QPushButton(self.tr("&Gem som PDF …"))
        self.save_button.setAccessibleName(self.tr("Gem som PDF"))
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_status.setAccessibleName(self.tr("Status for gemt PDF"))
        self.save_status.setVisible(False)
        self.reading_button = QPushButton(self.tr("&Læs i hele vinduet"))
        self.reading_button.setAccessibleName(self.tr("Læs planen i hele vinduet"))
        self.reading_button.setAccessibleDescription(
            self.tr("Genvej: F11. Esc lukker visningen igen.")
        )
        self.reading_button.clicked.connect(self.show_reading_mode)
        reading_key = QShortcut(QKeySequence("F11"), self)
        reading_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reading_key.activated.connect(self.show_reading_mode)
        self.reading_button.setToolTip(self.tr("Læs planen i hele vinduet (F11)"))
        # The tick box on a line of its own and the buttons under it: one row is wider than
        # the page at a large zoom, and the page must never scroll sideways.
        output_row = QVBoxLayout()
        output_row.addWidget(self.include_private)
        output_buttons = QHBoxLayout()
        output_buttons.addWidget(self.preview_button)
        output_buttons.addWidget(self.save_button)
        output_buttons.addStretch(1)
        output_row.addLayout(output_buttons)

        self.rows: dict[str, _SignerRow] = {}
        signers = QVBoxLayout()
        signers.setSpacing(8)
        for role in ROLES:
            row = _SignerRow(role)
            row.sign_button.clicked.connect(lambda _=False, r=role: self.open_sign_dialog(r))
            row.remove_button.clicked.connect(lambda _=False, r=role: self.remove_signature(r))
            self.rows[role] = row
            signers.addWidget(row)
        self.sign_error = error_label(self.tr("Fejl ved underskrift"))

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

        # Everything scrolls as one page, so at a large zoom every button stays reachable.
        content = QWidget()
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        keep_focus_visible(self.scroll)
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        heading.setWordWrap(True)
        heading_row = QHBoxLayout()
        # The heading takes all the room the button leaves: at a large zoom it wrapped to a
        # word a line while half the row stood empty.
        heading_row.addWidget(heading, 1)
        heading_row.addWidget(self.reading_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading_row)
        layout.addWidget(intro)
        layout.addWidget(self.banner_box)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.view_error)
        layout.addLayout(output_row)
        layout.addWidget(self.save_status)
        layout.addLayout(signers)
        layout.addWidget(self.sign_error)
        layout.addLayout(new_version_row)
        self.scroll.setWidget(content)

        self.include_private.toggled.connect(self.refresh)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self._on_save_clicked)
        # Nothing is rendered until the page is shown: opening a meeting stays quick. The
        # PDF's libraries load once the meeting is left alone a moment (prerender.py).
        if job is not None:
            self._adopt(job)
        self._update_buttons()
        self._update_rows()

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
        return render_job.printed_lang(self._meeting)

    def pdf_bytes(self) -> bytes:
        """The PDF of the meeting as it is now: the bytes shown, printed and saved.

        Waits for a render under way, or renders now when the meeting changed since.
        """
        self.wait_rendered()
        return self._pdf

    def is_rendering(self) -> bool:
        return self._job is not None

    def default_file_name(self) -> str:
        """E.g. "Hjemmearbejde-Mette-Hansen-2026-11-26.pdf" (safe on every platform)."""
        employee = _UNSAFE_FILE_CHARS.sub("", self._meeting.employee_name)
        employee = re.sub(r"\s+", "-", employee.strip()).strip(".-") or self.tr("medarbejder")
        name = f"{self.tr('Hjemmearbejde')}-{employee}-{self._meeting.meeting_date}"
        if self._meeting.version > 1:
            name += f"-v{self._meeting.version}"
        return name + ".pdf"

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The plan is read together: it takes at least half the window's height (and so
        # does the placeholder shown while it is rendered).
        height = max(240, self.window().height() // 2)
        self.view.setMinimumHeight(height)
        self.placeholder.setMinimumHeight(height)

    def show_reading_mode(self) -> None:
        """The plan alone in the whole window, to read it together; Esc leaves."""
        pdf = self.pdf_bytes()  # a render under way is finished first
        if pdf:
            ReadingView(pdf, self.window()).exec()

    # -- refreshing -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # Rendered on first show, and again if the meeting was edited on another page since.
        super().showEvent(event)
        if not event.spontaneous() and self._rendered != self._render_key():
            self.refresh()

    def _render_key(self) -> RenderKey:
        """What the shown PDF depends on; rendering again is skipped while it is unchanged."""
        include = self.include_private.isChecked()
        return render_key(self._store, self._meeting, self.pdf_lang, include)

    def refresh(self) -> None:
        """Render the PDF again if the page is shown; otherwise when it is next shown."""
        if self.isVisible():
            self._start_render()
        else:
            self._rendered = None
        self._update_rows()

    def prerender(self) -> bool:
        """Render in the background before the page is shown (someone is heading here).

        The bytes are kept in memory, so showing the page shows page 1 at once. True when a
        render started (not when one is under way, the page is shown, or nothing changed).
        """
        if self.isVisible() or self._job is not None:
            return False
        key = self._render_key()
        if key == self._rendered or self._cache.get(key) is not None:
            return False
        self._run_job(key)
        return True

    def _start_render(self) -> None:
        """Show the PDF: kept from before, or rendered in a worker behind the placeholder."""
        key = self._render_key()
        self._rendered = key
        if self._job is not None and self._job.key != key:
            self._job.wait()  # an outdated render: let it finish, its result is dropped
            self._job = None
        data = self._cache.get(key)
        if data is not None:
            self._show(data, "")
            return
        if self._job is None:
            # Shown: page 1 comes alone first, unless the reader is further on in the plan
            # (the new plan then shows at that page, as it did before).
            self._run_job(key, first_page=self.view.current_page() <= 1)
        # Rendering (perhaps since before the page was shown): the placeholder until done.
        self.view.setVisible(False)
        self.placeholder.setVisible(True)
        self._update_buttons()

    def _run_job(self, key: RenderKey, *, first_page: bool = False) -> None:
        self._follow(RenderJob.begin(self._store, self._meeting, key, first_page=first_page))

    def show_banner(self, shown: bool) -> None:
        """Show or hide the lock banner (its standard icon drawn when first shown)."""
        if shown and self._banner_icon.pixmap().isNull():
            from PySide6.QtWidgets import QStyle

            size = self.banner.fontMetrics().height() * 2
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._banner_icon.setPixmap(icon.pixmap(size, size))
        self.banner_box.setVisible(shown)

    def _adopt(self, job: RenderJob) -> None:
        """Show what ``job`` renders (started before this page was built) once it is done."""
        self._rendered = job.key
        self._follow(job)

    def _follow(self, job: RenderJob) -> None:
        """``job`` is this page's render under way: its result is applied when it is done."""
        self._job = job
        self.renders += 1
        job.first_page_ready.connect(self._show_first_page)  # queued, as rendered
        job.rendered.connect(self._apply)  # queued: applied on the GUI thread
        # Done, or page 1 ready, before it was connected: its signal went to no one.
        if job.done:
            QTimer.singleShot(0, self, lambda: self._apply(job))
        elif job.first_page_data:
            QTimer.singleShot(0, self, lambda: self._show_first_page(job))

    def _show_first_page(self, job: RenderJob) -> None:
        """Page 1 alone while the rest is laid out: to read, not yet to print nor to save
        (their buttons wait for the whole plan, ``_job`` being still under way)."""
        if job is not self._job or job.key != self._rendered or not self.view.isHidden():
            return  # outdated, applied already, or the page shows the whole plan meanwhile
        try:
            self.placeholder.setVisible(False)
            self.view.setVisible(True)
            self.scroll.widget().layout().activate()
            self.view.set_pdf(job.first_page_data, first_page_only=True)
        except PdfError:  # the whole plan says what is wrong, if anything is
            self.view.setVisible(False)
            self.placeholder.setVisible(True)

    def wait_rendered(self) -> None:
        """Finish a render under way now; render again when the meeting changed since."""
        if self._job is not None:
            job = self._job
            job.wait()
            self._apply(job)
        if self._rendered != self._render_key():
            self._start_render()
            self.wait_rendered()

    def _apply(self, job: RenderJob) -> None:
        if job is not self._job:
            return  # outdated, or already applied by wait_rendered
        self._job = None
        if not job.error:
            self._cache.put(job.key, job.data)
        if job.key == self._rendered:
            self._show(job.data, job.error)
        else:
            self._update_buttons()  # rendered ahead: shown from the cache when asked for

    def _show(self, data: bytes, error: str) -> None:
        self._pdf = data
        try:
            if error:
                raise ValueError(error)
            # The view in its place first, so the page is drawn once, at the view's width.
            self.placeholder.setVisible(False)
            self.view.setVisible(True)
            self.scroll.widget().layout().activate()
            # The very bytes export_pdf saves: shown, printed and saved are one document.
            self.view.set_pdf(self._pdf)
            show_error(self.view_error, "")
        except (PdfError, ValueError) as exc:
            self._pdf = b""
            # Not page 1 of a plan that could not be made, shown before it (_show_first_page).
            self.view.setVisible(False)
            show_error(
                self.view_error,
                self.tr("Planen kunne ikke vises: {0}").format(str(exc)),
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(bool(self._pdf) and self._job is None)
        self.save_button.setEnabled(
            bool(self._pdf) and self._job is None and self._store is not None
        )

    def _update_rows(self) -> None:
        self.signing.update_rows()

    def set_can_sign(self, can: bool) -> None:
        """False in a read-only view: nothing here may change the meeting."""
        self._can_sign = can
        self._update_rows()

    # -- signing ----------------------------------------------------------------------------
    def open_sign_dialog(self, role: str) -> bool:
        return self.signing.open_sign_dialog(role)

    def confirm_incomplete(self, undiscussed: int, refused: int, tasks: int = 0) -> str:
        return self.signing.confirm_incomplete(undiscussed, refused, tasks)

    def make_sign_dialog(self, role: str) -> SignDialog:
        return self.signing.make_sign_dialog(role)

    def after_signing(self, role: str) -> None:
        self.signing.after_signing(role)

    def remove_signature(self, role: str) -> bool:
        return self.signing.remove_signature(role)

    # -- output -----------------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        self.save_pdf()

    def make_preview_dialog(self) -> PdfPreviewDialog:
        return self.output.make_preview_dialog()

    def show_preview(self) -> None:
        self.output.show_preview()

    def save_pdf(self, target: Path | None = None) -> str | None:
        return self.output.save_pdf(target)
