"""Entry of the bundle's console executable: the headless commands (and the window too)."""

import sys

from remotework_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
