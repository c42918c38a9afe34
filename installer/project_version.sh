#!/usr/bin/env bash
# Prints the version of the [project] table of pyproject.toml (no Python needed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(awk '
    /^\[/ { in_project = ($0 == "[project]") }
    in_project && /^version[ \t]*=/ { gsub(/^version[ \t]*=[ \t]*"|"[ \t]*$/, ""); print; exit }
' "$ROOT/pyproject.toml")"
[[ -n "$version" ]] || { echo "pyproject.toml 的 [project] 中没有 version" >&2; exit 1; }
echo "$version"
