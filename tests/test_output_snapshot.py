"""Extraction gives exactly the output it gave before on the snapshot corpus (tools/output_snapshot.py):
a change for speed must not change a single cell, finding or provenance. A deliberate change of
output is accepted with `python tools/output_snapshot.py --write`, and the commit says why."""

from __future__ import annotations

import json

from tools import output_snapshot


def test_every_report_of_the_snapshot_corpus_gives_the_output_it_gave_before():
    expected = json.loads(output_snapshot.DIGESTS.read_text(encoding="utf-8"))
    got = output_snapshot.digests()
    changed = output_snapshot.differences(expected, got)
    assert changed == [], (f"{len(changed)} of {len(got)} reports give another output: {changed[:10]} "
                           "(python tools/output_snapshot.py --show NAME prints one)")


def test_the_corpus_holds_every_shape_and_the_samples():
    names = [name for name, _ in output_snapshot.corpus()]
    assert len(names) == len(set(names)) == 5 + 9 * output_snapshot.PER_SHAPE
    for suffix in (".txt", ".html", ".docx", ".pdf"):
        assert any(n.endswith(suffix) for n in names)


def test_a_changed_output_is_told_by_name():
    assert output_snapshot.differences({"a": "1", "b": "2"}, {"a": "1", "b": "3", "c": "4"}) == ["b", "c"]
