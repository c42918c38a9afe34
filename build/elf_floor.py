"""The oldest Linux a one-folder build can run on, read from its ELF files (and what each links).

A library linked against glibc X asks for the symbol versions it used (GLIBC_2.29 for the
`log` of glibc 2.29...); the dynamic loader refuses to load it on an older glibc. The same holds
for libstdc++ (GLIBCXX_3.4.x) when the system's libstdc++ is used. This module lists those
requests ("version references" in `objdump -p`) for every ELF file of a folder, so the build
can fail before shipping a program that does not start on the oldest supported system, and the
.deb can declare the versions it needs.

    python3 build/elf_floor.py dist/gov-report-review              # prints the floors
    python3 build/elf_floor.py dist/gov-report-review --glibc 2.28 # exit 1 and name the files if over
    python3 build/elf_floor.py dist/gov-report-review --print glibc   # the floor alone (for scripts)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
# Symbol-version families a bundle takes from the system, by the library that defines them.
FAMILIES = {"glibc": "GLIBC", "libstdc++": "GLIBCXX", "cxxabi": "CXXABI", "libgcc": "GCC"}
_REQUIRED_FROM = re.compile(r"^\s+required from (\S+):")
_VERSION = re.compile(r"\s(GLIBCXX|GLIBC|CXXABI|GCC)_([0-9][0-9.]*)\b")


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part)


@dataclass(frozen=True)
class Need:
    """One file's request for a symbol version of a system library."""

    file: Path
    library: str  # the library named in "required from ...", e.g. libc.so.6
    family: str  # GLIBC, GLIBCXX, CXXABI or GCC
    version: str  # e.g. "2.28"


def elf_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    yield path


def elf_needed(path: str | Path) -> list[str]:
    """The libraries an ELF file links directly (its DT_NEEDED entries, from objdump -p).

    Not PyInstaller's bindepend.get_imports, which on Linux asks ldd and so also lists what the
    linked libraries link in turn: a library taken from the system (FreeType) would then keep
    its own dependencies (libpng, brotli) in the bundle although nothing left there needs them.
    """
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def parse_version_references(objdump_private: str, file: Path) -> list[Need]:
    """The symbol versions an `objdump -p` listing says the file requires from other libraries.

    Only the "Version References" part counts: versions a library defines itself (libstdc++
    defining GLIBCXX_3.4.28) are not requirements.
    """
    needs: list[Need] = []
    library = None
    in_references = False
    for line in objdump_private.splitlines():
        if line.startswith("Version References:"):
            in_references = True
            continue
        if in_references and line and not line[0].isspace():
            in_references = False  # the next section began
        if not in_references:
            continue
        if match := _REQUIRED_FROM.match(line):
            library = match.group(1)
        elif library and (match := _VERSION.search(line)):
            needs.append(Need(file, library, match.group(1), match.group(2)))
    return needs


def needs_of(files: Iterable[Path]) -> list[Need]:
    """Runs objdump -p on the files (in batches: thousands of files in a Qt bundle)."""
    files = list(files)
    needs: list[Need] = []
    for start in range(0, len(files), 200):
        batch = files[start : start + 200]
        out = subprocess.run(
            ["objdump", "-p", *map(str, batch)], capture_output=True, text=True, check=False
        ).stdout
        # objdump prints "<path>:     file format elf64-..." before each file's listing.
        for file in batch:
            marker = f"{file}:     file format"
            begin = out.find(marker)
            if begin < 0:
                continue
            end = out.find(":     file format", begin + len(marker))
            end = out.rfind("\n", 0, end) if end >= 0 else len(out)
            needs.extend(parse_version_references(out[begin:end], file))
    return needs


def floor(needs: Iterable[Need], family: str) -> Need | None:
    """The most demanding request of one family, or None when nothing asks for it."""
    of_family = [n for n in needs if n.family == family]
    return max(of_family, key=lambda n: version_key(n.version), default=None)


def over(needs: Iterable[Need], family: str, limit: str) -> list[Need]:
    return sorted(
        (n for n in needs if n.family == family and version_key(n.version) > version_key(limit)),
        key=lambda n: (version_key(n.version), str(n.file)),
        reverse=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--glibc", help="fail if any file needs a newer glibc than this (e.g. 2.28)")
    parser.add_argument("--glibcxx", help="fail if any file needs a newer GLIBCXX than this (e.g. 3.4.25)")
    parser.add_argument("--cxxabi", help="fail if any file needs a newer CXXABI than this (e.g. 1.3.11)")
    parser.add_argument("--print", choices=sorted(FAMILIES), dest="print_family",
                        help="print only this family's floor (empty if none) and exit")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: not a folder", file=sys.stderr)
        return 2

    needs = needs_of(elf_files(args.folder))
    if args.print_family:
        need = floor(needs, FAMILIES[args.print_family])
        print(need.version if need else "")
        return 0

    for name, family in FAMILIES.items():
        need = floor(needs, family)
        where = f"{need.file.relative_to(args.folder)} ({need.library})" if need else "-"
        print(f"{name:10} {need.version if need else '-':8} {where}")
    failed = False
    for family, limit in (("GLIBC", args.glibc), ("GLIBCXX", args.glibcxx), ("CXXABI", args.cxxabi)):
        if limit:
            too_new = over(needs, family, limit)
            for need in too_new:
                print(f"too new: {need.file.relative_to(args.folder)} needs {family}_{need.version} "
                      f"from {need.library} (limit {limit})", file=sys.stderr)
            failed = failed or bool(too_new)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
