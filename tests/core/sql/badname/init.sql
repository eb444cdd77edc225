CREATE TABLE badname_a (id INTEGER);
