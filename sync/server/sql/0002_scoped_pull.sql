-- Pulls of commune and district devices read their unit's rows in sequence
-- order from an index of their own. Before, each such pull walked every
-- newer row of the province through sync_row_seq and dropped the other
-- units' rows: with 50 commune devices that was most of the server's work.
-- The rows of the units above (stored with the lower codes empty) are
-- ranges of the same indexes: commune_code = '' and district_code = ''.
CREATE INDEX sync_row_commune ON sync_row (commune_code, seq);
CREATE INDEX sync_row_district ON sync_row (district_code, seq);
