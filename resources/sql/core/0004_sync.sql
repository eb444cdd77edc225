-- Sync with the provincial server (docs/SYNC.md): domain conflicts the
-- server found, and the device's own sync state.

-- A domain conflict found by the server after merging devices' rows (two
-- devices registered the same person offline). Made by the server, synced
-- and mutable: a clerk resolves it on any device and the resolution syncs.
-- status: open, resolved. resolution: '', merged, kept_first, kept_second,
-- not_duplicate. Nothing is deleted by a resolution: a merged person is
-- soft-deleted and mapped by person_merge.
CREATE TABLE conflict (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    table_name TEXT NOT NULL,
    first_id TEXT NOT NULL,
    second_id TEXT NOT NULL,
    detected_at_ms INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution TEXT NOT NULL DEFAULT '',
    kept_id TEXT NOT NULL DEFAULT '',
    resolved_by TEXT NOT NULL DEFAULT '',
    resolved_at_ms INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conflict_status ON conflict(status, detected_at_ms);

-- The device's enrolment and pull cursor. One row. The token is the
-- device's credential for this server; it never leaves this file.
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_url TEXT NOT NULL DEFAULT '',
    token TEXT NOT NULL DEFAULT '',
    scope_code TEXT NOT NULL DEFAULT '',
    scope_level INTEGER NOT NULL DEFAULT 0,
    -- PEM of a certificate authority to trust for this server only ('' =
    -- the system's).
    ca_certificate TEXT NOT NULL DEFAULT '',
    enrolled_at_ms INTEGER NOT NULL DEFAULT 0,
    pull_cursor INTEGER NOT NULL DEFAULT 0,
    last_success_ms INTEGER NOT NULL DEFAULT 0,
    last_attempt_ms INTEGER NOT NULL DEFAULT 0,
    -- Stable code of the last failed cycle ('' after a success).
    last_error TEXT NOT NULL DEFAULT ''
);
INSERT INTO sync_state(id) VALUES (1);

-- Push batches frozen from the outbox: the CBOR push body exactly as it is
-- (re)sent, and the outbox range it covers. Deleted together with that
-- range in the transaction that records the server's acknowledgement.
CREATE TABLE sync_batch (
    id TEXT PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    payload BLOB NOT NULL,
    created_at_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);

-- Rows the server refused, kept until someone retries or dismisses them so
-- nothing fails silently. code is a reason code of docs/SYNC.md.
CREATE TABLE sync_failure (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    batch_id TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    UNIQUE (table_name, row_id, hlc)
);
