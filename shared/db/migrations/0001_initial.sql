-- Arranjo workspace, schema 1. Append-only: never edit a released migration, add the next one.

CREATE TABLE workspace_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Each import (including the demo build) is one batch; rows carry its id so a batch can be undone.
CREATE TABLE import_batch (
  id            INTEGER PRIMARY KEY,
  source_file   TEXT NOT NULL,
  sheet         TEXT,
  target        TEXT NOT NULL,
  template      TEXT,
  mapping       TEXT,
  imported_at   TEXT NOT NULL,
  rows_read     INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
  rows_imported INTEGER NOT NULL DEFAULT 0 CHECK (rows_imported >= 0),
  rows_updated  INTEGER NOT NULL DEFAULT 0 CHECK (rows_updated >= 0),
  rows_skipped  INTEGER NOT NULL DEFAULT 0 CHECK (rows_skipped >= 0),
  undone_at     TEXT
) STRICT;

CREATE TABLE state (
  code   INTEGER PRIMARY KEY CHECK (code BETWEEN 11 AND 53),
  abbr   TEXT NOT NULL UNIQUE CHECK (length(abbr) = 2),
  name   TEXT NOT NULL,
  region TEXT NOT NULL,
  lat    REAL,
  lon    REAL
) STRICT;

-- IBGE geographic regions (2017): immediate and intermediate.
CREATE TABLE geo_region (
  code       INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('immediate', 'intermediate')),
  name       TEXT NOT NULL,
  state_code INTEGER NOT NULL REFERENCES state (code)
) STRICT;

CREATE TABLE municipality (
  code                INTEGER PRIMARY KEY CHECK (code BETWEEN 1000000 AND 9999999),
  name                TEXT NOT NULL,
  state_code          INTEGER NOT NULL REFERENCES state (code),
  lat                 REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
  lon                 REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
  is_capital          INTEGER NOT NULL DEFAULT 0 CHECK (is_capital IN (0, 1)),
  immediate_region    INTEGER REFERENCES geo_region (code),
  intermediate_region INTEGER REFERENCES geo_region (code)
) STRICT;
CREATE INDEX municipality_state ON municipality (state_code);

-- Classifications of economic activity: the 8 IBGE sectors and the CNAE 2.x levels.
CREATE TABLE classification (
  scheme      TEXT NOT NULL CHECK (scheme IN ('ibge-setor', 'cnae-section', 'cnae-division',
                                             'cnae-group', 'cnae-class', 'cnae-subclass')),
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  parent_code TEXT,
  PRIMARY KEY (scheme, code)
) STRICT, WITHOUT ROWID;

-- Economic activity in long form: one value per territory x sector x year x measure, each with its provenance.
-- WITHOUT ROWID: the key is the row, so the file does not carry the key twice.
CREATE TABLE employment (
  territory_code INTEGER NOT NULL REFERENCES municipality (code),
  classification TEXT NOT NULL,
  sector_code    TEXT NOT NULL,
  year           INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  measure        TEXT NOT NULL CHECK (measure IN ('jobs', 'payroll', 'establishments', 'value_added')),
  value          REAL,
  missing_reason TEXT,
  batch_id       INTEGER NOT NULL REFERENCES import_batch (id),
  source_row     INTEGER,
  PRIMARY KEY (territory_code, classification, sector_code, year, measure),
  FOREIGN KEY (classification, sector_code) REFERENCES classification (scheme, code),
  CHECK (value IS NOT NULL OR missing_reason IS NOT NULL)
) STRICT, WITHOUT ROWID;
CREATE INDEX employment_year ON employment (classification, measure, year);

CREATE TABLE indicator (
  code        TEXT PRIMARY KEY,
  name_pt     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  name_es     TEXT NOT NULL,
  unit        TEXT NOT NULL,
  direction   TEXT NOT NULL CHECK (direction IN ('higher-better', 'lower-better', 'neutral')),
  category    TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL DEFAULT ''
) STRICT;

-- Subject is a municipality (7-digit code), a state (2-digit code) or a site (its id), as text.
CREATE TABLE indicator_value (
  indicator_code TEXT NOT NULL REFERENCES indicator (code),
  subject_kind   TEXT NOT NULL CHECK (subject_kind IN ('municipality', 'state', 'site')),
  subject_code   TEXT NOT NULL,
  period         TEXT NOT NULL,
  value          REAL,
  missing_reason TEXT,
  source         TEXT NOT NULL,
  illustrative   INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  batch_id       INTEGER REFERENCES import_batch (id),
  source_row     INTEGER,
  PRIMARY KEY (indicator_code, subject_kind, subject_code, period),
  CHECK (value IS NOT NULL OR missing_reason IS NOT NULL)
) STRICT, WITHOUT ROWID;
CREATE INDEX indicator_value_subject ON indicator_value (subject_kind, subject_code);

CREATE TABLE site (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  kind              TEXT NOT NULL CHECK (kind IN ('industrial-district', 'productive-pole',
                                                 'cluster-initiative', 'community-arrangement')),
  name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
  municipality_code INTEGER REFERENCES municipality (code),
  managing_body     TEXT,
  area_ha           REAL CHECK (area_ha IS NULL OR area_ha >= 0),
  lots_total        INTEGER CHECK (lots_total IS NULL OR lots_total >= 0),
  lots_occupied     INTEGER CHECK (lots_occupied IS NULL OR lots_occupied >= 0),
  lots_available    INTEGER CHECK (lots_available IS NULL OR lots_available >= 0),
  firms             INTEGER CHECK (firms IS NULL OR firms >= 0),
  jobs              INTEGER CHECK (jobs IS NULL OR jobs >= 0),
  status            TEXT,
  lat               REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
  lon               REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
  location_note     TEXT,
  notes             TEXT,
  source            TEXT NOT NULL DEFAULT '',
  batch_id          INTEGER REFERENCES import_batch (id)
) STRICT;

CREATE TABLE site_sector (
  site_id        INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  classification TEXT NOT NULL,
  sector_code    TEXT NOT NULL,
  PRIMARY KEY (site_id, classification, sector_code),
  FOREIGN KEY (classification, sector_code) REFERENCES classification (scheme, code)
) STRICT;

-- Revitalization works, attraction plans and programme monitoring (filled by later features).
CREATE TABLE project (
  id              INTEGER PRIMARY KEY,
  site_id         INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  name            TEXT NOT NULL,
  category        TEXT,
  status          TEXT NOT NULL DEFAULT 'planned',
  budget_planned  REAL CHECK (budget_planned IS NULL OR budget_planned >= 0),
  funding_source  TEXT,
  planned_start   TEXT,
  planned_end     TEXT,
  actual_start    TEXT,
  actual_end      TEXT,
  progress_pct    REAL CHECK (progress_pct IS NULL OR progress_pct BETWEEN 0 AND 100),
  notes           TEXT
) STRICT;

CREATE TABLE lot (
  id       INTEGER PRIMARY KEY,
  site_id  INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  code     TEXT NOT NULL,
  area_m2  REAL CHECK (area_m2 IS NULL OR area_m2 >= 0),
  zoning   TEXT,
  price    REAL CHECK (price IS NULL OR price >= 0),
  status   TEXT NOT NULL DEFAULT 'available',
  UNIQUE (site_id, code)
) STRICT;

CREATE TABLE prospect (
  id          INTEGER PRIMARY KEY,
  site_id     INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  company     TEXT NOT NULL,
  cnpj        TEXT,
  sector_code TEXT,
  investment  REAL,
  jobs        INTEGER,
  stage       TEXT NOT NULL DEFAULT 'lead',
  next_action TEXT
) STRICT;

CREATE TABLE programme (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL
) STRICT;

CREATE TABLE programme_action (
  id                INTEGER PRIMARY KEY,
  programme_id      INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
  kind              TEXT NOT NULL,
  municipality_code INTEGER REFERENCES municipality (code),
  held_on           TEXT,
  participants      INTEGER CHECK (participants IS NULL OR participants >= 0)
) STRICT;

-- What a user changed, with before/after images (JSON), for audit and undo.
CREATE TABLE change_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  before    TEXT,
  after     TEXT
) STRICT;
