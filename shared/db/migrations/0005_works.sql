-- Schema 5: revitalization works (obras) of the districts — DESIGN.md §3 "work". Replaces the
-- placeholder `project` table of schema 1 (never written by any release); the table keeps its name
-- because `arranjo info` counts works as `projects`.
DROP TABLE project;

CREATE TABLE project (
  id               INTEGER PRIMARY KEY,
  site_id          INTEGER NOT NULL REFERENCES site (id),
  code             TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
  category         TEXT NOT NULL CHECK (category IN ('paving', 'drainage', 'water', 'sewage', 'power', 'lighting',
                                                    'telecom', 'access-road', 'security', 'signage', 'building', 'other')),
  funding_source   TEXT CHECK (funding_source IS NULL OR funding_source IN ('own-budget', 'convenio', 'loan', 'other')),
  agency           TEXT,
  contractor       TEXT,
  contract_number  TEXT,
  contract_value   REAL CHECK (contract_value IS NULL OR contract_value >= 0),
  budget_planned   REAL NOT NULL CHECK (budget_planned >= 0),
  planned_start    TEXT NOT NULL CHECK (planned_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  planned_end      TEXT NOT NULL CHECK (planned_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  actual_start     TEXT,
  actual_end       TEXT,
  status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'tendering', 'contracted', 'in-progress',
                                                                   'paralysed', 'completed', 'cancelled')),
  paralysis_reason TEXT,
  paralysis_date   TEXT,
  restart_date     TEXT,
  notes            TEXT,
  source           TEXT NOT NULL DEFAULT '',
  illustrative     INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  batch_id         INTEGER REFERENCES import_batch (id),
  source_row       INTEGER,
  CHECK (planned_end >= planned_start),
  CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
) STRICT;
CREATE INDEX project_site ON project (site_id);
CREATE INDEX project_batch ON project (batch_id);

-- The district's infrastructure needs a work answers: survey indicators (INFRA_WATER…).
CREATE TABLE work_need (
  work_id        INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  indicator_code TEXT NOT NULL REFERENCES indicator (code),
  PRIMARY KEY (work_id, indicator_code)
) STRICT, WITHOUT ROWID;

-- Medições: cumulative at their date. A drop in physical progress needs `correction` = 1.
CREATE TABLE work_measurement (
  work_id           INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  measured_on       TEXT NOT NULL CHECK (measured_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  physical_progress REAL NOT NULL CHECK (physical_progress BETWEEN 0 AND 100),
  committed         REAL NOT NULL CHECK (committed >= 0),
  disbursed         REAL NOT NULL CHECK (disbursed >= 0),
  correction        INTEGER NOT NULL DEFAULT 0 CHECK (correction IN (0, 1)),
  batch_id          INTEGER REFERENCES import_batch (id),
  source_row        INTEGER,
  PRIMARY KEY (work_id, measured_on),
  CHECK (disbursed <= committed)
) STRICT, WITHOUT ROWID;
CREATE INDEX work_measurement_batch ON work_measurement (batch_id);

-- Optional planned schedule: cumulative planned physical % at the end of each month (YYYY-MM).
CREATE TABLE work_schedule (
  work_id          INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  month            TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
  planned_progress REAL NOT NULL CHECK (planned_progress BETWEEN 0 AND 100),
  PRIMARY KEY (work_id, month)
) STRICT, WITHOUT ROWID;

CREATE TABLE work_milestone (
  id           INTEGER PRIMARY KEY,
  work_id      INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  planned_date TEXT NOT NULL,
  actual_date  TEXT
) STRICT;
CREATE INDEX work_milestone_work ON work_milestone (work_id);

CREATE TABLE work_risk (
  id          INTEGER PRIMARY KEY,
  work_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  probability TEXT NOT NULL CHECK (probability IN ('low', 'medium', 'high')),
  impact      TEXT NOT NULL CHECK (impact IN ('low', 'medium', 'high')),
  mitigation  TEXT,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
) STRICT;
CREATE INDEX work_risk_work ON work_risk (work_id);

-- References to documents kept elsewhere (process numbers, SEI, file paths): no blobs.
CREATE TABLE work_document (
  id        INTEGER PRIMARY KEY,
  work_id   INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  title     TEXT NOT NULL CHECK (length(trim(title)) > 0),
  reference TEXT NOT NULL,
  dated     TEXT
) STRICT;
CREATE INDEX work_document_work ON work_document (work_id);

-- Named baselines: a frozen copy of the plan. Never updated (the repository has no update).
CREATE TABLE work_baseline (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  frozen_at TEXT NOT NULL
) STRICT;

CREATE TABLE work_baseline_item (
  baseline_id    INTEGER NOT NULL REFERENCES work_baseline (id) ON DELETE CASCADE,
  work_code      TEXT NOT NULL,
  title          TEXT NOT NULL,
  budget_planned REAL NOT NULL,
  planned_start  TEXT NOT NULL,
  planned_end    TEXT NOT NULL,
  -- The monthly schedule at freezing, as JSON [["YYYY-MM", pct], …] (empty: linear).
  schedule       TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (baseline_id, work_code)
) STRICT, WITHOUT ROWID;

-- What an import batch replaced (works and measurements), so undoing it restores them.
CREATE TABLE work_import_previous (
  batch_id      INTEGER NOT NULL REFERENCES import_batch (id),
  kind          TEXT NOT NULL CHECK (kind IN ('work', 'measurement')),
  row_key       TEXT NOT NULL,
  before        TEXT NOT NULL,
  prev_batch_id INTEGER,
  PRIMARY KEY (batch_id, kind, row_key)
) STRICT, WITHOUT ROWID;
