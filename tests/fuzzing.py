"""Hypothesis profiles: new examples on every run, more of them in CI, and failing examples kept.

`HYPOTHESIS_PROFILE=ci` (set by .ci/run) multiplies each property test's example count by CI_FACTOR.
Hypothesis saves every failing example and replays it first on the next run until it passes; the
database lives in the user's cache folder, outside the work tree (the test run leaves it clean).
A test that must reproduce one known case pins it with @example or @seed, never with derandomize.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase
from platformdirs import user_cache_path

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "dev")
CI_FACTOR = 5
STORAGE: Path = user_cache_path("gov-report-review") / "hypothesis"


def examples(count: int) -> int:
    """A property test's example count for this run: `count` at the desk, CI_FACTOR times as many in CI."""
    return count * CI_FACTOR if PROFILE == "ci" else count


def load_profile() -> None:
    set_hypothesis_home_dir(STORAGE)  # hypothesis' other caches (constants) go there too, not to ./.hypothesis
    database = DirectoryBasedExampleDatabase(STORAGE / "examples")
    # derandomize stated: under a CI variable Hypothesis would otherwise replay the same examples forever.
    settings.register_profile("dev", database=database, deadline=None, print_blob=True, derandomize=False)
    settings.register_profile("ci", parent=settings.get_profile("dev"))
    settings.load_profile(PROFILE)
