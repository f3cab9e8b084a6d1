import { IMRS_INDICATORS } from './imrs-names';
import { importTemplateSchema, type ImportTemplate, type ImportTemplateInput } from './template';

const RAIS_COLUMNS: ImportTemplateInput['columns'] = [
  { match: '^municipio', role: 'territory', required: true },
  { match: '^([1-8]) ', role: 'sector-value', sectorCode: '$1', required: true },
  { match: '^total$', role: 'ignore' },
];

function rais(id: string, measure: 'jobs' | 'payroll' | 'establishments', what: string, fileName: string): ImportTemplateInput {
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

const DEFINITIONS: ImportTemplateInput[] = [
  rais('rais-setor-vinculos', 'jobs', 'vínculos ativos em 31/12', 'v[ií]nculo|emprego|jobs|empregad'),
  rais('rais-setor-remuneracao', 'payroll', 'remuneração de dezembro (R$)', 'remunera|massa|sal[aá]ri|payroll|folha'),
  rais('rais-setor-estabelecimentos', 'establishments', 'estabelecimentos', 'estabelec|establishment'),
  {
    id: 'arranjo-long',
    label: 'Arranjo — atividade econômica em formato longo',
    description:
      'The canonical long CSV Arranjo exports: territory_code, classification, sector_code, year and one or more of jobs, payroll, establishments, value_added.',
    target: 'employment',
    columns: [
      { match: '^territory code$', role: 'territory', required: true },
      { match: '^territory name$', role: 'territory-name' },
      { match: '^classification$', role: 'classification', required: true },
      { match: '^sector code$', role: 'sector', required: true },
      { match: '^year$', role: 'year', required: true },
      { match: '^jobs$', role: 'measure', measure: 'jobs' },
      { match: '^payroll$', role: 'measure', measure: 'payroll' },
      { match: '^establishments$', role: 'measure', measure: 'establishments' },
      { match: '^value added$', role: 'measure', measure: 'value_added' },
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
      { match: '^pop ?(\\d{2})$', role: 'year-value', year: '$1', required: true },
    ],
    fixed: { source: 'IBGE, estimativas da população (TCU) e Censo Demográfico 2022' },
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
];

/** The built-in templates, for the layouts of the agency files in ../shared/data. */
export const BUILT_IN_TEMPLATES: readonly ImportTemplate[] = DEFINITIONS.map((t) => importTemplateSchema.parse(t));
