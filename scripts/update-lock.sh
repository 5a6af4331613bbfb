#!/usr/bin/env bash
# Refresh requirements.lock: install the program with its dev extra into a throwaway
# virtualenv at the newest versions pyproject.toml allows, and pin exactly what landed.
# Needs a package index; commit the new lock after scripts/test.sh passes with it.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$PYTHON" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --disable-pip-version-check ".[dev,archive]"
{
  echo "# Exact versions scripts/setup.sh installs (a pip constraints file)."
  echo "# Made by scripts/update-lock.sh with $("$tmp/venv/bin/python" -V) on $(uname -sm); do not edit."
  "$tmp/venv/bin/python" -m pip freeze --disable-pip-version-check --exclude remotework-desktop
} >requirements.lock
echo "requirements.lock refreshed:"
git --no-pager diff --stat -- requirements.lock || true
