import type { Connection } from '../../db/connection';
import { initiativeCodes } from '../initiatives';
import { ActionRepository } from './action-repository';
import type { DemoNote } from '../../domain/demo-note';
import {
  DEMO_ACTION_NOTES,
  DEMO_INCOME_INDICATOR_NOTE,
  DEMO_OBJECTIVE_NOTE,
  DEMO_PROGRAMME_DESCRIPTION_NOTE,
  DEMO_PROGRAMME_NAME_NOTE,
  DEMO_PROGRAMME_SOURCE,
  DEMO_RESULT_NOTES,
} from './demo-text';
import { ProgrammeRepository } from './programme-repository';
import type { ActionType, Disaggregation, PeriodKind } from './types';

/**
 * The demo's programme: ILLUSTRATIVE numbers in five municipalities of northern Minas Gerais and
 * the Vale do Jequitinhonha/Mucuri. Its structure — action types (field training events in the
 * community, multiplier training, business-management workshops, legalization of the enterprises
 * formed, Comitês Locais de Ação Integrada) and the indicators — follows the public description
 * of PRODUZIR (Ministério da Integração with FAO). No figure is real.
 */
export const DEMO_PROGRAMME_NAME = DEMO_PROGRAMME_NAME_NOTE.text['pt-BR'];

const JANAUBA = 3135100;
const ARACUAI = 3103405;
const SALINAS = 3157005;
const TEOFILO_OTONI = 3168606;
const MONTES_CLAROS = 3143302;
/** A real polo of the Rotas de Integração registry with Montes Claros among its members. */
const DEMO_POLO = 'POLO-APICOLA-DO-NORTE-DE-MINAS';

type DemoAction = [string, ActionType, number, string, string | null, string, number, number, number, number, number, DemoNote];
const N = DEMO_ACTION_NOTES;

// code, type, municipality, start, end, partner, participants, women, youth, formed, legalized, notes
const ACTIONS: readonly DemoAction[] = [
  ['P-001', 'committee', JANAUBA, '2025-02-12', null, 'Prefeitura', 18, 9, 3, 0, 0, N.committeeSetUp],
  ['P-002', 'committee', ARACUAI, '2025-02-19', null, 'Prefeitura', 16, 10, 2, 0, 0, N.committeeSetUp],
  ['P-003', 'field-training', JANAUBA, '2025-03-10', '2025-03-14', 'Emater-MG', 35, 21, 12, 0, 0, N.fruit],
  ['P-004', 'field-training', ARACUAI, '2025-03-24', '2025-03-28', 'Emater-MG', 32, 19, 9, 0, 0, N.crafts],
  ['P-005', 'multiplier-training', MONTES_CLAROS, '2025-04-08', '2025-04-11', 'Universidade', 20, 12, 6, 0, 0, N.multipliers],
  ['P-006', 'field-training', SALINAS, '2025-05-05', '2025-05-09', 'Emater-MG', 38, 22, 14, 3, 0, N.cachaca],
  ['P-007', 'field-training', TEOFILO_OTONI, '2025-05-19', '2025-05-23', 'Sebrae', 30, 17, 8, 2, 0, N.gems],
  ['P-008', 'committee', SALINAS, '2025-06-04', null, 'Prefeitura', 14, 7, 2, 0, 0, N.committeeMeeting],
  ['P-009', 'management-workshop', JANAUBA, '2025-07-07', '2025-07-09', 'Sebrae', 24, 15, 7, 4, 0, N.workshop],
  ['P-010', 'management-workshop', ARACUAI, '2025-08-11', '2025-08-13', 'Sebrae', 22, 14, 5, 3, 0, N.workshop],
  ['P-011', 'technical-assistance', SALINAS, '2025-09-02', null, 'Cooperativa', 9, 5, 2, 0, 2, N.legalization],
  ['P-012', 'committee', TEOFILO_OTONI, '2025-09-17', null, 'Prefeitura', 15, 8, 3, 0, 0, N.committeeMeeting],
  ['P-013', 'management-workshop', SALINAS, '2025-10-06', '2025-10-08', 'Sebrae', 21, 13, 6, 2, 0, N.workshop],
  ['P-014', 'technical-assistance', JANAUBA, '2025-11-04', null, 'Cooperativa', 10, 6, 3, 0, 3, N.legalization],
  ['P-015', 'technical-assistance', ARACUAI, '2025-11-18', null, 'Cooperativa', 8, 5, 2, 0, 2, N.legalization],
  ['P-016', 'committee', JANAUBA, '2025-12-03', null, 'Prefeitura', 17, 9, 4, 0, 0, N.committeeMeeting],
];

interface DemoIndicator {
  result: number;
  code: string;
  name: string;
  unit: string;
  periodKind: PeriodKind;
  cumulative: boolean;
  baseline: number;
  disaggregation: Disaggregation[];
  targets: [string, number, number | null][];
}

const INDICATORS: readonly DemoIndicator[] = [
  {
    result: 0,
    code: 'participants',
    name: 'Participantes das ações',
    unit: 'pessoas',
    periodKind: 'quarter',
    cumulative: false,
    baseline: 0,
    disaggregation: ['sex', 'age', 'territory'],
    targets: [
      ['2025-Q1', 120, null],
      ['2025-Q2', 130, null],
      ['2025-Q3', 70, null],
      ['2025-Q4', 100, null],
    ],
  },
  {
    result: 0,
    code: 'women',
    name: 'Mulheres participantes',
    unit: 'pessoas',
    periodKind: 'quarter',
    cumulative: false,
    baseline: 0,
    disaggregation: ['territory'],
    targets: [
      ['2025-Q1', 60, null],
      ['2025-Q2', 70, null],
      ['2025-Q3', 45, null],
      ['2025-Q4', 55, null],
    ],
  },
  {
    result: 0,
    code: 'youth',
    name: 'Jovens participantes (15 a 29 anos)',
    unit: 'pessoas',
    periodKind: 'year',
    cumulative: false,
    baseline: 0,
    disaggregation: ['territory'],
    targets: [['2025', 120, null]],
  },
  {
    result: 0,
    code: 'actions',
    name: 'Ações realizadas',
    unit: 'ações',
    periodKind: 'year',
    cumulative: false,
    baseline: 0,
    disaggregation: [],
    targets: [['2025', 16, null]],
  },
  {
    result: 1,
    code: 'enterprises_formed',
    name: 'Empreendimentos coletivos formados',
    unit: 'empreendimentos',
    periodKind: 'year',
    cumulative: false,
    baseline: 0,
    disaggregation: ['territory'],
    targets: [['2025', 20, null]],
  },
  {
    result: 1,
    code: 'enterprises_legalized',
    name: 'Empreendimentos legalizados',
    unit: 'empreendimentos',
    periodKind: 'year',
    cumulative: false,
    baseline: 0,
    disaggregation: ['territory'],
    targets: [['2025', 10, null]],
  },
  {
    result: 1,
    code: 'renda_media',
    name: DEMO_INCOME_INDICATOR_NOTE.text['pt-BR'],
    unit: 'R$',
    periodKind: 'year',
    cumulative: false,
    baseline: 850,
    disaggregation: [],
    targets: [['2025', 1000, 930]],
  },
  {
    result: 2,
    code: 'municipalities',
    name: 'Municípios com comitê e ações',
    unit: 'municípios',
    periodKind: 'quarter',
    // Per quarter, as DESIGN §10 defines the built-in count (the municipalities with an action
    // starting in the period): `arranjo programme` on the demo gives what the contract says.
    cumulative: false,
    baseline: 0,
    disaggregation: [],
    targets: [
      ['2025-Q1', 2, null],
      ['2025-Q2', 3, null],
      ['2025-Q3', 4, null],
      ['2025-Q4', 4, null],
    ],
  },
];

const RESULTS: readonly [string, DemoNote][] = DEMO_RESULT_NOTES.map((note, i) => [`R${i + 1}`, note]);

/** Writes the illustrative programme (inside the caller's transaction). */
export function addDemoProgramme(conn: Connection): void {
  const repo = new ProgrammeRepository(conn);
  const actions = new ActionRepository(conn);
  const id = repo.insert({
    name: DEMO_PROGRAMME_NAME,
    description: DEMO_PROGRAMME_DESCRIPTION_NOTE.text['pt-BR'],
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    ragGreen: 0.9,
    ragAmber: 0.6,
    illustrative: true,
    source: DEMO_PROGRAMME_SOURCE,
  });
  const objective = repo.upsertObjective(id, null, 'O1', DEMO_OBJECTIVE_NOTE.text['pt-BR']);
  const results = RESULTS.map(([code, title]) => repo.upsertResult(objective, null, code, title.text['pt-BR']));
  for (const i of INDICATORS) {
    const indicatorId = repo.insertIndicator(id, {
      resultId: results[i.result] ?? null,
      code: i.code,
      name: i.name,
      unit: i.unit,
      direction: 'higher-better',
      baseline: i.baseline,
      periodKind: i.periodKind,
      cumulative: i.cumulative,
      disaggregation: i.disaggregation,
    });
    for (const [period, target, actual] of i.targets) repo.upsertTarget({ indicatorId, period, baseline: i.baseline, target, actual });
  }
  // The multipliers trained in Montes Claros serve the Rota do Mel's polo there (when the registry holds it).
  const polo = initiativeCodes(conn).get(DEMO_POLO.toLowerCase())?.code ?? null;
  for (const [code, type, municipalityCode, startDate, endDate, partner, participants, women, youth, formed, legalized, notes] of ACTIONS) {
    actions.upsertAction(id, {
      code,
      type,
      municipalityCode,
      startDate,
      endDate,
      partner,
      participants,
      women,
      youth,
      enterprisesFormed: formed,
      enterprisesLegalized: legalized,
      notes: notes.text['pt-BR'],
      siteId: null,
      initiativeCode: code === 'P-005' ? polo : null,
    });
  }
}
