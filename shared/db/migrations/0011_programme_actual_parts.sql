-- Arranjo workspace, schema 11: the disaggregation of custom programme indicators (issue 12), and
-- meeting views of the works charts (below).
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

-- Meeting views of the works charts (Gantt, S-curve, earned value, budget): the engine offered
-- kind 'works' but 0004's CHECK listed only map, compare and profile, so adding a works chart to a
-- meeting failed with a database error. SQLite cannot alter a CHECK: the table is rebuilt with the
-- same columns and rows.
CREATE TABLE meeting_view_v11 (
  sequence_id INTEGER NOT NULL REFERENCES meeting_sequence (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  kind        TEXT NOT NULL CHECK (kind IN ('map', 'compare', 'profile', 'works')),
  title       TEXT NOT NULL,
  spec        TEXT NOT NULL CHECK (json_valid(spec)),
  PRIMARY KEY (sequence_id, position)
) STRICT;

INSERT INTO meeting_view_v11 (sequence_id, position, kind, title, spec)
  SELECT sequence_id, position, kind, title, spec FROM meeting_view;

DROP TABLE meeting_view;
ALTER TABLE meeting_view_v11 RENAME TO meeting_view;
