"""Qt's enum values as plain ints, for the code that runs before the window's first frame.

The first time any enum of Qt's ``Qt`` namespace crosses between Python and Qt (named in
Python, passed as an argument, returned, or handed to a Python method Qt calls), PySide
builds the whole namespace: 93 Python enums, ~2,400 members. That was ~120 M instructions
and ~30 ms, a sixth of a bare Qt start, before the window with 10,000 meetings could show.

So the start-up path (app, main window, meeting list, menus) never names ``Qt``:
- item roles are ints (Qt passes roles as int);
- an enum property is set by name (``setProperty`` takes the int and Qt converts it);
- the list's headers come from a Qt model, not a Python ``headerData`` (Qt calls that with
  a ``Qt.Orientation``);
- what needs a real enum waits for the first frame (``MainWindow.after_first_frame``),
  which then builds the namespace in one go, before the background load starts.

``tests/test_startup_light.py`` checks every value here against Qt's, and that a start-up
builds no ``Qt`` before its first frame.
"""

from __future__ import annotations

# Qt.ItemDataRole
DISPLAY_ROLE = 0
DECORATION_ROLE = 1
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256
# Qt.TextFormat.PlainText, for QLabel's "textFormat" property
PLAIN_TEXT = 0
# Qt.ShortcutContext.WidgetWithChildrenShortcut, for QShortcut's "context" property
WIDGET_WITH_CHILDREN_SHORTCUT = 3
# Qt.Key.Key_Delete (QKeyEvent.key() is an int)
KEY_DELETE = 0x01000007
