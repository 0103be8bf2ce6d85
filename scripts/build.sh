#!/usr/bin/env bash
# Build the frozen one-folder application on Linux and check it.
#
#   scripts/build.sh            -> dist/enrollment_app/ (enrollment-app, enrollment, _internal/)
#                                  and dist/enrollment_app-VERSION-linux-ARCH.tar.gz
#
# Installs PyInstaller from the `build` extra into .venv (runs scripts/install.sh first on
# a fresh clone), builds packaging/enrollment_app.spec, then runs the frozen programs'
# self-tests off screen: a fresh database migrated, a participant registered, a sync
# bundle exported and read back, the main window drawn. Exit status non-zero if any fails.
# Windows: see docs/packaging.md (same spec, then Inno Setup).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || scripts/install.sh
if ! command -v objdump >/dev/null 2>&1; then
    echo "PyInstaller needs objdump: sudo apt-get install binutils" >&2
    exit 1
fi
.venv/bin/python -m pip install -q -e ".[build]"

.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/enrollment_app.spec

bundle=dist/enrollment_app
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen TMPDIR="$scratch"
echo "== frozen CLI: $("$bundle/enrollment" --version)"
"$bundle/enrollment" selftest
echo "== frozen GUI: enrollment-app --selftest"
"$bundle/enrollment-app" --selftest

version=$(.venv/bin/python -c 'import enrollment_app; print(enrollment_app.__version__)')
archive="dist/enrollment_app-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" enrollment_app
echo "== $(du -sh "$bundle" | cut -f1) in $bundle, $(du -sh "$archive" | cut -f1) as $archive"
