-- A push looks for duplicates among the rows stored before it (seq below
-- its own): with seq in the index, its own new rows, which it already
-- knows, are passed over in the index instead of each being read from the
-- table.
DROP INDEX sync_row_match;
CREATE INDEX sync_row_match ON sync_row (tbl, match_key, seq) WHERE match_key <> '';
