"""The NSIS script of the Windows installer: compiles, installs per user, keeps the user's data."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.packaging.conftest import REPO, require_tool

SCRIPT = REPO / "installer" / "windows" / "gov-report-review.nsi"


def _statements(section: str) -> list[str]:
    """The statements of one `Section "<name>"` of the script, comments removed."""
    text = SCRIPT.read_text(encoding="utf-8")
    body = re.search(rf'^Section "{section}"\n(.*?)^SectionEnd', text, re.S | re.M)
    assert body, f"no section {section!r}"
    lines = (line.split(";", 1)[0].strip() for line in body.group(1).splitlines())
    return [line for line in lines if line]


def test_installer_script_compiles_with_makensis(tmp_path: Path) -> None:
    require_tool("makensis")
    out = tmp_path / "gov-report-review-setup.exe"
    result = subprocess.run(
        ["bash", str(REPO / "installer" / "windows" / "check_nsis.sh"), str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"  # a Windows program


def test_installer_needs_no_administrator_and_installs_per_user() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert re.search(r"^RequestExecutionLevel user$", text, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\', text, re.M)
    assert re.search(r"^Target amd64-unicode$", text, re.M)
    registry_writes = re.findall(r"^\s*(?:WriteReg\w+|DeleteRegKey)\s+(\w+)", text, re.M)
    assert registry_writes and set(registry_writes) == {"HKCU"}


def test_installer_speaks_chinese_and_english() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    languages = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', text, re.M)
    assert languages == ["SimpChinese", "English"]  # Chinese first: the default of a silent install
    assert "MUI_LANGDLL_DISPLAY" in text


def test_uninstaller_removes_only_what_was_installed_and_never_the_data_folder() -> None:
    removals = [s for s in _statements("Uninstall") if s.startswith(("RMDir", "Delete "))]
    assert removals
    for statement in removals:
        assert "$LOCALAPPDATA" not in statement, statement
        if statement.startswith("RMDir /r"):
            assert statement == 'RMDir /r "$INSTDIR\\_internal"', (
                f"recursive removal beyond the runtime: {statement}"
            )
    assert 'RMDir "$INSTDIR"' in removals  # the program folder goes only when nothing else is left in it
