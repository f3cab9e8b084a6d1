import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../../shared/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../shared/db/migrations';
import { openWorkspaceDatabase } from '../../shared/db/open-workspace';
import { loadSql } from '../support/node-engine';

/**
 * Workspaces written by every earlier schema version (test/fixtures/workspace-schema-<N>.arranjo,
 * made by test/fixtures/make-fixtures.mjs with rows in every table that version had) open through
 * the real path and upgrade to the current schema with their data intact.
 */

interface TableCheck {
  /** Rows the upgraded table holds. */
  count: number;
  /** A query returning one row, and that row as it must read after the upgrade. */
  sample?: [sql: string, row: Record<string, unknown>];
  /**
   * The later migration that dropped the table and created it anew (a placeholder of schema 1
   * replaced by the feature's shape): these rows are gone after the upgrade.
   */
  droppedBy?: number;
}

/** What each version's rows (test/fixtures/schema-data/<N>.sql) must read like after the upgrade. */
const ROWS_OF: Record<number, Record<string, TableCheck>> = {
  1: {
    workspace_meta: { count: 3, sample: ["SELECT value FROM workspace_meta WHERE key = 'fixture'", { value: 'schema 1' }] },
    import_batch: {
      count: 2,
      sample: ['SELECT source_file, rows_skipped FROM import_batch WHERE id = 2', { source_file: 'fixture_pop.xlsx', rows_skipped: 1 }],
    },
    state: { count: 1, sample: ['SELECT abbr, region FROM state', { abbr: 'MG', region: 'Sudeste' }] },
    geo_region: { count: 2, sample: ['SELECT kind FROM geo_region WHERE code = 310001', { kind: 'immediate' }] },
    municipality: {
      count: 3,
      sample: [
        'SELECT name, is_capital, immediate_region FROM municipality WHERE code = 3106200',
        { name: 'Belo Horizonte', is_capital: 1, immediate_region: 310001 },
      ],
    },
    classification: {
      count: 4,
      sample: ["SELECT parent_code FROM classification WHERE scheme = 'cnae-division' AND code = '29'", { parent_code: 'C' }],
    },
    employment: {
      count: 4,
      sample: [
        "SELECT value, missing_reason FROM employment WHERE territory_code = 3106705 AND measure = 'jobs'",
        { value: null, missing_reason: 'suppressed' },
      ],
    },
    // Schema 4 adds the 12 survey indicators; INFRA_WATER existed, so it keeps its names and gains the bounds.
    indicator: {
      count: 2 + 11,
      sample: [
        "SELECT name_pt, value_min, value_max, whole_numbers FROM indicator WHERE code = 'INFRA_WATER'",
        { name_pt: 'Água (fixture)', value_min: 0, value_max: 4, whole_numbers: 1 },
      ],
    },
    indicator_value: {
      count: 3,
      sample: [
        "SELECT value, illustrative, entered_at FROM indicator_value WHERE indicator_code = 'INFRA_WATER'",
        { value: 3, illustrative: 1, entered_at: null },
      ],
    },
    site: {
      count: 2,
      sample: [
        "SELECT name, area_ha, lots_available, jobs FROM site WHERE code = 'DI-FIX-1'",
        { name: 'Distrito Fixture Um', area_ha: 120.5, lots_available: 10, jobs: 900 },
      ],
    },
    site_sector: {
      count: 2,
      sample: [
        'SELECT classification, sector_code FROM site_sector WHERE site_id = 2',
        { classification: 'cnae-division', sector_code: '29' },
      ],
    },
    // Placeholders of schema 1 that later migrations replaced (dropping their rows): 0005 the works
    // table `project`, 0006 `lot` and `prospect`, 0008 `programme` and `programme_action`.
    project: { count: 1, droppedBy: 5 },
    lot: { count: 2, droppedBy: 6 },
    prospect: { count: 1, droppedBy: 6 },
    programme: { count: 1, droppedBy: 8 },
    programme_action: { count: 1, droppedBy: 8 },
    change_log: { count: 1, sample: ['SELECT after FROM change_log', { after: '{"firms":25}' }] },
  },
  2: {
    import_previous_employment: {
      count: 1,
      sample: ['SELECT value, prev_batch_id FROM import_previous_employment', { value: 990, prev_batch_id: 1 }],
    },
    import_previous_indicator_value: {
      count: 1,
      sample: [
        `SELECT p.value, s.text AS source FROM import_previous_indicator_value p JOIN value_source s ON s.id = p.source_id
          WHERE p.subject_code = '3106200'`,
        { value: 2300000, source: 'older fixture' },
      ],
    },
    import_previous_site: { count: 1, sample: ['SELECT before FROM import_previous_site', { before: '{"firms":20,"jobs":800}' }] },
    import_batch_indicator: { count: 1 },
    import_template: { count: 1, sample: ['SELECT label, target FROM import_template', { label: 'Modelo fixture', target: 'population' }] },
  },
  3: {
    scenario: {
      count: 1,
      sample: [
        'SELECT method, weight_origin, frozen_at FROM scenario',
        { method: 'topsis', weight_origin: 'ahp', frozen_at: '2024-03-03T00:00:00.000Z' },
      ],
    },
    scenario_alternative: { count: 2, sample: ['SELECT label FROM scenario_alternative WHERE position = 1', { label: 'Betim' }] },
    scenario_criterion: {
      count: 2,
      sample: [
        'SELECT preference, pref_p, min_value FROM scenario_criterion WHERE position = 1',
        { preference: 'linear', pref_p: 2, min_value: 1 },
      ],
    },
    scenario_weight_set: { count: 2 },
    scenario_weight: { count: 4, sample: ['SELECT SUM(weight) AS total FROM scenario_weight', { total: 200 }] },
    scenario_snapshot: {
      count: 2,
      sample: ["SELECT via FROM scenario_snapshot WHERE subject_kind = 'site'", { via: 'municipality 3118601' }],
    },
  },
  4: {
    indicator_value: {
      count: 1,
      sample: [
        "SELECT value, entered_at FROM indicator_value WHERE indicator_code = 'INFRA_PAVING'",
        { value: 2, entered_at: '2024-04-01T10:00:00.000Z' },
      ],
    },
    territory_set: {
      count: 1,
      sample: [
        'SELECT name, description FROM territory_set WHERE id = 1',
        { name: 'Território fixture', description: 'two municipalities' },
      ],
    },
    territory_set_member: { count: 2, sample: ['SELECT COUNT(*) AS n FROM territory_set_member WHERE set_id = 1', { n: 2 }] },
    grid_view: { count: 1, sample: ['SELECT grid_id, name FROM grid_view', { grid_id: 'sites', name: 'Vista fixture' }] },
    meeting_sequence: { count: 1, sample: ['SELECT name FROM meeting_sequence', { name: 'Reunião fixture' }] },
    meeting_view: {
      count: 2,
      sample: ['SELECT kind, spec FROM meeting_view WHERE position = 1', { kind: 'profile', spec: '{"municipality":3106705}' }],
    },
  },
  5: {
    project: {
      count: 2,
      sample: [
        "SELECT title, status, budget_planned, batch_id FROM project WHERE code = 'OB-FIX-1'",
        { title: 'Pavimentação fixture', status: 'in-progress', budget_planned: 1500000, batch_id: 1 },
      ],
    },
    work_need: { count: 2, sample: ['SELECT indicator_code FROM work_need WHERE work_id = 2', { indicator_code: 'INFRA_DRAINAGE' }] },
    work_measurement: {
      count: 2,
      sample: [
        "SELECT physical_progress, disbursed FROM work_measurement WHERE measured_on = '2024-05-31'",
        { physical_progress: 35.5, disbursed: 550000 },
      ],
    },
    work_schedule: { count: 2, sample: ["SELECT planned_progress FROM work_schedule WHERE month = '2024-06'", { planned_progress: 40 }] },
    work_milestone: { count: 1, sample: ['SELECT actual_date FROM work_milestone', { actual_date: '2024-03-15' }] },
    work_risk: {
      count: 1,
      sample: ['SELECT probability, impact, status FROM work_risk', { probability: 'medium', impact: 'high', status: 'open' }],
    },
    work_document: { count: 1, sample: ['SELECT reference FROM work_document', { reference: 'SEI 0000000-00.2024' }] },
    work_baseline: { count: 1 },
    work_baseline_item: { count: 1, sample: ['SELECT schedule FROM work_baseline_item', { schedule: '[["2024-06",40],["2024-12",100]]' }] },
    work_import_previous: {
      count: 1,
      sample: ['SELECT kind, row_key FROM work_import_previous', { kind: 'measurement', row_key: 'OB-FIX-1|2024-05-31' }],
    },
  },
  6: {
    attraction_plan: {
      count: 1,
      sample: [
        'SELECT period, sales_method, discount_pct FROM attraction_plan',
        { period: '2025', sales_method: 'topsis', discount_pct: 50 },
      ],
    },
    attraction_target_sector: {
      count: 1,
      sample: ['SELECT origin, state, lq FROM attraction_target_sector', { origin: 'specialized', state: 'accepted', lq: 2.5 }],
    },
    lot: { count: 2, sample: ["SELECT area_m2, status FROM lot WHERE code = 'L-02'", { area_m2: 1800, status: 'reserved' }] },
    prospect: { count: 1, sample: ['SELECT cnpj, stage, lot_id FROM prospect', { cnpj: '11222333000181', stage: 'proposal', lot_id: 2 }] },
    prospect_stage_change: {
      count: 1,
      sample: ['SELECT from_stage, to_stage FROM prospect_stage_change', { from_stage: 'visit', to_stage: 'proposal' }],
    },
    attraction_incentive: {
      count: 2,
      sample: ["SELECT annual_amount, years FROM attraction_incentive WHERE kind = 'tax'", { annual_amount: 12000, years: 5 }],
    },
    attraction_criterion: {
      count: 2,
      sample: ['SELECT source, weight FROM attraction_criterion WHERE position = 1', { source: 'manual', weight: 40 }],
    },
    prospect_criterion_value: { count: 1, sample: ['SELECT value FROM prospect_criterion_value', { value: 7 }] },
    attraction_action: {
      count: 1,
      sample: ['SELECT title, status FROM attraction_action', { title: 'Feira de investimentos', status: 'planned' }],
    },
    import_previous_attraction: {
      count: 1,
      sample: ['SELECT entity, entity_id FROM import_previous_attraction', { entity: 'lot', entity_id: 2 }],
    },
  },
  7: {
    // Each initiative owns a territory set of its own.
    territory_set: { count: 2, sample: ['SELECT name FROM territory_set WHERE id = 3', { name: 'Iniciativa fixture B' }] },
    territory_set_member: { count: 3, sample: ['SELECT COUNT(*) AS n FROM territory_set_member WHERE set_id = 2', { n: 2 }] },
    initiative: {
      count: 2,
      sample: [
        "SELECT kind, route, sectors, territory_set_id FROM initiative WHERE code = 'POLO-FIX-A'",
        { kind: 'rotas-polo', route: 'Rota fixture', sectors: '["mel"]', territory_set_id: 2 },
      ],
    },
    methodology: { count: 1, sample: ['SELECT theme FROM methodology', { theme: 'governance' }] },
    initiative_methodology: { count: 1 },
    initiative_exchange: { count: 1, sample: ['SELECT kind, status FROM initiative_exchange', { kind: 'exchange', status: 'ongoing' }] },
    initiative_link: {
      count: 1,
      sample: ['SELECT from_id, to_id, relation FROM initiative_link', { from_id: 2, to_id: 1, relation: 'inspired by' }],
    },
    initiative_event: { count: 1, sample: ['SELECT title FROM initiative_event', { title: 'Seminário fixture' }] },
    import_previous_initiative: {
      count: 1,
      sample: [
        'SELECT initiative_id, before FROM import_previous_initiative',
        { initiative_id: 2, before: '{"name":"Iniciativa B","members":[3106705]}' },
      ],
    },
  },
  8: {
    programme: {
      count: 1,
      sample: ['SELECT name, illustrative, rag_green FROM programme', { name: 'Programa fixture', illustrative: 1, rag_green: 0.9 }],
    },
    programme_objective: { count: 1, sample: ['SELECT code, title FROM programme_objective', { code: 'OE1', title: 'Objetivo fixture' }] },
    programme_result: { count: 1, sample: ['SELECT code FROM programme_result', { code: 'R1' }] },
    programme_indicator: {
      count: 2,
      sample: [
        "SELECT result_id, cumulative, disaggregation FROM programme_indicator WHERE code = 'participants'",
        { result_id: 1, cumulative: 1, disaggregation: 'sex|age' },
      ],
    },
    programme_target: {
      count: 3,
      sample: ["SELECT baseline, target, actual FROM programme_target WHERE period = '2024'", { baseline: 800, target: 950, actual: 910 }],
    },
    programme_action: {
      count: 2,
      sample: [
        "SELECT participants, women, site_id, initiative_code FROM programme_action WHERE code = 'A-002'",
        { participants: 12, women: 5, site_id: null, initiative_code: 'POLO-FIX-A' },
      ],
    },
    import_programme_image: { count: 1, sample: ['SELECT before FROM import_programme_image', { before: null }] },
  },
  9: {
    import_template: {
      count: 2,
      sample: ["SELECT label, target FROM import_template WHERE id = 'fixture-lots'", { label: 'Lotes fixture', target: 'lots' }],
    },
  },
  10: {
    // The schema-6 plan, updated (no row added).
    attraction_plan: {
      count: 0,
      sample: [
        'SELECT weight_origin, ahp_matrix FROM attraction_plan WHERE id = 1',
        { weight_origin: 'ahp', ahp_matrix: '[[1,3],[0.3333333333333333,1]]' },
      ],
    },
  },
  11: {
    programme_actual_part: {
      count: 2,
      sample: ["SELECT value FROM programme_actual_part WHERE part = 'women'", { value: 500 }],
    },
    // Rebuilt by 0011 with the schema-4 views kept; one works chart added.
    meeting_view: {
      count: 1,
      sample: ['SELECT kind, title FROM meeting_view WHERE position = 2', { kind: 'works', title: 'Gantt fixture' }],
    },
  },
  12: {
    // Rebuilt by 0013 keyed (classification, measure, year, territory_code, sector_code).
    employment: {
      count: 1,
      sample: [
        "SELECT value, source_row FROM employment WHERE classification = 'ibge-setor' AND measure = 'jobs' AND year = 2021 AND territory_code = 3106200 AND sector_code = '2'",
        { value: 1100, source_row: 6 },
      ],
    },
  },
  13: {
    // Rebuilt by 0014 with each source text in value_source (test/db/value-sources.test.ts checks every row's text).
    indicator_value: {
      count: 2,
      sample: [
        `SELECT v.value, v.missing_reason, s.text AS source FROM indicator_value v JOIN value_source s ON s.id = v.source_id
          WHERE v.subject_code = '3118601' AND v.period = '2021'`,
        { value: null, missing_reason: 'not published', source: 'fixture estimate 2021' },
      ],
    },
    import_previous_indicator_value: {
      count: 1,
      sample: [
        `SELECT p.value, p.prev_batch_id, s.text AS source FROM import_previous_indicator_value p JOIN value_source s ON s.id = p.source_id
          WHERE p.subject_code = '3118601'`,
        { value: 600000, prev_batch_id: 1, source: 'fixture' },
      ],
    },
  },
  14: {
    // Both rebuilt by 0015 with their closed lists checked by OR instead of IN.
    indicator_value: {
      count: 1,
      sample: [
        `SELECT v.value, v.illustrative, s.text AS source FROM indicator_value v JOIN value_source s ON s.id = v.source_id
          WHERE v.subject_kind = 'state' AND v.subject_code = '31'`,
        { value: 20539989, illustrative: 1, source: 'fixture survey 2022' },
      ],
    },
    employment: {
      count: 1,
      sample: [
        "SELECT value, source_row FROM employment WHERE measure = 'establishments' AND territory_code = 3106200",
        { value: 85, source_row: 7 },
      ],
    },
  },
  15: {
    // CNAE names as the shipped file wrote them, in sentence case and on one line after 0016; a
    // name other than the file's is kept.
    classification: {
      count: 3,
      sample: [
        `SELECT (SELECT name FROM classification WHERE scheme = 'cnae-section' AND code = 'A') AS section,
                (SELECT name FROM classification WHERE scheme = 'cnae-division' AND code = '25') AS division,
                (SELECT name FROM classification WHERE scheme = 'cnae-division' AND code = '10') AS own`,
        {
          section: 'Agricultura, pecuária, produção florestal, pesca e aquicultura',
          division: 'Fabricação de produtos de metal, exceto máquinas e equipamentos',
          own: 'Alimentos (nome de fixture)',
        },
      ],
    },
    attraction_target_sector: {
      count: 1,
      sample: [
        'SELECT sector_name, density FROM attraction_target_sector WHERE id = 2',
        { sector_name: 'Fabricação de produtos de metal, exceto máquinas e equipamentos', density: 0.42 },
      ],
    },
  },
  16: {
    // Governance entered on a schema-7 initiative (no new rows): kept by 0017, which adds the merged
    // initiatives' codes and has none for a registry that was never merged.
    initiative: {
      count: 0,
      sample: [
        `SELECT committee, contacts, (SELECT count(*) FROM initiative_alias a WHERE a.initiative_id = initiative.id) AS aliases
          FROM initiative WHERE code = 'POLO-FIX-A'`,
        { committee: 'Comitê fixture', contacts: 'fixture@example.org', aliases: 0 },
      ],
    },
  },
  17: {
    // A merged initiative's code, kept by 0018 (which rebuilds `prospect` for the alphanumeric CNPJ:
    // the prospect, its stage change and criterion value of schema 6 are counted above, in every fixture).
    initiative_alias: {
      count: 1,
      sample: [
        "SELECT a.name, i.code FROM initiative_alias a JOIN initiative i ON i.id = a.initiative_id WHERE a.alias = 'INI-FIX-B-DUP'",
        { name: 'Iniciativa fixture B (duplicada)', code: 'INI-FIX-B' },
      ],
    },
  },
  18: {
    // A prospect with an alphanumeric CNPJ, kept by 0019 (which rebuilds `meeting_view` for the newer
    // areas' charts: the meeting views of schemas 4 and 11 are counted and read above, in every fixture).
    prospect: {
      count: 1,
      sample: [
        "SELECT company, stage FROM prospect WHERE cnpj = '12ABC34501DE35'",
        { company: 'Empresa Alfanumérica Fixture Ltda', stage: 'lead' },
      ],
    },
  },
  19: {
    // Rebuilt by 0020 (the diagnosis' charts) with the views of schemas 4, 11 and 19 kept, in order.
    meeting_view: {
      count: 2,
      sample: [
        "SELECT group_concat(kind, ',') AS kinds FROM (SELECT kind FROM meeting_view ORDER BY position)",
        { kinds: 'map,profile,works,ranking,polos' },
      ],
    },
  },
};

const fixture = (version: number) => new URL(`../fixtures/workspace-schema-${version}.arranjo`, import.meta.url);
// Every version a workspace can have been written by (a number reserved for another branch may be missing).
const earlier = MIGRATIONS.map((m) => m.version).filter((v) => v < LATEST_SCHEMA_VERSION);

function one(conn: Connection, sql: string): Record<string, unknown> | undefined {
  return conn.get(sql);
}

describe('workspaces of every earlier schema upgrade with their data', () => {
  it.each(earlier)('schema %i has a fixture and its rows are described here', (version) => {
    expect(
      existsSync(fixture(version)),
      `No fixture for schema ${version}: write test/fixtures/schema-data/${String(version).padStart(4, '0')}.sql and run "node test/fixtures/make-fixtures.mjs".`,
    ).toBe(true);
    expect(ROWS_OF[version], `Describe the rows of schema-data/${String(version).padStart(4, '0')}.sql in ROWS_OF.`).toBeDefined();
  });

  it.each(earlier)('schema %i opens, upgrades to the current schema and keeps every row', async (version) => {
    const SQL = await loadSql();
    const { conn, migration } = openWorkspaceDatabase(
      SQL,
      new Uint8Array(readFileSync(fixture(version))),
      `workspace-schema-${version}.arranjo`,
    );
    try {
      expect(migration).toEqual({ from: version, to: LATEST_SCHEMA_VERSION });
      expect(conn.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(conn.all('PRAGMA foreign_key_check')).toEqual([]);
      // A version's rows exist in the fixtures of that version and later (tables it added are empty
      // before), unless a later migration dropped their table; a table several versions write into
      // holds the sum of their rows.
      const expected = new Map<string, number>();
      for (const [v, tables] of Object.entries(ROWS_OF)) {
        const present = Number(v) <= version;
        for (const [table, check] of Object.entries(tables)) {
          expected.set(table, (expected.get(table) ?? 0) + (present && check.droppedBy === undefined ? check.count : 0));
          if (present && check.droppedBy === undefined && check.sample) {
            expect(one(conn, check.sample[0]), `${table}: ${check.sample[0]}`).toEqual(check.sample[1]);
          }
        }
      }
      for (const [table, n] of expected) {
        expect(one(conn, `SELECT COUNT(*) AS n FROM ${table}`), `${table} in the schema-${version} fixture`).toEqual({ n });
      }
    } finally {
      conn.close();
    }
  });
});
