#!/usr/bin/env bash
# Wraps the one-folder build into a .deb for Debian, UOS and Kylin:
#   /opt/gov-report-review/                   the program, as PyInstaller built it
#   /usr/bin/gov-report-review                launcher (installer/linux/launcher.sh)
#   /usr/share/applications/gov-report-review.desktop and hicolor icons 16..256 px
# No maintainer scripts: the dpkg triggers of desktop-file-utils and of the icon theme refresh
# the menu and icon caches, so installing runs nothing of ours and needs no network.
#
#   bash installer/build_deb.sh [DIST_DIR] [OUT_DIR]   (defaults: dist/gov-report-review, dist)
#   DEB_COMPRESSION=zstd bash installer/build_deb.sh   faster to build; see below
#
# Compression is gzip by default: dpkg reads zstd members only from 1.21.18 (Debian 12), while
# UOS 20 (Debian 10 base) and Kylin V10 (Ubuntu 20.04 base) ship dpkg 1.19, which rejects them.
# Level 6, not dpkg-deb's 9: the same size (80 MB) in 22 s instead of 56 s; zstd takes 2 s.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAME=gov-report-review
DIST="$(cd "${1:-$ROOT/dist/$NAME}" && pwd)"
OUT_DIR="${2:-$ROOT/dist}"
COMPRESSION="${DEB_COMPRESSION:-gzip}"
MAINTAINER="${DEB_MAINTAINER:-gov-report-review developers <gov-report-review@users.noreply.github.com>}"

[[ -x "$DIST/$NAME" ]] || { echo "找不到 $DIST/$NAME：请先运行 bash build/build.sh" >&2; exit 1; }
command -v objdump >/dev/null || { echo "找不到 objdump：apt-get install binutils" >&2; exit 1; }
command -v python3 >/dev/null || { echo "找不到 python3" >&2; exit 1; }
VERSION="$(bash "$ROOT/installer/project_version.sh")"
ARCH="$(dpkg --print-architecture)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
install -d -m 0755 "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a "$DIST" "$stage/opt/$NAME"
install -m 0755 "$ROOT/installer/linux/launcher.sh" "$stage/usr/bin/$NAME"
install -m 0644 "$ROOT/installer/linux/$NAME.desktop" "$stage/usr/share/applications/$NAME.desktop"
for png in "$ROOT/resources/icons/$NAME"-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    install -D -m 0644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
# The package grants nothing: no setuid/setgid bit, nothing writable by group or others.
chmod -R u-s,g-s,go-w "$stage"
find "$stage" -type d -exec chmod 0755 {} +

# The oldest glibc the bundle can run on: the newest GLIBC_x.y symbol version any file asks for.
glibc_floor="$(python3 "$ROOT/build/elf_floor.py" "$stage/opt/$NAME" --print glibc)"
[[ -n "$glibc_floor" ]] || { echo "无法从 $DIST 读出所需的 glibc 版本" >&2; exit 1; }

# PyInstaller bundles every library except the ones that must match the system: glibc, the
# GL/EGL dispatch libraries and libxcb; libstdc++, libgcc_s, libsystemd, fontconfig and FreeType
# (build/bundle_filter.py says why) are Depends. Wayland's client libraries are Recommends: an X11 session, the usual
# one on UOS and Kylin, runs without them. (libgcc1 is libgcc-s1's name before Debian 11.)
cat >"$stage/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: libc6 (>= $glibc_floor), libstdc++6, libgcc-s1 | libgcc1, libsystemd0, libfontconfig1, libfreetype6, libgl1, libegl1, libxcb1
Recommends: fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei, libwayland-client0, libwayland-cursor0, libwayland-egl1
Section: utils
Priority: optional
Description: review tool for annual reports on government information disclosure
 政府信息公开工作年度报告：提取、校验、审核与导出。
 .
 Turns the annual reports (政府信息公开工作年度报告) into checked records,
 shows them for review and exports approved records to CSV. Self-contained:
 Python and Qt are included under /opt/$NAME.
EOF

mkdir -p "$OUT_DIR"
deb="$OUT_DIR/${NAME}_${VERSION}_${ARCH}.deb"
level=()
[[ "$COMPRESSION" == gzip ]] && level=(-z6)
start_ms=$(($(date +%s%N) / 1000000))
dpkg-deb --root-owner-group "-Z$COMPRESSION" "${level[@]}" --build "$stage" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1), $COMPRESSION) in $(($(date +%s%N) / 1000000 - start_ms)) ms;" \
    "needs glibc >= $glibc_floor"
