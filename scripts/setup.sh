#!/usr/bin/env bash
# Set up a fresh machine: Qt's system libraries (Debian/Ubuntu), a virtualenv in .venv,
# and the program installed into it (editable). Pass "test" to add the test tools.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  # what Qt (PySide6) needs to start, also offscreen
  libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 fonts-dejavu-core
  # a real window on X11
  libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
  libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-util1
)
if [[ "${1:-}" == "test" ]]; then
  # pdftotext/pdftoppm read the PDFs back in the tests; xvfb for real-window screenshots
  DEB_PACKAGES+=(poppler-utils xvfb xauth)
  # the archive tests start a throwaway PostgreSQL server (initdb, pg_ctl)
  DEB_PACKAGES+=(postgresql)
fi

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    SUDO=""
    if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
fi

PYTHON="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
extra=""
if [[ "${1:-}" == "test" ]]; then extra="[test,archive]"; fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
