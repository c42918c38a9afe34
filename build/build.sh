#!/usr/bin/env bash
# Builds the one-folder program dist/gov-report-review/ from a checkout (Linux).
#   bash build/build.sh            uses .venv/bin/python (pip install .[build] into it first)
#   PYTHON=/path/to/python bash build/build.sh
# PyInstaller's work folder is .pyinstaller/work so build/ holds only committed files.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
NAME=gov-report-review
cd "$ROOT"

"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
    echo "找不到 PyInstaller：请先运行 $PYTHON -m pip install '.[build]'" >&2
    exit 1
}

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath .pyinstaller/work --distpath dist "build/$NAME.spec"
echo "built dist/$NAME in $(( $(date +%s) - start )) s, $(du -sh "dist/$NAME" | cut -f1)"

# A build that cannot start is not a build: fail here rather than in the installer.
"dist/$NAME/$NAME" --help >/dev/null

# PyInstaller bundles the libraries the X11 plugin links only if this machine has them; a
# missing one would leave a program that starts here but not on a reviewer's desktop.
internal="dist/$NAME/_internal"
missing="$(LD_LIBRARY_PATH="$internal" ldd "$internal/PySide6/Qt/plugins/platforms/libqxcb.so" | grep 'not found' || true)"
if [[ -n "$missing" ]]; then
    echo "X11 插件缺少依赖库（请在构建机上安装后重新构建，Debian: apt-get install libxcb-cursor0 libxkbcommon-x11-0 ...）：" >&2
    echo "$missing" >&2
    exit 1
fi
