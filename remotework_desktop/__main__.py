import gc
import sys

# No garbage collection while the program starts: see cli.main.
gc.disable()

from remotework_desktop.cli import main  # noqa: E402 - after gc.disable on purpose

sys.exit(main())
