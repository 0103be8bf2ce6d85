#!/usr/bin/env bash
# Install enrollment_app into ./.venv on a fresh Debian/Ubuntu machine.
#   scripts/install.sh          the application
#   scripts/install.sh --dev    the application and its test tools
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt needs these libraries to draw (also headless) and a font, or it draws empty boxes.
SYSTEM_PACKAGES=(libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libglib2.0-0
                 libdbus-1-3 python3-venv)
# The test suite also runs the central office's import against a real PostgreSQL server
# that the tests start themselves (tests/central); it needs the server binaries.
if [ "${1:-}" = "--dev" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    SYSTEM_PACKAGES+=(postgresql)
fi
# The test suite also builds the frozen app (tests/e2e/test_frozen_build.py); PyInstaller
# reads shared-library dependencies with objdump.
if [ "${1:-}" = "--dev" ]; then
    SYSTEM_PACKAGES+=(binutils)
fi
missing=()
for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "--dev" ]; then
    .venv/bin/python -m pip install -q -e ".[dev]"
else
    .venv/bin/python -m pip install -q -e .
fi
