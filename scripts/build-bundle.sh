#!/usr/bin/env bash
# Build the stand-alone bundle: dist/remotework-desktop/ holds the program with its own
# Python, Qt and data, and two executables (remotework-desktop-gui, remotework-desktop).
# Needs the dev set-up (scripts/setup.sh test, which installs PyInstaller); runs offline.
# Extra arguments go to PyInstaller, e.g. --distpath /tmp/dist --workpath /tmp/build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
exec .venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  packaging/remotework-desktop.spec "$@"
