"""The property tests draw new examples each run and keep a failing one until it passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

from tests.fuzzing import CI_FACTOR, STORAGE, examples

ROOT = Path(__file__).resolve().parent.parent


def test_examples_are_drawn_anew_and_saved_outside_the_work_tree() -> None:
    profile = settings.default
    assert not profile.derandomize
    assert isinstance(profile.database, DirectoryBasedExampleDatabase)
    assert not STORAGE.resolve().is_relative_to(ROOT)


def test_ci_runs_more_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.fuzzing.PROFILE", "ci")
    assert examples(20) == 20 * CI_FACTOR
    monkeypatch.setattr("tests.fuzzing.PROFILE", "dev")
    assert examples(20) == 20


def test_a_failing_example_is_saved_and_replayed_first(tmp_path: Path) -> None:
    seen: list[int] = []

    @settings(database=DirectoryBasedExampleDatabase(tmp_path), max_examples=200)
    @given(st.integers())
    def property_that_fails_from_1000(n: int) -> None:
        seen.append(n)
        assert n < 1000

    with pytest.raises(AssertionError):
        property_that_fails_from_1000()
    assert any(tmp_path.iterdir())  # the shrunk example was saved
    seen.clear()
    with pytest.raises(AssertionError):
        property_that_fails_from_1000()
    assert seen[0] == 1000  # the next run starts with it
