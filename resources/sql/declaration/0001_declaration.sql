-- Health declarations (tokhaiyte.vn's whole-population form, plus the
-- domestic travel part checkpoints ask for). Append-only facts, synced: a
-- correction is a new row whose supersedes_id names the row it replaces.
-- The identity is kept as declared; person_id links the registry record
-- (found by ID number or created when the declaration is saved).

-- kind: 'commune' (declared at the commune office) or 'checkpoint' (an
-- arrival, travel fields filled in).
-- province_code/district_code: derived from commune_code when saved, so the
-- district export and the list filter use an index.
-- symptoms: bit flags 1 fever, 2 cough, 4 shortness of breath, 8 pneumonia,
-- 16 sore throat, 32 fatigue. exposures: 1 COVID case or suspect, 2 someone
-- from a country with COVID-19, 4 someone with fever/cough/shortness of
-- breath/pneumonia. attention = any symptom or exposure.
-- travel_means: '', car, motorbike, bus, train, plane, ship, other.
-- Dates are ISO 8601 text ('' when not given); birth_date may be a year only.
CREATE TABLE declaration (
    id TEXT PRIMARY KEY,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'commune' CHECK (kind IN ('commune', 'checkpoint')),
    supersedes_id TEXT NOT NULL DEFAULT '',
    person_id TEXT NOT NULL,
    on_behalf INTEGER NOT NULL DEFAULT 0,
    on_behalf_name TEXT NOT NULL DEFAULT '',
    id_kind TEXT NOT NULL DEFAULT 'none'
        CHECK (id_kind IN ('cccd', 'cmnd', 'passport', 'none')),
    id_number TEXT NOT NULL DEFAULT '',
    full_name TEXT NOT NULL CHECK (full_name <> ''),
    folded_name TEXT NOT NULL,
    birth_date TEXT NOT NULL DEFAULT '',
    birth_year INTEGER NOT NULL DEFAULT 0,
    sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'male', 'female')),
    nationality TEXT NOT NULL DEFAULT 'VN',
    province_code TEXT NOT NULL DEFAULT '',
    district_code TEXT NOT NULL DEFAULT '',
    commune_code TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    visited_places INTEGER NOT NULL DEFAULT 0,
    places_text TEXT NOT NULL DEFAULT '',
    symptoms INTEGER NOT NULL DEFAULT 0,
    symptoms_text TEXT NOT NULL DEFAULT '',
    exposures INTEGER NOT NULL DEFAULT 0,
    attention INTEGER NOT NULL DEFAULT 0,
    vaccine_doses INTEGER NOT NULL DEFAULT 0 CHECK (vaccine_doses BETWEEN 0 AND 10),
    last_dose_date TEXT NOT NULL DEFAULT '',
    travel_from TEXT NOT NULL DEFAULT '',
    travel_means TEXT NOT NULL DEFAULT ''
        CHECK (travel_means IN ('', 'car', 'motorbike', 'bus', 'train', 'plane', 'ship', 'other')),
    vehicle_number TEXT NOT NULL DEFAULT '',
    travel_date TEXT NOT NULL DEFAULT '',
    declared_at_ms INTEGER NOT NULL,
    declared_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX declaration_at ON declaration(declared_at_ms);
CREATE INDEX declaration_district_at ON declaration(district_code, declared_at_ms);
CREATE INDEX declaration_commune_at ON declaration(commune_code, declared_at_ms);
CREATE INDEX declaration_person ON declaration(person_id, declared_at_ms);
CREATE INDEX declaration_id_number ON declaration(id_number) WHERE id_number <> '';
CREATE INDEX declaration_supersedes ON declaration(supersedes_id) WHERE supersedes_id <> '';

-- What a clerk typed and has not saved: one draft per account on this
-- device, rewritten as they type. Local only (not synced), deleted on save.
CREATE TABLE declaration_draft (
    user_id TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    saved_at_ms INTEGER NOT NULL
);
