"""A file or connection a test leaves open fails it: ResourceWarnings are errors in the test run."""

from __future__ import annotations

import warnings

import pytest


def test_a_resource_warning_is_an_error() -> None:
    with pytest.raises(ResourceWarning):
        warnings.warn("unclosed file", ResourceWarning, stacklevel=1)

