import { IMRS_INDICATORS } from './imrs-names';
import type { ImportTemplate, ImportTemplateInput } from './template';

/** The tidy population table's POP22 (TCU preview), a series apart from the Census 2022 count. */
export const TCU_PREVIEW_2022 = 'POP_TCU_PREVIA_2022';

/** A built-in's definition: a template as the schema gives it back, its description and fixed part optional. */
type Definition = Omit<ImportTemplate, 'description' | 'fixed'> & Partial<Pick<ImportTemplate, 'description' | 'fixed'>>;

const RAIS_COLUMNS: ImportTemplate['columns'] = [
  { match: '^municipio', role: 'territory', required: true },
  { match: '^([1-8]) ', role: 'sector-value', sectorCode: '$1', required: true },
  { match: '^total$', role: 'ignore' },
];

function rais(id: string, measure: 'jobs' | 'payroll' | 'establishments', what: string, fileName: string): Definition {
  return {
    id,
    label: `RAIS — ${what} por município × IBGE Setor`,
    description: `Export of MTE/RAIS (as FJP publishes it): one row per municipality ("310620:MG-BELO HORIZONTE"), one column per IBGE sector, a Total row, and the year in the "Seleções vigentes" footer. The same layout carries jobs, payroll or establishments: this template reads ${measure}.`,
    target: 'employment',
    fileName,
    columns: RAIS_COLUMNS,
    fixed: { classification: 'ibge-setor', measure, year: { fromFile: true }, expectEnd: { total: true, footer: true } },
  };
}

/** A canonical attraction layout (DESIGN.md §10): one rule per column, matched by its exact name. */
function planLayout(
  id: string,
  label: string,
  description: string,
  target: 'lots' | 'prospects',
  columns: [string, string, boolean][],
): Definition {
  return {
    id,
    label,
    description,
    target,
    columns: columns.map(([header, field, required]) => ({ match: `^${header.replace(/_/g, ' ')}$`, role: 'plan-field', field, required })),
    fixed: {},
  };
}

const DEFINITIONS: Definition[] = [
  rais('rais-setor-vinculos', 'jobs', 'vínculos ativos em 31/12', 'v[ií]nculo|emprego|jobs|empregad'),
  rais('rais-setor-remuneracao', 'payroll', 'remuneração de dezembro (R$)', 'remunera|massa|sal[aá]ri|payroll|folha'),
  rais('rais-setor-estabelecimentos', 'establishments', 'estabelecimentos', 'estabelec|establishment'),
  {
    id: 'arranjo-long',
    label: 'Arranjo — atividade econômica em formato longo',
    description:
      'The canonical long CSV Arranjo exports: territory_code, classification, sector_code, year and one or more of jobs, payroll, establishments, value_added. Without a classification column (the CSV of arranjo employment), the sector codes tell it: 1 to 8 are IBGE sectors, longer codes a CNAE level.',
    target: 'employment',
    columns: [
      { match: '^territory code$', role: 'territory', required: true },
      { match: '^territory name$', role: 'territory-name' },
      { match: '^classification$', role: 'classification' },
      { match: '^sector code$', role: 'sector', required: true },
      { match: '^year$', role: 'year', required: true },
      { match: '^jobs$', role: 'measure', measure: 'jobs' },
      { match: '^payroll$', role: 'measure', measure: 'payroll' },
      { match: '^establishments$', role: 'measure', measure: 'establishments' },
      { match: '^value added$', role: 'measure', measure: 'value_added' },
    ],
    fixed: {},
  },
  planLayout(
    'arranjo-lotes',
    'Arranjo — lotes de distritos',
    'The canonical lots CSV: site_code, lot_code, area_m2, price_per_m2, status and optionally zoning, pollution_class, infrastructure, notes.',
    'lots',
    [
      ['site_code', 'siteCode', true],
      ['lot_code', 'lotCode', true],
      ['area_m2', 'areaM2', true],
      ['price_per_m2', 'pricePerM2', true],
      ['status', 'status', true],
      ['zoning', 'zoning', false],
      ['pollution_class', 'pollutionClass', false],
      ['infrastructure', 'infrastructure', false],
      ['notes', 'notes', false],
    ],
  ),
  planLayout(
    'arranjo-empresas',
    'Arranjo — empresas prospectadas',
    'The canonical prospects CSV: site_code, company, cnpj, cnae, investment, jobs, area_needed_m2, stage and optionally next_action, next_action_date, contact, notes.',
    'prospects',
    [
      ['site_code', 'siteCode', true],
      ['company', 'company', true],
      ['cnpj', 'cnpj', true],
      ['cnae', 'cnae', true],
      ['investment', 'investment', true],
      ['jobs', 'jobs', true],
      ['area_needed_m2', 'areaNeededM2', true],
      ['stage', 'stage', true],
      ['next_action', 'nextAction', false],
      ['next_action_date', 'nextActionDate', false],
      ['contact', 'contact', false],
      ['notes', 'notes', false],
    ],
  ),
  {
    id: 'arranjo-obras',
    label: 'Arranjo — obras (carteira de obras dos distritos)',
    description:
      'The canonical works CSV (DESIGN.md §10): site_code, work_code, title, category, budget_planned, planned_start, planned_end and optionally actual_start, actual_end, status, funding_source, agency, contractor, contract_value.',
    target: 'works',
    columns: [
      { match: '^site code$', role: 'work-field', field: 'siteCode', required: true },
      { match: '^work code$', role: 'work-field', field: 'code', required: true },
      { match: '^title$', role: 'work-field', field: 'title', required: true },
      { match: '^category$', role: 'work-field', field: 'category', required: true },
      { match: '^budget planned$', role: 'work-field', field: 'budgetPlanned', required: true },
      { match: '^planned start$', role: 'work-field', field: 'plannedStart', required: true },
      { match: '^planned end$', role: 'work-field', field: 'plannedEnd', required: true },
      { match: '^actual start$', role: 'work-field', field: 'actualStart' },
      { match: '^actual end$', role: 'work-field', field: 'actualEnd' },
      { match: '^status$', role: 'work-field', field: 'status' },
      { match: '^funding source$', role: 'work-field', field: 'fundingSource' },
      { match: '^agency$', role: 'work-field', field: 'agency' },
      { match: '^contractor$', role: 'work-field', field: 'contractor' },
      { match: '^contract number$', role: 'work-field', field: 'contractNumber' },
      { match: '^contract value$', role: 'work-field', field: 'contractValue' },
      { match: '^needs$', role: 'work-field', field: 'needs' },
      { match: '^notes$', role: 'work-field', field: 'notes' },
    ],
    fixed: {},
  },
  {
    id: 'arranjo-medicoes',
    label: 'Arranjo — medições de obras (acumuladas por data)',
    description:
      'The canonical measurements CSV (DESIGN.md §10): work_code, date, physical_progress (cumulative %, 0–100), committed and disbursed (cumulative R$); optional correction (1 when a measurement corrects an earlier, higher one).',
    target: 'measurements',
    columns: [
      { match: '^work code$', role: 'measurement-field', field: 'workCode', required: true },
      { match: '^date$', role: 'measurement-field', field: 'date', required: true },
      { match: '^physical progress$', role: 'measurement-field', field: 'physicalProgress', required: true },
      { match: '^committed$', role: 'measurement-field', field: 'committed', required: true },
      { match: '^disbursed$', role: 'measurement-field', field: 'disbursed', required: true },
      { match: '^correction$', role: 'measurement-field', field: 'correction' },
    ],
    fixed: {},
  },
  {
    id: 'arranjo-cronograma',
    label: 'Arranjo — cronograma previsto das obras (avanço físico previsto por mês)',
    description:
      "The planned schedule of works already in the workspace: work_code, month (YYYY-MM), planned_progress (cumulative planned physical %, 0–100) and optionally planned_start, planned_end. The months given become the work's schedule (replacing the linear plan in planned %, SPI and the S-curve).",
    target: 'works',
    columns: [
      { match: '^work code$', role: 'work-field', field: 'code', required: true },
      { match: '^month$', role: 'work-field', field: 'scheduleMonth', required: true },
      { match: '^planned progress$', role: 'work-field', field: 'plannedProgress', required: true },
      { match: '^planned start$', role: 'work-field', field: 'plannedStart' },
      { match: '^planned end$', role: 'work-field', field: 'plannedEnd' },
    ],
    fixed: {},
  },
  {
    id: 'arranjo-acoes',
    label: 'Arranjo — ações de programa',
    description:
      'The canonical CSV of programme actions (DESIGN §10): programme, action_code, type, territory_code, start_date, participants and optionally end_date, women, youth, enterprises_formed, enterprises_legalized, partner, notes.',
    target: 'programme-actions',
    columns: [
      { match: '^programme$', role: 'programme-field', field: 'programme', required: true },
      { match: '^action code$', role: 'programme-field', field: 'actionCode', required: true },
      { match: '^type$', role: 'programme-field', field: 'actionType', required: true },
      { match: '^territory code$', role: 'territory', required: true },
      { match: '^territory name$', role: 'territory-name' },
      { match: '^start date$', role: 'programme-field', field: 'startDate', required: true },
      { match: '^participants$', role: 'programme-field', field: 'participants', required: true },
      { match: '^end date$', role: 'programme-field', field: 'endDate' },
      { match: '^women$', role: 'programme-field', field: 'women' },
      { match: '^youth$', role: 'programme-field', field: 'youth' },
      { match: '^enterprises formed$', role: 'programme-field', field: 'enterprisesFormed' },
      { match: '^enterprises legalized$', role: 'programme-field', field: 'enterprisesLegalized' },
      { match: '^partner$', role: 'programme-field', field: 'partner' },
      { match: '^notes$', role: 'programme-field', field: 'notes' },
      { match: '^site code$', role: 'programme-field', field: 'siteCode' },
      { match: '^initiative code$', role: 'programme-field', field: 'initiativeCode' },
    ],
    fixed: {},
  },
  {
    id: 'arranjo-metas',
    label: 'Arranjo — metas de programa por período',
    description:
      'The canonical CSV of programme targets (DESIGN §10): programme, indicator, period (YYYY, YYYY-Qn or YYYY-MM), baseline, target and optionally actual (custom indicators) and its parts actual_women, actual_men (by sex) and actual_youth, actual_other (by age group), each dimension adding up to the actual.',
    target: 'programme-targets',
    columns: [
      { match: '^programme$', role: 'programme-field', field: 'programme', required: true },
      { match: '^indicator$', role: 'programme-field', field: 'indicator', required: true },
      { match: '^period$', role: 'programme-field', field: 'period', required: true },
      { match: '^baseline$', role: 'programme-field', field: 'baseline', required: true },
      { match: '^target$', role: 'programme-field', field: 'target', required: true },
      { match: '^actual$', role: 'programme-field', field: 'actual' },
      { match: '^actual women$', role: 'programme-field', field: 'actualWomen' },
      { match: '^actual men$', role: 'programme-field', field: 'actualMen' },
      { match: '^actual youth$', role: 'programme-field', field: 'actualYouth' },
      { match: '^actual other$', role: 'programme-field', field: 'actualOther' },
    ],
    fixed: {},
  },
  {
    id: 'ibge-censo2022-populacao',
    label: 'IBGE — Censo 2022, população por município',
    description:
      'IBGE workbook of the Census 2022 first results (sheet "Municípios"): COD. UF + 5-digit COD. MUNIC as text, POP. TOTAL; a title cell and a "Fonte" footer.',
    target: 'population',
    sheet: 'munic',
    columns: [
      { match: '^cod uf$', role: 'state', required: true },
      { match: '^cod munic$', role: 'territory', required: true },
      { match: '^nome do municipio$', role: 'territory-name' },
      { match: '^pop total$', role: 'value', required: true },
    ],
    fixed: { year: { value: 2022 }, source: 'IBGE, Censo Demográfico 2022 — população total (coletada e imputada)' },
  },
  {
    id: 'ibge-populacao-tcu',
    label: 'IBGE — população residente por ano (estimativas TCU e Censos)',
    description: 'A table of IBGE population by municipality with one column per year (POP10 … POP24), in any order.',
    target: 'population',
    columns: [
      { match: '^codmun7$', role: 'territory', required: true },
      { match: '^nome do municipio$', role: 'territory-name' },
      // POP22 is the December 2022 preview sent to TCU, not the Census 2022 count: a series of its
      // own, so importing this table never replaces the Census value of POP 2022.
      { match: '^pop ?22$', role: 'year-value', year: '2022', indicator: TCU_PREVIEW_2022 },
      { match: '^pop ?(\\d{2})$', role: 'year-value', year: '$1', required: true },
    ],
    fixed: {
      source: 'IBGE, população enviada ao TCU (POP10: Censo 2010; POP22: prévia de dez. 2022, não o resultado do Censo 2022)',
      indicators: {
        [TCU_PREVIEW_2022]: {
          namePt: 'População — prévia de dez. 2022 enviada ao TCU',
          nameEn: 'Population — December 2022 preview sent to TCU',
          nameEs: 'Población — avance de dic. 2022 enviado al TCU',
          unit: 'hab.',
          category: 'demography',
          description:
            'IBGE population preview of December 2022 sent to TCU (column POP22 of the tidy table), kept apart from the Census 2022 count (indicator POP, 2022).',
        },
      },
    },
  },
  {
    id: 'fjp-imrs',
    label: 'FJP — IMRS (Índice Mineiro de Responsabilidade Social)',
    description: 'FJP IMRS workbook: one row per municipality and year (CHAVE = year + IBGE6), one column per indicator (ER_…).',
    target: 'indicator-values',
    columns: [
      { match: '^chave$', role: 'ignore', required: true },
      { match: '^ibge6$', role: 'ignore' },
      { match: '^ibge7$', role: 'territory', required: true },
      { match: '^ano$', role: 'year', required: true },
      { match: '^[a-z]{1,4} [a-z0-9 ]+$', role: 'indicator-value', indicator: '$0', required: true },
    ],
    fixed: { indicators: IMRS_INDICATORS, source: 'FJP, IMRS 2022' },
  },
  {
    id: 'atlas-idhm-municipios',
    label: 'Atlas do Desenvolvimento Humano — municípios (IDHM, Gini, população)',
    description:
      'Atlas do Desenvolvimento Humano no Brasil 2013 (PNUD, IPEA, FJP), sheet "MUN 91-00-10": one row per municipality and census year; indicator names from the "Siglas" sheet. Codes get the prefix ADH_ (the Atlas POP is not IBGE\'s resident population).',
    target: 'indicator-values',
    sheet: '^mun',
    columns: [
      { match: '^ano$', role: 'year', required: true },
      { match: '^uf$', role: 'ignore' },
      { match: '^codmun6$', role: 'ignore' },
      { match: '^codmun7$', role: 'territory', required: true },
      { match: '^municipio$', role: 'territory-name' },
      { match: '^idhm$', role: 'indicator-value', indicator: 'ADH_$0', required: true },
      { match: '.', role: 'indicator-value', indicator: 'ADH_$0' },
    ],
    fixed: {
      dictionary: {
        sheet: 'Siglas',
        codeColumn: 'SIGLA',
        nameColumn: 'NOME CURTO',
        descriptionColumns: ['NOME LONGO', 'DEFINIÇÃO'],
        prefix: 'ADH_',
      },
      source: 'PNUD, IPEA, FJP — Atlas do Desenvolvimento Humano no Brasil 2013',
    },
  },
  {
    id: 'rotas-polos',
    label: 'MIDR — Rotas de Integração Nacional: municípios por rota e polo',
    description:
      'The MIDR table of municipalities by route and polo, one row per (route, polo, municipality): rota, polo_origem (as the source spells it), cod_ibge, municipio, uf. Spellings equal up to case, accents and spaces are one polo; a blank polo cell is skipped with a warning.',
    target: 'initiatives',
    columns: [
      { match: '^rota coluna origem$', role: 'ignore' },
      { match: '^rota$', role: 'initiative-field', field: 'route', required: true },
      { match: '^polo origem$', role: 'initiative-field', field: 'name', required: true },
      { match: '^cod ibge$', role: 'territory', required: true },
      { match: '^municipio$', role: 'territory-name' },
      { match: '^uf$', role: 'state' },
      { match: '^pop 2022$', role: 'ignore' },
      { match: '^tipologia pndr$', role: 'ignore' },
    ],
    fixed: {
      initiativeKind: 'rotas-polo',
      source: 'MIDR — Rotas de Integração Nacional (relação de municípios por rota e polo, c. abril de 2025)',
    },
  },
  {
    id: 'arranjo-polos',
    label: 'Arranjo — polos e iniciativas (formato canônico)',
    description:
      'The canonical CSV of initiatives Arranjo exports: route, initiative, territory_code and optionally municipality, state, kind, sectors (CNAE codes joined by "|"), notes; one row per (initiative, municipality).',
    target: 'initiatives',
    columns: [
      { match: '^route$', role: 'initiative-field', field: 'route', required: true },
      { match: '^initiative$', role: 'initiative-field', field: 'name', required: true },
      { match: '^territory code$', role: 'territory', required: true },
      { match: '^municipality$', role: 'territory-name' },
      { match: '^state$', role: 'state' },
      { match: '^kind$', role: 'initiative-field', field: 'kind' },
      { match: '^sectors$', role: 'initiative-field', field: 'sectors' },
      { match: '^notes$', role: 'initiative-field', field: 'notes' },
    ],
    fixed: { initiativeKind: 'apl' },
  },
];

/**
 * The defaults importTemplateSchema gives a template's `fixed` part (the mapping schema's own, for
 * what a definition leaves out); test/unit/import/built-in-templates.test.ts keeps them in step.
 */
const FIXED_DEFAULTS = { decimal: 'auto', dashAsZero: false, indicators: {}, subject: 'municipality' } as const;

/** A definition as importTemplateSchema gives it back: its optional parts at their defaults. */
function withDefaults(t: Definition): ImportTemplate {
  return { ...t, description: t.description ?? '', fixed: { ...FIXED_DEFAULTS, ...t.fixed } };
}

/**
 * The built-in templates, for the layouts of the agency files in resources/data. They are not run
 * through importTemplateSchema at every start: zod's first parses took 17-19 ms of each engine's
 * start, the app's worker and every CLI import (issue 16). test/unit/import/built-in-templates.test.ts
 * checks that the schema makes exactly these of the definitions (valid ids, safe patterns, defaults).
 */
export const BUILT_IN_TEMPLATES: readonly ImportTemplate[] = DEFINITIONS.map(withDefaults);

/** The definitions as written, for the test that parses them. */
export const BUILT_IN_DEFINITIONS: readonly ImportTemplateInput[] = DEFINITIONS;
