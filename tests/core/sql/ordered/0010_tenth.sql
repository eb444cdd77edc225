-- Version 10 sorts after version 2 by number.
INSERT INTO ord_b(a_id) SELECT id FROM ord_a;
