"""What the window's start-up does not build: each of these cost a measurable share of the
start with 10,000 meetings (counted in instructions, benchmarks/bench_gui.py) and the first
frame needs none of them.

The real entry point (python -m remotework_desktop) runs on a data folder with meetings and
reports, once the window is shown, what it had loaded; these tests fail if an import or a
call on the start-up path pulls one of them in again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_helper import run_python

from remotework_desktop.core import text_rules
from remotework_desktop.gui import app as app_module

# Once the window is shown (the first call after it: collect_garbage_again), the child
# records what is loaded, then asks for the style (which itself builds QStyle) as it is
# under the program's style sheet.
CHILD = """
import atexit, json, runpy, sys
LATER = LATER_NAMES
seen = {}
def widget_classes():
    import PySide6.QtWidgets
    return {n for n in vars(PySide6.QtWidgets) if n.startswith("Q")}
def at_exit():  # registered before PySide is imported: runs after its clean-up
    seen["built_while_quitting"] = sorted(widget_classes() - set(seen["widget_classes"]))
    print(json.dumps(seen))
atexit.register(at_exit)
from remotework_desktop.gui import app
from PySide6.QtCore import QEvent
from remotework_desktop.gui import meeting_list
STYLE_CHANGES = []  # how often the list's table is styled (again)
def change_event(self, event, _orig=meeting_list._Table.changeEvent):
    if event.type() == QEvent.Type.StyleChange:
        STYLE_CHANGES.append(1)
    _orig(self, event)
meeting_list._Table.changeEvent = change_event
def spy(_orig=app.collect_garbage_again):
    import PySide6.QtCore, PySide6.QtWidgets
    from remotework_desktop.core import text_rules
    from PySide6.QtWidgets import QApplication
    seen["qstyle_built"] = "QStyle" in vars(PySide6.QtWidgets)
    built = {**vars(PySide6.QtCore), **vars(PySide6.QtGui), **vars(PySide6.QtWidgets)}
    seen["built"] = sorted(n for n in LATER if n in built)
    seen["modules"] = sorted(m for m in sys.modules if m.split(".")[0] in {"platformdirs", "hashlib", "dataclasses", "tinydb", "locale"} or m == "remotework_desktop.core.archive.outbox")
    seen["patterns"] = sorted(text_rules._compiled)
    import linecache  # PySide's import hook asked inspect, which reads into linecache
    seen["sources_read"] = sorted(f for f in linecache.cache if "remotework_desktop" in f)
    seen["table_style_changes"] = len(STYLE_CHANGES)
    window = [w for w in QApplication.topLevelWidgets() if w.objectName() == "" and hasattr(w, "meeting_list")][0]
    table = window.meeting_list.table
    seen["widths"] = [table.columnWidth(c) for c in range(table.model().columnCount())]
    window.meeting_list.fit_columns()
    seen["refitted"] = [table.columnWidth(c) for c in range(table.model().columnCount())]
    QApplication.instance().setStyleSheet("")  # under the program's sheet: the base style
    seen["style"] = QApplication.style().name()
    seen["widget_classes"] = sorted(widget_classes())
    _orig()
app.collect_garbage_again = spy
sys.argv = ["remotework_desktop", "--data-dir", sys.argv[1]]
runpy.run_module("remotework_desktop", run_name="__main__")
"""


# Qt classes the first frame does not need, imported where they are first used: PySide
# builds a class and its enums when it is first named (QMessageBox: a message shown,
# QRegularExpression: a search typed, QPalette: high contrast switched on).
LATER = ("QMessageBox", "QRegularExpression", "QPalette")


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from remotework_desktop.core.example import build_example_meeting
    from remotework_desktop.core.store import Store

    folder = tmp_path_factory.mktemp("data")
    with Store.open(folder) as store:
        store.save(build_example_meeting())
    with Store.open(folder):  # today's automatic backup, of the meeting: a later start
        pass  # writes nothing (as the benchmark's, whose untimed first run takes it)
    env = {**os.environ, app_module.EXIT_AFTER_SHOW_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("REMOTEWORK_DATA_DIR", None)
    seen = run_python(CHILD.replace("LATER_NAMES", repr(LATER)), str(folder), env=env)
    assert seen  # the window was shown and the spy ran
    return seen


def test_the_style_is_fusion_without_building_qstyle(started: dict[str, object]) -> None:
    """Fusion is set as Qt's start option: QApplication.setStyle returns the style, which
    made PySide build its QStyle class and enums (the due icons wait for a due row too)."""
    assert started["style"] == "fusion"
    assert started["qstyle_built"] is False


def test_the_start_loads_none_of_the_modules_it_does_not_need(
    started: dict[str, object],
) -> None:
    """Nor is hashlib (OpenSSL) loaded: opening the store and listing hash nothing; nor
    dataclasses: the settings and the summaries are plain classes; nor tinydb: store.json
    is read straight from its tables (read_doc); nor locale (argparse's gettext: no
    parser is built for the window) or the archive's outbox (no archive configured)."""
    assert started["modules"] == []


def test_classes_for_later_are_not_built(started: dict[str, object]) -> None:
    assert started["built"] == []


def test_the_list_is_styled_once_and_its_columns_fit_under_the_sheet(
    started: dict[str, object],
) -> None:
    """The style sheet is set once the window is built: the list's table is styled once,
    not again each time its subtree moves into a parent; its columns were fitted before
    the sheet came and fit the same under it."""
    assert started["table_style_changes"] == 1
    # The last column stretches to the window's edge; the others fit their texts.
    assert started["widths"][:-1] == started["refitted"][:-1]
    assert all(width > 0 for width in started["widths"])


def test_quitting_builds_no_widget_class(started: dict[str, object]) -> None:
    """The window is destroyed as the program quits, a button focused: the Enter filter
    no longer follows the focus then (PySide built every widget class it has to report a
    focus change from a half-destroyed widget)."""
    assert started["widget_classes"]  # the spy ran
    assert started["built_while_quitting"] == []


def test_no_module_source_is_read_through_inspect(started: dict[str, object]) -> None:
    """PySide's import hook looks for "PySide6" in each module imported after it; it asked
    inspect.getsource (the file read line by line into linecache): ~3 % of the start.
    gui/pyside_hook answers from the file's bytes."""
    assert started["sources_read"] == []


def test_the_text_rules_patterns_wait_for_their_first_use(started: dict[str, object]) -> None:
    assert started["patterns"] == []


def test_the_patterns_still_work_once_compiled() -> None:
    assert text_rules.text_problem("a\x07b") is not None
    assert text_rules.text_problem("a\nb", multiline=True) is None
    assert text_rules.text_problem("a\nb") is not None
    assert text_rules.terminal_safe("x\u202ey") == "x\\u202ey"
    assert text_rules.json_safe('"\ud800"') == '"\\ud800"'
    assert text_rules.printable("a\x00b\nc") == "a\ufffdb\nc"
    assert text_rules.printable("a\nb", multiline=False) == "a\ufffdb"


def test_the_default_data_folder_still_follows_the_platform(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from remotework_desktop.core import paths

    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    folder = paths.data_dir()
    assert folder.name == "remotework-desktop"
    assert folder.is_absolute()


def test_a_summary_is_still_a_frozen_record() -> None:
    import copy
    import dataclasses
    import pickle

    from remotework_desktop.core.summary import MeetingSummary

    a = MeetingSummary("abc", company="Kaffe A/S", version=2)
    b = MeetingSummary("abc", "Kaffe A/S", version=2)
    assert a == b and hash(a) == hash(b) and a != MeetingSummary("abc")
    assert {a, b} == {a}
    assert repr(a).startswith("MeetingSummary(id='abc', company='Kaffe A/S', manager_name=''")
    assert pickle.loads(pickle.dumps(a)) == a and copy.deepcopy(a) == a
    assert a.as_dict() == {
        "id": "abc",
        "company": "Kaffe A/S",
        "manager_name": "",
        "employee_name": "",
        "meeting_date": "",
        "follow_up_date": None,
        "state": "draft",
        "version": 2,
        "updated_at": "",
        "follows": None,
        "amends": None,
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.company = "Te A/S"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.company
    with pytest.raises(AttributeError):
        a.extra = 1  # type: ignore[attr-defined]


def test_settings_compare_and_save_their_fields_in_order(tmp_path: Path) -> None:
    from remotework_desktop.core.settings import Settings, load_settings, save_settings

    settings = Settings(zoom=125, language="en")
    assert settings == Settings(125, "en") and settings != Settings()
    assert repr(Settings()) == (
        "Settings(zoom=100, language='da', geometry=None, high_contrast=False, archive_url=None)"
    )
    save_settings(tmp_path, settings)
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert list(saved) == ["zoom", "language", "geometry", "high_contrast", "archive_url"]
    assert load_settings(tmp_path) == settings


@pytest.mark.parametrize(
    "content",
    [
        b'{"store": {"1": {"schema": 1}}}',
        b'{"store": {"2": {"schema": 1}}}',  # no document 1
        b'{"other": {"1": {"schema": 1}}}',  # no such table
        b"{}",
        b"not json",
        b'{"store": []}',  # not TinyDB's shape
        None,  # no file
    ],
)
def test_read_doc_reads_what_tinydb_reads(tmp_path: Path, content: bytes | None) -> None:
    """read_doc skips TinyDB at start-up; it gives what TinyDB's get(doc_id=1) gives."""
    from tinydb import TinyDB

    from remotework_desktop.core.store import AtomicJSONStorage, DamagedFile
    from remotework_desktop.core.store.files import read_doc

    path = tmp_path / "store.json"
    if content is not None:
        path.write_bytes(content)

    def outcome(read: object) -> object:
        try:
            return ("doc", read())  # type: ignore[operator]
        except DamagedFile as exc:
            return ("damaged", str(exc))

    def via_tinydb() -> object:
        with TinyDB(path, storage=AtomicJSONStorage, read_only=True) as db:
            doc = db.table("store", cache_size=0).get(doc_id=1)
        if doc is None and path.exists():
            raise DamagedFile("no document 1")  # read_doc's rule for a file without it
        return None if doc is None else dict(doc)

    ours, theirs = outcome(lambda: read_doc(path, "store")), outcome(via_tinydb)
    assert ours[0] == theirs[0]
    if ours[0] == "doc":
        assert ours == theirs


# Nor does any Python event handler (event, changeEvent, an event filter) take an event
# before the first frame: PySide, to hand Python each event as its own class, built ~45
# event classes (these among them). showEvent and paintEvent take their own class only.
# (The child above puts a changeEvent on the list's table: this one changes nothing.)
EVENT_CLASSES = ("QChildEvent", "QTabletEvent", "QDragEnterEvent", "QGraphicsSceneEvent")
# Nor the classes named only for a key press, a close, a save's time or type hints.
UNNAMED_CLASSES = ("QKeyEvent", "QToolButton", "QPersistentModelIndex", "QTime", "QCloseEvent")
PLAIN_CHILD = """
import json, runpy, sys
from remotework_desktop.gui import app
def spy(_orig=app.collect_garbage_again):
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    built = {**vars(PySide6.QtCore), **vars(PySide6.QtGui), **vars(PySide6.QtWidgets)}
    print(json.dumps(sorted(n for n in EVENT_NAMES if n in built)))
    _orig()
app.collect_garbage_again = spy
sys.argv = ["remotework_desktop", "--data-dir", sys.argv[1]]
runpy.run_module("remotework_desktop", run_name="__main__")
"""


def test_no_python_event_handler_takes_an_event_before_the_first_frame(
    tmp_path: Path,
) -> None:
    from remotework_desktop.core.example import build_example_meeting
    from remotework_desktop.core.store import Store

    with Store.open(tmp_path) as store:
        store.save(build_example_meeting())
    env = {**os.environ, app_module.EXIT_AFTER_SHOW_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("REMOTEWORK_DATA_DIR", None)
    code = PLAIN_CHILD.replace("EVENT_NAMES", repr(EVENT_CLASSES + UNNAMED_CLASSES))
    assert run_python(code, str(tmp_path), env=env) == []


# Qt's enums: PySide builds the whole Qt namespace (93 enums, ~2,400 members, a sixth of a
# bare Qt start) when the first of them crosses to or from Python. The window's first frame
# needs none (see gui/qt_ints.py); the namespace is built once it is drawn, when the list
# starts to sort on a header's click. The child records what was built as the window's
# after_first_frame is called (the frame drawn), then quits.
FIRST_FRAME_CHILD = """
import json, runpy, sys
from remotework_desktop.gui import main_window
def after_first_frame(self, _orig=main_window.MainWindow.after_first_frame):
    import PySide6.QtCore
    from PySide6.QtWidgets import QApplication
    seen = {"qt_built_before": "Qt" in vars(PySide6.QtCore)}
    _orig(self)
    header = self.meeting_list.table.horizontalHeader()
    seen["sort_indicator"] = [header.isSortIndicatorShown(), header.sortIndicatorSection()]
    seen["headers"] = [self.meeting_list.table.model().headerData(c, PySide6.QtCore.Qt.Orientation.Horizontal) for c in range(header.count())]
    print(json.dumps(seen), flush=True)
    QApplication.instance().quit()
main_window.MainWindow.after_first_frame = after_first_frame
sys.argv = ["remotework_desktop", "--data-dir", sys.argv[1]]
runpy.run_module("remotework_desktop", run_name="__main__")
"""


def test_the_first_frame_builds_none_of_qts_enums(tmp_path: Path) -> None:
    from remotework_desktop.core.example import build_example_meeting
    from remotework_desktop.core.store import Store

    with Store.open(tmp_path) as store:
        store.save(build_example_meeting())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("REMOTEWORK_DATA_DIR", None)
    env.pop(app_module.EXIT_AFTER_SHOW_ENV, None)
    seen = run_python(FIRST_FRAME_CHILD, str(tmp_path), env=env)
    assert seen["qt_built_before"] is False
    # Then the headers sort on a click, with no column sorted yet (the store's order).
    assert seen["sort_indicator"] == [True, -1]
    assert seen["headers"] == [
        "Medarbejder",
        "Virksomhed",
        "Leder",
        "Mødedato",
        "Status",
        "Opfølgning",
    ]


def test_the_plain_ints_are_qts_values() -> None:
    from PySide6.QtCore import Qt

    from remotework_desktop.gui import qt_ints

    assert Qt.ItemDataRole.DisplayRole.value == qt_ints.DISPLAY_ROLE
    assert Qt.ItemDataRole.DecorationRole.value == qt_ints.DECORATION_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == qt_ints.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.UserRole.value == qt_ints.USER_ROLE
    assert Qt.TextFormat.PlainText.value == qt_ints.PLAIN_TEXT
    assert (
        Qt.ShortcutContext.WidgetWithChildrenShortcut.value == qt_ints.WIDGET_WITH_CHILDREN_SHORTCUT
    )
    assert Qt.Key.Key_Delete.value == qt_ints.KEY_DELETE


def test_properties_set_by_their_int_take_effect(qtbot: object) -> None:
    """ScaledLabel's plain text and the guide key's context are set through Qt's property
    system with the ints: Qt converts them to the enums."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QShortcut

    from remotework_desktop.gui.style import ScaledLabel

    label = ScaledLabel("<b>Ikke fed</b>", 1.5, True)
    assert label.textFormat() == Qt.TextFormat.PlainText
    label.deleteLater()
    shortcut = QShortcut(label)
    shortcut.setProperty("context", 3)
    assert shortcut.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
