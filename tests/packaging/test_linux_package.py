"""The .deb built by installer/build_deb.sh, the menu entry and the launcher."""

from __future__ import annotations

import configparser
import io
import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.packaging.conftest import REPO, require_tool

NAME = "gov-report-review"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _project_version() -> str:
    import tomllib

    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A .deb of a stand-in program folder (any ELF program stands in for the real build)."""
    for tool in ("dpkg-deb", "objdump"):
        require_tool(tool)
    root = tmp_path_factory.mktemp("deb")
    dist = root / NAME
    (dist / "_internal").mkdir(parents=True)
    shutil.copy2("/bin/true", dist / NAME)
    (dist / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    subprocess.run(
        ["bash", str(REPO / "installer" / "build_deb.sh"), str(dist), str(root / "out")],
        check=True,
        capture_output=True,
        env={**os.environ, "DEB_COMPRESSION": "zstd"},  # fast; the format is the same otherwise
    )
    (built,) = (root / "out").glob("*.deb")
    return built


def _listing(deb: Path) -> dict[str, str]:
    """Path in the package -> its `ls -l` style mode string, from `dpkg-deb --contents`."""
    out = subprocess.run(["dpkg-deb", "--contents", str(deb)], check=True, capture_output=True, text=True)
    entries = {}
    for line in out.stdout.splitlines():
        mode, owner, *_rest = line.split(maxsplit=5)
        path = line.split(" ./", 1)[1].split(" -> ")[0]
        entries["/" + path.rstrip("/")] = f"{mode} {owner}"
    return entries


def _control(deb: Path) -> dict[str, str]:
    out = subprocess.run(["dpkg-deb", "--field", str(deb)], check=True, capture_output=True, text=True)
    fields = {}
    for line in out.stdout.splitlines():
        if line and not line.startswith(" "):
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def test_deb_installs_program_launcher_menu_entry_and_icons(deb: Path) -> None:
    entries = _listing(deb)
    expected = {
        f"/opt/{NAME}/{NAME}",
        f"/opt/{NAME}/_internal/base_library.zip",
        f"/usr/bin/{NAME}",
        f"/usr/share/applications/{NAME}.desktop",
    } | {f"/usr/share/icons/hicolor/{s}x{s}/apps/{NAME}.png" for s in ICON_SIZES}
    assert expected <= entries.keys()
    assert entries[f"/usr/bin/{NAME}"].startswith("-rwxr-xr-x")


def test_deb_grants_no_privileges(deb: Path) -> None:
    for path, mode in _listing(deb).items():
        assert mode.endswith("root/root"), path
        assert not {"s", "S"} & set(mode[:10]), f"setuid/setgid bit on {path}"
        assert mode[0] == "l" or mode[8] != "w", f"{path} is writable by everyone"


def test_deb_runs_no_maintainer_scripts(deb: Path) -> None:
    control_tar = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(control_tar.stdout)) as tar:
        members = {Path(m.name).name for m in tar.getmembers() if m.isfile()}
    assert members == {"control"}


def test_deb_version_comes_from_pyproject_and_glibc_floor_from_the_program(deb: Path) -> None:
    fields = _control(deb)
    assert fields["Package"] == NAME
    assert fields["Version"] == _project_version()
    assert fields["Depends"].startswith("libc6 (>= 2.")
    assert deb.name == f"{NAME}_{_project_version()}_{fields['Architecture']}.deb"


def test_menu_entry_names_the_program_in_chinese_under_office() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(REPO / "installer" / "linux" / f"{NAME}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name[zh_CN]"] == "政府信息公开年报审核"
    assert desktop["Categories"].split(";")[:1] == ["Office"]
    assert desktop["Icon"] == NAME and desktop["Exec"].split()[0] == NAME
    assert desktop["Terminal"] == "false"


def test_menu_entry_passes_desktop_file_validate() -> None:
    validate = require_tool("desktop-file-validate")
    result = subprocess.run(
        [validate, str(REPO / "installer" / "linux" / f"{NAME}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _launch_environment(tmp_path: Path, im_module: str | None) -> str:
    """QT_IM_MODULE and IBUS_USE_PORTAL as the launcher hands them to the program (a stand-in)."""
    program = tmp_path / "program"
    program.write_text('#!/bin/sh\necho "${QT_IM_MODULE:-unset} ${IBUS_USE_PORTAL:-unset} $*"\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    launcher = tmp_path / "launcher.sh"
    text = (REPO / "installer" / "linux" / "launcher.sh").read_text()
    launcher.write_text(text.replace(f"/opt/{NAME}/{NAME}", str(program)))
    env = {k: v for k, v in os.environ.items() if k not in ("QT_IM_MODULE", "IBUS_USE_PORTAL")}
    if im_module is not None:
        env["QT_IM_MODULE"] = im_module
    out = subprocess.run(
        ["sh", str(launcher), "extract", "a b.txt"], env=env, check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


@pytest.mark.parametrize(
    ("desktop_asks", "program_gets"),
    [
        ("fcitx", "ibus 1"),
        ("fcitx5", "ibus 1"),
        ("ibus", "ibus unset"),  # a real ibus-daemon: Qt's module talks to it directly
        (None, "unset unset"),
        ("xim", "xim unset"),
    ],
)
def test_launcher_serves_fcitx_through_the_bundled_ibus_module(
    tmp_path: Path, desktop_asks: str | None, program_gets: str
) -> None:
    assert _launch_environment(tmp_path, desktop_asks) == f"{program_gets} extract a b.txt"
