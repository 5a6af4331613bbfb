import sys

from remotework_desktop.cli import main

sys.exit(main())
