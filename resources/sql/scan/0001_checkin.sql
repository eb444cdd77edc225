-- Check-in log of a checkpoint or venue: one append-only row per scan that
-- was recognised (passing or not) and per manual entry, exit scan or
-- automatic check-out. Only the minimal identity a code carries is kept;
-- rows older than the retention setting are purged here and on the server.
CREATE TABLE checkin (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    at_ms INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    location_unit_code TEXT NOT NULL DEFAULT '',
    location_name TEXT NOT NULL DEFAULT '',
    -- eu-dcc, cccd, vn-unified, pd-person, pd-venue, text, manual
    code_kind TEXT NOT NULL,
    -- valid, invalid, expired, untrusted, unreadable, unknown
    verdict TEXT NOT NULL,
    reason_code TEXT NOT NULL DEFAULT '',
    id_number TEXT NOT NULL DEFAULT '',
    full_name TEXT NOT NULL DEFAULT '',
    folded_name TEXT NOT NULL DEFAULT '',
    birth_date TEXT NOT NULL DEFAULT '', -- yyyy-MM-dd, or yyyy when only the year is known
    phone TEXT NOT NULL DEFAULT '',
    operator_id TEXT NOT NULL DEFAULT '',
    -- An exit row names the entry it closes; automatic check-outs say so.
    closes_id TEXT NOT NULL DEFAULT '',
    automatic INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checkin_at ON checkin(at_ms);
CREATE INDEX checkin_id_number ON checkin(id_number, at_ms);
CREATE INDEX checkin_closes ON checkin(closes_id);
