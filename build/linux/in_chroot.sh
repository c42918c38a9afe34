#!/usr/bin/env bash
# Runs inside the Debian 11 chroot that build/linux/build_release.sh prepares; not meant to be
# run by hand. Builds everything the bundle takes from the build machine so that no file needs
# a glibc newer than 2.28 (UOS V20; Kylin V10 has 2.31):
#   1. SQLite from source (static, into Python's sqlite3);
#   2. CPython 3.11 from source (--enable-shared, as PyInstaller needs);
#   3. a venv with the project and PySide6 6.9 (build/linux/constraints.txt);
#   4. dist/gov-report-review with build/build.sh; with RUN_FROZEN_TESTS=1, the frozen tests.
# Steps 1-2 are build/linux/build_native.sh, skipped when its inputs have not changed.
#   in_chroot.sh /build/repo /build/sources
set -euo pipefail

REPO="$1"
SOURCES="$2"
PYTHON_HOME=/opt/python3.11
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8

step() { printf '\n== [chroot] %s\n' "$*"; }

step "system packages"
read -ra qt_libs <<<"$(grep -v '^#' "$REPO/build/linux/qt-x11-packages.txt" | tr '\n' ' ')"
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    build-essential tcl file binutils ca-certificates \
    libffi-dev zlib1g-dev libbz2-dev liblzma-dev libssl-dev uuid-dev \
    fonts-wqy-microhei "${qt_libs[@]}" >/dev/null
apt-get purge -y -qq libsqlite3-dev >/dev/null 2>&1 || true  # ours, not bullseye's
# The host's certificate store (after apt, which rebuilds the chroot's): pip must trust what
# the host trusts, a proxy that re-signs TLS included.
cp /build/host-ca.crt /etc/ssl/certs/ca-certificates.crt
export PIP_CERT=/etc/ssl/certs/ca-certificates.crt  # pip < 24.2 trusts only its own copy of certifi

bash "$REPO/build/linux/build_native.sh" "$REPO" "$SOURCES" "$PYTHON_HOME"
"$PYTHON_HOME/bin/python3.11" - <<'EOF'
import ctypes, lzma, bz2, ssl, sqlite3, zlib  # noqa: F401  the modules the program needs
print(f"Python {__import__('sys').version.split()[0]}, SQLite {sqlite3.sqlite_version}")
EOF

step "venv with the project"
cd "$REPO"
rm -rf .venv
"$PYTHON_HOME/bin/python3.11" -m venv .venv
extras=build
[[ "${RUN_FROZEN_TESTS:-0}" == 1 ]] && extras=build,test
.venv/bin/python -m pip install -q -c build/linux/constraints.txt ".[$extras]"

step "PyInstaller"
PYTHON="$REPO/.venv/bin/python" bash build/build.sh

if [[ "${RUN_FROZEN_TESTS:-0}" == 1 ]]; then
    step "frozen tests on glibc $(ldd --version | head -n1 | grep -o '[0-9.]*$')"
    FROZEN_APP="$REPO/dist/gov-report-review/gov-report-review" \
        .venv/bin/python -m pytest -q -p no:cacheprovider tests/packaging/test_frozen_app.py
fi
