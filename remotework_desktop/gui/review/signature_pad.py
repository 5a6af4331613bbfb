"""The signature pad: vector strokes from mouse, touch or pen, in a fixed logical box.

Points are kept in a 1000 x 300 box whatever the widget's size or the screen's pixel ratio,
so a signature looks the same on screen, in the record and in the PDF, and stays sharp on
high-DPI screens because it is painted as a path, never as a bitmap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[float, float]
Stroke = list[Point]

LOGICAL_WIDTH = 1000.0
LOGICAL_HEIGHT = 300.0
# Where the signature line sits, as a share of the box height (like a paper form).
BASELINE = 0.72
# Points closer than this (logical units) to the previous one add nothing but bulk.
MIN_STEP = 1.5
PEN_WIDTH = 4.0


def signature_path(strokes: Iterable[Sequence[Point]]) -> QPainterPath:
    """A smooth path through the strokes: quadratic curves through the midpoints.

    Each recorded point becomes a control point and the curve passes through the midpoints
    between neighbours, which removes the jagged look of a raw polyline without moving
    the signature away from where it was drawn.
    """
    path = QPainterPath()
    for stroke in strokes:
        pts = [QPointF(float(x), float(y)) for x, y in stroke]
        if not pts:
            continue
        path.moveTo(pts[0])
        if len(pts) == 1:
            # A dot (e.g. over an i): a zero-length line that the round cap turns into a dot.
            path.lineTo(pts[0])
            continue
        if len(pts) == 2:
            path.lineTo(pts[1])
            continue
        for i in range(1, len(pts) - 1):
            mid = (pts[i] + pts[i + 1]) / 2
            path.quadTo(pts[i], mid)
        path.lineTo(pts[-1])
    return path


class SignaturePad(QWidget):
    """Draw a signature with mouse, finger or pen; read it back as vector strokes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        # Keyboard users reach the pad so the screen reader can tell them about the
        # typed-name alternative, and can clear or undo from here.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(400, 120)
        self.setAccessibleName(self.tr("Underskriftsfelt"))
        self.setAccessibleDescription(
            self.tr(
                "Tegn din underskrift her med mus, finger eller pen. Kan du ikke tegne, så "
                "vælg fanen »Skriv navn« og skriv dit fulde navn i stedet; det gælder lige så "
                "meget. Tryk Ctrl+Z for at fortryde sidste streg og Delete for at rydde."
            )
        )

    # -- public API -------------------------------------------------------------------------
    def strokes(self) -> list[list[Point]]:
        """A copy of the finished strokes, in the logical 1000 x 300 box (y grows down)."""
        return [list(s) for s in self._strokes]

    def set_strokes(self, strokes: Iterable[Iterable[Point]]) -> None:
        """Show strokes given in the logical box (e.g. to redraw a stored signature)."""
        self._strokes = [
            [(_clamp(x, LOGICAL_WIDTH), _clamp(y, LOGICAL_HEIGHT)) for x, y in s] for s in strokes
        ]
        self._strokes = [s for s in self._strokes if s]
        self._current = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        """Remove every stroke."""
        had = bool(self._strokes) or self._current is not None
        self._strokes.clear()
        self._current = None
        self.update()
        if had:
            self.changed.emit()

    def undo_stroke(self) -> None:
        """Remove the last stroke drawn."""
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    def is_empty(self) -> bool:
        """True until at least one real line is drawn; stray taps do not count as signing."""
        return not any(len(s) >= 2 for s in self._strokes)

    @staticmethod
    def logical_size() -> tuple[float, float]:
        return LOGICAL_WIDTH, LOGICAL_HEIGHT

    # -- geometry ---------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(700, 210)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), round(width * LOGICAL_HEIGHT / LOGICAL_WIDTH))

    def _box(self) -> QRectF:
        """The largest rectangle with the logical aspect ratio, centred in the widget."""
        w, h = float(self.width()), float(self.height())
        scale = min(w / LOGICAL_WIDTH, h / LOGICAL_HEIGHT)
        bw, bh = LOGICAL_WIDTH * scale, LOGICAL_HEIGHT * scale
        return QRectF((w - bw) / 2, (h - bh) / 2, bw, bh)

    def _to_logical(self, pos: QPointF) -> Point:
        box = self._box()
        if box.width() <= 0 or box.height() <= 0:
            return 0.0, 0.0
        x = (pos.x() - box.left()) / box.width() * LOGICAL_WIDTH
        y = (pos.y() - box.top()) / box.height() * LOGICAL_HEIGHT
        return _clamp(x, LOGICAL_WIDTH), _clamp(y, LOGICAL_HEIGHT)

    # -- stroke capture ---------------------------------------------------------------------
    def _begin(self, pos: QPointF) -> None:
        self._current = [self._to_logical(pos)]
        self._strokes.append(self._current)
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._current is None:
            return
        point = self._to_logical(pos)
        last = self._current[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) < MIN_STEP:
            return
        self._current.append(point)
        self.update()

    def _end(self, pos: QPointF | None = None) -> None:
        if self._current is None:
            return
        if pos is not None:
            self._extend(pos)
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting the tablet event stops Qt from also sending a synthesised mouse event,
        # so a pen stroke is recorded once.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            # One finger signs; further fingers (a resting palm) are ignored.
            pos = points[0].position() if points else None
            if kind == QEvent.Type.TouchBegin and pos is not None:
                self._begin(pos)
            elif kind == QEvent.Type.TouchUpdate and pos is not None:
                self._extend(pos)
            elif kind == QEvent.Type.TouchEnd:
                self._end(pos)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stroke()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        box = self._box()

        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        frame = QPen(pal.color(QPalette.ColorRole.Mid), 1)
        painter.setPen(frame)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

        # The signature line and the prompt, in the palette's quiet colours.
        base_y = box.top() + box.height() * BASELINE
        left, right = box.left() + box.width() * 0.05, box.right() - box.width() * 0.05
        painter.setPen(QPen(pal.color(QPalette.ColorRole.PlaceholderText), 1.5))
        painter.drawLine(QPointF(left, base_y), QPointF(right, base_y))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        painter.drawText(QPointF(left, base_y - 8), "✕")
        label_font = self.font()
        painter.setFont(label_font)
        painter.drawText(
            QRectF(left, base_y + 6, right - left, box.bottom() - base_y - 6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            self.tr("Skriv under her"),
        )

        # Strokes are painted in logical units, scaled into the box; the pen scales with it.
        painter.save()
        painter.translate(box.topLeft())
        painter.scale(box.width() / LOGICAL_WIDTH, box.height() / LOGICAL_HEIGHT)
        pen = QPen(pal.color(QPalette.ColorRole.Text), PEN_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(signature_path(self._strokes))
        painter.restore()

        if self.hasFocus():
            focus = QPen(pal.color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(focus)
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.end()


def _clamp(value: float, upper: float) -> float:
    return round(min(max(float(value), 0.0), upper), 1)
