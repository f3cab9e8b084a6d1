-- Arranjo workspace, schema 18: a prospect's CNPJ may be alphanumeric (IN RFB 2.229/2024, issued
-- from July 2026): 12 digits or capital letters, then 2 numeric check digits. Append-only.
-- The CHECK of schema 6 took 14 digits only, so a company registered since July 2026 could not be
-- stored. SQLite cannot change a CHECK: the table is rebuilt with the same columns, keys and rows.
-- Dropping it with foreign keys on deletes the rows that point at it (stage history, criterion
-- values: ON DELETE CASCADE), so those are kept aside and put back.
CREATE TABLE prospect_v18 (
  id               INTEGER PRIMARY KEY,
  site_id          INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  company          TEXT NOT NULL CHECK (length(trim(company)) > 0),
  cnpj             TEXT CHECK (cnpj IS NULL OR (length(cnpj) = 14 AND cnpj NOT GLOB '*[^0-9A-Z]*'
                                                 AND substr(cnpj, 13) NOT GLOB '*[^0-9]*')),
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

INSERT INTO prospect_v18 (id, site_id, company, cnpj, cnae, investment, jobs, area_needed_m2, stage, next_action,
                          next_action_date, contact, notes, lot_id, illustrative, batch_id)
  SELECT id, site_id, company, cnpj, cnae, investment, jobs, area_needed_m2, stage, next_action,
         next_action_date, contact, notes, lot_id, illustrative, batch_id
    FROM prospect ORDER BY id;

CREATE TABLE prospect_stage_change_v18_kept AS SELECT * FROM prospect_stage_change;
CREATE TABLE prospect_criterion_value_v18_kept AS SELECT * FROM prospect_criterion_value;

DROP TABLE prospect;
ALTER TABLE prospect_v18 RENAME TO prospect;
CREATE INDEX prospect_site ON prospect (site_id);
-- A CNPJ names one company: one prospect per district and CNPJ (re-imports update it).
CREATE UNIQUE INDEX prospect_site_cnpj ON prospect (site_id, cnpj) WHERE cnpj IS NOT NULL;

INSERT INTO prospect_stage_change (id, prospect_id, from_stage, to_stage, changed_at, note)
  SELECT id, prospect_id, from_stage, to_stage, changed_at, note FROM prospect_stage_change_v18_kept ORDER BY id;
INSERT INTO prospect_criterion_value (prospect_id, criterion_id, value)
  SELECT prospect_id, criterion_id, value FROM prospect_criterion_value_v18_kept;
DROP TABLE prospect_stage_change_v18_kept;
DROP TABLE prospect_criterion_value_v18_kept;
