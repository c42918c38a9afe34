"""The database schema as a list of migrations, each in both engines' dialects.

SQLite counts the migrations that have run in PRAGMA user_version, PostgreSQL in the one-row table
schema_version. Append a migration to change the schema; never edit one that has shipped, because
reviewers' databases already carry it. The PostgreSQL text keeps to SQL that KingbaseES and
openGauss also accept (BIGSERIAL rather than IDENTITY, EXECUTE PROCEDURE in triggers).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    sqlite: str
    postgresql: str

    def script(self, dialect: str) -> str:
        return self.sqlite if dialect == "sqlite" else self.postgresql


_V1 = """
-- One row per report file name. Small columns only, so the queue of 10,000 reports reads a few
-- hundred pages; the source bytes and text live in `sources`, the values in `records`.
CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,             -- sha256 of the current version's bytes
    version       INTEGER NOT NULL DEFAULT 1,
    kind          TEXT NOT NULL,             -- text / html / docx / doc / pdf / image
    template      TEXT NOT NULL,
    agency        TEXT,
    year          INTEGER,
    status        TEXT NOT NULL DEFAULT 'new'
                  CHECK (status IN ('new', 'in_review', 'approved', 'rejected')),
    status_reason TEXT NOT NULL DEFAULT '',
    decided_by    TEXT,
    decided_at    TEXT,
    errors        INTEGER NOT NULL DEFAULT 0, -- error findings without a reviewer decision
    warnings      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX reports_file_name ON reports(file_name);
CREATE INDEX reports_content_hash ON reports(content_hash);
CREATE INDEX reports_status ON reports(status, errors);
CREATE INDEX reports_agency_year ON reports(agency, year);

CREATE TABLE sources (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id),
    text      TEXT NOT NULL,  -- decoded text; provenance offsets point into it
    data      BLOB NOT NULL   -- the file's bytes as imported
);

CREATE TABLE records (
    report_id  INTEGER PRIMARY KEY REFERENCES reports(id),
    fields     TEXT NOT NULL,  -- JSON key -> value: the current values, reviewer's edits included
    provenance TEXT NOT NULL,  -- JSON key -> Origin
    machine    TEXT            -- JSON key -> value as extracted; NULL while identical to fields
);

-- Everything that happened to a report, oldest first; rows are never changed or removed.
CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    at        TEXT NOT NULL,
    reviewer  TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('import', 'version', 'edit', 'info', 'status', 'decision')),
    key       TEXT,            -- cell key (edit), field name (info) or finding id (decision)
    old_value TEXT,            -- JSON
    new_value TEXT,            -- JSON
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_report_key ON history(report_id, key);
CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

CREATE TABLE decisions (
    report_id  INTEGER NOT NULL REFERENCES reports(id),
    finding_id TEXT NOT NULL,
    decision   TEXT NOT NULL CHECK (decision IN ('fixed', 'source_error', 'dismissed')),
    note       TEXT NOT NULL DEFAULT '',
    reviewer   TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (report_id, finding_id)
) WITHOUT ROWID;
"""

_V1_POSTGRESQL = """
CREATE TABLE reports (
    id            BIGSERIAL PRIMARY KEY,
    file_name     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    kind          TEXT NOT NULL,
    template      TEXT NOT NULL,
    agency        TEXT,
    year          INTEGER,
    status        TEXT NOT NULL DEFAULT 'new'
                  CHECK (status IN ('new', 'in_review', 'approved', 'rejected')),
    status_reason TEXT NOT NULL DEFAULT '',
    decided_by    TEXT,
    decided_at    TEXT,
    errors        INTEGER NOT NULL DEFAULT 0,
    warnings      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX reports_file_name ON reports(file_name);
CREATE INDEX reports_content_hash ON reports(content_hash);
CREATE INDEX reports_status ON reports(status, errors);
CREATE INDEX reports_agency_year ON reports(agency, year);

CREATE TABLE sources (
    report_id BIGINT PRIMARY KEY REFERENCES reports(id),
    text      TEXT NOT NULL,
    data      BYTEA NOT NULL
);

CREATE TABLE records (
    report_id  BIGINT PRIMARY KEY REFERENCES reports(id),
    fields     TEXT NOT NULL,
    provenance TEXT NOT NULL,
    machine    TEXT
);

CREATE TABLE history (
    id        BIGSERIAL PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES reports(id),
    at        TEXT NOT NULL,
    reviewer  TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('import', 'version', 'edit', 'info', 'status', 'decision')),
    key       TEXT,
    old_value TEXT,
    new_value TEXT,
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_report_key ON history(report_id, key);
CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'history is append-only'; END $$;
CREATE TRIGGER history_is_append_only BEFORE UPDATE OR DELETE ON history
FOR EACH ROW EXECUTE PROCEDURE history_is_append_only();

CREATE TABLE decisions (
    report_id  BIGINT NOT NULL REFERENCES reports(id),
    finding_id TEXT NOT NULL,
    decision   TEXT NOT NULL CHECK (decision IN ('fixed', 'source_error', 'dismissed')),
    note       TEXT NOT NULL DEFAULT '',
    reviewer   TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (report_id, finding_id)
);
"""

# Team review: claims on open reports, the store's settings, and the first reviewer under four-eyes.
_V2 = """
-- Who has a report open; a claim lapses when seen_at is older than the idle time in settings.
CREATE TABLE claims (
    report_id  BIGINT PRIMARY KEY REFERENCES reports(id),
    reviewer   TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    seen_at    DOUBLE PRECISION NOT NULL  -- unix time of the claimant's last activity
);
-- Settings every reviewer of the store shares (four_eyes, claim_idle_minutes, leads).
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- 初审人: who passed the first review when four-eyes approval is on; NULL when none is pending.
ALTER TABLE reports ADD COLUMN first_reviewer TEXT;
"""

# PRAGMA application_id of our SQLite stores ("GRRV"): another program's SQLite file is never taken
# for one.
APPLICATION_ID = 0x47525256

# MIGRATIONS[i] takes a database from schema version i to i + 1.
MIGRATIONS: tuple[Migration, ...] = (Migration(_V1, _V1_POSTGRESQL), Migration(_V2, _V2))
SCHEMA_VERSION = len(MIGRATIONS)
