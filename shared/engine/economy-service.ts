import { buildMatrix, referenceFromRows, rollUp, type ActivityRecord } from '../analysis/economy/activity-matrix';
import { diversity } from '../analysis/economy/diversity';
import { locationQuotients } from '../analysis/economy/location-quotient';
import { potentialSectors, relatedness } from '../analysis/economy/relatedness';
import { estebanMarquillas, growthRate, shiftShare } from '../analysis/economy/shift-share';
import { MISSING_REASON_TEXT, type ActivityMatrix, type Computed, type ReferenceTotals } from '../analysis/economy/types';
import type { Connection } from '../db/connection';
import type { DiversityRow, EconomyQuery, LqRow, PotentialSectorRow, ReferenceInfo, ShiftShareRow } from '../domain/economy';
import type { Classification, Measure } from '../domain/types';
import { ArranjoError } from '../errors';
import { ClassificationRepository } from '../repositories/classification-repository';
import { EmploymentRepository } from '../repositories/employment-repository';
import { TerritoryRepository } from '../repositories/territory-repository';
import { TerritorySetRepository } from '../repositories/territory-set-repository';

/** Finest to coarsest CNAE levels: data at a finer level rolls up to any coarser one. */
const CNAE_LEVELS: Classification[] = ['cnae-subclass', 'cnae-class', 'cnae-group', 'cnae-division', 'cnae-section'];

interface Loaded {
  matrix: ActivityMatrix;
  reference: ReferenceTotals;
  referenceInfo: ReferenceInfo;
}

/** Reads workspace data for the economic analyses and shapes their results as rows with names. */
export class EconomyService {
  private readonly employment: EmploymentRepository;
  private readonly territories: TerritoryRepository;
  private readonly classifications: ClassificationRepository;

  constructor(private readonly conn: Connection) {
    this.employment = new EmploymentRepository(conn);
    this.territories = new TerritoryRepository(conn);
    this.classifications = new ClassificationRepository(conn);
  }

  /** Records of one level, rolled up from the finest CNAE level stored when needed. */
  private records(classification: Classification, measure: Measure, year: number): ActivityRecord[] {
    const direct = this.employment.records(classification, measure, year);
    if (direct.length > 0) return direct;
    const target = CNAE_LEVELS.indexOf(classification);
    for (const finer of target > 0 ? CNAE_LEVELS.slice(0, target) : []) {
      const rows = this.employment.records(finer, measure, year);
      if (rows.length === 0) continue;
      const ancestor = this.ancestorLookup(finer, classification);
      return rollUp(rows, (code) => ancestor.get(code));
    }
    const stored = this.employment.classificationsWith(measure, year);
    throw new ArranjoError(
      'INVALID_INPUT',
      stored.length > 0
        ? `No ${measure} data at level ${classification} for ${year}, and none finer to roll up from (the data has: ${stored.join(', ')}).`
        : `No ${measure} data for ${year}. Years with ${measure}: ${this.employment.years(classification, measure).join(', ') || 'none (import data first)'}.`,
    );
  }

  private ancestorLookup(from: Classification, to: Classification): Map<string, string> {
    const path = CNAE_LEVELS.slice(CNAE_LEVELS.indexOf(from), CNAE_LEVELS.indexOf(to) + 1);
    const parents = path.slice(0, -1).map((level) => new Map(this.classifications.list(level).map((s) => [s.code, s.parentCode ?? ''])));
    const result = new Map<string, string>();
    for (const sector of this.classifications.list(from)) {
      let code: string | undefined = sector.code;
      for (const parent of parents) code = code === undefined ? undefined : parent.get(code);
      if (code) result.set(sector.code, code);
    }
    return result;
  }

  private load(
    query: EconomyQuery,
    year: number,
    records = this.records(query.classification, query.measure, year),
    sectors?: readonly string[],
  ): Loaded {
    const matrix = buildMatrix(records, sectors);
    const stateOf = (code: number): number => Math.floor(code / 100_000);
    const { reference } = query;
    let include: (code: number) => boolean;
    let label: string;
    if (reference.kind === 'state') {
      const state = this.territories.listStates().find((s) => s.abbr === reference.abbr);
      if (!state) throw new ArranjoError('INVALID_INPUT', `Unknown state "${reference.abbr}" in --reference state:${reference.abbr}.`);
      include = (code) => stateOf(code) === state.code;
      label = state.name;
    } else if (reference.kind === 'country') {
      const states = new Set(matrix.territories.map(stateOf));
      if (states.size < 27) {
        throw new ArranjoError(
          'INVALID_INPUT',
          `The country cannot be the reference: this workspace has ${query.measure} for ${states.size} of the 27 states in ${year}. Import national data, or use a state as the reference.`,
        );
      }
      include = () => true;
      label = 'Brasil';
    } else {
      const set = new TerritorySetRepository(this.conn).byName(reference.name);
      if (!set) {
        const known = new TerritorySetRepository(this.conn).list().map((s) => s.name);
        throw new ArranjoError(
          'INVALID_INPUT',
          `No territory set named "${reference.name}" in this workspace${known.length > 0 ? ` (sets: ${known.join(', ')})` : ''}.`,
        );
      }
      const members = new Set(set.members);
      include = (code) => members.has(code);
      label = set.name;
    }
    const ref = referenceFromRows(matrix, include);
    if (ref.total <= 0)
      throw new ArranjoError('INVALID_INPUT', `The reference region (${label}) has no ${query.measure} data for ${year}.`);
    return { matrix, reference: ref, referenceInfo: { label, territories: matrix.territories.filter(include).length, total: ref.total } };
  }

  private names(classification: Classification): { territory: Map<number, string>; sector: Map<string, string> } {
    return {
      territory: this.territories.municipalityNames(),
      sector: new Map(this.classifications.list(classification).map((s) => [s.code, s.name])),
    };
  }

  private selected(query: EconomyQuery, m: ActivityMatrix): (t: number) => boolean {
    const wanted = query.territories ? new Set(query.territories) : null;
    return (t) => !wanted || wanted.has(m.territories[t] ?? -1);
  }

  locationQuotients(query: EconomyQuery, year: number): { rows: LqRow[]; reference: ReferenceInfo } {
    const { matrix: m, reference, referenceInfo } = this.load(query, year);
    const lq = locationQuotients(m, reference);
    const names = this.names(query.classification);
    const keep = this.selected(query, m);
    const rows: LqRow[] = [];
    m.territories.forEach((code, t) => {
      if (!keep(t)) return;
      m.sectors.forEach((sector, s) => {
        const c = lq[t * m.sectors.length + s] as Computed;
        rows.push({
          territoryCode: code,
          territoryName: names.territory.get(code) ?? String(code),
          sectorCode: sector,
          sectorName: names.sector.get(sector) ?? sector,
          year,
          value: m.values[t * m.sectors.length + s] ?? 0,
          lq: c.value,
          reason: c.reason ? MISSING_REASON_TEXT[c.reason] : null,
          reasonCode: c.reason ?? null,
        });
      });
    });
    return { rows, reference: referenceInfo };
  }

  /** E_i: the reference region's total of one sector. */
  referenceSectorTotal(query: EconomyQuery, year: number, sectorCode: string): number {
    const { matrix, reference } = this.load(query, year);
    return reference.bySector[matrix.sectors.indexOf(sectorCode)] ?? 0;
  }

  shiftShare(query: EconomyQuery, from: number, to: number): { rows: ShiftShareRow[]; reference: ReferenceInfo } {
    if (from >= to) throw new ArranjoError('INVALID_INPUT', `--from (${from}) must be earlier than --to (${to}).`);
    const recordsFrom = this.records(query.classification, query.measure, from);
    const recordsTo = this.records(query.classification, query.measure, to);
    // Both years on the same sector columns: a sector present in only one year counts 0 in the other.
    const sectors = [...new Set([...recordsFrom, ...recordsTo].map((r) => r.sectorCode))].sort();
    const a = this.load(query, from, recordsFrom, sectors);
    const b = this.load(query, to, recordsTo, sectors);
    const [m0, m1] = align(a.matrix, b.matrix);
    const cells = shiftShare(m0, m1, a.reference, b.reference);
    const em = estebanMarquillas(m0, m1, a.reference, b.reference);
    const names = this.names(query.classification);
    const keep = this.selected(query, m0);
    const rows: ShiftShareRow[] = [];
    m0.territories.forEach((code, t) => {
      if (!keep(t)) return;
      sectors.forEach((sector, s) => {
        const i = t * sectors.length + s;
        const c = cells[i];
        const e = em[i];
        if (!c || !e) return;
        const reason = c.regionalShift.reason ?? c.industryMix.reason ?? e.competitive.reason;
        rows.push({
          territoryCode: code,
          territoryName: names.territory.get(code) ?? String(code),
          sectorCode: sector,
          sectorName: names.sector.get(sector) ?? sector,
          jobsFrom: c.jobsFrom,
          jobsTo: c.jobsTo,
          referenceShare: c.referenceShare.value,
          industryMix: c.industryMix.value,
          regionalShift: c.regionalShift.value,
          totalChange: c.totalChange,
          growth: growthRate(c.jobsFrom, c.jobsTo).value,
          competitive: e.competitive.value,
          allocation: e.allocation.value,
          reason: reason ? MISSING_REASON_TEXT[reason] : null,
        });
      });
    });
    return { rows, reference: a.referenceInfo };
  }

  diversity(query: EconomyQuery, year: number): { rows: DiversityRow[]; reference: ReferenceInfo } {
    const { matrix: m, reference, referenceInfo } = this.load(query, year);
    const names = this.names(query.classification);
    const keep = this.selected(query, m);
    const rows = diversity(m, reference)
      .filter((_, t) => keep(t))
      .map((r) => ({
        territoryCode: r.territoryCode,
        territoryName: names.territory.get(r.territoryCode) ?? String(r.territoryCode),
        year,
        hhi: r.hhi.value,
        shannon: r.shannon.value,
        krugman: r.krugman.value,
        reason: r.hhi.reason ? MISSING_REASON_TEXT[r.hhi.reason] : null,
      }));
    return { rows, reference: referenceInfo };
  }

  potentialSectors(query: EconomyQuery, year: number, territoryCode: number, limit = 10): PotentialSectorRow[] {
    const { matrix: m, reference } = this.load(query, year);
    if (!m.territories.includes(territoryCode)) {
      throw new ArranjoError('INVALID_INPUT', `Territory ${territoryCode} has no ${query.measure} data for ${year}.`);
    }
    const r = relatedness(m, locationQuotients(m, reference));
    const sectorNames = this.names(query.classification).sector;
    return potentialSectors(r, territoryCode, limit).map((p) => ({
      sectorCode: p.sectorCode,
      sectorName: sectorNames.get(p.sectorCode) ?? p.sectorCode,
      density: p.density,
      related: p.relatedSpecializations.map((q) => ({ ...q, sectorName: sectorNames.get(q.sectorCode) ?? q.sectorCode })),
    }));
  }
}

/** Puts two years on the same territory rows (a territory missing in one year has zeros there). */
function align(a: ActivityMatrix, b: ActivityMatrix): [ActivityMatrix, ActivityMatrix] {
  const territories = [...new Set([...a.territories, ...b.territories])].sort((x, y) => x - y);
  const spread = (m: ActivityMatrix): ActivityMatrix => {
    const n = m.sectors.length;
    const index = new Map(m.territories.map((t, i) => [t, i]));
    const values = new Float64Array(territories.length * n);
    territories.forEach((code, t) => {
      const from = index.get(code);
      if (from !== undefined) values.set(m.values.subarray(from * n, from * n + n), t * n);
    });
    return { territories, sectors: m.sectors, values };
  };
  return [spread(a), spread(b)];
}
