"""The repository's seed reports and expected records are byte for byte the team's own.

The team keeps the originals in a folder outside the repository, which a newcomer's clone does not
have; every other test reads the repository's copies. GRR_TEAM_SHARED names that folder (.ci/run
sets it when the folder exists); without it this is the one test that is skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import GOLD, SEEDS

COPIES = {"seeds": (SEEDS, "*.txt"), "gold": (GOLD, "*.json")}


def _team_folder() -> Path:
    value = os.environ.get("GRR_TEAM_SHARED", "")
    if not value:
        pytest.skip("GRR_TEAM_SHARED is not set: no team folder to compare the repository's copies with")
    folder = Path(value)
    if not folder.is_dir():
        pytest.fail(f"GRR_TEAM_SHARED={value} is not a folder")
    return folder


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_repository_copies_are_the_team_files(name: str) -> None:
    team = _team_folder() / name
    ours, pattern = COPIES[name]
    theirs = {p.name: p.read_bytes() for p in team.glob(pattern)}
    assert theirs, f"the team folder has no {pattern} in {team}"
    mine = {p.name: p.read_bytes() for p in ours.glob(pattern)}
    assert sorted(mine) == sorted(theirs)
    assert [n for n in sorted(theirs) if mine[n] != theirs[n]] == [], f"these differ from {team}"
