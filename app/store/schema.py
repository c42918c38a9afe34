"""The database schema as a list of migrations; PRAGMA user_version counts how many have run.

Append a migration to change the schema; never edit one that has shipped, because reviewers'
databases already carry it.
"""

from __future__ import annotations

_V1 = """
-- One row per report file name. Small columns only, so the queue of 10,000 reports reads a few
-- hundred pages; the source bytes and text live in `sources`, the values in `records`.
CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,             -- sha256 of the current version's bytes
    version       INTEGER NOT NULL DEFAULT 1,
    kind          TEXT NOT NULL,             -- text / html / docx / pdf
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

# PRAGMA application_id of our stores ("GRRV"): another program's SQLite file is never taken for one.
APPLICATION_ID = 0x47525256

# MIGRATIONS[i] takes a database from user_version i to i + 1.
MIGRATIONS: tuple[str, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)
