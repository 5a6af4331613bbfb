#!/usr/bin/env bash
# Set up the first time (needs the network), then start the program; once set up it starts
# at once and offline (see the stamp in scripts/setup.sh). Extra arguments are passed on,
# e.g. scripts/start.sh --demo
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python main.py "$@"
