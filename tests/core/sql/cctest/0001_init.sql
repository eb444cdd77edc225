-- Test module for change capture: one table of each synced kind, and tables
-- that each lack one column a synced table must have.
CREATE TABLE cc_item (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL
);
CREATE TABLE cc_fact (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    value INTEGER NOT NULL
);
CREATE TABLE cc_no_id (key TEXT PRIMARY KEY, hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE cc_no_hlc (id TEXT PRIMARY KEY, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE cc_no_origin (id TEXT PRIMARY KEY, hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE cc_no_deleted (id TEXT PRIMARY KEY, hlc INTEGER NOT NULL, origin TEXT NOT NULL);
