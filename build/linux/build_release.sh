#!/usr/bin/env bash
# The Linux release build: dist/gov-report-review/ that runs on glibc 2.28 and newer (UOS V20,
# Kylin V10, Debian 10+, Ubuntu 20.04+), ready for installer/build_deb.sh.
#
#   sudo bash build/linux/build_release.sh            (needs root for debootstrap and chroot)
#   RUN_FROZEN_TESTS=1 sudo bash build/linux/build_release.sh   also runs the frozen tests on glibc 2.31
#
# A binary asks for the glibc it was linked against, so the program is built on an old system:
# a Debian 11 chroot (glibc 2.31, the oldest Debian release the mirror still serves) made by
# debootstrap, in which Python and SQLite are compiled with build/linux/glibc_2_28.h,
# and Qt comes from PySide6 6.9's manylinux_2_28 wheels. build/elf_floor.py then checks every
# ELF file of the result against glibc 2.28 and libstdc++ of GCC 8 (GLIBCXX_3.4.25).
# The chroot stays in $RELEASE_ROOTFS for the next build (compiled parts are reused); the first
# build takes about 5 minutes on 2 cores, later ones about 2.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NAME=gov-report-review
ROOTFS="${RELEASE_ROOTFS:-/var/tmp/$NAME-release-bullseye}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
GLIBC_FLOOR=2.28     # UOS V20 (Debian 10 base)
GLIBCXX_FLOOR=3.4.25 # GCC 8, the libstdc++ of UOS V20
CXXABI_FLOOR=1.3.11

[[ "$(id -u)" == 0 ]] || { echo "需要 root 权限（debootstrap 与 chroot）：sudo bash $0" >&2; exit 1; }
for tool in debootstrap curl sha256sum objdump python3; do
    command -v "$tool" >/dev/null || { echo "找不到 $tool（Debian: apt-get install debootstrap curl binutils）" >&2; exit 1; }
done

start=$(date +%s)
if [[ ! -x "$ROOTFS/usr/bin/apt-get" ]]; then
    echo "== debootstrap Debian 11 into $ROOTFS"
    rm -rf "$ROOTFS"
    debootstrap --variant=minbase --include=ca-certificates bullseye "$ROOTFS" "$MIRROR" >/dev/null
fi

mounted=()
cleanup() {
    local m
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        m="${mounted[i]}"
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done
}
trap cleanup EXIT
mount_in() {  # mount_in TYPE TARGET: a fresh proc or tmpfs, never a bind of the host's folders
    mountpoint -q "$2" && return 0
    mkdir -p "$2" && mount -t "$1" "$1" "$2" && mounted+=("$2")
}
mount_in proc "$ROOTFS/proc"
mount_in tmpfs "$ROOTFS/dev/shm"  # POSIX semaphores: the import's worker processes
# The host's resolver and certificate store: a proxy that re-signs TLS must be trusted in
# the chroot as on the host, or pip cannot reach the index.
cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
mkdir -p "$ROOTFS/build"
cp -L "${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}" "$ROOTFS/build/host-ca.crt"

echo "== sources (Debian's archive, checked against build/linux/sources.txt)"
mkdir -p "$ROOTFS/build/sources"
grep -v '^#' "$ROOT/build/linux/sources.txt" | while read -r path sum; do
    [[ -n "$path" ]] || continue
    file="$ROOTFS/build/sources/$(basename "$path")"
    if ! echo "$sum  $file" | sha256sum --check --status 2>/dev/null; then
        curl -fsS --retry 3 -o "$file" "$MIRROR/$path"
        echo "$sum  $file" | sha256sum --check --quiet
    fi
done

echo "== the checkout (tracked and new files, as in the working tree)"
rm -rf "$ROOTFS/build/repo" && mkdir -p "$ROOTFS/build/repo"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard \
    | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$ROOTFS/build/repo"

chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root TERM="${TERM:-dumb}" RUN_FROZEN_TESTS="${RUN_FROZEN_TESTS:-0}" \
    PIP_DEFAULT_TIMEOUT=180 PIP_DISABLE_PIP_VERSION_CHECK=1 ${PIP_INDEX_URL:+PIP_INDEX_URL="$PIP_INDEX_URL"} \
    bash /build/repo/build/linux/in_chroot.sh /build/repo /build/sources

echo "== dist/$NAME"
rm -rf "$ROOT/dist/$NAME" && mkdir -p "$ROOT/dist"
cp -a "$ROOTFS/build/repo/dist/$NAME" "$ROOT/dist/$NAME"
python3 "$ROOT/build/elf_floor.py" "$ROOT/dist/$NAME" \
    --glibc "$GLIBC_FLOOR" --glibcxx "$GLIBCXX_FLOOR" --cxxabi "$CXXABI_FLOOR"
echo "release build in $(($(date +%s) - start)) s: dist/$NAME ($(du -sh "$ROOT/dist/$NAME" | cut -f1)), runs on glibc >= $GLIBC_FLOOR"
