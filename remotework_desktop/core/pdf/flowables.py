"""The PDF's own flowables: the drawn and typed signature, a line to sign on, two cells."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from remotework_desktop.core.meetings import Signature
from remotework_desktop.core.pdf.fonts import draw_runs, line_width
from remotework_desktop.core.pdf.styles import FONT_ITALIC, INK
from remotework_desktop.core.text_rules import printable


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
        while size > 9 and line_width(self.name, FONT_ITALIC, size) > self.width:
            size -= 0.5
        self.canv.saveState()
        self.canv.setFillColor(INK)
        # Each script in a font that has it (an Arabic or Chinese name has no italic).
        draw_runs(self.canv, 2 * mm, 3 * mm, self.name, FONT_ITALIC, size)
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
