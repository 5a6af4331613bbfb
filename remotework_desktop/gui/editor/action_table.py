"""The action plan's table view: the columns sized to their contents leave room for "Hvad"."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

# A column sized to its contents (owner, deadline, done) takes at most this share of the
# width; its text wraps instead. At 200 % zoom the owners' names took 60 % on their own.
CONTENT_SHARE = 1 / 5


class ActionTable(QTableView):
    """A table whose columns in ResizeToContents mode stop at a share of the width, so the
    stretched columns ("Hvad", "Fra punkt") keep room and nothing scrolls sideways."""

    def sizeHintForColumn(self, column: int) -> int:
        wanted = super().sizeHintForColumn(column)
        return min(wanted, int(self.viewport_width() * CONTENT_SHARE))

    def viewport_width(self) -> int:
        """The viewport's width, worked out from sizes. ``viewport()`` hands Python a widget
        Qt made, typed only as QWidget: to find its class PySide made every QtWidgets class
        it had not made yet, with their enums (~35, ~15 ms, on the meeting's first open)."""
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        if bar.isVisible():
            width -= bar.width()
        return width
