#!/usr/bin/env bash
# Set up (first time only takes long) and start the program. Extra arguments are passed on,
# e.g. scripts/start.sh --demo
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python main.py "$@"
