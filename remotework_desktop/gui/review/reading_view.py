"""Reading mode: the plan as printed, alone in the whole window, to read it together."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from remotework_desktop.gui.review.pdf_view import PdfView


class ReadingView(QDialog):
    """The PDF over the whole main window; Esc (or the button) goes back."""

    def __init__(self, pdf: bytes, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Læs planen"))
        self.setAccessibleName(self.tr("Læs planen i hele vinduet"))
        hint = QLabel(self.tr("Tryk Esc for at lukke visningen."))
        hint.setAccessibleName(hint.text())
        self.view = PdfView()
        self.view.setAccessibleName(self.tr("Den aftalte plan, som den udskrives"))
        self.view.set_pdf(pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        self.setGeometry(window.geometry())
        self.view.setFocus()
