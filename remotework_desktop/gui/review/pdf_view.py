"""Show and read PDF bytes with pypdfium2: the preview is the very document printed.

Everything here works on the PDF *bytes*: the preview, the printout and the saved file are
the same bytes, rendered by PDFium, so what the two people read on screen is what they sign
and what comes out of the printer (``printing``).

PDFium (pypdfium2) is imported when a PDF is first read, not with this module: opening a
meeting builds the review page's view without waiting for it. The view rasterises the page
on screen first and the others one per idle step, so page 1 shows as soon as it is ready;
it can show a document's page 1 alone before the document (``set_pdf``'s
``first_page_only``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.gui.review.pdf_pages import (
    POINTS_PER_INCH,
    open_pdf,
    read_page_text,
    render_page,
)

ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
PAGE_GAP = 16


class _PageLabel(QLabel):
    """One rendered page; its accessible description is the page's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _ToolRow(QWidget):
    """Two groups of controls side by side when they fit, else the second under the first.

    A plain row would make the window at least as wide as both groups together, which at a
    large app zoom is wider than the screen.
    """

    GAP = 8

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = (first, second)
        for group in self._groups:
            group.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _one_row(self, width: int) -> bool:
        first, second = (g.sizeHint().width() for g in self._groups)
        return first + self.GAP + second <= width

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        first, second = (g.sizeHint().height() for g in self._groups)
        return max(first, second) if self._one_row(width) else first + self.GAP + second

    def sizeHint(self) -> QSize:
        first, second = (g.sizeHint() for g in self._groups)
        width = first.width() + self.GAP + second.width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = max(g.sizeHint().width() for g in self._groups)
        return QSize(width, self.heightForWidth(width))

    def event(self, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.updateGeometry()
            self._place()
        return super().event(e)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        first, second = self._groups
        a, b = first.sizeHint(), second.sizeHint()
        if self._one_row(self.width()):
            first.setGeometry(0, 0, a.width(), a.height())
            second.setGeometry(self.width() - b.width(), 0, b.width(), b.height())
        else:
            first.setGeometry(0, 0, min(a.width(), self.width()), a.height())
            second.setGeometry(0, a.height() + self.GAP, min(b.width(), self.width()), b.height())


class PdfView(QWidget):
    """Scrollable pages of a PDF with page navigation and zoom; keyboard and screen reader."""

    page_changed = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._texts: list[str | None] = []  # read from the PDF when first needed
        self._drawn_at: list[float | None] = []  # the scale each page's picture has
        self._labels: list[_PageLabel] = []
        self._sizes: list[tuple[float, float]] = []
        self._zoom = 1.0
        self._fit_width = True
        self._last_page = 0
        self._first_page_only = False  # page 1 alone shown, the rest still being laid out

        self._prev = QPushButton(self.tr("Forrige side"))
        self._prev.setAccessibleName(self.tr("Forrige side"))
        self._prev.setToolTip(self.tr("Forrige side (Page Up)"))
        self._page = QSpinBox()
        self._page.setMinimum(1)
        # The arrows are hidden by the program's style sheet (gui/style.py), not by NoButtons:
        # with NoButtons and a styled frame Qt gives the number a field 1 px wide.
        self._page.setObjectName("page-number")
        self._page.setAccessibleName(self.tr("Sidenummer"))
        self._page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._page_label = QLabel(self.tr("S&ide"))
        self._page_label.setBuddy(self._page)
        self._of = QLabel()
        self._next = QPushButton(self.tr("Næste side"))
        self._next.setAccessibleName(self.tr("Næste side"))
        self._next.setToolTip(self.tr("Næste side (Page Down)"))
        self._zoom_out = QPushButton(self.tr("Formindsk"))
        self._zoom_out.setAccessibleName(self.tr("Formindsk visningen"))
        self._zoom_out.setToolTip(self.tr("Formindsk (minus)"))
        self._zoom_label = QLabel()
        self._zoom_in = QPushButton(self.tr("Forstør"))
        self._zoom_in.setAccessibleName(self.tr("Forstør visningen"))
        self._zoom_in.setToolTip(self.tr("Forstør (plus)"))
        self._fit = QPushButton(self.tr("Tilpas &bredde"))
        self._fit.setAccessibleName(self.tr("Tilpas siden til vinduets bredde"))

        # Two groups: side by side when there is room, the zoom group under the page group
        # when not (at a large app zoom one row would push the window wider than the screen).
        self._page_group = QWidget()
        page_row = QHBoxLayout(self._page_group)
        page_row.setContentsMargins(0, 0, 0, 0)
        page_row.setSpacing(8)
        for widget in (self._prev, self._page_label, self._page, self._of, self._next):
            page_row.addWidget(widget)
        self._zoom_group = QWidget()
        zoom_row = QHBoxLayout(self._zoom_group)
        zoom_row.setContentsMargins(0, 0, 0, 0)
        zoom_row.setSpacing(8)
        for widget in (self._zoom_out, self._zoom_label, self._zoom_in, self._fit):
            zoom_row.addWidget(widget)
        bar = _ToolRow(self._page_group, self._zoom_group)

        self._pages = QWidget()
        self._pages.setBackgroundRole(QPalette.ColorRole.Dark)
        self._pages.setAutoFillBackground(True)
        self._pages_layout = QVBoxLayout(self._pages)
        self._pages_layout.setSpacing(PAGE_GAP)
        self._pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self._scroll = QScrollArea()
        # The viewport is made here: Qt's own would reach Python typed only as QWidget, and
        # to find its class PySide makes every QtWidgets class it has not made yet, with
        # their enums (~35, ~15 ms when the review is first shown). Set up as Qt's is.
        self._viewport = QWidget()
        self._viewport.setAutoFillBackground(True)
        self._scroll.setViewport(self._viewport)
        self._scroll.setWidget(self._pages)
        self._scroll.setWidgetResizable(True)
        self._scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scroll.setAccessibleName(self.tr("Dokumentets sider"))
        self._scroll.setAccessibleDescription(
            self.tr(
                "Piletaster og Page Up/Page Down ruller; plus og minus zoomer; "
                "Home og End går til første og sidste side."
            )
        )
        self._scroll.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self._scroll.verticalScrollBar().valueChanged.connect(self._on_scrolled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self._scroll, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._prev.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self._next.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self._page.editingFinished.connect(lambda: self.go_to_page(self._page.value()))
        self._zoom_in.clicked.connect(self.zoom_in)
        self._zoom_out.clicked.connect(self.zoom_out)
        self._fit.clicked.connect(self.fit_width)
        self.setFocusProxy(self._scroll)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(120)
        self._refit.timeout.connect(self._refit_now)
        # The pages not yet drawn at the current zoom, one per idle step.
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(0)
        self._draw_timer.timeout.connect(self._draw_next)
        self._update_controls()

    # -- public API -------------------------------------------------------------------------
    def set_pdf(self, data: bytes, *, first_page_only: bool = False) -> None:
        """Show these PDF bytes (raises PdfError in plain words when they cannot be read).

        The page in view is rasterised now, the others one per idle step after it.
        ``first_page_only``: page 1 alone while the rest is laid out, its total not known
        ("af …"); the whole document then replaces it where the reader has scrolled to.
        """
        keep = self.current_page() if self._labels else 1
        bar = self._scroll.verticalScrollBar()
        scrolled = bar.value() if self._first_page_only else None
        with open_pdf(data) as doc:
            # From the page tree, without loading each page's content (~1 ms a page).
            sizes = [doc.get_page_size(index) for index in range(len(doc))]
        self._data = bytes(data)
        self._sizes = sizes
        self._texts = [None] * len(sizes)
        self._first_page_only = first_page_only
        self._build_labels()
        self._render(first=min(keep, len(sizes)))
        if scrolled is None:
            self.go_to_page(min(keep, len(sizes)))
        else:
            self._settle_layout()
            bar.setValue(scrolled)
            self._update_controls()

    def data(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return len(self._labels)

    def page_text(self, number: int) -> str:
        """The text of page ``number`` (1-based), read from the PDF when first asked for."""
        text = self._texts[number - 1]
        if text is None:
            with open_pdf(self._data) as doc:
                text = self._texts[number - 1] = read_page_text(doc, number - 1)
            self._labels[number - 1].setAccessibleDescription(text)
        return text

    def rasterised_pages(self) -> int:
        """How many pages are drawn at the current zoom (the rest follow while idle)."""
        return sum(1 for s in self._drawn_at if s == self._scale())

    def current_page(self) -> int:
        """The 1-based page whose top is nearest above the middle of the view."""
        if not self._labels:
            return 0
        bar = self._scroll.verticalScrollBar()
        middle = bar.value() + self._viewport.height() / 3
        current = 1
        for number, label in enumerate(self._labels, start=1):
            if label.y() <= middle:
                current = number
        return current

    def go_to_page(self, number: int) -> None:
        if not self._labels:
            return
        number = max(1, min(number, len(self._labels)))
        self._settle_layout()
        self._scroll.verticalScrollBar().setValue(self._labels[number - 1].y() - PAGE_GAP)
        self._update_controls(number)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._fit_width = False
        self._apply_zoom(max(ZOOM_STEPS[0], min(zoom, ZOOM_STEPS[-1])))

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self._zoom - 0.001]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_zoom(self._width_zoom())

    # -- internals --------------------------------------------------------------------------
    def _width_zoom(self) -> float:
        if not self._sizes:
            return 1.0
        widest = max(w for w, _ in self._sizes)
        # Measured from the scroll area, not its viewport, so the result does not depend on
        # whether the vertical scroll bar happens to be shown yet.
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        room = self._scroll.width() - 2 * self._scroll.frameWidth() - bar - 2 * PAGE_GAP - 4
        # A page a bit narrower than the view; never so large it must be scrolled sideways.
        zoom = room / (widest * self.logicalDpiX() / POINTS_PER_INCH)
        return max(ZOOM_STEPS[0], min(zoom, ZOOM_STEPS[-1]))

    def _apply_zoom(self, zoom: float) -> None:
        page = self.current_page()
        changed = abs(zoom - self._zoom) > 0.001
        self._zoom = zoom
        if self._labels and changed:
            self._render(first=page)
            self.go_to_page(page)
        self._update_controls()
        if changed:
            self.zoom_changed.emit(zoom)

    def _settle_layout(self) -> None:
        """Lay the pages out now, so page positions and the scroll range are current."""
        # The scroll area resizes the page column on the column's layout request; the
        # column then lays its pages out in the new size.
        self._pages_layout.activate()
        for target in (self._pages, self._viewport, self._scroll):
            QCoreApplication.sendPostedEvents(target, QEvent.Type.LayoutRequest)
        self._pages_layout.activate()

    def _build_labels(self) -> None:
        for label in self._labels:
            self._pages_layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        total = len(self._sizes)
        self._drawn_at = [None] * total
        for number in range(1, total + 1):
            label = _PageLabel(self._pages)
            label.setAccessibleName(self.tr("Side {0} af {1}").format(str(number), self._total()))
            self._pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            # Layouts skip hidden widgets; Qt would only show the new label later.
            label.setVisible(True)
            self._labels.append(label)
        self._page.setMaximum(max(1, total))

    def _scale(self) -> float:
        """Pixels per PDF point at the current zoom (logical pixels: the screen's DPI)."""
        return self._zoom * self.logicalDpiX() / POINTS_PER_INCH

    def _render(self, first: int | None = None) -> None:
        """Size every page for the zoom, draw page ``first`` (or the one in view) now."""
        if self._fit_width:
            self._zoom = self._width_zoom()
        scale = self._scale()
        for label, (width, height) in zip(self._labels, self._sizes, strict=True):
            # Each page has its size at once, so scrolling and page positions are right
            # before its picture is drawn.
            label.setFixedSize(QSize(round(width * scale) + 2, round(height * scale) + 2))
        if self._labels:
            self._draw(max(1, min(first or self.current_page(), len(self._labels))) - 1)
            self._draw_timer.start()

    def _draw(self, index: int) -> None:
        """Rasterise one page (0-based) at the current zoom."""
        ratio = self.devicePixelRatioF()
        scale = self._scale()
        with open_pdf(self._data) as doc:
            page = doc[index]
            try:
                # The device pixel ratio on top, so text stays sharp on high-DPI screens.
                image = render_page(page, scale * ratio)
            finally:
                page.close()
            if self._texts[index] is None:
                self._texts[index] = read_page_text(doc, index)
        label = self._labels[index]
        label.setAccessibleDescription(self._texts[index])
        image.setDevicePixelRatio(ratio)
        label.setPixmap(QPixmap.fromImage(image))
        label.setFixedSize(
            QSize(round(image.width() / ratio) + 2, round(image.height() / ratio) + 2)
        )
        self._drawn_at[index] = scale

    def _draw_next(self) -> None:
        scale = self._scale()
        index = next((i for i, s in enumerate(self._drawn_at) if s != scale), None)
        if index is not None:
            self._draw(index)
            self._draw_timer.start()

    def _on_scrolled(self) -> None:
        self._update_controls()

    def _update_controls(self, page: int | None = None) -> None:
        total = len(self._labels)
        page = page or self.current_page()
        self._page.blockSignals(True)
        self._page.setValue(max(1, page))
        self._page.blockSignals(False)
        self._of.setText(self.tr("af {0}").format(self._total()))
        self._prev.setEnabled(page > 1)
        self._next.setEnabled(0 < page < total)
        self._page.setEnabled(total > 1)
        self._zoom_label.setText(f"{round(self._zoom * 100)} %")
        self._zoom_label.setAccessibleName(
            self.tr("Zoom {0} procent").format(str(round(self._zoom * 100)))
        )
        self._zoom_in.setEnabled(self._zoom < ZOOM_STEPS[-1] - 0.001)
        self._zoom_out.setEnabled(self._zoom > ZOOM_STEPS[0] + 0.001)
        if page != self._last_page:
            self._last_page = page
            if total:
                self.page_changed.emit(page)

    def _total(self) -> str:
        return "…" if self._first_page_only else str(len(self._sizes))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_width and self._labels:
            # Re-rendering every page on each step of a window drag would stutter; wait
            # until the size settles.
            self._refit.start()

    def _refit_now(self) -> None:
        if self._fit_width and self._labels:
            zoom = self._width_zoom()
            if abs(zoom - self._zoom) > 0.002:
                self._apply_zoom(zoom)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self._scroll:
            assert isinstance(event, QKeyEvent)
            return self._handle_key(event)
        if event.type() == QEvent.Type.Wheel and watched is self._viewport:
            assert isinstance(event, QWheelEvent)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif plain and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_Home or event.matches(
            QKeySequence.StandardKey.MoveToStartOfDocument
        ):
            self.go_to_page(1)
        elif key == Qt.Key.Key_End or event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self.go_to_page(self.page_count())
        else:
            return False
        return True
