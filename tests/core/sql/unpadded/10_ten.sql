-- Needs unp_a from version 9: a file list sorted by name would run this first.
INSERT INTO unp_a(version) VALUES (10);
