-- Arranjo workspace, schema 14: an indicator value names its source by a key (issue 16). Append-only.
-- Every value stored its source as text, and an import gives all its values the same one: the
-- demo's 77,980 population values repeat 14 texts of 81 characters on average, 6.3 of its 18.8 MB
-- (the file every first start inflates and copies). Each text is now stored once in value_source
-- and a value holds its id; the values an import replaced (kept for its undo) likewise. A text no
-- value uses any more stays (a few bytes; undoing an import may bring its values back).
-- SQLite cannot change a column's type: both tables are rebuilt with the same other columns,
-- checks, keys and rows (their indexes go with the old tables and are created again, but one).
-- The index indicator_value_subject (subject_kind, subject_code) is not: 2.8 MB of the demo for the
-- reads of one subject's values, which seek the primary key once per indicator instead (a value's
-- indicator is always in the catalog, a few dozen rows); what else named a subject names its
-- indicator too.
CREATE TABLE value_source (
  id   INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
) STRICT;

INSERT INTO value_source (text)
  SELECT source FROM indicator_value UNION SELECT source FROM import_previous_indicator_value ORDER BY 1;

CREATE TABLE indicator_value_v14 (
  indicator_code TEXT NOT NULL REFERENCES indicator (code),
  subject_kind   TEXT NOT NULL CHECK (subject_kind IN ('municipality', 'state', 'site')),
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

INSERT INTO indicator_value_v14 (indicator_code, subject_kind, subject_code, period, value, missing_reason, source_id,
                                 illustrative, batch_id, source_row, entered_at)
  SELECT v.indicator_code, v.subject_kind, v.subject_code, v.period, v.value, v.missing_reason, s.id,
         v.illustrative, v.batch_id, v.source_row, v.entered_at
    FROM indicator_value v JOIN value_source s ON s.text = v.source
   ORDER BY v.indicator_code, v.subject_kind, v.subject_code, v.period;

DROP TABLE indicator_value;
ALTER TABLE indicator_value_v14 RENAME TO indicator_value;
CREATE INDEX indicator_value_periods ON indicator_value (subject_kind, indicator_code, period);

CREATE TABLE import_previous_indicator_value_v14 (
  batch_id        INTEGER NOT NULL REFERENCES import_batch (id),
  indicator_code  TEXT NOT NULL,
  subject_kind    TEXT NOT NULL,
  subject_code    TEXT NOT NULL,
  period          TEXT NOT NULL,
  value           REAL,
  missing_reason  TEXT,
  source_id       INTEGER NOT NULL REFERENCES value_source (id),
  illustrative    INTEGER NOT NULL,
  prev_batch_id   INTEGER,
  prev_source_row INTEGER,
  PRIMARY KEY (batch_id, indicator_code, subject_kind, subject_code, period)
) STRICT, WITHOUT ROWID;

INSERT INTO import_previous_indicator_value_v14 (batch_id, indicator_code, subject_kind, subject_code, period, value,
                                                 missing_reason, source_id, illustrative, prev_batch_id, prev_source_row)
  SELECT p.batch_id, p.indicator_code, p.subject_kind, p.subject_code, p.period, p.value,
         p.missing_reason, s.id, p.illustrative, p.prev_batch_id, p.prev_source_row
    FROM import_previous_indicator_value p JOIN value_source s ON s.text = p.source
   ORDER BY p.batch_id, p.indicator_code, p.subject_kind, p.subject_code, p.period;

DROP TABLE import_previous_indicator_value;
ALTER TABLE import_previous_indicator_value_v14 RENAME TO import_previous_indicator_value;
CREATE INDEX import_previous_indicator_value_prev ON import_previous_indicator_value (prev_batch_id);
