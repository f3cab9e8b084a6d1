-- Arranjo workspace, schema 11: the disaggregation of custom programme indicators (issue 12).
-- A built-in indicator is broken down from its actions; a custom one's actual is entered or
-- imported per period (programme_target.actual), and so are its parts: by sex (women, men), age
-- group (youth, other) or territory (a municipality's IBGE code). Each dimension's parts add up to
-- the period's actual (checked by the engine). Append-only.
CREATE TABLE programme_actual_part (
  indicator_id INTEGER NOT NULL REFERENCES programme_indicator (id) ON DELETE CASCADE,
  period       TEXT NOT NULL,
  dimension    TEXT NOT NULL CHECK (dimension IN ('sex', 'age', 'territory')),
  part         TEXT NOT NULL CHECK (length(trim(part)) > 0),
  value        REAL NOT NULL CHECK (value >= 0),
  batch_id     INTEGER REFERENCES import_batch (id),
  PRIMARY KEY (indicator_id, period, dimension, part)
) STRICT;
