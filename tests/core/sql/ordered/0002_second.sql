-- Statements a naive splitter cuts wrongly: strings and comments holding ';',
-- two statements on one line, a trigger body with inner semicolons.
ALTER TABLE ord_a ADD COLUMN note TEXT NOT NULL DEFAULT 'a; b';
CREATE TABLE ord_log (label TEXT NOT NULL); /* a; comment */ CREATE TABLE ord_b (a_id INTEGER NOT NULL REFERENCES ord_a(id)); -- trailing; comment
CREATE TRIGGER ord_a_log AFTER INSERT ON ord_a BEGIN
    INSERT INTO ord_log(label) VALUES (NEW.label || ';');
    INSERT INTO ord_log(label) VALUES ('second; statement');
END;
INSERT INTO ord_a(id, label) VALUES (1, 'one; two');
-- end of file; nothing follows
