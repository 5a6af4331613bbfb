#!/usr/bin/env bash
# Set up (the first time, or when pyproject.toml or requirements.lock changed) and run the
# checks: ruff (lint and format) and the test suite, headless. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec .venv/bin/python -m pytest "$@"
