-- Attraction plans (issue 11, DESIGN.md §3 "attraction plan"). The placeholder tables `lot` and
-- `prospect` of 0001 were never written by any feature: they are replaced by the full shapes.
DROP TABLE lot;
DROP TABLE prospect;

-- One plan per site and period ("2026", "2026-2027"); goals are the plan's jobs/investment targets.
CREATE TABLE attraction_plan (
  id                 INTEGER PRIMARY KEY,
  site_id            INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  period             TEXT NOT NULL CHECK (length(trim(period)) > 0),
  title              TEXT,
  goal_jobs          INTEGER CHECK (goal_jobs IS NULL OR goal_jobs >= 0),
  goal_investment    REAL CHECK (goal_investment IS NULL OR goal_investment >= 0),
  sales_method       TEXT NOT NULL DEFAULT 'wsm' CHECK (sales_method IN ('wsm', 'topsis', 'promethee2', 'vikor')),
  -- Points-table rule (Goiás: score > 80 → 50% off the land price): a WSM score on 0–100.
  discount_threshold REAL CHECK (discount_threshold IS NULL OR discount_threshold BETWEEN 0 AND 100),
  discount_pct       REAL CHECK (discount_pct IS NULL OR discount_pct BETWEEN 0 AND 100),
  horizon_years      INTEGER NOT NULL DEFAULT 10 CHECK (horizon_years BETWEEN 1 AND 50),
  tax_per_job_year   REAL CHECK (tax_per_job_year IS NULL OR tax_per_job_year >= 0),
  illustrative       INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  source             TEXT NOT NULL DEFAULT '',
  notes              TEXT,
  UNIQUE (site_id, period)
) STRICT;

CREATE TABLE attraction_target_sector (
  id             INTEGER PRIMARY KEY,
  plan_id        INTEGER NOT NULL REFERENCES attraction_plan (id) ON DELETE CASCADE,
  classification TEXT NOT NULL,
  sector_code    TEXT NOT NULL,
  sector_name    TEXT NOT NULL,
  origin         TEXT NOT NULL CHECK (origin IN ('specialized', 'growing', 'potential', 'custom')),
  state          TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'accepted', 'removed')),
  rationale      TEXT NOT NULL DEFAULT '',
  lq             REAL,
  growth         REAL,
  density        REAL,
  jobs           REAL,
  UNIQUE (plan_id, classification, sector_code)
) STRICT;

-- The district's lot inventory (per site, shared by its plans).
CREATE TABLE lot (
  id              INTEGER PRIMARY KEY,
  site_id         INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  code            TEXT NOT NULL CHECK (length(trim(code)) > 0),
  area_m2         REAL NOT NULL CHECK (area_m2 >= 0),
  price_per_m2    REAL CHECK (price_per_m2 IS NULL OR price_per_m2 >= 0),
  status          TEXT NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'reserved', 'sold', 'occupied')),
  zoning          TEXT,
  pollution_class TEXT,
  infrastructure  TEXT,
  notes           TEXT,
  illustrative    INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  batch_id        INTEGER REFERENCES import_batch (id),
  UNIQUE (site_id, code)
) STRICT;

CREATE TABLE prospect (
  id               INTEGER PRIMARY KEY,
  site_id          INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  company          TEXT NOT NULL CHECK (length(trim(company)) > 0),
  cnpj             TEXT CHECK (cnpj IS NULL OR (length(cnpj) = 14 AND cnpj NOT GLOB '*[^0-9]*')),
  cnae             TEXT,
  investment       REAL CHECK (investment IS NULL OR investment >= 0),
  jobs             INTEGER CHECK (jobs IS NULL OR jobs >= 0),
  area_needed_m2   REAL CHECK (area_needed_m2 IS NULL OR area_needed_m2 >= 0),
  stage            TEXT NOT NULL DEFAULT 'lead'
                     CHECK (stage IN ('lead', 'contact', 'visit', 'proposal', 'negotiation', 'installed', 'lost')),
  next_action      TEXT,
  next_action_date TEXT,
  contact          TEXT,
  notes            TEXT,
  lot_id           INTEGER REFERENCES lot (id) ON DELETE SET NULL,
  illustrative     INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  batch_id         INTEGER REFERENCES import_batch (id)
) STRICT;
CREATE INDEX prospect_site ON prospect (site_id);
-- A CNPJ names one company: one prospect per district and CNPJ (re-imports update it).
CREATE UNIQUE INDEX prospect_site_cnpj ON prospect (site_id, cnpj) WHERE cnpj IS NOT NULL;

CREATE TABLE prospect_stage_change (
  id          INTEGER PRIMARY KEY,
  prospect_id INTEGER NOT NULL REFERENCES prospect (id) ON DELETE CASCADE,
  from_stage  TEXT,
  to_stage    TEXT NOT NULL,
  changed_at  TEXT NOT NULL,
  note        TEXT
) STRICT;

CREATE TABLE attraction_incentive (
  id             INTEGER PRIMARY KEY,
  plan_id        INTEGER NOT NULL REFERENCES attraction_plan (id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('land-discount', 'tax', 'fee', 'other')),
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- land-discount: % off the land price; tax/fee/other: R$ per year forgone for `years` years.
  discount_pct   REAL CHECK (discount_pct IS NULL OR discount_pct BETWEEN 0 AND 100),
  annual_amount  REAL CHECK (annual_amount IS NULL OR annual_amount >= 0),
  years          INTEGER CHECK (years IS NULL OR years BETWEEN 0 AND 50),
  notes          TEXT
) STRICT;

-- Sales criteria: `source` says where a prospect's value comes from (computed, or typed per prospect).
CREATE TABLE attraction_criterion (
  id        INTEGER PRIMARY KEY,
  plan_id   INTEGER NOT NULL REFERENCES attraction_plan (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  source    TEXT NOT NULL CHECK (source IN ('jobs', 'investment', 'jobs-per-m2', 'investment-per-m2', 'sector-fit', 'manual')),
  direction TEXT NOT NULL CHECK (direction IN ('benefit', 'cost')),
  weight    REAL NOT NULL CHECK (weight >= 0)
) STRICT;

CREATE TABLE prospect_criterion_value (
  prospect_id  INTEGER NOT NULL REFERENCES prospect (id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES attraction_criterion (id) ON DELETE CASCADE,
  value        REAL NOT NULL,
  PRIMARY KEY (prospect_id, criterion_id)
) STRICT;

CREATE TABLE attraction_action (
  id        INTEGER PRIMARY KEY,
  plan_id   INTEGER NOT NULL REFERENCES attraction_plan (id) ON DELETE CASCADE,
  title     TEXT NOT NULL CHECK (length(trim(title)) > 0),
  owner     TEXT,
  due_date  TEXT,
  status    TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled')),
  notes     TEXT
) STRICT;

-- What an import of lots or prospects replaced, to restore it on undo (like import_previous_site).
CREATE TABLE import_previous_attraction (
  batch_id      INTEGER NOT NULL REFERENCES import_batch (id),
  entity        TEXT NOT NULL CHECK (entity IN ('lot', 'prospect')),
  entity_id     INTEGER NOT NULL,
  before        TEXT NOT NULL,
  prev_batch_id INTEGER,
  PRIMARY KEY (batch_id, entity, entity_id)
) STRICT;
