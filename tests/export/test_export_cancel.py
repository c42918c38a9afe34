"""An export reports its progress and stops when cancelled, leaving no file and no `.part` behind
(a file of the same name from before stays as it was)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.export import ExportCancelled, export_approved

SHAPES = [pytest.param({}, "out.csv", id="csv"), pytest.param({"long": True}, "long.csv", id="long"),
          pytest.param({}, "out.xlsx", id="xlsx")]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".part")


@pytest.mark.parametrize(("options", "name"), SHAPES)
def test_progress_counts_every_row_up_to_the_total(store, tmp_path: Path, options, name) -> None:
    seen: list[tuple[int, int]] = []
    rows = export_approved(store, tmp_path / name, progress=lambda done, total: seen.append((done, total)), **options)
    total = seen[0][1]
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert total >= rows > 0


@pytest.mark.parametrize(("options", "name"), SHAPES)
@pytest.mark.parametrize("after", [0, 1, -1], ids=["before-the-first-row", "after-one-row", "after-the-last-row"])
def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(store, tmp_path: Path, options, name,
                                                                 after) -> None:
    out = tmp_path / name
    out.write_bytes(b"last week's export")
    written: list[int] = []
    total: list[int] = []

    def progress(done: int, all_rows: int) -> None:
        written.append(done)
        total.append(all_rows)

    def cancel() -> bool:  # asked before each row and once more before the file is put in place
        limit = total[0] if after == -1 and total else after
        return bool(written) and written[-1] >= limit

    with pytest.raises(ExportCancelled):
        export_approved(store, out, progress=progress, cancel=cancel, **options)
    assert out.read_bytes() == b"last week's export"
    assert leftovers(tmp_path) == []


def test_a_cancelled_first_export_creates_nothing(store, tmp_path: Path) -> None:
    out = tmp_path / "new.xlsx"
    with pytest.raises(ExportCancelled):
        export_approved(store, out, cancel=lambda: True)
    assert not out.exists() and leftovers(tmp_path) == []
