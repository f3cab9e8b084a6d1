import type { Connection } from '../../db/connection';
import type { CriterionSource } from '../../domain/metric-id';
import { MEASURES, type Measure } from '../../domain/types';
import { ActivityLevels } from '../economy';
import { ArranjoError } from '../../errors';
import type { FactRow, ProfileSeries, Trilingual } from './types';

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

/**
 * The profile's time series of every imported measure beyond the RAIS jobs by IBGE sector (which have
 * their own): value added, payroll, establishments — and jobs when they came at a CNAE level — each
 * year the data has, read as IBGE sectors through the roll-up: the municipality's total and
 * manufacturing's part. A year whose roll-up is refused (two levels in one town) is a gap, not a stop.
 */
export function activitySeries(conn: Connection, municipality: number, jobsHaveSeries: boolean): ProfileSeries[] {
  const levels = new ActivityLevels(conn);
  const series: ProfileSeries[] = [];
  for (const measure of MEASURES) {
    if (measure === 'jobs' && jobsHaveSeries) continue;
    const years = levels.available(measure).find((l) => l.value === 'ibge-setor')?.years ?? [];
    if (years.length === 0) continue;
    const byYear = years.map((year) => ({ year, sectors: sectorValues(levels, measure, year, municipality) }));
    if (byYear.every((y) => y.sectors === null)) continue;
    const files = [...new Set(years.flatMap((y) => levels.sources('ibge-setor', measure, y).map((f) => f.file)))];
    const source = `${files.join(', ')} (${years.join(', ')})`;
    const names = NAMES[measure];
    const point = (year: number, value: number | null) => ({ period: String(year), value });
    series.push({
      key: `activity:${measure}`,
      label: names.total,
      unit: UNITS[measure],
      source,
      points: byYear.map(({ year, sectors }) => point(year, sectors ? [...sectors.values()].reduce((a, b) => a + b, 0) : null)),
    });
    series.push({
      key: `activity:${measure}:manufacturing`,
      label: names.manufacturing,
      unit: UNITS[measure],
      source,
      points: byYear.map(({ year, sectors }) => point(year, sectors ? (sectors.get(MANUFACTURING) ?? 0) : null)),
    });
  }
  return series;
}

/** One municipality's values by IBGE sector in a year; null when it has none or the roll-up is refused. */
function sectorValues(levels: ActivityLevels, measure: Measure, year: number, municipality: number): Map<string, number> | null {
  let records;
  try {
    records = levels.records('ibge-setor', measure, year);
  } catch (error) {
    if (error instanceof ArranjoError) return null;
    throw error;
  }
  const own = records.filter((r) => r.territoryCode === municipality);
  if (own.length === 0) return null;
  return new Map(own.map((r) => [r.sectorCode, r.value ?? 0]));
}
