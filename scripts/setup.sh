#!/usr/bin/env bash
# Set up a fresh machine: Qt's system libraries (Debian/Ubuntu), a virtualenv in .venv,
# and the program installed into it (editable) at the versions pinned in requirements.lock.
# Pass "test" to add the development tools (the "dev" extra).
# Once set up it returns at once, with no network and no install: a stamp in .venv holds a
# hash of pyproject.toml, requirements.lock, this script and the venv's Python; only a change
# to those (or a missing "test" set-up) installs again. Delete .venv to start over.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=app
if [[ "${1:-}" == "test" ]]; then mode=dev; fi
STAMP=.venv/remotework-setup.stamp
stamp_hash() {
  .venv/bin/python -c 'import hashlib, sys
h = hashlib.sha256(sys.version.encode())
for name in ("pyproject.toml", "requirements.lock", "scripts/setup.sh"):
    with open(name, "rb") as f:
        h.update(f.read())
print(h.hexdigest())' 2>/dev/null
}
venv_current() {
  local have have_mode want
  [[ -f "$STAMP" ]] || return 1
  read -r have have_mode <"$STAMP" || return 1
  want="$(stamp_hash)" || return 1
  [[ "$have" == "$want" ]] && [[ "$mode" == app || "$have_mode" == dev ]]
}
if venv_current; then
  exit 0
fi

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
  # pdftotext/pdftoppm read the PDFs back in the tests; xvfb for real-window screenshots;
  # PyInstaller (the bundle) needs objdump and objcopy
  DEB_PACKAGES+=(poppler-utils xvfb xauth binutils)
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
if [[ "$mode" == dev ]]; then extra="[dev,archive]"; fi
rm -f "$STAMP"
.venv/bin/python -m pip install -q --disable-pip-version-check -c requirements.lock -e ".${extra}"
echo "$(stamp_hash) $mode" >"$STAMP"
