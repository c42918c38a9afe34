"""A 2020 report (2019 format) and a 2021 report travel through import, approval and export together."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.export import export_approved
from app.review import ReviewService
from app.store import Store
from app.template import TEMPLATE_2019, TEMPLATE_2021, all_keys
from tests.locate.test_format_2019 import ACTIVE, report_2019
from tests.locate.test_structured_sources import national_html


def test_mixed_formats_round_trip_through_store_and_export(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in/2020.txt").write_text(report_2019(ACTIVE), encoding="gb18030")
    (tmp_path / "in/2022.html").write_text(national_html(), encoding="utf-8")
    store = Store(tmp_path / "db.sqlite3")
    service = ReviewService(store, "审核员")
    summary = service.import_paths([tmp_path / "in"])
    assert summary.failed == [] and summary.imported == 2
    templates = {s.source: s.template for s in service.reports()}
    assert templates == {"2020.txt": "2019", "2022.html": "2021"}
    assert service.approve_clean() == 2

    out = tmp_path / "out.csv"
    assert export_approved(store, out, header="keys") == 2
    rows = {r["source"]: r for r in csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""))}
    assert set(all_keys()) <= set(rows["2020.txt"])  # one column per key of both templates
    old, new = rows["2020.txt"], rows["2022.html"]
    assert (old["active.licensing.change"], old["active.procurement.amount_yuan"]) == ("-312", "8800.5")
    assert old["active.licensing.decisions"] == "4000" and old["requests.other_handling.total"] == "1"
    only_2021 = set(TEMPLATE_2021.keys) - set(TEMPLATE_2019.keys)
    assert all(old[k] == "" for k in only_2021)  # a key the 2019 format lacks stays empty
    assert new["active.licensing.decisions"] == "43177"
    assert all(new[k] == "" for k in set(TEMPLATE_2019.keys) - set(TEMPLATE_2021.keys))

    long_out = tmp_path / "long.csv"
    export_approved(store, long_out, header="keys", long=True)
    long_rows = list(csv.DictReader(io.StringIO(long_out.read_bytes().decode("utf-8-sig"), newline="")))
    per_source = {(r["source"], r["template"]) for r in long_rows}
    assert per_source == {("2020.txt", "2019"), ("2022.html", "2021")}
    assert sum(r["source"] == "2020.txt" for r in long_rows) == len(TEMPLATE_2019.keys)
