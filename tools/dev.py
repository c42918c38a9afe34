"""One-step developer commands that need nothing but Python 3.

    python3 tools/dev.py run    # check Qt's system libraries, create .venv, install, open the window
                                # on the bundled samples
    python3 tools/dev.py test   # create .venv, install with test extras, run the test suite

The virtual environment lives in .venv beside pyproject.toml and is reused on later calls.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def _python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _ensure_venv(extras: str) -> Path:
    if not _python().exists():
        print(f"创建虚拟环境 {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    py = _python()
    stamp = VENV / f".installed-{extras or 'base'}"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        target = f".[{extras}]" if extras else "."
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", "-e", target], cwd=ROOT)
        stamp.touch()
    return py


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        # Before the long install: a desktop without Qt's system libraries gets the line to fix it.
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from app.gui.desktop_libs import missing_message

        if message := missing_message():
            print(message, file=sys.stderr)
            return 1
        py = _ensure_venv("")
        return subprocess.call([str(py), "-m", "app", "--sample", *rest], cwd=ROOT)
    if command == "test":
        py = _ensure_venv("test")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
