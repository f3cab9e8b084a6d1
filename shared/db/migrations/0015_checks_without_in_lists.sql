-- Arranjo workspace, schema 15: the two bulk tables check their closed lists with OR, not IN
-- (issue 16). Append-only.
-- SQLite evaluates a CHECK's `x IN ('a', 'b', 'c')` of three or more constants by building a
-- temporary table of the list for every row it checks (a CHECK's code is not hoisted out of the
-- row loop as a query's is); with one or two constants, or as `x = 'a' OR x = 'b' OR …`, it is
-- a few comparisons. In sql.js that cost ~1 µs a row wherever SQLite checks the rows: for the
-- all-Brazil employment import (484,409 rows) ~0.55 s of SQLite's ~1.2 s of inserts, and as much
-- in each quick_check or integrity_check of an open. Same rules, same rows: only the form of two
-- checks changes. SQLite cannot change a CHECK, so both tables are rebuilt with the same columns,
-- keys and rows (indicator_value's index goes with the old table and is created again). The small
-- tables keep their IN lists: their rows are few.
CREATE TABLE employment_v15 (
  territory_code INTEGER NOT NULL REFERENCES municipality (code),
  classification TEXT NOT NULL,
  sector_code    TEXT NOT NULL,
  year           INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  measure        TEXT NOT NULL CHECK (measure = 'jobs' OR measure = 'payroll' OR measure = 'establishments' OR measure = 'value_added'),
  value          REAL,
  missing_reason TEXT,
  batch_id       INTEGER NOT NULL REFERENCES import_batch (id),
  source_row     INTEGER,
  PRIMARY KEY (classification, measure, year, territory_code, sector_code),
  FOREIGN KEY (classification, sector_code) REFERENCES classification (scheme, code),
  CHECK (value IS NOT NULL OR missing_reason IS NOT NULL)
) STRICT, WITHOUT ROWID;

INSERT INTO employment_v15 (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row)
  SELECT territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row
    FROM employment ORDER BY classification, measure, year, territory_code, sector_code;

DROP TABLE employment;
ALTER TABLE employment_v15 RENAME TO employment;

CREATE TABLE indicator_value_v15 (
  indicator_code TEXT NOT NULL REFERENCES indicator (code),
  subject_kind   TEXT NOT NULL CHECK (subject_kind = 'municipality' OR subject_kind = 'state' OR subject_kind = 'site'),
  subject_code   TEXT NOT NULL,
  period         TEXT NOT NULL,
  value          REAL,
  missing_reason TEXT,
  source_id      INTEGER NOT NULL REFERENCES value_source (id),
  illustrative   INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  batch_id       INTEGER REFERENCES import_batch (id),
  source_row     INTEGER,
  entered_at     TEXT,
  PRIMARY KEY (indicator_code, subject_kind, subject_code, period),
  CHECK (value IS NOT NULL OR missing_reason IS NOT NULL)
) STRICT, WITHOUT ROWID;

INSERT INTO indicator_value_v15 (indicator_code, subject_kind, subject_code, period, value, missing_reason, source_id,
                                 illustrative, batch_id, source_row, entered_at)
  SELECT indicator_code, subject_kind, subject_code, period, value, missing_reason, source_id,
         illustrative, batch_id, source_row, entered_at
    FROM indicator_value ORDER BY indicator_code, subject_kind, subject_code, period;

DROP TABLE indicator_value;
ALTER TABLE indicator_value_v15 RENAME TO indicator_value;
CREATE INDEX indicator_value_periods ON indicator_value (subject_kind, indicator_code, period);
