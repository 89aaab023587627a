-- The archive's tables. Every input a load was given is a row of load_inputs; every distinct file (by
-- SHA-256) read is a row of documents, done or failed, with its rows in the child tables.
CREATE TABLE loads (
    id              INTEGER PRIMARY KEY,
    command         TEXT NOT NULL,
    host            TEXT NOT NULL,
    reader_version  INTEGER NOT NULL,
    inputs          INTEGER NOT NULL,
    started_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    finished_at     TEXT
);

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    sha256          TEXT NOT NULL UNIQUE,
    source_path     TEXT NOT NULL,
    format          TEXT NOT NULL,
    encoding        TEXT,
    pages           INTEGER,
    ocr             INTEGER NOT NULL,
    size_bytes      INTEGER NOT NULL,
    reader_version  INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('done', 'failed')),
    error_code      TEXT,
    error           TEXT,
    form_count      INTEGER NOT NULL,
    warning_count   INTEGER NOT NULL,
    finding_count   INTEGER NOT NULL,
    load_id         INTEGER REFERENCES loads (id),
    archived_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    document_json   TEXT NOT NULL
);

CREATE TABLE forms (
    document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    form_index        INTEGER NOT NULL,
    template          TEXT NOT NULL,
    form_type         TEXT,
    title             TEXT,
    truncated         INTEGER NOT NULL,
    fiscal_year       INTEGER,
    project_name      TEXT,
    department        TEXT,
    implementing_unit TEXT,
    first_line        INTEGER,
    last_line         INTEGER,
    pages             TEXT,
    funding_unit      TEXT,
    funding_weight    NUMERIC,
    execution_rate    NUMERIC,
    funding_score     NUMERIC,
    goals_expected    TEXT,
    goals_achieved    TEXT,
    group_weights     TEXT,
    total_weight      NUMERIC,
    total_score       NUMERIC,
    grade             TEXT,
    finding_count     INTEGER NOT NULL,
    PRIMARY KEY (document_id, form_index)
);

CREATE TABLE funding_rows (
    document_id     INTEGER NOT NULL,
    form_index      INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    slot            TEXT NOT NULL,
    label           TEXT NOT NULL,
    initial_budget  NUMERIC,
    adjusted_budget NUMERIC,
    executed        NUMERIC,
    PRIMARY KEY (document_id, form_index, position),
    FOREIGN KEY (document_id, form_index) REFERENCES forms (document_id, form_index) ON DELETE CASCADE
);

CREATE TABLE indicators (
    document_id         INTEGER NOT NULL,
    form_index          INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    level1              TEXT,
    level2              TEXT,
    name                TEXT,
    target              TEXT,
    target_comparator   TEXT,
    target_number       NUMERIC,
    target_unit         TEXT,
    target_qualitative  TEXT,
    actual              TEXT,
    actual_comparator   TEXT,
    actual_number       NUMERIC,
    actual_unit         TEXT,
    actual_qualitative  TEXT,
    weight              NUMERIC,
    score               NUMERIC,
    deviation_reason    TEXT,
    PRIMARY KEY (document_id, form_index, position),
    FOREIGN KEY (document_id, form_index) REFERENCES forms (document_id, form_index) ON DELETE CASCADE
);

CREATE TABLE findings (
    document_id INTEGER NOT NULL,
    form_index  INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    rule        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    path        TEXT NOT NULL,
    stated      TEXT,
    expected    TEXT,
    message     TEXT NOT NULL,
    PRIMARY KEY (document_id, form_index, position),
    FOREIGN KEY (document_id, form_index) REFERENCES forms (document_id, form_index) ON DELETE CASCADE
);
CREATE INDEX findings_rule ON findings (rule, severity);

CREATE TABLE warnings (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    form_index  INTEGER,
    path        TEXT,
    page        INTEGER,
    line        INTEGER,
    PRIMARY KEY (document_id, position)
);

CREATE TABLE cells (
    document_id INTEGER NOT NULL,
    form_index  INTEGER NOT NULL,
    path        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT,
    number      NUMERIC,
    confidence  REAL,
    page        INTEGER,
    line        INTEGER,
    bbox        TEXT,
    PRIMARY KEY (document_id, form_index, path),
    FOREIGN KEY (document_id, form_index) REFERENCES forms (document_id, form_index) ON DELETE CASCADE
);

-- What became of each input a load was given: archived, reprocessed, skipped (its bytes were archived
-- already), failed (archived as failed) or unreadable (its bytes could not be read; no document).
CREATE TABLE load_inputs (
    load_id     INTEGER NOT NULL REFERENCES loads (id),
    path        TEXT NOT NULL,
    sha256      TEXT,
    outcome     TEXT NOT NULL CHECK (outcome IN ('archived', 'reprocessed', 'skipped', 'failed', 'unreadable')),
    error       TEXT,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (load_id, path)
);

-- Input files' bytes, kept for workers on other machines (formextract queue).
CREATE TABLE files (
    sha256      TEXT PRIMARY KEY,
    bytes       BLOB NOT NULL,
    size_bytes  INTEGER NOT NULL,
    first_path  TEXT NOT NULL,
    stored_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
