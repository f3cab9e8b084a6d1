-- Polos e iniciativas (issue 17): the registry of productive poles and cluster initiatives.
-- An initiative's municipalities are the members of its own territory set (one set per
-- initiative, owned by it): every analysis that takes a custom territory (economic diagnosis,
-- comparison, prioritization, `--reference set:<name>`) takes an initiative with no new code path,
-- and there is one list of members, never two to keep in step.
CREATE TABLE initiative (
  id               INTEGER PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind             TEXT NOT NULL CHECK (kind IN ('rotas-polo', 'cepal-initiative', 'apl', 'community-arrangement')),
  -- The Rota (Rota do Mel…) or, for other registries, the production chain.
  route            TEXT,
  country          TEXT NOT NULL DEFAULT 'BR' CHECK (length(country) = 2),
  -- Initiatives outside Brazil have no municipalities here: their place is a point.
  lat              REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
  lon              REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
  region           TEXT,
  sectors          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sectors)),
  maturity         TEXT,
  managing_body    TEXT,
  committee        TEXT,
  members          TEXT,
  contacts         TEXT,
  started_on       TEXT,
  ended_on         TEXT,
  notes            TEXT,
  source           TEXT NOT NULL DEFAULT '',
  -- Its municipalities. No cascade: deleting the set from the territories area is refused.
  territory_set_id INTEGER NOT NULL UNIQUE REFERENCES territory_set (id),
  batch_id         INTEGER REFERENCES import_batch (id),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX initiative_route ON initiative (route);

-- Methodologies and documents shared between initiatives.
CREATE TABLE methodology (
  id        INTEGER PRIMARY KEY,
  title     TEXT NOT NULL CHECK (length(trim(title)) > 0),
  theme     TEXT NOT NULL CHECK (theme IN ('market-access', 'rnd', 'productive-integration', 'circular-economy', 'governance', 'training')),
  source    TEXT NOT NULL DEFAULT '',
  link      TEXT,
  file_ref  TEXT,
  notes     TEXT
) STRICT;

CREATE TABLE initiative_methodology (
  initiative_id  INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  methodology_id INTEGER NOT NULL REFERENCES methodology (id) ON DELETE CASCADE,
  PRIMARY KEY (initiative_id, methodology_id)
) STRICT, WITHOUT ROWID;

-- Exchanges and joint projects: who learns from whom, what, when, in what state.
CREATE TABLE initiative_exchange (
  id           INTEGER PRIMARY KEY,
  from_id      INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  to_id        INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('exchange', 'joint-project')),
  what         TEXT NOT NULL CHECK (length(trim(what)) > 0),
  started_on   TEXT,
  status       TEXT NOT NULL CHECK (status IN ('proposed', 'ongoing', 'done', 'cancelled')),
  notes        TEXT,
  CHECK (from_id <> to_id)
) STRICT;

CREATE TABLE initiative_link (
  from_id  INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  to_id    INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  relation TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (from_id, to_id),
  CHECK (from_id <> to_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE initiative_event (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  date          TEXT NOT NULL,
  title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
  notes         TEXT
) STRICT;

-- Initiatives an import updated, as they were (columns and members as JSON), to restore on undo.
CREATE TABLE import_previous_initiative (
  batch_id      INTEGER NOT NULL REFERENCES import_batch (id),
  initiative_id INTEGER NOT NULL,
  before        TEXT NOT NULL CHECK (json_valid(before)),
  prev_batch_id INTEGER,
  PRIMARY KEY (batch_id, initiative_id)
) STRICT;
