-- Core schema: device settings, the hybrid logical clock, change capture,
-- audit log, local accounts and the administrative units.

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The device's last hybrid-logical-clock value (see hlc.h).
CREATE TABLE hlc_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);

-- Local queue of captured changes; the sync client sends the current state of
-- each row named here and deletes the entries once the server acknowledges.
-- The sequence is local only and never crosses the wire.
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete'))
);
CREATE INDEX sync_outbox_row ON sync_outbox(table_name, row_id);

-- Switches read by the capture triggers. Changed only inside a transaction
-- (CaptureSuspension), so a crash can never leave capture suspended.
CREATE TABLE sync_capture (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    remote_apply INTEGER NOT NULL DEFAULT 0 CHECK (remote_apply >= 0),
    purge INTEGER NOT NULL DEFAULT 0 CHECK (purge >= 0)
);
INSERT INTO sync_capture(id) VALUES (1);

-- Who did what to which record; never personal values. Append-only, synced.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    at_ms INTEGER NOT NULL,
    user_id TEXT,
    username TEXT,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at_ms);

-- Local accounts of this device (not synced: each laptop has its own staff).
CREATE TABLE app_user (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until_ms INTEGER NOT NULL DEFAULT 0,
    created_at_ms INTEGER NOT NULL
);

CREATE TABLE user_role (
    user_id TEXT NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- GSO administrative units of 2021, loaded once from the bundled CSV and
-- read-only afterwards. Level: 1 province, 2 district, 3 commune.
CREATE TABLE admin_unit (
    code TEXT PRIMARY KEY,
    parent_code TEXT,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    folded_name TEXT NOT NULL,
    folded_path TEXT NOT NULL
);
CREATE INDEX admin_unit_parent ON admin_unit(parent_code);

CREATE TRIGGER admin_unit_no_update BEFORE UPDATE ON admin_unit BEGIN
    SELECT RAISE(ABORT, 'admin_unit is read-only');
END;
CREATE TRIGGER admin_unit_no_delete BEFORE DELETE ON admin_unit BEGIN
    SELECT RAISE(ABORT, 'admin_unit is read-only');
END;
