#!/usr/bin/env bash
# Packaging checks, run by .ci/run after the unit tests, or alone from the repository root:
#   bash .ci/packaging.sh
# Builds the one-folder program (the release build for glibc >= 2.28 when root), runs the
# frozen tests against it here (Debian 12) after the release build ran them on Debian 11, builds
# the .deb, installs, runs and removes it, and compiles the Windows installer script against a
# stand-in folder. Needs: Debian 12, root (apt-get, debootstrap, dpkg -i), the repository's
# .venv with the project installed.
# A failing check does not stop the later ones that do not depend on it; the exit status is
# non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

NAME=gov-report-review
PY=.venv/bin/python
APP="$PWD/dist/$NAME/$NAME"
failed=()

step() { printf '\n== %s\n' "$*"; }
check() {  # check "what" command...: runs one check, remembers a failure, goes on
    local what="$1" start=$SECONDS
    shift
    step "$what"
    if "$@"; then
        echo "-- ok: $what ($((SECONDS - start)) s)"
    else
        echo "-- FAILED: $what ($((SECONDS - start)) s)"
        failed+=("$what")
    fi
}
finish() {
    if ((${#failed[@]})); then
        printf '\npackaging: %d failed: %s\n' "${#failed[@]}" "$(IFS=';'; echo "${failed[*]}")"
        exit 1
    fi
    printf '\npackaging: all checks passed\n'
}

install_system_packages() {
    [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null || { echo "not root: skipping apt-get"; return 0; }
    # Tools: makensis (Windows installer script), binutils (PyInstaller's strip, objdump),
    # desktop-file-validate, debootstrap (the release build's Debian 11 chroot), gcc (the
    # glibc header test). Libraries: those the Qt X11 plugin links, which PyInstaller bundles
    # only when they are installed on the build machine; and a CJK font for screenshots.
    local wanted=(nsis binutils desktop-file-utils fonts-wqy-microhei debootstrap curl gcc)
    read -ra qt_libs <<<"$(grep -v '^#' build/linux/qt-x11-packages.txt | tr '\n' ' ')"
    wanted+=("${qt_libs[@]}")
    local missing=()
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    ((${#missing[@]})) || { echo "all present"; return 0; }
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_pyinstaller() {
    "$PY" -m PyInstaller --version 2>/dev/null && return 0
    "$PY" -m pip install -q -e ".[build]" && "$PY" -m PyInstaller --version
}

packaging_tests() {
    # All of tests/packaging: the unit run before may have skipped the ones needing makensis or
    # objdump, installed only above.
    FROZEN_APP="$APP" "$PY" -m pytest tests/packaging
}

deb_path() {
    echo "dist/${NAME}_$(bash installer/project_version.sh)_$(dpkg --print-architecture).deb"
}

install_and_run_deb() {
    local deb seed out
    deb="$(deb_path)"
    dpkg -i "$deb" || return 1
    /opt/$NAME/$NAME --help >/dev/null || return 1
    # The menu's launcher, run by an ordinary user: nothing in the package needs root.
    runuser -u nobody -- /usr/bin/$NAME --help >/dev/null || return 1
    seed="$(ls resources/samples/*.txt | head -n 1)"
    out="$(mktemp)"
    /opt/$NAME/$NAME extract --json "$seed" >"$out" || return 1
    "$PY" - "$out" "$(basename "$seed")" <<'EOF' || return 1
import json, sys
record = json.loads(open(sys.argv[1], encoding="utf-8").readline())
assert record["source"].endswith(sys.argv[2]) and record["fields"], record.get("source")
print(f"installed program extracted {record['source']}: {len(record['fields'])} fields")
EOF
}

remove_deb() {
    dpkg -r "$NAME" || return 1
    for path in /opt/$NAME /usr/bin/$NAME /usr/share/applications/$NAME.desktop; do
        [[ ! -e "$path" ]] || { echo "$path is still there after dpkg -r"; return 1; }
    done
    echo "removed: /opt/$NAME, launcher and menu entry are gone"
}

check "system packages" install_system_packages
check "PyInstaller in .venv" install_pyinstaller
check "Windows installer script compiles (makensis, stand-in program)" bash installer/windows/check_nsis.sh
check "menu entry is valid" desktop-file-validate "installer/linux/$NAME.desktop"

build_program() {
    # The release build (Debian 11 chroot, runs on glibc >= 2.28), with the frozen tests run
    # inside the chroot on glibc 2.31; without root, a build on this machine's glibc.
    if [[ "$(id -u)" == 0 ]] && command -v debootstrap >/dev/null; then
        RUN_FROZEN_TESTS=1 bash build/linux/build_release.sh
    else
        echo "not root or no debootstrap: building for this machine's glibc only"
        bash build/build.sh
    fi
}

check "build dist/$NAME" build_program
if [[ ! -x "$APP" ]]; then
    failed+=("no program to test")
    finish
fi
echo "size: $(du -sh "dist/$NAME" | cut -f1)"

check "packaging tests, frozen program included" packaging_tests
check ".deb" bash installer/build_deb.sh
if [[ -f "$(deb_path)" ]]; then
    check "install the .deb and run the installed program" install_and_run_deb
    check "remove the .deb" remove_deb
fi
finish
