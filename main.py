"""Thin launcher: `python main.py` starts the program (same as `remotework-desktop`)."""

import sys

from remotework_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
