"""Entry of the bundle's windowed executable (no console window on Windows)."""

import sys

from remotework_desktop.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
