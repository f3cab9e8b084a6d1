-- Arranjo workspace, schema 9: an import template can be saved for every import target.
-- Append-only. 0002 limited import_template.target to the four targets of its time, so a
-- template for works, measurements, lots, prospects, initiatives or programme actions and targets
-- (schemas 5-8) was refused by the database. SQLite cannot alter a CHECK: the table is rebuilt
-- with the same columns and rows.
CREATE TABLE import_template_v9 (
  id         TEXT PRIMARY KEY CHECK (length(trim(id)) > 0),
  label      TEXT NOT NULL,
  target     TEXT NOT NULL CHECK (target IN ('employment', 'indicator-values', 'population', 'sites',
                                             'works', 'measurements', 'lots', 'prospects', 'initiatives',
                                             'programme-actions', 'programme-targets')),
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

INSERT INTO import_template_v9 (id, label, target, definition, created_at, updated_at)
  SELECT id, label, target, definition, created_at, updated_at FROM import_template;

DROP TABLE import_template;
ALTER TABLE import_template_v9 RENAME TO import_template;
