#!/usr/bin/env bash
# The native parts of the release build, compiled in the Debian 11 chroot by in_chroot.sh:
# SQLite (static, linked into Python's sqlite3 module; Debian 11's needs glibc 2.29) and
# CPython 3.11 (--enable-shared, as PyInstaller needs). Every C file is compiled with
# glibc_2_28.h, which binds exp/log/pow to their pre-2.29 symbol versions.
# Skipped when the sources, the header and this script are those of the last run.
#   build_native.sh REPO SOURCES PYTHON_HOME
set -euo pipefail

REPO="$1"
SOURCES="$2"
PYTHON_HOME="$3"
PREFIX=/usr/local  # SQLite; the linker looks here before the system's copies
JOBS="$(nproc)"
COMPAT="-include $REPO/build/linux/glibc_2_28.h"

step() { printf '\n== [chroot] %s\n' "$*"; }
source_archive() {  # source_archive NAME-PREFIX: the downloaded archive whose name starts so
    local found=("$SOURCES/$1"*)
    [[ -f "${found[0]}" ]] || { echo "missing source $1 in $SOURCES" >&2; exit 1; }
    echo "${found[0]}"
}
unpack() {  # unpack ARCHIVE: into a fresh folder under /build/work; prints that folder
    local dir
    dir=/build/work/$(basename "$1")
    rm -rf "$dir" && mkdir -p "$dir"
    tar -xf "$1" -C "$dir" --strip-components=1
    echo "$dir"
}

stamp="/build/native.$(cat "$REPO/build/linux/sources.txt" "$REPO/build/linux/glibc_2_28.h" \
    "${BASH_SOURCE[0]}" | sha256sum | cut -c1-16)"
if [[ ! -f "$stamp" ]]; then
    step "SQLite (static)"
    dir="$(unpack "$(source_archive sqlite3_)")"
    (cd "$dir" && ./configure -q --prefix=$PREFIX --disable-shared --enable-static --disable-tcl \
        --disable-readline CFLAGS="-O2 -fPIC $COMPAT" && make -s -j"$JOBS" libsqlite3.la \
        && install -D -m 0644 .libs/libsqlite3.a "$PREFIX/lib/libsqlite3.a" \
        && install -D -m 0644 -t "$PREFIX/include" sqlite3.h sqlite3ext.h) >/dev/null

    step "CPython"
    dir="$(unpack "$(source_archive python3.11_)")"
    rm -rf "$PYTHON_HOME"
    # sem_clockwait is glibc 2.30; Python falls back to sem_timedwait without it. LIBS=-lm:
    # the static SQLite needs libm after it on every link line, configure's probes included.
    (cd "$dir" && ./configure -q --prefix=$PYTHON_HOME --enable-shared \
        ac_cv_func_sem_clockwait=no LIBS=-lm \
        LIBSQLITE3_CFLAGS="-I$PREFIX/include" LIBSQLITE3_LIBS="-L$PREFIX/lib -lsqlite3 -lm" \
        CFLAGS="$COMPAT" LDFLAGS="-Wl,-rpath=$PYTHON_HOME/lib" \
        && make -s -j"$JOBS" && make -s install) >/build/python-build.log 2>&1 \
        || { tail -n 40 /build/python-build.log >&2; exit 1; }
    rm -rf /build/work
    touch "$stamp"
fi
