import type { Connection } from '../../db/connection';
import type { CriterionSource } from '../../domain/metric-id';
import { MEASURES } from '../../domain/types';
import { ArranjoError } from '../../errors';
import { ActivityLevels, EconomyService } from '../economy';
import type { Subject } from './metric-resolver';
import { inputWords } from './input-words';
import type { InputCell } from './types';

type ActivitySource = Extract<CriterionSource, { kind: 'activity' }>;

/**
 * Any measure at any level for the subjects (a site reads its municipality): the value of one
 * sector or of all, or the sector's location quotient against each territory's own state — the
 * Economy area's numbers, rolled up from a finer CNAE level when stored there.
 */
export function readActivity(conn: Connection, subjects: readonly Subject[], source: ActivitySource): InputCell[] {
  const period = String(source.year);
  const files = new ActivityLevels(conn).sources(source.classification, source.measure, source.year).map((f) => f.file);
  const read = files.join(', ') || inputWords('noFile');
  const text = source.lq ? inputWords('lqAgainstState', { source: read }) : read;
  const values = new Map<number, { value: number | null; reason: string | null }>();
  const codes = subjects.flatMap((s) => (s.municipality ? [s.municipality] : []));
  try {
    if (source.lq) {
      const economy = new EconomyService(conn);
      for (const abbr of new Set(codes.map((m) => m.stateAbbr))) {
        const territories = codes.filter((m) => m.stateAbbr === abbr).map((m) => m.code);
        const query = {
          classification: source.classification,
          measure: source.measure,
          reference: { kind: 'state' as const, abbr },
          territories,
        };
        for (const r of economy.locationQuotients(query, source.year).rows)
          if (r.sectorCode === source.sector) values.set(r.territoryCode, { value: r.lq, reason: r.reason });
      }
    } else {
      const wanted = new Set(codes.map((m) => m.code));
      for (const r of new ActivityLevels(conn).records(source.classification, source.measure, source.year)) {
        if (!wanted.has(r.territoryCode) || (source.sector !== null && r.sectorCode !== source.sector) || r.value === null) continue;
        const held = values.get(r.territoryCode)?.value ?? 0;
        values.set(r.territoryCode, { value: held + r.value, reason: null });
      }
    }
  } catch (error) {
    if (!(error instanceof ArranjoError)) throw error;
    return subjects.map(() => ({ value: null, missingReason: error.message, source: text, period, via: null }));
  }
  return subjects.map((s): InputCell => {
    if (!s.exists) return { value: null, missingReason: inputWords('gone'), source: '', period, via: null };
    if (!s.municipality) return { value: null, missingReason: inputWords('noMunicipality'), source: '', period, via: null };
    const via = s.ref.kind === 'site' ? `${s.municipality.name} (${s.municipality.code})` : null;
    const cell = values.get(s.municipality.code);
    if (!cell || cell.value === null || !Number.isFinite(cell.value))
      return {
        value: null,
        missingReason: cell?.reason ?? inputWords('noMeasure', { measure: source.measure, period }),
        source: text,
        period,
        via,
      };
    return { value: cell.value, missingReason: null, source: text, period, via };
  });
}

/** The levels offered for picking beyond the IBGE-sector jobs (which have their own ids): the IBGE sectors and the CNAE divisions. */
const OFFERED_LEVELS = ['ibge-setor', 'cnae-division'] as const;

/**
 * Every measure at the levels its data reaches, for pickers (criteria, map): per year the total,
 * and per sector with data its value and its LQ. Jobs by IBGE sector keep their own ids (`jobs:`, `lq:`).
 */
export function activityOptions(conn: Connection): ActivitySource[] {
  const levels = new ActivityLevels(conn);
  const out: ActivitySource[] = [];
  for (const measure of MEASURES) {
    const available = levels.available(measure);
    const years = [...new Set(available.flatMap((l) => l.years))].sort((a, b) => b - a);
    for (const year of years) {
      const reachable = OFFERED_LEVELS.filter((c) => available.some((l) => l.value === c && l.years.includes(year)));
      const first = reachable[0];
      if (first && !(measure === 'jobs' && first === 'ibge-setor'))
        out.push({ kind: 'activity', lq: false, measure, classification: first, sector: null, year });
      for (const classification of reachable) {
        if (measure === 'jobs' && classification === 'ibge-setor') continue;
        let sectors: string[];
        try {
          sectors = [...new Set(levels.records(classification, measure, year).map((r) => r.sectorCode))].sort();
        } catch (error) {
          if (error instanceof ArranjoError) continue; // mixed levels: nothing to offer at this level
          throw error;
        }
        for (const sector of sectors) out.push({ kind: 'activity', lq: false, measure, classification, sector, year });
        for (const sector of sectors) out.push({ kind: 'activity', lq: true, measure, classification, sector, year });
      }
    }
  }
  return out;
}
