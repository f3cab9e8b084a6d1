-- Arranjo workspace, schema 13: employment keyed by level first (issue 16). Append-only.
-- Every read of employment names a classification, a measure and a year (an analysis, a map, a
-- profile; a territory list within them); none names a territory alone. Keyed by territory first,
-- the table needed the index employment_year (classification, measure, year) beside it: every
-- imported value went into two B-trees, the index was 40% of the file (16 of 39 MB for all Brazil),
-- and an analysis stepped the index and looked each row up in the table. Keyed by
-- (classification, measure, year, territory_code, sector_code), the table is that index: one
-- B-tree, a level's rows in one range in key order, no lookup. SQLite cannot change a primary key:
-- the table is rebuilt with the same columns, checks and rows (the index goes with the old table).
CREATE TABLE employment_v13 (
  territory_code INTEGER NOT NULL REFERENCES municipality (code),
  classification TEXT NOT NULL,
  sector_code    TEXT NOT NULL,
  year           INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  measure        TEXT NOT NULL CHECK (measure IN ('jobs', 'payroll', 'establishments', 'value_added')),
  value          REAL,
  missing_reason TEXT,
  batch_id       INTEGER NOT NULL REFERENCES import_batch (id),
  source_row     INTEGER,
  PRIMARY KEY (classification, measure, year, territory_code, sector_code),
  FOREIGN KEY (classification, sector_code) REFERENCES classification (scheme, code),
  CHECK (value IS NOT NULL OR missing_reason IS NOT NULL)
) STRICT, WITHOUT ROWID;

INSERT INTO employment_v13 (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row)
  SELECT territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row
    FROM employment ORDER BY classification, measure, year, territory_code, sector_code;

DROP TABLE employment;
ALTER TABLE employment_v13 RENAME TO employment;
