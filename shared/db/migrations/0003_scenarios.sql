-- Arranjo workspace, schema 3: prioritization scenarios (multi-criteria ranking). Append-only.

-- One ranking problem: which alternatives, by which criteria, with which method. Weights live on the
-- criteria (relative importances as typed, usually percentages); the AHP matrix they came from, when
-- they came from one, is kept beside them so the workbook can show it with its consistency ratio.
CREATE TABLE scenario (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  description    TEXT NOT NULL DEFAULT '',
  method         TEXT NOT NULL CHECK (method IN ('wsm', 'topsis', 'promethee2', 'vikor')),
  -- Method parameters that are not per criterion, as JSON (VIKOR: {"v": 0.5}).
  method_options TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(method_options)),
  -- NULL: the method's classic normalization (wsm min-max, topsis vector, promethee2 none, vikor min-max).
  normalization  TEXT CHECK (normalization IS NULL OR normalization IN ('minmax', 'vector', 'sum', 'zscore', 'none')),
  top_n          INTEGER NOT NULL DEFAULT 5 CHECK (top_n >= 1),
  missing_policy TEXT NOT NULL DEFAULT 'exclude' CHECK (missing_policy IN ('exclude', 'mean', 'median', 'worst')),
  weight_origin  TEXT NOT NULL DEFAULT 'direct' CHECK (weight_origin IN ('direct', 'ahp', 'entropy', 'critic')),
  ahp_matrix     TEXT CHECK (ahp_matrix IS NULL OR json_valid(ahp_matrix)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  -- Set when the inputs were snapshotted (scenario_snapshot): runs then read the snapshot, not live data.
  frozen_at      TEXT
) STRICT;

-- What is ranked: sites (subject_code = site id) or municipalities (7-digit IBGE code), as text like
-- indicator_value.subject_code. No foreign key (two kinds); a site deleted later is reported by the run.
-- label: the alternative's name when the scenario was frozen, so a frozen ranking reads the same later.
CREATE TABLE scenario_alternative (
  scenario_id  INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('site', 'municipality')),
  subject_code TEXT NOT NULL CHECK (length(subject_code) > 0),
  label        TEXT,
  PRIMARY KEY (scenario_id, subject_kind, subject_code),
  UNIQUE (scenario_id, position)
) STRICT;

-- The criteria, in order. `source` uses the criterion-source syntax of shared/domain/criterion-source.ts:
--   indicator:<code>:<period>            an indicator value (a site's own value, else its municipality's)
--   jobs:total:<year>                    formal jobs, all IBGE sectors (RAIS)
--   jobs:sector:<s>:<year>               formal jobs in IBGE sector s (1-8)
--   share:<s>:<year>                     IBGE sector s as % of the territory's formal jobs
--   lq:<s>:<year>                        location quotient of IBGE sector s, reference = the territory's state
--   growth:total:<y0>:<y1>               % change of formal jobs from y0 to y1
--   growth:sector:<s>:<y0>:<y1>          % change of formal jobs in IBGE sector s
-- min_value / max_value are eligibility thresholds: an alternative outside them is excluded, with the reason.
CREATE TABLE scenario_criterion (
  scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  source      TEXT NOT NULL CHECK (length(source) > 0),
  label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
  direction   TEXT NOT NULL CHECK (direction IN ('benefit', 'cost')),
  weight      REAL NOT NULL CHECK (weight >= 0),
  preference  TEXT NOT NULL DEFAULT 'usual' CHECK (preference IN ('usual', 'ushape', 'vshape', 'level', 'linear', 'gaussian')),
  pref_q      REAL,
  pref_p      REAL,
  pref_s      REAL,
  min_value   REAL,
  max_value   REAL,
  PRIMARY KEY (scenario_id, position),
  UNIQUE (scenario_id, source),
  UNIQUE (scenario_id, label)
) STRICT;

-- Stakeholders' named weights on the same criteria (agency, industry federation, SEBRAE, municipality…).
CREATE TABLE scenario_weight_set (
  scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- The pairwise comparison matrix the weights came from, when they came from AHP (JSON n x n).
  ahp_matrix  TEXT CHECK (ahp_matrix IS NULL OR json_valid(ahp_matrix)),
  PRIMARY KEY (scenario_id, position),
  UNIQUE (scenario_id, name)
) STRICT;

-- One weight per stakeholder set and criterion (criterion_position = scenario_criterion.position).
CREATE TABLE scenario_weight (
  scenario_id        INTEGER NOT NULL,
  set_position       INTEGER NOT NULL,
  criterion_position INTEGER NOT NULL,
  weight             REAL NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (scenario_id, set_position, criterion_position),
  FOREIGN KEY (scenario_id, set_position) REFERENCES scenario_weight_set (scenario_id, position) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, criterion_position) REFERENCES scenario_criterion (scenario_id, position) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- The inputs of a frozen scenario, one value per alternative x criterion source, with where it came
-- from (source text, period, and for a site the municipality it was read from).
CREATE TABLE scenario_snapshot (
  scenario_id      INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  subject_kind     TEXT NOT NULL CHECK (subject_kind IN ('site', 'municipality')),
  subject_code     TEXT NOT NULL,
  criterion_source TEXT NOT NULL,
  value            REAL,
  missing_reason   TEXT,
  source           TEXT NOT NULL,
  period           TEXT NOT NULL,
  via              TEXT,
  PRIMARY KEY (scenario_id, subject_kind, subject_code, criterion_source),
  CHECK (value IS NOT NULL OR missing_reason IS NOT NULL)
) STRICT, WITHOUT ROWID;
