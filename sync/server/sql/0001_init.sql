-- The provincial server's store (docs/SYNC.md). One schema for SQLite and
-- PostgreSQL: ${BLOB} is BLOB or BYTEA, ${KEY} is TEXT, with the "C"
-- collation on PostgreSQL so (hlc, origin) and ids compare byte by byte as
-- they do on the devices' SQLite.

-- Enrolled devices. Only the SHA-256 of a token is kept.
CREATE TABLE device (
    id ${KEY} PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    scope_code TEXT NOT NULL,
    scope_level INTEGER NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    enrolled_at_ms BIGINT NOT NULL,
    revoked_at_ms BIGINT,
    last_seen_ms BIGINT NOT NULL DEFAULT 0
);

-- One-time enrolment codes, by the SHA-256 of the normalised code.
CREATE TABLE enroll_code (
    code_hash TEXT PRIMARY KEY,
    scope_code TEXT NOT NULL,
    scope_level INTEGER NOT NULL,
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    used_by TEXT,
    used_at_ms BIGINT
);

-- Every synced row of every table, in its latest version. `data` is the
-- row's values map as CBOR, sent back as is on pull. The unit columns say
-- where the row belongs ('' above the unit's level); match_key and event_ms
-- are the catalog's matchColumn and retentionColumn values ('' and 0 when
-- the table has none; event_ms is at least 1 in a table that has one).
CREATE TABLE sync_row (
    tbl ${KEY} NOT NULL,
    id ${KEY} NOT NULL,
    hlc BIGINT NOT NULL,
    origin ${KEY} NOT NULL,
    deleted INTEGER NOT NULL,
    data ${BLOB} NOT NULL,
    seq BIGINT NOT NULL,
    unit_code TEXT NOT NULL,
    province_code TEXT NOT NULL,
    district_code TEXT NOT NULL,
    commune_code TEXT NOT NULL,
    match_key TEXT NOT NULL DEFAULT '',
    event_ms BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tbl, id)
);
CREATE UNIQUE INDEX sync_row_seq ON sync_row (seq);
-- Partial: most rows have neither, and every index entry costs a push time.
-- Queries repeat the WHERE term so both databases may use them.
CREATE INDEX sync_row_match ON sync_row (tbl, match_key) WHERE match_key <> '';
CREATE INDEX sync_row_event ON sync_row (tbl, event_ms) WHERE event_ms <> 0;

-- Push batches already applied, with the answer given, so a batch sent
-- again is answered the same and changes nothing.
CREATE TABLE applied_batch (
    batch_id ${KEY} PRIMARY KEY,
    device_id TEXT NOT NULL,
    applied_at_ms BIGINT NOT NULL,
    response ${BLOB} NOT NULL
);

-- The last server sequence number handed out. A push updates the single
-- row first, so it stays locked until the push commits: sequence numbers
-- become visible in commit order and a pull cursor never passes a row that
-- commits later.
CREATE TABLE seq_counter (
    id INTEGER PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO seq_counter (id, value) VALUES (1, 0);

-- What each retention purge removed (counts only).
CREATE TABLE purge_log (
    at_ms BIGINT NOT NULL,
    tbl TEXT NOT NULL,
    cutoff_ms BIGINT NOT NULL,
    row_count BIGINT NOT NULL
);
