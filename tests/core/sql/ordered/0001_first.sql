-- Test module "ordered": each file needs the one before it, so applying them
-- out of order fails.
CREATE TABLE ord_a (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL
);
