import type { Connection } from '../../db/connection';
import { addDays, monthEnd } from '../../analysis/works/earned-value';
import { SiteRepository } from '../../repositories/site-repository';
import { BaselineRepository } from './baseline-repository';
import { WorkRecordRepository } from './record-repository';
import { CATEGORY_NEEDS, type BaselineItem, type FundingSource, type WorkCategory, type WorkStatus } from './types';
import { WorkRepository, type WorkFields } from './work-repository';
import { DEMO_WORK_TEXTS as T, DEMO_WORKS_SOURCE, demoBaselineName, demoContractNumber, demoDocumentReference } from './demo-text';

/**
 * The demo's works portfolio: ILLUSTRATIVE works in Codemig's priority districts (and the Contagem
 * pilot). Only the frame is public — the districts (Codemig's announcement of 29/03/2016) and the
 * kind of works, the "infrastructure and logistics" axis of its revitalization programme. No public
 * source lists Codemig's contracts: titles, amounts, dates, contractors and measurements are made up.
 * Dates follow the day the demo is built (month offsets from it), so the demo always shows works on
 * schedule, one late, one paralysed, completed ones and ones not started yet.
 */
interface DemoWork {
  code: string;
  municipality: number;
  title: string;
  category: WorkCategory;
  funding: FundingSource;
  budget: number;
  /** Planned start, in months from the month the demo is built (negative = past). */
  start: number;
  months: number;
  /** Actual progress as a share of the linear plan (1 = on plan). */
  pace: number;
  /** Disbursed per R$ of earned value (above 1 = over cost). */
  cost: number;
  /** Months after the start when the work stopped (paralysed works only). */
  stopAfter?: number;
}

const BETIM = 3106705;
const CONTAGEM = 3118601;
const MONTES_CLAROS = 3143302;
const UBERLANDIA = 3170206;
const JUIZ_DE_FORA = 3136702;
const GOVERNADOR_VALADARES = 3127701;
const SETE_LAGOAS = 3167202;
const BELO_HORIZONTE = 3106200;
const DIVINOPOLIS = 3122306;

const WORKS: readonly DemoWork[] = [
  {
    code: 'OBR-DEMO-01',
    municipality: BETIM,
    title: 'Pavimentação das vias internas',
    category: 'paving',
    funding: 'own-budget',
    budget: 4_200_000,
    start: -15,
    months: 10,
    pace: 1.05,
    cost: 0.98,
  },
  {
    code: 'OBR-DEMO-02',
    municipality: BETIM,
    title: 'Drenagem pluvial e bocas de lobo',
    category: 'drainage',
    funding: 'own-budget',
    budget: 2_650_000,
    start: -6,
    months: 12,
    pace: 1,
    cost: 1,
  },
  {
    code: 'OBR-DEMO-03',
    municipality: CONTAGEM,
    title: 'Iluminação pública em LED',
    category: 'lighting',
    funding: 'convenio',
    budget: 1_380_000,
    start: -8,
    months: 10,
    pace: 0.7,
    cost: 1.06,
  },
  {
    code: 'OBR-DEMO-04',
    municipality: CONTAGEM,
    title: 'Rede coletora de esgoto e ligação à ETE',
    category: 'sewage',
    funding: 'loan',
    budget: 6_900_000,
    start: -11,
    months: 18,
    pace: 0.95,
    cost: 1.02,
    stopAfter: 6,
  },
  {
    code: 'OBR-DEMO-05',
    municipality: MONTES_CLAROS,
    title: 'Adutora e reservatório de água',
    category: 'water',
    funding: 'convenio',
    budget: 3_750_000,
    start: -5,
    months: 14,
    pace: 1,
    cost: 0.99,
  },
  {
    code: 'OBR-DEMO-06',
    municipality: MONTES_CLAROS,
    title: 'Acesso rodoviário ao distrito',
    category: 'access-road',
    funding: 'loan',
    budget: 5_100_000,
    start: 2,
    months: 9,
    pace: 1,
    cost: 1,
  },
  {
    code: 'OBR-DEMO-07',
    municipality: UBERLANDIA,
    title: 'Subestação e rede de média tensão',
    category: 'power',
    funding: 'own-budget',
    budget: 4_800_000,
    start: -9,
    months: 15,
    pace: 0.98,
    cost: 1.01,
  },
  {
    code: 'OBR-DEMO-08',
    municipality: UBERLANDIA,
    title: 'Portaria, cercamento e videomonitoramento',
    category: 'security',
    funding: 'own-budget',
    budget: 980_000,
    start: -3,
    months: 6,
    pace: 1.04,
    cost: 1,
  },
  {
    code: 'OBR-DEMO-09',
    municipality: JUIZ_DE_FORA,
    title: 'Recapeamento das vias e calçadas',
    category: 'paving',
    funding: 'convenio',
    budget: 2_300_000,
    start: -7,
    months: 9,
    pace: 1,
    cost: 1,
  },
  {
    code: 'OBR-DEMO-10',
    municipality: JUIZ_DE_FORA,
    title: 'Sinalização viária e placas de identificação',
    category: 'signage',
    funding: 'own-budget',
    budget: 420_000,
    start: -2,
    months: 4,
    pace: 1,
    cost: 1,
  },
  {
    code: 'OBR-DEMO-11',
    municipality: GOVERNADOR_VALADARES,
    title: 'Drenagem e contenção de encostas',
    category: 'drainage',
    funding: 'loan',
    budget: 3_300_000,
    start: -4,
    months: 16,
    pace: 1,
    cost: 1,
  },
  {
    code: 'OBR-DEMO-12',
    municipality: SETE_LAGOAS,
    title: 'Iluminação pública e rede de baixa tensão',
    category: 'lighting',
    funding: 'own-budget',
    budget: 1_150_000,
    start: -17,
    months: 8,
    pace: 1,
    cost: 1.03,
  },
  {
    code: 'OBR-DEMO-13',
    municipality: DIVINOPOLIS,
    title: 'Rede de fibra óptica do distrito',
    category: 'telecom',
    funding: 'other',
    budget: 760_000,
    start: -1,
    months: 6,
    pace: 1,
    cost: 1,
  },
  {
    code: 'OBR-DEMO-14',
    municipality: BELO_HORIZONTE,
    title: 'Pavimentação e drenagem da via de acesso',
    category: 'access-road',
    funding: 'own-budget',
    budget: 3_900_000,
    start: 4,
    months: 12,
    pace: 1,
    cost: 1,
  },
];

/** The late work's baseline plan: it was re-planned (two more months, 8 % more) after the baseline. */
const REPLANNED = { code: 'OBR-DEMO-03', months: -2, budget: 1 / 1.08 };

const month = (base: string, offset: number): string => {
  const [y, m] = base.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
};
const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

interface Planned {
  fields: WorkFields;
  measurements: { date: string; physicalProgress: number; committed: number; disbursed: number }[];
}

/** A demo work laid out from the month the demo is built: its plan, status and monthly measurements. */
function layout(w: DemoWork, siteId: number, day: string, n: number): Planned {
  const current = day.slice(0, 7);
  const startMonth = month(current, w.start);
  const plannedStart = `${startMonth}-0${1 + (n % 5)}`;
  const plannedEnd = monthEnd(month(current, w.start + w.months - 1));
  const measurements: Planned['measurements'] = [];
  let progress = 0;
  for (let k = 1; w.start + k - 1 < 0 && progress < 100; k++) {
    if (w.stopAfter !== undefined && k > w.stopAfter) break;
    progress = Math.min(100, round(((100 * k) / w.months) * w.pace, 1));
    const committed = round(Math.min(w.budget, w.budget * (progress / 100 + 0.15)), 2);
    measurements.push({
      date: monthEnd(month(current, w.start + k - 1)),
      physicalProgress: progress,
      committed,
      disbursed: Math.min(committed, round((w.budget * progress * w.cost) / 100, 2)),
    });
  }
  const last = measurements.at(-1);
  const status: WorkStatus =
    w.stopAfter !== undefined
      ? 'paralysed'
      : progress >= 100
        ? 'completed'
        : w.start < 0
          ? 'in-progress'
          : w.start <= 2
            ? 'tendering'
            : 'planned';
  const paralysisDate = w.stopAfter !== undefined && last ? addDays(last.date, 12) : null;
  return {
    measurements,
    fields: {
      siteId,
      code: w.code,
      title: w.title,
      category: w.category,
      fundingSource: w.funding,
      agency: 'Codemig',
      contractor: w.start < 0 ? `Construtora Exemplo ${String.fromCharCode(65 + (n % 6))} Ltda. (fictícia)` : null,
      contractNumber: w.start < 0 ? demoContractNumber(n + 1) : null,
      contractValue: w.start < 0 ? w.budget : null,
      budgetPlanned: w.budget,
      plannedStart,
      plannedEnd,
      actualStart: w.start < 0 ? addDays(plannedStart, 7) : null,
      actualEnd: status === 'completed' && last ? last.date : null,
      status,
      paralysisReason: paralysisDate ? T.paralysisReason.text['pt-BR'] : null,
      paralysisDate,
      restartDate: null,
      notes: T.workNote.text['pt-BR'],
      source: DEMO_WORKS_SOURCE,
      illustrative: true,
    },
  };
}

/** Writes the illustrative works portfolio and one frozen baseline, in one transaction. */
export function addDemoWorks(conn: Connection, _now: string, day: string): void {
  const districts = new Map(
    new SiteRepository(conn)
      .list()
      .filter((s) => s.kind === 'industrial-district' && s.municipalityCode !== null)
      .map((s) => [s.municipalityCode, s.id]),
  );
  const works = new WorkRepository(conn);
  const records = new WorkRecordRepository(conn);
  const baseline: BaselineItem[] = [];
  conn.transaction(() => {
    WORKS.forEach((w, n) => {
      const siteId = districts.get(w.municipality);
      if (siteId === undefined) return;
      const { fields, measurements } = layout(w, siteId, day, n);
      const id = works.insert(fields);
      const need = CATEGORY_NEEDS[w.category];
      works.setNeeds(id, need ? [need] : []);
      for (const m of measurements) works.upsertMeasurement({ workId: id, correction: false, ...m });
      addRecords(records, id, fields, w);
      const replanned = w.code === REPLANNED.code;
      if (w.start < -6)
        baseline.push({
          workCode: w.code,
          title: w.title,
          budgetPlanned: replanned ? round(w.budget * REPLANNED.budget, 2) : w.budget,
          plannedStart: fields.plannedStart,
          plannedEnd: replanned ? monthEnd(month(day.slice(0, 7), w.start + w.months - 1 + REPLANNED.months)) : fields.plannedEnd,
          schedule: [],
        });
    });
    const frozen = month(day.slice(0, 7), -6);
    new BaselineRepository(conn).create(demoBaselineName(frozen).text['pt-BR'], `${frozen}-01T12:00:00.000Z`, baseline);
  });
}

/** A milestone for every work, the paralysed one's risk, the documents of started works. */
function addRecords(records: WorkRecordRepository, workId: number, f: WorkFields, w: DemoWork): void {
  records.insertMilestone({ workId, name: T.serviceOrder.text['pt-BR'], plannedDate: f.plannedStart, actualDate: f.actualStart });
  records.insertMilestone({ workId, name: T.provisionalAcceptance.text['pt-BR'], plannedDate: f.plannedEnd, actualDate: f.actualEnd });
  if (f.actualStart)
    records.insertDocument({
      workId,
      title: T.contract.text['pt-BR'],
      reference: demoDocumentReference(f.contractNumber ?? '').text['pt-BR'],
      dated: addDays(f.plannedStart, -10),
    });
  if (f.status === 'paralysed')
    records.insertRisk({
      workId,
      description: T.retenderDelay.text['pt-BR'],
      probability: 'high',
      impact: 'high',
      mitigation: T.retenderRemainder.text['pt-BR'],
      status: 'open',
    });
  if (w.pace < 0.9)
    records.insertRisk({
      workId,
      description: T.fittingsShortage.text['pt-BR'],
      probability: 'medium',
      impact: 'medium',
      mitigation: T.timeExtension.text['pt-BR'],
      status: 'open',
    });
}
