-- Arranjo workspace, schema 4: comparing territories and districts. Append-only.
-- Built-in infrastructure-survey indicators, custom territories, saved grid views, meeting sequences.

-- Bounds of the values an indicator accepts when a planner enters them (a survey score's scale).
-- NULL: no bound. Imported values are not re-checked here; the importer validates its own.
ALTER TABLE indicator ADD COLUMN value_min REAL;
ALTER TABLE indicator ADD COLUMN value_max REAL;
ALTER TABLE indicator ADD COLUMN whole_numbers INTEGER NOT NULL DEFAULT 0 CHECK (whole_numbers IN (0, 1));
-- When a planner entered a value by hand (provenance "entered by the user, date"); NULL for
-- imported values, which carry their import batch instead.
ALTER TABLE indicator_value ADD COLUMN entered_at TEXT;

-- The infrastructure survey of a district: one indicator per item, scored 0–4 on one documented
-- scale. These are definitions only: no value is shipped (a district's scores are entered or
-- imported by the planner, with their source). The items follow the axes of Codemig's diagnosis
-- of its industrial districts (infrastructure needs per district before choosing priorities).
INSERT INTO indicator (code, name_pt, name_en, name_es, unit, direction, category, description, source, value_min, value_max, whole_numbers) VALUES
  ('INFRA_WATER', 'Abastecimento de água', 'Water supply', 'Abastecimiento de agua', 'escala 0–4', 'higher-better', 'infrastructure',
   'Rede de água que atende os lotes do distrito. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_SEWAGE', 'Esgotamento sanitário', 'Sewage', 'Alcantarillado', 'escala 0–4', 'higher-better', 'infrastructure',
   'Coleta e tratamento de esgoto e efluentes do distrito. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_POWER', 'Capacidade de energia elétrica', 'Power capacity', 'Capacidad eléctrica', 'escala 0–4', 'higher-better', 'infrastructure',
   'Capacidade da rede elétrica (média/alta tensão) para as cargas industriais. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_PAVING', 'Pavimentação', 'Paving', 'Pavimentación', 'escala 0–4', 'higher-better', 'infrastructure',
   'Pavimentação das vias internas do distrito. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_DRAINAGE', 'Drenagem pluvial', 'Storm drainage', 'Drenaje pluvial', 'escala 0–4', 'higher-better', 'infrastructure',
   'Drenagem das águas pluviais. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_LIGHTING', 'Iluminação pública', 'Street lighting', 'Alumbrado público', 'escala 0–4', 'higher-better', 'infrastructure',
   'Iluminação das vias do distrito. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_TELECOM', 'Telecomunicações e fibra óptica', 'Telecom and fibre', 'Telecomunicaciones y fibra óptica', 'escala 0–4', 'higher-better', 'infrastructure',
   'Telefonia, dados e fibra óptica disponíveis às empresas. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_ROAD', 'Acesso rodoviário', 'Road access', 'Acceso por carretera', 'escala 0–4', 'higher-better', 'infrastructure',
   'Ligação a rodovias e condições do acesso para caminhões. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_RAIL', 'Acesso ferroviário', 'Rail access', 'Acceso ferroviario', 'escala 0–4', 'higher-better', 'infrastructure',
   'Ramal ou terminal ferroviário utilizável pelas empresas. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_SECURITY', 'Segurança', 'Security', 'Seguridad', 'escala 0–4', 'higher-better', 'infrastructure',
   'Portaria, vigilância, cercamento e policiamento. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_WASTE', 'Coleta de resíduos', 'Waste collection', 'Recolección de residuos', 'escala 0–4', 'higher-better', 'infrastructure',
   'Coleta e destinação de resíduos sólidos. Escala: 0 inexistente; 1 precário; 2 parcial; 3 adequado; 4 bom.', 'Levantamento de infraestrutura do distrito', 0, 4, 1),
  ('INFRA_VACANT_LOTS', 'Lotes vagos aptos a novas empresas', 'Vacant lots ready for new firms', 'Lotes vacantes aptos para nuevas empresas', 'escala 0–4', 'higher-better', 'infrastructure',
   'Oferta de lotes vagos, regularizados e prontos para ocupação. Escala: 0 nenhum; 1 poucos e irregulares; 2 alguns; 3 suficientes; 4 amplos e regularizados.', 'Levantamento de infraestrutura do distrito', 0, 4, 1)
ON CONFLICT (code) DO UPDATE SET value_min = excluded.value_min, value_max = excluded.value_max, whole_numbers = excluded.whole_numbers;

-- Custom territories: named sets of municipalities (a Rota pole, a development territory, a
-- CEPAL initiative's area). Usable as the reference region of the economic analyses.
CREATE TABLE territory_set (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE territory_set_member (
  set_id            INTEGER NOT NULL REFERENCES territory_set (id) ON DELETE CASCADE,
  municipality_code INTEGER NOT NULL REFERENCES municipality (code),
  PRIMARY KEY (set_id, municipality_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX territory_set_member_municipality ON territory_set_member (municipality_code);

-- Saved views of a grid: column order, widths, visibility, pins, sort, filters, grouping, heat
-- colouring — the grid's own state as JSON (it is display state, not user data).
CREATE TABLE grid_view (
  id         INTEGER PRIMARY KEY,
  grid_id    TEXT NOT NULL CHECK (length(trim(grid_id)) > 0),
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  state      TEXT NOT NULL CHECK (json_valid(state)),
  updated_at TEXT NOT NULL,
  UNIQUE (grid_id, name)
) STRICT;

-- Meeting mode: named sequences of views (a map, a comparison, a profile) stepped through with
-- the arrow keys. A view is its kind and the choices that rebuild it from the workspace data.
CREATE TABLE meeting_sequence (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE meeting_view (
  sequence_id INTEGER NOT NULL REFERENCES meeting_sequence (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  kind        TEXT NOT NULL CHECK (kind IN ('map', 'compare', 'profile')),
  title       TEXT NOT NULL,
  spec        TEXT NOT NULL CHECK (json_valid(spec)),
  PRIMARY KEY (sequence_id, position)
) STRICT;
