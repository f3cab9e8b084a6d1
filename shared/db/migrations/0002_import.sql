-- Arranjo workspace, schema 2: reversible imports and saved import templates. Append-only.

-- The values an import replaced, so undoing the import puts them back. The values it inserted are
-- the ones carrying its batch_id without a row here. prev_batch_id tells which batch wrote the
-- replaced value: a batch whose values a later batch replaced is undone after that later one.
CREATE TABLE import_previous_employment (
  batch_id        INTEGER NOT NULL REFERENCES import_batch (id),
  territory_code  INTEGER NOT NULL,
  classification  TEXT NOT NULL,
  sector_code     TEXT NOT NULL,
  year            INTEGER NOT NULL,
  measure         TEXT NOT NULL,
  value           REAL,
  missing_reason  TEXT,
  prev_batch_id   INTEGER NOT NULL,
  prev_source_row INTEGER,
  PRIMARY KEY (batch_id, territory_code, classification, sector_code, year, measure)
) STRICT, WITHOUT ROWID;
CREATE INDEX import_previous_employment_prev ON import_previous_employment (prev_batch_id);

CREATE TABLE import_previous_indicator_value (
  batch_id        INTEGER NOT NULL REFERENCES import_batch (id),
  indicator_code  TEXT NOT NULL,
  subject_kind    TEXT NOT NULL,
  subject_code    TEXT NOT NULL,
  period          TEXT NOT NULL,
  value           REAL,
  missing_reason  TEXT,
  source          TEXT NOT NULL,
  illustrative    INTEGER NOT NULL,
  prev_batch_id   INTEGER,
  prev_source_row INTEGER,
  PRIMARY KEY (batch_id, indicator_code, subject_kind, subject_code, period)
) STRICT, WITHOUT ROWID;
CREATE INDEX import_previous_indicator_value_prev ON import_previous_indicator_value (prev_batch_id);

-- Sites an import updated, as they were (their columns as a JSON object), to restore on undo.
CREATE TABLE import_previous_site (
  batch_id      INTEGER NOT NULL REFERENCES import_batch (id),
  site_id       INTEGER NOT NULL,
  before        TEXT NOT NULL CHECK (json_valid(before)),
  prev_batch_id INTEGER,
  PRIMARY KEY (batch_id, site_id)
) STRICT;
CREATE INDEX import_previous_site_prev ON import_previous_site (prev_batch_id);

-- Indicator definitions an import created; undoing it removes those nothing else uses.
CREATE TABLE import_batch_indicator (
  batch_id       INTEGER NOT NULL REFERENCES import_batch (id),
  indicator_code TEXT NOT NULL,
  PRIMARY KEY (batch_id, indicator_code)
) STRICT;

-- Column mappings the planner saved for layouts imported again ("templates"). The definition is
-- the template as JSON: columns by header text, fixed year, measure, indicator names…
CREATE TABLE import_template (
  id         TEXT PRIMARY KEY CHECK (length(trim(id)) > 0),
  label      TEXT NOT NULL,
  target     TEXT NOT NULL CHECK (target IN ('employment', 'indicator-values', 'population', 'sites')),
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
