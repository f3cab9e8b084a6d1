-- Arranjo workspace, schema 8: programme monitoring (issue 12, DESIGN §3). Append-only.
-- The placeholder tables of schema 1 were never written by any version: they are replaced.
DROP TABLE IF EXISTS programme_action;
DROP TABLE IF EXISTS programme;

CREATE TABLE programme (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  description  TEXT NOT NULL DEFAULT '',
  -- The programme's span (ISO dates): targets for periods outside it are refused. Null: open.
  start_date   TEXT,
  end_date     TEXT,
  -- Achievement thresholds of the red/amber/green colours (ratios: 0.9 = 90 %).
  rag_green    REAL NOT NULL DEFAULT 0.9,
  rag_amber    REAL NOT NULL DEFAULT 0.6,
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  source       TEXT NOT NULL DEFAULT '',
  batch_id     INTEGER REFERENCES import_batch (id),
  CHECK (rag_amber <= rag_green)
) STRICT;

-- Results framework: objectives → results → indicators.
CREATE TABLE programme_objective (
  id           INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
  code         TEXT NOT NULL,
  title        TEXT NOT NULL,
  UNIQUE (programme_id, code)
) STRICT;

CREATE TABLE programme_result (
  id           INTEGER PRIMARY KEY,
  objective_id INTEGER NOT NULL REFERENCES programme_objective (id) ON DELETE CASCADE,
  code         TEXT NOT NULL,
  title        TEXT NOT NULL
) STRICT;

-- `code` is a built-in (participants, women, youth, actions, enterprises_formed,
-- enterprises_legalized, municipalities: computed from the actions) or a custom indicator
-- whose actuals are entered or imported (programme_target.actual).
CREATE TABLE programme_indicator (
  id             INTEGER PRIMARY KEY,
  programme_id   INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
  result_id      INTEGER REFERENCES programme_result (id) ON DELETE SET NULL,
  code           TEXT NOT NULL CHECK (length(trim(code)) > 0),
  name           TEXT NOT NULL DEFAULT '',
  unit           TEXT NOT NULL DEFAULT '',
  direction      TEXT NOT NULL DEFAULT 'higher-better' CHECK (direction IN ('higher-better', 'lower-better')),
  baseline       REAL NOT NULL DEFAULT 0,
  period_kind    TEXT NOT NULL DEFAULT 'quarter' CHECK (period_kind IN ('year', 'quarter', 'month')),
  -- 1: each target is a running total since the programme started; 0: per period.
  cumulative     INTEGER NOT NULL DEFAULT 0 CHECK (cumulative IN (0, 1)),
  -- Disaggregations shown for it, "|"-joined: sex, age, territory.
  disaggregation TEXT NOT NULL DEFAULT '',
  batch_id       INTEGER REFERENCES import_batch (id),
  UNIQUE (programme_id, code)
) STRICT;

CREATE TABLE programme_target (
  indicator_id INTEGER NOT NULL REFERENCES programme_indicator (id) ON DELETE CASCADE,
  period       TEXT NOT NULL,
  baseline     REAL NOT NULL DEFAULT 0,
  target       REAL NOT NULL,
  -- Custom indicators only: the actual entered or imported for the period.
  actual       REAL,
  batch_id     INTEGER REFERENCES import_batch (id),
  PRIMARY KEY (indicator_id, period)
) STRICT;

CREATE TABLE programme_action (
  id                    INTEGER PRIMARY KEY,
  programme_id          INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
  code                  TEXT NOT NULL CHECK (length(trim(code)) > 0),
  type                  TEXT NOT NULL CHECK (type IN ('field-training', 'multiplier-training', 'management-workshop',
                                                      'committee', 'technical-assistance', 'other')),
  municipality_code     INTEGER NOT NULL REFERENCES municipality (code),
  start_date            TEXT NOT NULL,
  end_date              TEXT,
  partner               TEXT NOT NULL DEFAULT '',
  participants          INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
  women                 INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0 AND women <= participants),
  youth                 INTEGER NOT NULL DEFAULT 0 CHECK (youth >= 0 AND youth <= participants),
  enterprises_formed    INTEGER NOT NULL DEFAULT 0 CHECK (enterprises_formed >= 0),
  enterprises_legalized INTEGER NOT NULL DEFAULT 0 CHECK (enterprises_legalized >= 0),
  notes                 TEXT NOT NULL DEFAULT '',
  site_id               INTEGER REFERENCES site (id) ON DELETE SET NULL,
  -- The initiative served (initiatives come from another schema step; wired by code, no key yet).
  initiative_code       TEXT,
  batch_id              INTEGER REFERENCES import_batch (id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  UNIQUE (programme_id, code)
) STRICT;
CREATE INDEX programme_action_start ON programme_action (programme_id, start_date);

-- Each programme an import of actions or targets touched, as it was before (null: the import
-- created it) and after: JSON images of all its rows. Undo restores one, redo the other.
CREATE TABLE import_programme_image (
  batch_id     INTEGER NOT NULL REFERENCES import_batch (id),
  programme_id INTEGER NOT NULL,
  before       TEXT CHECK (before IS NULL OR json_valid(before)),
  after        TEXT NOT NULL CHECK (json_valid(after)),
  PRIMARY KEY (batch_id, programme_id)
) STRICT;
