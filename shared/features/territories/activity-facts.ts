import type { Connection } from '../../db/connection';
import type { CriterionSource } from '../../domain/metric-id';
import { MEASURES, type Measure } from '../../domain/types';
import { ActivityLevels } from '../economy';
import type { FactRow, Trilingual } from './types';

/** The IBGE sector of manufacturing, as in facts.ts (kept here to avoid an import cycle). */
const MANUFACTURING = '2';

const NAMES: Record<Measure, { total: Trilingual; manufacturing: Trilingual; lq: Trilingual }> = {
  jobs: {
    total: { pt: 'Empregos formais', en: 'Formal jobs', es: 'Empleos formales' },
    manufacturing: { pt: 'Empregos na indústria de transformação', en: 'Manufacturing jobs', es: 'Empleos en la industria manufacturera' },
    lq: {
      pt: 'QL da indústria de transformação (empregos)',
      en: 'Manufacturing LQ (jobs)',
      es: 'CL de la industria manufacturera (empleos)',
    },
  },
  payroll: {
    total: { pt: 'Massa salarial', en: 'Payroll', es: 'Masa salarial' },
    manufacturing: {
      pt: 'Massa salarial na indústria de transformação',
      en: 'Manufacturing payroll',
      es: 'Masa salarial en la industria manufacturera',
    },
    lq: {
      pt: 'QL da indústria de transformação (massa salarial)',
      en: 'Manufacturing LQ (payroll)',
      es: 'CL de la industria manufacturera (masa salarial)',
    },
  },
  establishments: {
    total: { pt: 'Estabelecimentos', en: 'Establishments', es: 'Establecimientos' },
    manufacturing: {
      pt: 'Estabelecimentos da indústria de transformação',
      en: 'Manufacturing establishments',
      es: 'Establecimientos de la industria manufacturera',
    },
    lq: {
      pt: 'QL da indústria de transformação (estabelecimentos)',
      en: 'Manufacturing LQ (establishments)',
      es: 'CL de la industria manufacturera (establecimientos)',
    },
  },
  value_added: {
    total: { pt: 'Valor adicionado', en: 'Value added', es: 'Valor agregado' },
    manufacturing: {
      pt: 'Valor adicionado da indústria de transformação',
      en: 'Manufacturing value added',
      es: 'Valor agregado de la industria manufacturera',
    },
    lq: {
      pt: 'QL da indústria de transformação (valor adicionado)',
      en: 'Manufacturing LQ (value added)',
      es: 'CL de la industria manufacturera (valor agregado)',
    },
  },
};

const UNITS: Record<Measure, string> = { jobs: 'empregos', payroll: 'R$', establishments: 'estabelecimentos', value_added: 'R$' };

/**
 * The municipality's economic measures beyond the RAIS jobs by IBGE sector (which have their own
 * rows): value added, payroll, establishments — whatever was imported, at whatever CNAE level, read
 * as IBGE sectors through the roll-up — each at its newest year: the total, manufacturing's part
 * and manufacturing's location quotient against the state. Values come from the metric resolver,
 * as the maps' and the criteria's do; the source names the imported files.
 */
export function activityFactRows(
  conn: Connection,
  metric: (source: CriterionSource) => (number | null)[],
  subjects: number,
  jobsHaveRows: boolean,
): FactRow[] {
  const levels = new ActivityLevels(conn);
  const rows: FactRow[] = [];
  for (const measure of MEASURES) {
    if (measure === 'jobs' && jobsHaveRows) continue;
    const year = levels
      .available(measure)
      .find((l) => l.value === 'ibge-setor')
      ?.years.at(-1);
    if (year === undefined) continue;
    const files = levels.sources('ibge-setor', measure, year).map((s) => s.file);
    const source = files.length > 0 ? `${files.join(', ')} (${year})` : String(year);
    const row = (key: string, label: Trilingual, unit: string, values: (number | null)[]): FactRow => ({
      key: `context:activity:${measure}:${key}`,
      label,
      unit,
      direction: key === 'lq' ? 'neutral' : 'higher-better',
      group: 'context',
      period: String(year),
      source,
      values,
      illustrative: new Array<boolean>(subjects).fill(false),
      valueSources: new Array<string | null>(subjects).fill(null),
    });
    const at = (sector: string | null, lq: boolean) =>
      metric({ kind: 'activity', lq, measure, classification: 'ibge-setor', sector, year });
    const names = NAMES[measure];
    rows.push(row('total', names.total, UNITS[measure], at(null, false)));
    rows.push(row('manufacturing', names.manufacturing, UNITS[measure], at(MANUFACTURING, false)));
    rows.push(row('lq', names.lq, '', at(MANUFACTURING, true)));
  }
  return rows;
}
