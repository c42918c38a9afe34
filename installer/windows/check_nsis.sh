#!/usr/bin/env bash
# Compiles the Windows installer script with Debian's makensis against a stand-in program
# folder, so a broken .nsi fails on Linux CI even though the real Windows build cannot run here.
#   bash installer/windows/check_nsis.sh [OUT.exe]   (default .pyinstaller/nsis-check/gov-report-review-VERSION-setup.exe)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="$(bash "$ROOT/installer/project_version.sh")"
# Not "setup.exe": Windows applies compatibility shims to that name (makensis warning 9000).
OUT="${1:-$ROOT/.pyinstaller/nsis-check/gov-report-review-$VERSION-setup.exe}"

command -v makensis >/dev/null || { echo "找不到 makensis：apt-get install nsis" >&2; exit 1; }

fake="$(mktemp -d)"
trap 'rm -rf "$fake"' EXIT
# The same layout as PyInstaller's Windows output: two programs and their _internal folder.
mkdir -p "$fake/_internal/PySide6"
printf 'MZ stand-in\n' >"$fake/gov-report-review.exe"
printf 'MZ stand-in\n' >"$fake/gov-report-review-cli.exe"
printf 'stand-in\n' >"$fake/_internal/PySide6/Qt6Core.dll"

mkdir -p "$(dirname "$OUT")"
# -WX: a warning (unused string, missing language text...) fails the check.
makensis -V2 -WX -INPUTCHARSET UTF8 "-DDIST_DIR=$fake" "-DVERSION=$VERSION" "-DOUTFILE=$OUT" \
    "$ROOT/installer/windows/gov-report-review.nsi"
echo "makensis compiled $(basename "$OUT") ($(du -k "$OUT" | cut -f1) KB)"
