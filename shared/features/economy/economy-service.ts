import { matrixFromColumns, referenceFromRows, type ActivityColumns } from '../../analysis/economy/activity-matrix';
import { diversity } from '../../analysis/economy/diversity';
import { locationQuotients, locationQuotientValues, lqMissingReason } from '../../analysis/economy/location-quotient';
import { placeOnSpace, rankPotential, relatedness, specializationMatrix } from '../../analysis/economy/relatedness';
import { estebanMarquillas, growthRate, shiftShare, shiftShareValues } from '../../analysis/economy/shift-share';
import { MISSING_REASON_TEXT, type ActivityMatrix, type Computed, type ReferenceTotals } from '../../analysis/economy/types';
import type { Connection } from '../../db/connection';
import type {
  DiversityRow,
  EconomyQuery,
  EconomySubject,
  LqColumns,
  LqRow,
  MemberPart,
  PotentialSectorRow,
  ReferenceInfo,
  ShiftShareColumns,
  ShiftShareRow,
  SubjectInfo,
  TerritoryKind,
} from './types';
import { COUNTRY_REFERENCE } from './types';
import { UNCLASSIFIED_SECTOR } from '../../domain/cnae-levels';
import type { Classification, Measure } from '../../domain/types';
import { ClassificationRepository } from '../../repositories/classification-repository';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { TerritorySetRepository } from '../../repositories/territory-set-repository';
import { ActivityLevels } from './activity-levels';
import { economyRefusal } from './economy-refusals';
import { noDataError, resolveSubject, rowKind, subjectRow, type ResolvedSubject } from './economy-subject';

interface Loaded {
  matrix: ActivityMatrix;
  reference: ReferenceTotals;
  referenceInfo: ReferenceInfo;
}

interface Names {
  territory: ReadonlyMap<number, string>;
  sector: Map<string, string>;
}

/**
 * The rows an analysis reports: the municipalities (all, or the `territories` asked), or the subject
 * alone as one row — a custom territory's members summed, so every analysis treats it like a
 * municipality while the reference stays the region's own totals.
 */
interface Scope {
  matrix: ActivityMatrix;
  keep: (t: number) => boolean;
  name: (code: number) => string;
  kind: { territoryKind?: TerritoryKind };
  subject?: SubjectInfo;
}

export interface LqInputs {
  row: LqRow | undefined;
  /** E_j */
  territoryTotal: number;
  /** E_i */
  sectorReference: number;
  reference: ReferenceInfo;
  subject: SubjectInfo;
  /** The members' parts of a custom territory; null for a municipality. */
  members: MemberPart[] | null;
}

/** Reads workspace data for the economic analyses and shapes their results as rows with names. */
export class EconomyService {
  private readonly levels: ActivityLevels;
  private readonly territories: TerritoryRepository;
  private readonly classifications: ClassificationRepository;

  constructor(private readonly conn: Connection) {
    this.levels = new ActivityLevels(conn);
    this.territories = new TerritoryRepository(conn);
    this.classifications = new ClassificationRepository(conn);
  }

  /** Values of one level (as columns): stored there or rolled up from finer CNAE levels (see ActivityLevels). */
  private columns(classification: Classification, measure: Measure, year: number): ActivityColumns {
    return this.levels.columns(classification, measure, year);
  }

  private load(
    query: EconomyQuery,
    year: number,
    columns = this.columns(query.classification, query.measure, year),
    sectors?: readonly string[],
  ): Loaded {
    const matrix = matrixFromColumns(columns, sectors);
    const stateOf = (code: number): number => Math.floor(code / 100_000);
    const { reference } = query;
    let include: (code: number) => boolean;
    let label: string;
    if (reference.kind === 'state') {
      const state = this.territories.listStates().find((s) => s.abbr === reference.abbr);
      if (!state) {
        throw economyRefusal(
          'unknown-state',
          { abbr: reference.abbr },
          `Unknown state "${reference.abbr}" in --reference state:${reference.abbr}.`,
        );
      }
      include = (code) => stateOf(code) === state.code;
      label = state.name;
    } else if (reference.kind === 'country') {
      const states = new Set(matrix.territories.map(stateOf));
      if (states.size < 27) {
        throw economyRefusal(
          'country-reference-incomplete',
          { measure: query.measure, states: states.size, year },
          `The country cannot be the reference: this workspace has ${query.measure} for ${states.size} of the 27 states in ${year}. Import national data, or use a state as the reference.`,
        );
      }
      include = () => true;
      label = COUNTRY_REFERENCE;
    } else {
      const set = new TerritorySetRepository(this.conn).byName(reference.name);
      if (!set) {
        const known = new TerritorySetRepository(this.conn).list().map((s) => s.name);
        throw economyRefusal(
          'reference-set-missing',
          { name: reference.name, sets: known.length },
          `No territory set named "${reference.name}" in this workspace${known.length > 0 ? ` (sets: ${known.join(', ')})` : ''}.`,
        );
      }
      const members = new Set(set.members);
      include = (code) => members.has(code);
      label = set.name;
    }
    const ref = referenceFromRows(matrix, include);
    if (ref.total <= 0) {
      throw economyRefusal(
        'reference-empty',
        { reference: label, measure: query.measure, year },
        `The reference region (${label}) has no ${query.measure} data for ${year}.`,
      );
    }
    return { matrix, reference: ref, referenceInfo: { label, territories: matrix.territories.filter(include).length, total: ref.total } };
  }

  private names(classification: Classification): Names {
    return {
      territory: this.territories.municipalityNames(),
      sector: new Map(this.classifications.list(classification).map((s) => [s.code, s.name])),
    };
  }

  private selected(query: EconomyQuery, m: ActivityMatrix): (t: number) => boolean {
    const wanted = query.territories ? new Set(query.territories) : null;
    return (t) => !wanted || wanted.has(m.territories[t] ?? -1);
  }

  private scope(query: EconomyQuery, m: ActivityMatrix, names: Names, subject = this.subject(query, names)): Scope {
    if (!subject) {
      return { matrix: m, keep: this.selected(query, m), name: (code) => names.territory.get(code) ?? String(code), kind: {} };
    }
    return subjectScope(m, names, subject);
  }

  private subject(query: { subject?: EconomySubject }, names: Names): ResolvedSubject | null {
    return query.subject ? resolveSubject(this.conn, query.subject, names.territory) : null;
  }

  locationQuotients(query: EconomyQuery, year: number): { rows: LqRow[]; reference: ReferenceInfo; subject?: SubjectInfo } {
    const { matrix, reference, referenceInfo } = this.load(query, year);
    const names = this.names(query.classification);
    const scope = this.scope(query, matrix, names);
    return { rows: lqRows(scope, reference, names, year), reference: referenceInfo, ...(scope.subject ? { subject: scope.subject } : {}) };
  }

  /** The location quotients of `locationQuotients` as columns (the CLI's national tables). */
  locationQuotientColumns(query: EconomyQuery, year: number): LqColumns {
    const { matrix, reference } = this.load(query, year);
    const names = this.names(query.classification);
    const scope = this.scope(query, matrix, names);
    return { ...columnsOf(scope, names), year, values: scope.matrix.values, lq: locationQuotientValues(scope.matrix, reference).lq };
  }

  /** Everything "why this value" shows for one LQ of a subject, from one read of the data. */
  lqInputs(query: EconomyQuery, year: number, subjectSpec: EconomySubject, sectorCode: string): LqInputs {
    const { matrix: m, reference, referenceInfo } = this.load(query, year);
    const names = this.names(query.classification);
    const subject = resolveSubject(this.conn, subjectSpec, names.territory);
    const scope = subjectScope(m, names, subject);
    const rows = lqRows(scope, reference, names, year);
    const info = scope.subject;
    const s = m.sectors.indexOf(sectorCode);
    const n = m.sectors.length;
    const index = new Map(m.territories.map((code, t) => [code, t]));
    const members =
      subject.kind === 'territory-set'
        ? info.members.map((member): MemberPart => {
            const t = index.get(member.code);
            let total = 0;
            if (t !== undefined) for (let k = 0; k < n; k++) total += m.values[t * n + k] ?? 0;
            const sectorValue = t !== undefined && s >= 0 ? (m.values[t * n + s] ?? 0) : 0;
            return { ...member, sectorValue, total };
          })
        : null;
    return {
      row: rows.find((r) => r.sectorCode === sectorCode),
      territoryTotal: rows.reduce((a, r) => a + r.value, 0),
      sectorReference: s >= 0 ? (reference.bySector[s] ?? 0) : 0,
      reference: referenceInfo,
      subject: info,
      members,
    };
  }

  /** The shift-share of `shiftShare` as columns (the CLI's national tables). */
  shiftShareColumns(query: EconomyQuery, from: number, to: number): ShiftShareColumns {
    const { m0, m1, a, b, names, scope0, keep } = this.shiftShareInputs(query, from, to);
    const v = shiftShareValues(m0, m1, a.reference, b.reference);
    return { ...columnsOf(scope0, names), keep, from: m0.values, to: m1.values, ...v };
  }

  /** Both years on the same territories and sectors, with the reference totals of each. */
  private shiftShareInputs(query: EconomyQuery, from: number, to: number) {
    if (from >= to) throw economyRefusal('period-order', { from, to }, `--from (${from}) must be earlier than --to (${to}).`);
    const columnsFrom = this.columns(query.classification, query.measure, from);
    const columnsTo = this.columns(query.classification, query.measure, to);
    // Both years on the same sector columns: a sector present in only one year counts 0 in the other.
    const sectors = [...new Set([...columnsFrom.codes, ...columnsTo.codes])].sort();
    const a = this.load(query, from, columnsFrom, sectors);
    const b = this.load(query, to, columnsTo, sectors);
    const [full0, full1] = align(a.matrix, b.matrix);
    const names = this.names(query.classification);
    const subject = this.subject(query, names);
    const scope0 = this.scope(query, full0, names, subject);
    const scope1 = this.scope(query, full1, names, subject);
    // A subject counts when it has data in either year; the other year is then zeros.
    const keep = (t: number) => scope0.keep(t) || scope1.keep(t);
    return { m0: scope0.matrix, m1: scope1.matrix, a, b, names, sectors, scope0, scope1, keep };
  }

  shiftShare(query: EconomyQuery, from: number, to: number): { rows: ShiftShareRow[]; reference: ReferenceInfo; subject?: SubjectInfo } {
    const { m0, m1, a, b, names, sectors, scope0, scope1, keep } = this.shiftShareInputs(query, from, to);
    const cells = shiftShare(m0, m1, a.reference, b.reference);
    const em = estebanMarquillas(m0, m1, a.reference, b.reference);
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
          ...scope0.kind,
          territoryName: scope0.name(code),
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
    return { rows, reference: a.referenceInfo, ...(scope1.subject ? { subject: scope1.subject } : {}) };
  }

  diversity(query: EconomyQuery, year: number): { rows: DiversityRow[]; reference: ReferenceInfo; subject?: SubjectInfo } {
    const { matrix, reference, referenceInfo } = this.load(query, year);
    const names = this.names(query.classification);
    const scope = this.scope(query, matrix, names);
    const rows = diversity(scope.matrix, reference)
      .filter((_, t) => scope.keep(t))
      .map((r): DiversityRow => ({
        territoryCode: r.territoryCode,
        ...scope.kind,
        territoryName: scope.name(r.territoryCode),
        year,
        hhi: r.hhi.value,
        shannon: r.shannon.value,
        krugman: r.krugman.value,
        reason: r.hhi.reason ? MISSING_REASON_TEXT[r.hhi.reason] : null,
      }));
    return { rows, reference: referenceInfo, ...(scope.subject ? { subject: scope.subject } : {}) };
  }

  /**
   * Sectors the subject could grow into. The product space (proximity φ) is estimated from the
   * municipalities; the subject — a municipality, or a custom territory's summed members — is placed
   * on it by its own specializations (its LQ ≥ 1 against the reference), so a custom territory does
   * not change the space it is measured on.
   */
  potentialSectors(query: EconomyQuery, year: number, subjectSpec: EconomySubject, limit = 10): PotentialSectorRow[] {
    const { matrix: m, reference } = this.load(query, year);
    const names = this.names(query.classification);
    const subject = resolveSubject(this.conn, subjectSpec, names.territory);
    const own = subjectRow(m, subject, names.territory);
    if (!own.hasData) throw noDataError(subject, query.measure, year);
    // "Não classificado" is no activity: it takes no part in the product space (cnae-levels.ts).
    const space = relatedness(m, withoutUnclassified(m, locationQuotients(m, reference)));
    const ownLq = locationQuotients(own.matrix, reference);
    const specialized = specializationMatrix(withoutUnclassified(own.matrix, ownLq));
    const ranked = rankPotential(space, specialized, placeOnSpace(space, specialized), limit);
    return ranked.map((p) => ({
      sectorCode: p.sectorCode,
      sectorName: names.sector.get(p.sectorCode) ?? p.sectorCode,
      density: p.density,
      lq: ownLq[m.sectors.indexOf(p.sectorCode)]?.value ?? null,
      related: p.relatedSpecializations.map((q) => ({ ...q, sectorName: names.sector.get(q.sectorCode) ?? q.sectorCode })),
    }));
  }
}

/** The location quotients with "não classificado" left out (never a specialization), for relatedness. */
function withoutUnclassified(m: ActivityMatrix, lq: readonly Computed[]): Computed[] {
  const column = m.sectors.indexOf(UNCLASSIFIED_SECTOR);
  if (column < 0) return [...lq];
  const P = m.sectors.length;
  return lq.map((c, i) => (i % P === column ? { value: 0 } : c));
}

function subjectScope(m: ActivityMatrix, names: Names, subject: ResolvedSubject): Scope & { subject: SubjectInfo } {
  const { matrix, info, hasData } = subjectRow(m, subject, names.territory);
  return { matrix, keep: () => hasData, name: () => subject.name, kind: rowKind(subject), subject: info };
}

function columnsOf(scope: Scope, names: Names): Omit<LqColumns, 'year' | 'values' | 'lq'> {
  return {
    territories: scope.matrix.territories,
    sectors: scope.matrix.sectors,
    keep: scope.keep,
    territoryName: scope.name,
    sectorName: (code) => names.sector.get(code) ?? code,
  };
}

function lqRows(scope: Scope, reference: ReferenceTotals, names: Names, year: number): LqRow[] {
  const m = scope.matrix;
  const n = m.sectors.length;
  const { lq, rowTotals } = locationQuotientValues(m, reference);
  const rows: LqRow[] = [];
  m.territories.forEach((code, t) => {
    if (!scope.keep(t)) return;
    m.sectors.forEach((sector, s) => {
      const reason = lqMissingReason(rowTotals[t] ?? 0, reference.bySector[s] ?? 0, reference.total);
      rows.push({
        territoryCode: code,
        ...scope.kind,
        territoryName: scope.name(code),
        sectorCode: sector,
        sectorName: names.sector.get(sector) ?? sector,
        year,
        value: m.values[t * n + s] ?? 0,
        lq: reason ? null : (lq[t * n + s] ?? 0),
        reason: reason ? MISSING_REASON_TEXT[reason] : null,
        reasonCode: reason,
      });
    });
  });
  return rows;
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
