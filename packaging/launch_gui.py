"""Entry of the bundle's windowed executable (no console window on Windows)."""

import os
import sys

from remotework_desktop.cli import gui_main

if __name__ == "__main__":
    if os.environ.get("REMOTEWORK_RENDER_WORKER") == "1":  # core/pdf/worker.py
        from remotework_desktop.core.pdf.worker import main as worker_main

        sys.exit(worker_main())
    sys.exit(gui_main())
