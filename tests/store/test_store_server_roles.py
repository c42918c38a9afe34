"""The README's server setup: a reviewer role with docs/team-server-grants.sql's privileges can do
all a reviewer does, cannot change the team's settings or history; a lead can change settings."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from app.review import ReviewService, TeamSettings
from app.store import Store, StoreError
from tests.review.fakes import RuleSet, gold_records, json_extractor, write_report

GRANTS = Path(__file__).resolve().parents[2] / "docs" / "team-server-grants.sql"


def _as_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, parts.fragment))


@pytest.fixture
def roles(pg_url: str) -> Iterator[dict[str, str]]:
    """The store created by its owner (the test's superuser), then the grants file run on it."""
    import psycopg

    Store(pg_url).close()  # the first opening creates the tables
    suffix = uuid.uuid4().hex[:8]
    names = {"reviewers": f"grr_reviewers_{suffix}", "leads": f"grr_leads_{suffix}",
             "zhang": f"zhang_{suffix}", "lead": f"lead_{suffix}"}
    schema = pg_url.rsplit("%3D", 1)[-1]
    script = GRANTS.read_text(encoding="utf-8").replace("SCHEMA public", f"SCHEMA {schema}")
    script = script.replace("grr_reviewers", names["reviewers"]).replace("grr_leads", names["leads"])
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute(f"CREATE ROLE {names['reviewers']} NOLOGIN")
        con.execute(f"CREATE ROLE {names['leads']} NOLOGIN")
        con.execute(f"CREATE ROLE {names['zhang']} LOGIN IN ROLE {names['reviewers']}")
        con.execute(f"CREATE ROLE {names['lead']} LOGIN IN ROLE {names['leads']}")
        con.execute(script)
    yield {name: _as_user(pg_url, role) for name, role in names.items()}
    with psycopg.connect(pg_url, autocommit=True) as con:
        for role in names.values():
            con.execute(f"DROP OWNED BY {role}")
            con.execute(f"DROP ROLE {role}")


def test_a_reviewer_role_with_the_documented_privileges_does_a_reviewers_work(roles, tmp_path: Path) -> None:
    gold = gold_records()
    with Store(roles["zhang"]) as store:
        service = ReviewService(store, "张三", validation=RuleSet, extractor=json_extractor, workers=1)
        [rid] = service.import_paths([write_report(tmp_path, gold[1].source, gold[1])]).report_ids
        service.claim(rid)
        service.set_cells(rid, {"active.regulations.issued": 5})
        state = service.approve(rid)
        assert state.summary.status == "approved"
        service.reopen(rid)
        service.release(rid)
        with pytest.raises(StoreError, match="权限"):
            service.set_settings(TeamSettings(four_eyes=True))
        with pytest.raises(StoreError, match="append-only|权限"), store.transaction():
            store._execute("DELETE FROM history")
    with Store(roles["lead"]) as store:
        ReviewService(store, "组长").set_settings(TeamSettings(four_eyes=True, leads=("组长",)))
        assert ReviewService(store, "组长").settings().four_eyes
