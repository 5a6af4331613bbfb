"""Signing in the GUI: the pad, the sign dialog, the review page, the PDF preview and print."""

from __future__ import annotations

import io
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabBar,
    QWidget,
)

from remotework_desktop.core.checklists import ChecklistDefinition
from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.meetings import Meeting, new_meeting
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.pdf.verify import extract_embedded
from remotework_desktop.core.store import Store
from remotework_desktop.gui.review.pdf_view import PdfView
from remotework_desktop.gui.review.printing import (
    BAND_PIXELS,
    MAX_PRINT_DPI,
    PdfPreviewDialog,
    PrintJob,
    print_pdf_bytes,
)
from remotework_desktop.gui.review.review_page import ReviewPage
from remotework_desktop.gui.review.sign_dialog import SignDialog
from remotework_desktop.gui.review.signature_pad import SignaturePad
from tests.qt_helpers import run_modal

MANAGER = "Søren Ødegaard"
EMPLOYEE = "Åse Nørgaard"
PRIVATE_NOTE = "Skærmlæser og rolige omgivelser"


@pytest.fixture
def meeting(small_checklist: ChecklistDefinition) -> Meeting:
    m = new_meeting(
        company="Ærø Tekstil ApS",
        manager_name=MANAGER,
        employee_name=EMPLOYEE,
        meeting_date="2026-11-26",
        checklists=[small_checklist],
    )
    m.set_answer("small", "days", 2)
    m.set_answer("small", "needs", PRIVATE_NOTE)
    m.add_action("Bestil skærm og tastatur", owner="manager", deadline="2026-12-05")
    # Enough agreed actions that the printed plan runs over several pages.
    for n in range(24):
        m.add_action(f"Aftale nummer {n}: " + "tekst " * 40, owner="both")
    # Every item discussed, so signing goes straight on (test_gui_between: when it asks).
    for item in m.visible_items("small"):
        m.set_status("small", item.id, "agreed")
    return m


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    try:
        yield opened
    finally:
        opened.close()


# -- helpers ---------------------------------------------------------------------------------
def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def draw(widget: QWidget, points: Sequence[tuple[float, float]]) -> None:
    """One stroke with the left button held (QTest.mouseMove carries no buttons)."""
    left = Qt.MouseButton.LeftButton
    first, *rest = [QPointF(x, y) for x, y in points]
    _mouse(widget, QEvent.Type.MouseButtonPress, first, left)
    for p in rest:
        _mouse(widget, QEvent.Type.MouseMove, p, left)
    _mouse(
        widget, QEvent.Type.MouseButtonRelease, rest[-1] if rest else first, Qt.MouseButton.NoButton
    )


def press(key: Qt.Key, text: str = "") -> None:
    """A key press to whatever has keyboard focus, as a person at the keyboard would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key)


def pdf_pages(data: bytes) -> int:
    import io

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


# -- the pad ---------------------------------------------------------------------------------
def test_pad_records_strokes_in_the_logical_box(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 150)  # exactly the 10:3 box at half scale
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty()

    with qtbot.waitSignal(pad.changed):
        draw(pad, [(50, 30), (100, 60), (250, 75), (499, 149)])
    strokes = pad.strokes()
    assert strokes == [[(100.0, 60.0), (200.0, 120.0), (500.0, 150.0), (998.0, 298.0)]]
    assert not pad.is_empty()

    # A larger, taller widget: the box is centred, so the same logical point lands in the
    # middle; points outside the box are clamped into it.
    pad.resize(1000, 600)
    draw(pad, [(500, 300), (2000, 2000)])
    assert pad.strokes()[1] == [(500.0, 150.0), (1000.0, 300.0)]

    with qtbot.waitSignal(pad.changed):
        pad.undo_stroke()
    assert len(pad.strokes()) == 1
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.strokes() == [] and pad.is_empty()


def test_a_tap_is_not_a_signature(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 150)
    draw(pad, [(100, 100)])
    assert len(pad.strokes()) == 1
    assert pad.is_empty()


def test_pad_keyboard_undo_and_clear(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 150)
    draw(pad, [(10, 10), (40, 40)])
    draw(pad, [(60, 10), (90, 40)])
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes()) == 1
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.strokes() == []


def test_pad_takes_touch_and_pen(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 150)
    pad.show()
    touch = QTest.createTouchDevice()
    for step, where in (("press", (50, 30)), ("move", (100, 60)), ("release", (100, 60))):
        sequence = QTest.touchEvent(pad, touch)
        getattr(sequence, step)(0, QPoint(*where), pad)
        sequence.commit()
    assert pad.strokes() == [[(100.0, 60.0), (200.0, 120.0)]]

    pad.clear()
    pen = QPointingDevice(
        "pen",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, where, held in (
        (QEvent.Type.TabletPress, (50, 30), left),
        (QEvent.Type.TabletMove, (100, 60), left),
        (QEvent.Type.TabletRelease, (150, 60), none),
    ):
        pos = QPointF(*where)
        event = QTabletEvent(
            kind, pen, pos, pad.mapToGlobal(pos), 0.5, 0.0, 0.0, 0.0, 0.0, 0.0,
            Qt.KeyboardModifier.NoModifier, left, held,
        )  # fmt: skip
        QApplication.sendEvent(pad, event)
    assert pad.strokes() == [[(100.0, 60.0), (200.0, 120.0), (300.0, 120.0)]]


# -- the sign dialog -------------------------------------------------------------------------
def test_sign_by_drawing(qtbot, meeting: Meeting) -> None:
    dialog = SignDialog(meeting, "manager", "da")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.method() == "drawn"
    assert dialog.drawn_name.text() == MANAGER  # prefilled; the signer confirms it
    assert not dialog.sign_button.isEnabled()

    dialog.confirm.setChecked(True)
    assert not dialog.sign_button.isEnabled(), "an empty pad must not be signable"
    draw(dialog.pad, [(40, 100), (120, 60), (200, 110), (300, 70)])
    assert dialog.sign_button.isEnabled()

    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_empty() and not dialog.sign_button.isEnabled()
    draw(dialog.pad, [(40, 100), (120, 60), (200, 110), (300, 70)])
    draw(dialog.pad, [(350, 100), (400, 60)])
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert len(dialog.pad.strokes()) == 1
    dialog.confirm.setChecked(False)
    assert not dialog.sign_button.isEnabled(), "not without confirming the statement"
    dialog.confirm.setChecked(True)
    strokes = dialog.pad.strokes()

    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    sig = meeting.signature("manager")
    assert sig is not None and sig is dialog.signature
    assert sig.method == "drawn" and sig.name == MANAGER
    assert sig.strokes == strokes
    assert (sig.width, sig.height) == (1000.0, 300.0)
    assert meeting.state == "draft"


def test_sign_with_typed_name_by_keyboard_alone(qtbot, meeting: Meeting) -> None:
    dialog = SignDialog(meeting, "employee", "da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pad)

    # Ctrl+Tab: to "Skriv navn".
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.method() == "typed"
    assert QApplication.focusWidget() is dialog.typed_name  # the tab bar never holds focus
    QTest.keyClicks(dialog.typed_name, EMPLOYEE)
    assert not dialog.sign_button.isEnabled()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.confirm
    press(Qt.Key.Key_Space)
    assert dialog.confirm.isChecked() and dialog.sign_button.isEnabled()
    press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    sig = meeting.signature("employee")
    assert sig is not None
    assert (sig.method, sig.name, sig.strokes) == ("typed", EMPLOYEE, [])
    assert dialog.typed_preview.text() == EMPLOYEE


def test_wrong_name_is_shown_next_to_the_field(qtbot, meeting: Meeting) -> None:
    dialog = SignDialog(meeting, "employee", "da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(SignDialog.TYPED)
    QTest.keyClicks(dialog.typed_name, "Nogen Andet")
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert meeting.signature("employee") is None
    assert dialog.typed_name_error.isVisible()
    assert EMPLOYEE in dialog.typed_name_error.text()
    assert not dialog.error.isVisible()


def test_drawn_signature_needs_the_right_name_too(qtbot, meeting: Meeting) -> None:
    dialog = SignDialog(meeting, "manager", "da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.drawn_name.clear()
    draw(dialog.pad, [(40, 100), (120, 60)])
    dialog.confirm.setChecked(True)
    assert not dialog.sign_button.isEnabled(), "a drawn signature still records a name"
    QTest.keyClicks(dialog.drawn_name, "søren ødegaard")  # case does not matter to the rule
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert meeting.signature("manager") is not None


# -- the review page -------------------------------------------------------------------------
def _sign_typed(name: str) -> Callable[[QDialog], None]:
    def sign(dialog: QDialog) -> None:
        assert isinstance(dialog, SignDialog)
        dialog.tabs.setCurrentIndex(SignDialog.TYPED)
        QTest.keyClicks(dialog.typed_name, name)
        dialog.confirm.setChecked(True)
        QTest.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    return sign


def test_review_shows_the_pdf_as_printed(qtbot, meeting: Meeting, store: Store) -> None:
    store.save(meeting)
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()

    assert page.pdf_bytes() == render_pdf(meeting, lang="da")
    assert page.view.page_count() == pdf_pages(page.pdf_bytes()) >= 2
    assert PRIVATE_NOTE not in "".join(
        page.view.page_text(n) for n in range(1, page.view.page_count() + 1)
    )

    page.include_private.click()
    assert page.pdf_bytes() == render_pdf(meeting, lang="da", include_private=True)
    text = "".join(page.view.page_text(n) for n in range(1, page.view.page_count() + 1))
    assert PRIVATE_NOTE in text

    # An edit elsewhere shows up when the page is shown again (rendered off the GUI thread).
    page.hide()
    meeting.add_action("Aftal mødedag hver torsdag", owner="both")
    page.show()
    assert page.is_rendering() and page.placeholder.isVisible()
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=20000)
    assert page.view.isVisible() and not page.placeholder.isVisible()
    text = "".join(page.view.page_text(n) for n in range(1, page.view.page_count() + 1))
    assert "Aftal mødedag hver torsdag" in text


def test_the_review_pdf_is_rendered_on_first_show_in_a_worker(
    qtbot, meeting: Meeting, store: Store
) -> None:
    store.save(meeting)
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    # Made but not shown (as when a meeting opens): nothing rendered, nothing to print yet.
    assert page.renders == 0 and not page.is_rendering()
    assert not page.preview_button.isEnabled() and not page.save_button.isEnabled()
    page.resize(1000, 900)
    page.show()
    # Shown: a placeholder while a worker thread renders, not the GUI thread.
    assert page.renders == 1 and page.is_rendering()
    assert page.placeholder.isVisible() and not page.view.isVisible()
    assert page.placeholder.accessibleName()
    job = page._job
    assert job is not None
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=20000)
    assert job.ran_in not in (None, threading.main_thread().ident)
    assert not page.placeholder.isVisible()
    assert page.view.page_count() == pdf_pages(page.pdf_bytes()) >= 2
    assert page.preview_button.isEnabled() and page.save_button.isEnabled()
    # Shown again unchanged: not rendered again.
    page.hide()
    page.show()
    assert page.renders == 1 and not page.is_rendering()


def test_opening_a_meeting_renders_no_pdf(qtbot, store: Store, tmp_path: Path) -> None:
    from remotework_desktop.core.settings import Settings
    from remotework_desktop.gui.main_window import MainWindow

    meeting = build_example_meeting(fixed_ids=True)
    store.save(meeting)
    window = MainWindow(store, Settings(), tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert window.open_meeting(meeting.id)
    assert window.review.renders == 0 and not window.review.is_rendering()
    window.editor.show_page("Gennemse og underskriv")
    assert window.review.renders == 1
    assert window.review.pdf_bytes().startswith(b"%PDF")


def test_both_sign_on_the_review_page(qtbot, meeting: Meeting, store: Store) -> None:
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    page.show()
    manager_row, employee_row = page.rows["manager"], page.rows["employee"]
    assert "Leder: Søren Ødegaard – ikke underskrevet" in manager_row.text.text()
    assert not page.banner_box.isVisible() and not page.new_version_button.isVisible()

    saved: list[str] = []
    page.signed.connect(lambda role: (saved.append(role), store.save(page.meeting())))
    run_modal(_sign_typed(MANAGER))
    with qtbot.assertNotEmitted(page.locked):
        qtbot.mouseClick(manager_row.sign_button, Qt.MouseButton.LeftButton)
    assert saved == ["manager"]
    assert "underskrevet" in manager_row.text.text() and "ikke" not in manager_row.text.text()
    assert not manager_row.sign_button.isVisible() and employee_row.sign_button.isVisible()

    run_modal(_sign_typed(EMPLOYEE))
    with qtbot.waitSignal(page.locked):
        qtbot.mouseClick(employee_row.sign_button, Qt.MouseButton.LeftButton)
    assert saved == ["manager", "employee"]
    assert meeting.state == "signed"
    assert meeting.fingerprint == meeting.compute_fingerprint()
    assert store.get(meeting.id).fingerprint == meeting.fingerprint

    assert page.banner_box.isVisible() and "underskrevet af begge" in page.banner.text()
    assert not page._banner_icon.pixmap().isNull()  # a standard icon too, not colour alone
    assert not manager_row.sign_button.isVisible() and not employee_row.sign_button.isVisible()
    assert not manager_row.remove_button.isVisible()
    # The page now shows the signed PDF, whose footer carries the fingerprint of the data
    # it prints (the private items are left out, so not the whole record's fingerprint).
    printed = extract_embedded(page.pdf_bytes())
    assert printed is not None and printed["state"] == "signed"
    assert printed["fingerprint"][:12] in page.view.page_text(1)

    # The lock banner names the same fingerprint as the footer of the PDF shown, in groups of 4.
    def grouped(fp: str) -> str:
        return " ".join(fp[i : i + 4] for i in range(0, 12, 4))

    assert printed["fingerprint"] != meeting.fingerprint  # private items are left out
    assert grouped(printed["fingerprint"]) in page.banner.text()
    assert grouped(meeting.fingerprint) not in page.banner.text()
    with qtbot.waitSignal(page.new_version_requested):
        qtbot.mouseClick(page.new_version_button, Qt.MouseButton.LeftButton)


def test_cancelled_dialog_signs_nothing(qtbot, meeting: Meeting) -> None:
    page = ReviewPage(meeting, None, "da")
    qtbot.addWidget(page)
    page.show()
    run_modal(lambda dialog: dialog.reject())
    with qtbot.assertNotEmitted(page.signed):
        assert page.open_sign_dialog("manager") is False
    assert meeting.signatures == []
    assert not page.save_button.isEnabled(), "no store, nothing to record an export in"


def test_remove_a_signature_before_both_signed(qtbot, meeting: Meeting, monkeypatch) -> None:
    meeting.sign("manager", MANAGER, confirmed=True)
    page = ReviewPage(meeting, None, "da")
    qtbot.addWidget(page)
    page.show()
    row = page.rows["manager"]
    assert row.remove_button.isVisible() and not row.sign_button.isVisible()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert meeting.signature("manager") is not None

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.signed):
        qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert meeting.signature("manager") is None
    assert row.sign_button.isVisible() and "ikke underskrevet" in row.text.text()


def test_a_signed_meeting_opens_locked(qtbot, meeting: Meeting) -> None:
    meeting.sign("manager", MANAGER, confirmed=True)
    meeting.sign("employee", EMPLOYEE, confirmed=True)
    page = ReviewPage(meeting, None, "en")
    qtbot.addWidget(page)
    page.show()
    assert page.banner_box.isVisible() and page.new_version_button.isVisible()
    assert not any(
        r.sign_button.isVisible() or r.remove_button.isVisible() for r in page.rows.values()
    )
    # The window is in English; the plan prints in the agreement's language (Danish here).
    assert meeting.language == "da"
    assert page.pdf_bytes() == render_pdf(meeting, lang="da")
    assert "Manager: Søren Ødegaard" in page.rows["manager"].text.text()


def test_the_plan_prints_in_the_agreements_language(qtbot, meeting: Meeting) -> None:
    english = meeting.model_copy(update={"language": "en"})
    page = ReviewPage(english, None, "da")
    qtbot.addWidget(page)
    page.show()
    assert page.pdf_bytes() == render_pdf(english, lang="en")
    assert "Agreed plan for working from home" in page.view.page_text(1)


def test_save_as_pdf_records_the_export(
    qtbot, meeting: Meeting, store: Store, tmp_path: Path, monkeypatch
) -> None:
    store.save(meeting)
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    page.show()
    page.include_private.click()

    asked: dict[str, str] = {}
    target = tmp_path / "ud" / "plan"  # no suffix: ".pdf" is added

    def fake_dialog(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        asked["suggested"] = suggested
        return str(target), filters

    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    qtbot.waitUntil(page.save_button.isEnabled, timeout=20000)  # once the PDF is rendered
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert Path(asked["suggested"]).name == "Hjemmearbejde-Åse-Nørgaard-2026-11-26.pdf"
    written = target.with_name("plan.pdf").read_bytes()
    assert written == page.pdf_bytes(), "the bytes saved are the bytes shown and printed"
    import hashlib

    export = store.find_export(hashlib.sha256(written).hexdigest())
    assert export is not None and export["include_private"] is True
    assert page.save_status.isVisible() and "Gemt" in page.save_status.text()


def test_save_into_a_missing_folder_says_so(
    qtbot, meeting: Meeting, store: Store, tmp_path: Path
) -> None:
    store.save(meeting)
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    page.show()
    assert page.save_pdf(tmp_path / "findes-ikke" / "plan.pdf") is None
    assert page.save_status.isVisible()
    assert "findes ikke" in page.save_status.text()
    assert store.exports_for(meeting.id) == []


def test_save_warns_when_the_store_holds_another_state(
    qtbot, meeting: Meeting, store: Store, tmp_path: Path
) -> None:
    store.save(meeting)
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    page.show()
    meeting.add_action("Ikke gemt endnu", owner="both")  # changed after the last save
    page.refresh()
    target = tmp_path / "plan.pdf"
    sha = page.save_pdf(target)
    assert sha is not None and target.exists()
    assert target.read_bytes() != page.pdf_bytes()
    assert "svarer ikke helt til visningen" in page.save_status.text()


def test_mnemonics_on_the_review_page_are_distinct(qtbot, meeting: Meeting, store: Store) -> None:
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    page.show()
    page.wait_rendered()  # the page view and its buttons show once the PDF is ready
    keys = []
    for w in _interactive(page) + page.findChildren(QLabel):
        text = w.text() if hasattr(w, "text") else ""
        if w.isVisibleTo(page) and "&" in text:
            keys.append(text[text.index("&") + 1].casefold())
    assert len(keys) >= 6
    assert len(keys) == len(set(keys)), keys


# -- preview and print -----------------------------------------------------------------------
def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_pdf_bytes_prints_every_page(meeting: Meeting, tmp_path: Path, qapp) -> None:
    data = render_pdf(meeting, lang="da")
    out = tmp_path / "printed.pdf"
    count = print_pdf_bytes(data, _pdf_printer(out))
    assert count == pdf_pages(data) >= 2
    assert pdf_pages(out.read_bytes()) == count


def test_print_pdf_bytes_honours_the_page_range(meeting: Meeting, tmp_path: Path, qapp) -> None:
    data = render_pdf(meeting, lang="da")
    out = tmp_path / "page2.pdf"
    printer = _pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_pdf_bytes(data, printer) == 1
    printed = pypdf.PdfReader(out)
    assert len(printed.pages) == 1


def test_print_rasterises_at_the_printers_capped_resolution_without_scaling(
    meeting: Meeting, tmp_path: Path, qapp
) -> None:
    data = render_pdf(meeting, lang="da")
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out)
    assert printer.resolution() > MAX_PRINT_DPI  # 1200 dpi for PDF output
    assert print_pdf_bytes(data, printer) == pdf_pages(data)
    assert printer.resolution() == MAX_PRINT_DPI
    # Each page arrives as bands exactly as wide as the page at the printer's resolution
    # (fitted into the printable area): one bitmap pixel per printer pixel, none scaled.
    area = printer.pageLayout().paintRectPixels(MAX_PRINT_DPI)
    width_pt = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox.width
    expected = round(float(width_pt) * min(MAX_PRINT_DPI / 72, area.width() / float(width_pt)))
    page = pypdf.PdfReader(out).pages[0]
    images = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
    assert len(images) > 1
    assert {img["/Width"] for img in images} == {expected}
    assert max(img["/Height"] for img in images) <= BAND_PIXELS + 1


def _run_job(qtbot, job: PrintJob) -> list[object]:
    result: list[object] = []
    job.finished_printing.connect(lambda count, cancelled: result.extend([count, cancelled]))
    with qtbot.waitSignal(job.finished, timeout=60000):
        job.start()
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    return result


def test_a_print_job_prints_in_a_worker_thread(qtbot, meeting: Meeting, tmp_path: Path) -> None:
    data = render_pdf(meeting, lang="da")
    out = tmp_path / "job.pdf"
    job = PrintJob(data, _pdf_printer(out))
    steps: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: steps.append((done, total)))
    assert _run_job(qtbot, job) == [pdf_pages(data), False]
    assert job.worker_thread is not None
    assert job.worker_thread is not threading.main_thread()
    assert steps == [(n, pdf_pages(data)) for n in range(1, pdf_pages(data) + 1)]
    assert pdf_pages(out.read_bytes()) == pdf_pages(data)


def test_a_print_job_can_be_cancelled(qtbot, meeting: Meeting, tmp_path: Path) -> None:
    data = render_pdf(meeting, lang="da")
    assert pdf_pages(data) >= 2
    job = PrintJob(data, _pdf_printer(tmp_path / "cancelled.pdf"))
    # Cancelled from the worker's own thread as soon as page 1 is done: no page after it.
    job.progress.connect(job.cancel, Qt.ConnectionType.DirectConnection)
    assert _run_job(qtbot, job) == [1, True]


def test_the_preview_prints_with_a_progress_dialog_that_cancels(
    qtbot, meeting: Meeting, tmp_path: Path, monkeypatch
) -> None:
    data = render_pdf(meeting, lang="da")
    dialog = PdfPreviewDialog(data, "Aftale")
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(dialog, "make_printer", lambda: _pdf_printer(tmp_path / "x.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.assertNotEmitted(dialog.printed):
        job = dialog.print_document()
        assert job is not None
        # The window is not blocked: the call returned while the worker prints.
        assert job.isRunning() and dialog.progress.isVisible()
        assert not dialog.print_button.isEnabled()
        assert dialog.progress.accessibleName()
        cancel = dialog.progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "&Annuller"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(job.isFinished, timeout=60000)
        qtbot.waitUntil(lambda: "annulleret" in dialog.status.text(), timeout=5000)
    assert dialog.print_button.isEnabled() and not dialog.progress.isVisible()


def test_preview_dialog_prints_the_same_bytes(
    qtbot, meeting: Meeting, tmp_path: Path, monkeypatch
) -> None:
    data = render_pdf(meeting, lang="da")
    dialog = PdfPreviewDialog(data, "Aftale")
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "preview-print.pdf"
    monkeypatch.setattr(dialog, "make_printer", lambda: _pdf_printer(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(dialog.printed, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [pdf_pages(data)]
    assert pdf_pages(out.read_bytes()) == pdf_pages(data)

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    with qtbot.assertNotEmitted(dialog.printed):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)


def test_pdf_view_keyboard_navigation_and_zoom(qtbot, meeting: Meeting) -> None:
    data = render_pdf(meeting, lang="da")
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.set_pdf(data)
    total = view.page_count()
    assert total >= 2 and view.current_page() == 1
    view.setFocus()
    qtbot.waitUntil(view._scroll.hasFocus)

    press(Qt.Key.Key_End)
    assert view.current_page() == total
    press(Qt.Key.Key_Home)
    assert view.current_page() == 1
    before = view.zoom()
    press(Qt.Key.Key_Plus)
    assert view.zoom() > before
    press(Qt.Key.Key_Minus)
    press(Qt.Key.Key_Minus)
    assert view.zoom() < before
    qtbot.mouseClick(view._next, Qt.MouseButton.LeftButton)
    assert view.current_page() == 2


def test_unreadable_pdf_is_reported_in_plain_words(qtbot) -> None:
    from remotework_desktop.gui.review.pdf_pages import PdfError

    view = PdfView()
    qtbot.addWidget(view)
    with pytest.raises(PdfError, match="kunne ikke læses"):
        view.set_pdf(b"not a pdf at all")


# -- accessibility ---------------------------------------------------------------------------
def _interactive(root: QWidget) -> list[QWidget]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or isinstance(w.parentWidget(), QAbstractSpinBox):
            continue
        if (
            isinstance(w, QAbstractButton | QLineEdit | QCheckBox | QTabBar | QAbstractSpinBox)
            or w.focusPolicy() != Qt.FocusPolicy.NoFocus
        ):
            found.append(w)
    return found


@pytest.mark.parametrize("tab", [SignDialog.DRAWN, SignDialog.TYPED])
def test_every_control_of_the_sign_dialog_is_named(qtbot, meeting: Meeting, tab: int) -> None:
    dialog = SignDialog(meeting, "manager", "da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(tab)
    controls = _interactive(dialog)
    assert dialog.pad in controls or tab == SignDialog.TYPED
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not w.accessibleName()]
    assert unnamed == []
    assert "Skriv navn" in dialog.pad.accessibleDescription()


def test_every_control_of_the_review_page_is_named(qtbot, meeting: Meeting, store: Store) -> None:
    meeting.sign("manager", MANAGER, confirmed=True)
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    page.show()
    controls = _interactive(page)
    assert page.rows["employee"].sign_button in controls
    assert page.rows["manager"].remove_button in controls
    unnamed = [
        f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''}"
        for w in controls
        if not w.accessibleName()
    ]
    assert unnamed == []


def test_pdf_view_ctrl_wheel_zooms_and_a_plain_wheel_scrolls(qtbot, meeting: Meeting) -> None:
    from PySide6.QtGui import QWheelEvent

    view = PdfView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.set_pdf(render_pdf(meeting, lang="da"))
    target = view._scroll.viewport()  # where the wheel turns: the pages' viewport

    def turn(modifiers: Qt.KeyboardModifier, up: bool) -> None:
        middle = QPointF(target.width() / 2, target.height() / 2)
        event = QWheelEvent(
            middle,
            QPointF(target.mapToGlobal(middle.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 if up else -120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, event)

    before = view.zoom()
    turn(Qt.KeyboardModifier.ControlModifier, up=True)
    larger = view.zoom()
    assert larger > before
    turn(Qt.KeyboardModifier.ControlModifier, up=False)
    assert view.zoom() < larger
    zoom, bar = view.zoom(), view._scroll.verticalScrollBar()
    turn(Qt.KeyboardModifier.NoModifier, up=False)  # scrolls down, no zoom
    assert bar.value() > 0 and view.zoom() == zoom
