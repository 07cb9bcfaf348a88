-- The catalog of a Fond archive. Originals live as files under originals/ named by SHA-256;
-- this schema lists them and the records read from them. Add, never rename: published
-- archives migrate forward with new V<n>__*.sql files.

-- Archive-wide values. 'generation' increases with every committed batch that changed
-- something; a search index records it to know whether it is stale.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('generation', '0');
INSERT INTO meta (key, value) VALUES ('originals_layout', 'sha256/2');

-- Every original file ingested, once per distinct content.
CREATE TABLE originals (
    sha256      TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    format      TEXT NOT NULL,
    first_path  TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

-- Every version of every record. One original may yield several records (a TEI volume);
-- a record read again from different bytes gets a new version and the old one stays.
CREATE TABLE records (
    record_id       TEXT NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    current         INTEGER NOT NULL CHECK (current IN (0, 1)),
    original_sha256 TEXT NOT NULL REFERENCES originals (sha256),
    original_path   TEXT NOT NULL,
    title           TEXT,
    date_edtf       TEXT,
    source_format   TEXT NOT NULL,
    repository      TEXT,
    file_key        TEXT,
    json            TEXT NOT NULL,
    ingested_at     TEXT NOT NULL,
    generation      INTEGER NOT NULL,
    PRIMARY KEY (record_id, version),
    -- idempotency: the same record read from the same bytes is stored once
    UNIQUE (record_id, original_sha256)
);
CREATE UNIQUE INDEX records_one_current ON records (record_id) WHERE current = 1;
CREATE INDEX records_by_original ON records (original_sha256);
