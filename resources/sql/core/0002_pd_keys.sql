-- Keys of PhongDich's own signed codes (docs/CODES.md): this device's
-- Ed25519 signing key and the public keys whose codes it accepts.

-- The device's own key pair, stored as its 32-byte seed. It never leaves
-- this file: not synced, not exported. One row at most.
CREATE TABLE pd_device_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key_id TEXT NOT NULL CHECK (length(key_id) = 8),
    public_key TEXT NOT NULL CHECK (length(public_key) = 64),
    seed BLOB NOT NULL CHECK (length(seed) = 32),
    created_at_ms INTEGER NOT NULL
);

-- Public keys this device trusts (its own, its province's, other devices').
-- Shaped as a synced mutable table (id, hlc, origin, deleted) so the
-- province can distribute keys once the sync issue registers it; local
-- until then. Keys are hex text so the row travels as JSON unchanged.
-- A removed key is soft-deleted (deleted = 1) and no longer verifies.
CREATE TABLE pd_trusted_key (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    key_id TEXT NOT NULL CHECK (length(key_id) = 8),
    public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 64),
    label TEXT NOT NULL DEFAULT '',
    signs_person INTEGER NOT NULL DEFAULT 1 CHECK (signs_person IN (0, 1)),
    signs_venue INTEGER NOT NULL DEFAULT 1 CHECK (signs_venue IN (0, 1)),
    added_at_ms INTEGER NOT NULL
);
CREATE INDEX pd_trusted_key_key_id ON pd_trusted_key(key_id);
