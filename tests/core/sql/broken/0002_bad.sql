-- The first statements succeed; the last fails, so the whole file must roll back.
CREATE TABLE broken_partial (id INTEGER PRIMARY KEY);
INSERT INTO broken_partial(id) VALUES (1);
INSERT INTO broken_ok(id) VALUES (1);
INSERT INTO no_such_table(id) VALUES (1);
