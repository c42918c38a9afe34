"""app.review loads its names when first used: `extract` (which needs only the worker pool) starts
without the store, the service and the PDF renderer, and every exported name still resolves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app.review

ROOT = Path(__file__).resolve().parents[2]


def test_every_exported_name_resolves_to_the_object_of_its_home_module():
    from app.review.service import ReviewService
    from app.store import ReportSummary

    assert sorted(app.review.__all__) == sorted(set(app.review.__all__))
    for name in app.review.__all__:
        value = getattr(app.review, name)
        assert getattr(value, "__name__", name) == name or name == "Grid"  # Grid: an alias of list[...]
    assert app.review.ReviewService is ReviewService and app.review.ReportSummary is ReportSummary


def test_importing_the_worker_pool_loads_neither_the_store_nor_the_service():
    probe = ("import sys, app.review.runner; "
             "print(sorted(m for m in ('app.store', 'app.review.service', 'app.documents.pdf_render') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error():
    try:
        app.review.NoSuchThing  # noqa: B018
    except AttributeError as e:
        assert "NoSuchThing" in str(e)
    else:
        raise AssertionError("app.review.NoSuchThing resolved")
