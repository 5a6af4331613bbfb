"""The window. PySide's import hook is made cheaper first: see pyside_hook."""

from remotework_desktop.gui import pyside_hook

pyside_hook.install()
