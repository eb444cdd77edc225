-- The people registry (docs/ARCHITECTURE.md): one row per person known to
-- the commune office or a checkpoint, synced and mutable (last writer wins
-- per row). Written only through PersonStore, which validates and folds.

-- id_kind: 'cccd' (12 digits), 'cmnd' (9 or 12 digits), 'passport' (6–9
-- letters and digits, upper case) or 'none' (id_number empty). The number is
-- not UNIQUE: two offline devices may register the same person, and the
-- duplicate is resolved by a merge, not by refusing the synced row.
-- birth_date: "1990-05-17", "1958" (year only) or empty; birth_year is its
-- year (0 when unknown) so name + year lookups use an index.
-- created_by/updated_by: app_user ids (accounts are per device; the audit
-- log names the account too).
CREATE TABLE person (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    id_kind TEXT NOT NULL DEFAULT 'none'
        CHECK (id_kind IN ('cccd', 'cmnd', 'passport', 'none')),
    id_number TEXT NOT NULL DEFAULT '',
    full_name TEXT NOT NULL CHECK (full_name <> ''),
    folded_name TEXT NOT NULL,
    birth_date TEXT NOT NULL DEFAULT '',
    birth_year INTEGER NOT NULL DEFAULT 0,
    sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'male', 'female')),
    phone TEXT NOT NULL DEFAULT '',
    nationality TEXT NOT NULL DEFAULT 'VN',
    commune_code TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at_ms INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_id_number ON person(id_number) WHERE id_number <> '';
CREATE INDEX person_phone ON person(phone) WHERE phone <> '';
CREATE INDEX person_name_birth ON person(folded_name, birth_year, birth_date);

-- Merges of duplicate records: the merged person is soft-deleted and its id
-- maps to the kept one for good, so records that point at either id (check-
-- ins, declarations) stay reachable. Append-only, synced.
CREATE TABLE person_merge (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    merged_id TEXT NOT NULL,
    kept_id TEXT NOT NULL CHECK (kept_id <> merged_id),
    merged_by TEXT NOT NULL DEFAULT '',
    merged_at_ms INTEGER NOT NULL
);
CREATE INDEX person_merge_merged ON person_merge(merged_id);
