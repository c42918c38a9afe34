"""build/elf_floor.py reads what glibc a build needs; build/linux/glibc_2_28.h lowers it."""

from __future__ import annotations

import ctypes
import platform
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import REPO, load_build_module, require_tool

elf_floor = load_build_module("elf_floor")

# What `objdump -p` prints for a library linked against glibc 2.31 and libstdc++ (shortened).
OBJDUMP_PRIVATE = """
libsqlite3.so.0:     file format elf64-x86-64

Dynamic Section:
  NEEDED               libm.so.6
  NEEDED               libc.so.6

Version definitions:
1 0x01 0x0d0b4e4e libexample.so.1
2 0x00 0x09691a75 GLIBCXX_3.4.99

Version References:
  required from libm.so.6:
    0x069691b4 0x00 09 GLIBC_2.29
    0x09691a75 0x00 05 GLIBC_2.2.5
  required from libstdc++.so.6:
    0x08922974 0x00 07 GLIBCXX_3.4.21
    0x056bafd3 0x00 08 CXXABI_1.3.11
  required from libc.so.6:
    0x06969194 0x00 06 GLIBC_2.14
"""


def test_version_references_are_read_per_library() -> None:
    needs = elf_floor.parse_version_references(OBJDUMP_PRIVATE, Path("libsqlite3.so.0"))
    found = {(n.library, n.family, n.version) for n in needs}
    assert found == {
        ("libm.so.6", "GLIBC", "2.29"),
        ("libm.so.6", "GLIBC", "2.2.5"),
        ("libstdc++.so.6", "GLIBCXX", "3.4.21"),
        ("libstdc++.so.6", "CXXABI", "1.3.11"),
        ("libc.so.6", "GLIBC", "2.14"),
    }


def test_versions_a_library_defines_are_not_requirements() -> None:
    needs = elf_floor.parse_version_references(OBJDUMP_PRIVATE, Path("x.so"))
    assert "3.4.99" not in {n.version for n in needs}


def test_floor_compares_versions_as_numbers_not_text() -> None:
    needs = elf_floor.parse_version_references(OBJDUMP_PRIVATE, Path("x.so"))
    assert elf_floor.floor(needs, "GLIBC").version == "2.29"  # not "2.2.5", which sorts later as text
    assert elf_floor.floor(needs, "GCC") is None
    assert [n.version for n in elf_floor.over(needs, "GLIBC", "2.28")] == ["2.29"]
    assert elf_floor.over(needs, "GLIBC", "2.29") == []


def _compile(tmp_path: Path, *flags: str) -> Path:
    """A shared library calling log, exp and pow (an executable would also ask for glibc's
    start-up code of the build machine, which no header changes)."""
    source = tmp_path / "uses_math.c"
    source.write_text(
        "#include <math.h>\n"
        "double mix(double x) { return log(x) + exp(x) + pow(x, 0.5); }\n",
        encoding="utf-8",
    )
    out = tmp_path / ("with_header.so" if flags else "plain.so")
    subprocess.run(["gcc", "-O2", "-shared", "-fPIC", *flags, str(source), "-o", str(out), "-lm"], check=True)
    return out


def test_compat_header_binds_math_to_versions_glibc_2_28_has(tmp_path: Path) -> None:
    require_tool("gcc")
    require_tool("objdump")
    if elf_floor.version_key(platform.libc_ver()[1] or "0") < (2, 29):
        pytest.skip("this machine's glibc is older than 2.29: nothing to lower")
    header = REPO / "build" / "linux" / "glibc_2_28.h"
    plain = _compile(tmp_path)
    pinned = _compile(tmp_path, "-include", str(header))

    def glibc_floor(library: Path) -> tuple[int, ...]:
        return elf_floor.version_key(elf_floor.floor(elf_floor.needs_of([library]), "GLIBC").version)

    assert glibc_floor(plain) >= (2, 29)  # log/exp/pow@GLIBC_2.29
    assert glibc_floor(pinned) <= (2, 28)
    # The older implementations give the same answers.
    results = []
    for library in (plain, pinned):
        mix = ctypes.CDLL(str(library)).mix
        mix.restype, mix.argtypes = ctypes.c_double, [ctypes.c_double]
        results.append([mix(x) for x in (0.5, 1.0, 7.5, 123.25)])
    assert results[0] == results[1]


def test_command_line_fails_and_names_the_file_over_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    require_tool("gcc")
    require_tool("objdump")
    folder = tmp_path / "bundle"
    folder.mkdir()
    binary = _compile(tmp_path)
    (folder / "libtool.so").write_bytes(binary.read_bytes())
    (folder / "notes.txt").write_text("not an ELF file", encoding="utf-8")
    floor = elf_floor.floor(elf_floor.needs_of([folder / "libtool.so"]), "GLIBC").version

    assert elf_floor.main([str(folder), "--glibc", floor]) == 0
    assert elf_floor.main([str(folder), "--glibc", "2.17"]) == 1
    assert "libtool.so needs GLIBC_" in capsys.readouterr().err
    assert elf_floor.main([str(folder), "--print", "glibc"]) == 0
    assert capsys.readouterr().out.strip() == floor


def test_elf_needed_lists_direct_links_not_links_of_links(tmp_path) -> None:
    require_tool("gcc")
    require_tool("objdump")
    (tmp_path / "inner.c").write_text("#include <math.h>\ndouble inner(double x) { return cos(x); }\n")
    (tmp_path / "outer.c").write_text("double inner(double);\ndouble outer(double x) { return inner(x); }\n")
    gcc = ["gcc", "-shared", "-fPIC"]
    subprocess.run([*gcc, str(tmp_path / "inner.c"), "-o", str(tmp_path / "libinner.so"), "-lm"], check=True)
    subprocess.run([*gcc, str(tmp_path / "outer.c"), "-o", str(tmp_path / "libouter.so"),
                    f"-L{tmp_path}", "-linner"], check=True)
    assert "libm.so.6" in elf_floor.elf_needed(str(tmp_path / "libinner.so"))
    needed = elf_floor.elf_needed(str(tmp_path / "libouter.so"))
    assert "libinner.so" in needed and "libm.so.6" not in needed  # ldd would list libm too
