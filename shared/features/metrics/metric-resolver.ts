import type { Connection } from '../../db/connection';
import {
  criterionPeriod,
  criterionSourceLabel,
  criterionUnit,
  formatCriterionSource,
  parseCriterionSource,
  type CriterionSource,
} from '../../domain/metric-id';
import type { AlternativeRef, CriterionSourceOption, InputCell } from './types';
import { ArranjoError } from '../../errors';
import { MetricValueRepository, type MunicipalityPlace } from './metric-value-repository';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { IndicatorRepository } from '../../repositories/indicator-repository';
import { IndicatorValueRepository } from '../../repositories/indicator-value-repository';
import { SiteRepository } from '../../repositories/site-repository';
import { refuseField } from '../../rpc/validate';
import { EconomyService } from '../economy';
import { activityOptions, readActivity } from './activity-metric';
import { NEED_BELOW_SCORE, NeedsRepository } from '../works';
import { inputWords } from './input-words';

/** A subject's key in maps and runs: `site:<id>` or `municipality:<code>`. */
export function alternativeKey(ref: AlternativeRef): string {
  return `${ref.kind}:${ref.code}`;
}

/** An alternative with its name and place: a site reads its values from its municipality. */
export interface Subject {
  key: string;
  ref: AlternativeRef;
  label: string;
  exists: boolean;
  municipality: MunicipalityPlace | null;
  lat: number | null;
  lon: number | null;
}

export function describeSubjects(conn: Connection, refs: readonly AlternativeRef[]): Subject[] {
  const sites = new Map(new SiteRepository(conn).list().map((s) => [String(s.id), s]));
  const codes = new Set<number>();
  for (const r of refs) {
    const code = r.kind === 'site' ? sites.get(r.code)?.municipalityCode : Number(r.code);
    if (code !== null && code !== undefined && Number.isInteger(code)) codes.add(code);
  }
  const places = new Map(new MetricValueRepository(conn).municipalities([...codes]).map((m) => [m.code, m]));
  return refs.map((ref) => {
    const key = alternativeKey(ref);
    if (ref.kind === 'site') {
      const site = sites.get(ref.code);
      const municipality = site?.municipalityCode != null ? (places.get(site.municipalityCode) ?? null) : null;
      return { key, ref, label: site?.name ?? key, exists: !!site, municipality, lat: site?.lat ?? null, lon: site?.lon ?? null };
    }
    const municipality = places.get(Number(ref.code)) ?? null;
    return {
      key,
      ref,
      label: municipality ? `${municipality.name} (${municipality.stateAbbr})` : key,
      exists: !!municipality,
      municipality,
      lat: municipality?.lat ?? null,
      lon: municipality?.lon ?? null,
    };
  });
}

/**
 * Checks that an alternative exists in the workspace (a site id or a municipality code) and is listed
 * once. A refusal names the alternative as the field (`alternatives.<index>`) and the reason:
 * `duplicate` (its name in `value`), `not-found` (a site id) or `not-a-municipality` (a code).
 */
export function checkAlternatives(conn: Connection, refs: readonly AlternativeRef[]): void {
  const seen = new Set<string>();
  const subjects = describeSubjects(conn, refs);
  subjects.forEach((s, i) => {
    const field = `alternatives.${i}`;
    if (seen.has(s.key)) throw refuseField(field, 'duplicate', { value: s.label }, `${s.key} appears twice.`);
    seen.add(s.key);
    if (s.exists) return;
    const code = s.ref.code;
    throw s.ref.kind === 'site'
      ? refuseField(field, 'not-found', { value: code }, `there is no site with id ${code}.`)
      : refuseField(field, 'not-a-municipality', { value: code, count: 1 }, `${code} is not an IBGE municipality code.`);
  });
}

const missing = (reason: string, source: string, period: string, via: string | null = null): InputCell => ({
  value: null,
  missingReason: reason,
  source,
  period,
  via,
});

/**
 * The input values of the given subjects on the given criterion sources, `[subject][criterion]`, each
 * with its source text and period. A value that cannot be read is missing with the reason, never NaN.
 */
export function resolveCriteria(conn: Connection, subjects: readonly Subject[], sources: readonly string[]): InputCell[][] {
  const columns = sources.map((text, j) => {
    const source = parseCriterionSource(text);
    if (!source) throw refuseField(`criteria.${j}.source`, 'criterion-source', {}, `"${text}" is not a criterion source.`);
    return resolveMetric(conn, subjects, source);
  });
  return subjects.map((_, i) => columns.map((col) => col[i]!));
}

/**
 * The values of one metric for the given subjects, in their order: the one reader that maps,
 * criteria and profiles share, so a number is the same wherever it shows.
 */
export function resolveMetric(conn: Connection, subjects: readonly Subject[], source: CriterionSource): InputCell[] {
  return new ColumnReader(conn, subjects).read(source);
}

const placeName = (m: MunicipalityPlace) => `${m.name} (${m.code})`;

class ColumnReader {
  private readonly values: MetricValueRepository;
  private readonly indicatorValues: IndicatorValueRepository;
  constructor(
    private readonly conn: Connection,
    private readonly subjects: readonly Subject[],
  ) {
    this.values = new MetricValueRepository(conn);
    this.indicatorValues = new IndicatorValueRepository(conn);
  }

  read(source: CriterionSource): InputCell[] {
    const period = criterionPeriod(source);
    if (source.kind === 'indicator') return this.indicator(source.code, source.period);
    if (source.kind === 'works') return this.openNeeds();
    if (source.kind === 'activity') return readActivity(this.conn, this.subjects, source);
    return this.employment(source, period);
  }

  /** A district's open infrastructure needs (survey and works, see NeedsRepository); municipalities have none to count. */
  private openNeeds(): InputCell[] {
    const bySite = new NeedsRepository(this.conn).bySite();
    const text = inputWords('needsSource', { below: NEED_BELOW_SCORE });
    return this.subjects.map((s) => {
      if (!s.exists) return missing(inputWords('gone'), '', '');
      if (s.ref.kind !== 'site') return missing(inputWords('needsOfDistricts'), '', '');
      const needs = bySite.get(Number(s.ref.code));
      if (!needs) return missing(inputWords('noNeeds'), text, '');
      return { value: needs.open, missingReason: null, source: text, period: '', via: null };
    });
  }

  /** A site's own value when it has one (a district survey), else its municipality's. */
  private indicator(code: string, period: string): InputCell[] {
    const siteCodes = this.subjects.filter((s) => s.ref.kind === 'site').map((s) => s.ref.code);
    const own = this.indicatorValues.indicatorValues(code, period, 'site', siteCodes);
    const municipal = this.indicatorValues.indicatorValues(
      code,
      period,
      'municipality',
      this.subjects.flatMap((s) => (s.municipality ? [String(s.municipality.code)] : [])),
    );
    return this.subjects.map((s) => {
      if (!s.exists) return missing(inputWords('gone'), '', period);
      const mine = s.ref.kind === 'site' ? own.get(s.ref.code) : undefined;
      if (mine && mine.value !== null) return { value: mine.value, missingReason: null, source: mine.source, period, via: null };
      if (!s.municipality) return missing(inputWords('noMunicipality'), '', period);
      const via = s.ref.kind === 'site' ? placeName(s.municipality) : null;
      const cell = municipal.get(String(s.municipality.code));
      if (!cell) return missing(inputWords('noIndicatorValue', { code, period }), '', period, via);
      if (cell.value === null || !Number.isFinite(cell.value))
        return missing(cell.missingReason ?? inputWords('missingInSource'), cell.source, period, via);
      return { value: cell.value, missingReason: null, source: cell.source, period, via };
    });
  }

  private employment(source: Exclude<CriterionSource, { kind: 'indicator' | 'works' | 'activity' }>, period: string): InputCell[] {
    const years = source.kind === 'growth' ? [source.from, source.to] : [source.year];
    const codes = this.subjects.flatMap((s) => (s.municipality ? [s.municipality.code] : []));
    const jobs = years.map((y) => this.values.jobsBySector(y, codes));
    const employment = new EmploymentRepository(this.conn);
    const files = [...new Set(years.flatMap((y) => employment.sources('ibge-setor', 'jobs', y).map((f) => f.file)))];
    let text = inputWords('rais', { files: files.join(', ') || inputWords('noFile') });
    const lq = source.kind === 'lq' ? this.locationQuotients(source.sector, source.year) : null;
    if (lq) text = inputWords('lqAgainst', { source: text, reference: [...lq.references].join(', ') });
    return this.subjects.map((s) => {
      if (!s.exists) return missing(inputWords('gone'), '', period);
      if (!s.municipality) return missing(inputWords('noMunicipality'), '', period);
      const m = s.municipality;
      const via = s.ref.kind === 'site' ? placeName(m) : null;
      const value = (v: number | null, reason: string): InputCell =>
        v === null || !Number.isFinite(v)
          ? missing(reason, text, period, via)
          : { value: v, missingReason: null, source: text, period, via };
      const total = (k: number) => sumKnown(jobs[k]?.get(m.code));
      const sector = (k: number, code: string) => jobs[k]?.get(m.code)?.get(code) ?? null;
      switch (source.kind) {
        case 'jobs':
          return value(source.sector === null ? total(0) : sector(0, source.sector), inputWords('noJobs', { period }));
        case 'share': {
          const t = total(0);
          const e = sector(0, source.sector);
          return value(
            t && e !== null ? (100 * e) / t : null,
            t === 0 ? inputWords('noFormalJobs', { period }) : inputWords('noJobs', { period }),
          );
        }
        case 'lq': {
          const row = lq?.values.get(m.code);
          return value(row?.lq ?? null, row?.reason ?? inputWords('noJobs', { period }));
        }
        case 'growth': {
          const before = source.sector === null ? total(0) : sector(0, source.sector);
          const after = source.sector === null ? total(1) : sector(1, source.sector);
          if (before === 0) return missing(inputWords('growthUndefined', { year: source.from }), text, period, via);
          return value(before !== null && after !== null ? (100 * (after - before)) / before : null, inputWords('noJobs', { period }));
        }
      }
    });
  }

  /** LQs of one sector, each territory against its own state (the Economy area's numbers). */
  private locationQuotients(
    sector: string,
    year: number,
  ): { values: Map<number, { lq: number | null; reason: string | null }>; references: Set<string> } {
    const values = new Map<number, { lq: number | null; reason: string | null }>();
    const references = new Set<string>();
    const byState = new Map<string, { name: string; codes: number[] }>();
    for (const s of this.subjects) {
      if (!s.municipality) continue;
      const entry = byState.get(s.municipality.stateAbbr) ?? { name: s.municipality.stateName, codes: [] };
      entry.codes.push(s.municipality.code);
      byState.set(s.municipality.stateAbbr, entry);
    }
    const economy = new EconomyService(this.conn);
    for (const [abbr, { name, codes }] of byState) {
      references.add(name);
      try {
        const { rows } = economy.locationQuotients(
          { classification: 'ibge-setor', measure: 'jobs', reference: { kind: 'state', abbr }, territories: codes },
          year,
        );
        for (const r of rows) if (r.sectorCode === sector) values.set(r.territoryCode, { lq: r.lq, reason: r.reason });
      } catch (error) {
        if (!(error instanceof ArranjoError)) throw error;
        for (const code of codes) values.set(code, { lq: null, reason: error.message });
      }
    }
    return { values, references };
  }
}

function sumKnown(sectors: Map<string, number | null> | undefined): number | null {
  if (!sectors) return null;
  let sum = 0;
  let any = false;
  for (const v of sectors.values()) {
    if (v !== null && Number.isFinite(v)) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

const RAIS_ORIGIN = 'RAIS (MTE)';

/** What the criteria picker offers: each indicator at each period, the employment measures per year, and the districts' open needs. */
export function listCriterionSources(conn: Connection): CriterionSourceOption[] {
  const out: CriterionSourceOption[] = [];
  const definitions = new Map(new IndicatorRepository(conn).list().map((d) => [d.code, d]));
  for (const { code, period } of new IndicatorValueRepository(conn).indicatorPeriods()) {
    const d = definitions.get(code);
    const source: CriterionSource = { kind: 'indicator', code, period };
    out.push({
      source: formatCriterionSource(source),
      group: 'indicator',
      label: criterionSourceLabel(source, d ? { pt: d.namePt, en: d.nameEn, es: d.nameEs } : undefined),
      unit: criterionUnit(source, d?.unit ?? ''),
      period,
      direction: d?.direction === 'lower-better' ? 'cost' : 'benefit',
      origin: d?.source ?? '',
    });
  }
  const years = new EmploymentRepository(conn).years('ibge-setor', 'jobs').reverse();
  const add = (source: CriterionSource, group: CriterionSourceOption['group']) =>
    out.push({
      source: formatCriterionSource(source),
      group,
      label: criterionSourceLabel(source),
      unit: criterionUnit(source),
      period: criterionPeriod(source),
      direction: 'benefit',
      origin: RAIS_ORIGIN,
    });
  const sectors = ['1', '2', '3', '4', '5', '6', '7', '8'];
  for (const year of years) {
    add({ kind: 'jobs', sector: null, year }, 'jobs');
    for (const s of sectors) add({ kind: 'jobs', sector: s, year }, 'jobs');
    for (const s of sectors) add({ kind: 'lq', sector: s, year }, 'lq');
    for (const s of sectors) add({ kind: 'share', sector: s, year }, 'share');
  }
  for (const to of years) {
    for (const from of years) {
      if (from >= to) continue;
      add({ kind: 'growth', sector: null, from, to }, 'growth');
      for (const s of sectors) add({ kind: 'growth', sector: s, from, to }, 'growth');
    }
  }
  for (const source of activityOptions(conn)) {
    out.push({
      source: formatCriterionSource(source),
      group: source.lq ? 'lq' : 'activity',
      label: criterionSourceLabel(source),
      unit: criterionUnit(source),
      period: criterionPeriod(source),
      direction: 'benefit',
      origin: '',
    });
  }
  if (new NeedsRepository(conn).bySite().size > 0) {
    const source: CriterionSource = { kind: 'works', measure: 'open-needs' };
    out.push({
      source: formatCriterionSource(source),
      group: 'works',
      label: criterionSourceLabel(source),
      unit: criterionUnit(source),
      period: criterionPeriod(source),
      direction: 'benefit',
      origin: 'Levantamento de infraestrutura e obras',
    });
  }
  return out;
}
