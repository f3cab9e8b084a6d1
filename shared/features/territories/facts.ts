import type { Connection } from '../../db/connection';
import type { Direction, FactRow, SubjectRef, SubjectSummary, Trilingual } from './types';
import type { Site } from '../../domain/types';
import { SURVEY_CODES } from './survey';
import { ArranjoError } from '../../errors';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { FactsRepository, type MunicipalityFacts } from './facts-repository';
import { IndicatorRepository, type IndicatorEntry } from '../../repositories/indicator-repository';
import { IndicatorValueRepository, type StoredValue } from '../../repositories/indicator-value-repository';
import { SiteRepository } from '../../repositories/site-repository';
import type { CriterionSource } from '../../domain/metric-id';
import { describeSubjects, resolveMetric } from '../metrics';
import { activityFactRows } from './activity-facts';
import { joinSources } from './series-sources';

/** The IBGE sector of manufacturing ("Indústria de transformação"): what industrial districts host. */
export const MANUFACTURING_SECTOR = '2';
export const POPULATION_CODE = 'POP';

interface Resolved {
  summary: SubjectSummary;
  site: Site | null;
  host: MunicipalityFacts | null;
}

const tri = (pt: string, en: string, es: string): Trilingual => ({ pt, en, es });

/** Site record fields shown as facts (the values of the demo's districts are empty: never invented). */
const SITE_FIELDS: { key: keyof Site; label: Trilingual; unit: string; direction: Direction }[] = [
  { key: 'areaHa', label: tri('Área', 'Area', 'Área'), unit: 'ha', direction: 'neutral' },
  { key: 'lotsTotal', label: tri('Lotes (total)', 'Lots (total)', 'Lotes (total)'), unit: 'lotes', direction: 'neutral' },
  { key: 'lotsOccupied', label: tri('Lotes ocupados', 'Occupied lots', 'Lotes ocupados'), unit: 'lotes', direction: 'neutral' },
  {
    key: 'lotsAvailable',
    label: tri('Lotes disponíveis', 'Available lots', 'Lotes disponibles'),
    unit: 'lotes',
    direction: 'higher-better',
  },
  { key: 'firms', label: tri('Empresas instaladas', 'Firms', 'Empresas instaladas'), unit: 'empresas', direction: 'higher-better' },
  {
    key: 'jobs',
    label: tri('Empregos no distrito', 'Jobs in the site', 'Empleos en el sitio'),
    unit: 'empregos',
    direction: 'higher-better',
  },
];

function latest(periods: Iterable<string>): string | null {
  let best: string | null = null;
  for (const p of periods) if (best === null || p > best) best = p;
  return best;
}

/**
 * Facts about sites and municipalities, side by side: the site's own record, its indicator values
 * (the infrastructure survey), and the context of its municipality (population, formal jobs,
 * manufacturing, other municipal indicators). One period per row, the newest any subject has, so a
 * row compares like with like; a subject without a value at that period shows none.
 */
export class FactsBuilder {
  private readonly facts: FactsRepository;
  private readonly indicators: IndicatorValueRepository;
  private readonly employment: EmploymentRepository;

  constructor(private readonly conn: Connection) {
    this.facts = new FactsRepository(conn);
    this.indicators = new IndicatorValueRepository(conn);
    this.employment = new EmploymentRepository(conn);
  }

  resolve(refs: readonly SubjectRef[]): Resolved[] {
    const sites = new SiteRepository(this.conn);
    const siteRows = refs.map((r) => (r.kind === 'site' ? (sites.get(r.id) ?? null) : null));
    const hostCodes = refs.map((r, i) => (r.kind === 'site' ? (siteRows[i]?.municipalityCode ?? null) : r.id));
    const hosts = this.facts.municipalities(hostCodes.filter((c): c is number => c !== null));
    return refs.map((ref, i) => {
      const site = siteRows[i] ?? null;
      const code = hostCodes[i] ?? null;
      const host = code === null ? null : (hosts.get(code) ?? null);
      if (ref.kind === 'site' && !site) throw new ArranjoError('NOT_FOUND', `Site ${ref.id} does not exist.`, {}, { field: 'subjects' });
      if (ref.kind === 'municipality' && !host) {
        throw new ArranjoError('NOT_FOUND', `Municipality ${ref.id} does not exist.`, {}, { field: 'subjects' });
      }
      const summary: SubjectSummary = site
        ? {
            ref,
            name: site.name,
            siteKind: site.kind,
            municipalityCode: site.municipalityCode,
            municipalityName: site.municipalityName,
            lat: site.lat,
            lon: site.lon,
            locationNote: site.locationNote,
          }
        : {
            ref,
            name: `${host?.name ?? ''} – ${host?.stateAbbr ?? ''}`,
            siteKind: null,
            municipalityCode: host?.code ?? null,
            municipalityName: host?.name ?? null,
            lat: host?.lat ?? null,
            lon: host?.lon ?? null,
            locationNote: null,
          };
      return { summary, site, host };
    });
  }

  build(refs: readonly SubjectRef[]): { subjects: SubjectSummary[]; rows: FactRow[] } {
    const resolved = this.resolve(refs);
    const n = resolved.length;
    const rows: FactRow[] = [];
    const definitions = new Map(new IndicatorRepository(this.conn).list().map((d) => [d.code, d]));
    const empty = () => ({ illustrative: new Array<boolean>(n).fill(false), valueSources: new Array<string | null>(n).fill(null) });

    const anySite = resolved.some((r) => r.site);
    if (anySite) {
      for (const f of SITE_FIELDS) {
        const values = resolved.map((r) => (r.site ? (r.site[f.key] as number | null) : null));
        rows.push({
          key: `site:${f.key}`,
          label: f.label,
          unit: f.unit,
          direction: f.direction,
          group: 'site',
          period: null,
          source: '',
          values,
          ...empty(),
          valueSources: resolved.map((r) => (r.site && r.site[f.key] !== null ? r.site.source || null : null)),
        });
      }
      const occupancy = resolved.map((r) =>
        r.site && r.site.lotsTotal && r.site.lotsOccupied !== null ? (100 * r.site.lotsOccupied) / r.site.lotsTotal : null,
      );
      rows.push({
        key: 'site:occupancy',
        label: tri('Ocupação dos lotes', 'Lot occupancy', 'Ocupación de los lotes'),
        unit: '%',
        direction: 'neutral',
        group: 'site',
        period: null,
        source: '',
        values: occupancy,
        ...empty(),
        valueSources: resolved.map((r, i) => (occupancy[i] !== null ? (r.site?.source ?? null) : null)),
      });

      // Site indicators: the survey always (so an empty survey shows as such), others when present.
      const siteValues = this.indicators.valuesOfSubjects(
        'site',
        resolved.flatMap((r) => (r.site ? [String(r.site.id)] : [])),
      );
      const codes = [...SURVEY_CODES.filter((c) => definitions.has(c)), ...new Set(siteValues.map((v) => v.indicatorCode))];
      for (const code of [...new Set(codes)]) {
        const d = definitions.get(code);
        if (!d) continue;
        rows.push(
          this.indicatorRow(
            d,
            resolved.map((r) => (r.site ? String(r.site.id) : null)),
            siteValues,
            d.category === 'infrastructure' ? 'survey' : 'indicator',
            'site',
          ),
        );
      }
    }

    rows.push(...this.contextRows(resolved, definitions));
    return { subjects: resolved.map((r) => r.summary), rows };
  }

  /** One indicator across subjects at the newest period any of them has. */
  private indicatorRow(
    d: IndicatorEntry,
    subjectCodes: (string | null)[],
    stored: readonly StoredValue[],
    group: FactRow['group'],
    keyPrefix: string,
  ): FactRow {
    const mine = stored.filter((v) => v.indicatorCode === d.code && subjectCodes.includes(v.subjectCode));
    const period = latest(mine.filter((v) => v.value !== null).map((v) => v.period));
    const at = new Map(mine.filter((v) => v.period === period).map((v) => [v.subjectCode, v]));
    const pick = (code: string | null) => (code === null ? undefined : at.get(code));
    return {
      key: `${keyPrefix}:indicator:${d.code}`,
      label: { pt: d.namePt, en: d.nameEn, es: d.nameEs },
      unit: d.unit,
      direction: d.direction,
      group,
      period,
      source: d.source,
      values: subjectCodes.map((c) => pick(c)?.value ?? null),
      illustrative: subjectCodes.map((c) => pick(c)?.illustrative ?? false),
      valueSources: subjectCodes.map((c) => pick(c)?.source ?? null),
    };
  }

  /** The municipality's own figures (for a site: its host municipality's). */
  private contextRows(resolved: readonly Resolved[], definitions: ReadonlyMap<string, IndicatorEntry>): FactRow[] {
    const n = resolved.length;
    const hostCodes = resolved.map((r) => (r.host ? String(r.host.code) : null));
    const hosts = [...new Set(resolved.flatMap((r) => (r.host ? [r.host.code] : [])))];
    const stored = this.indicators.valuesOfSubjects('municipality', hosts.map(String));
    const rows: FactRow[] = [];
    const plain = () => ({ illustrative: new Array<boolean>(n).fill(false), valueSources: new Array<string | null>(n).fill(null) });

    const pop = definitions.get(POPULATION_CODE);
    if (pop) rows.push(this.indicatorRow(pop, hostCodes, stored, 'context', 'context'));

    // The economic figures come from the metric resolver, as the maps' and the criteria's do.
    const subjects = describeSubjects(
      this.conn,
      hosts.map((code) => ({ kind: 'municipality' as const, code: String(code) })),
    );
    const metric = (source: CriterionSource): (number | null)[] => {
      const cells = resolveMetric(this.conn, subjects, source);
      const byCode = new Map(subjects.map((s, i) => [s.ref.code, cells[i]?.value ?? null]));
      return hostCodes.map((c) => (c === null ? null : (byCode.get(c) ?? null)));
    };
    const years = this.employment.years('ibge-setor', 'jobs');
    const year = years.at(-1);
    if (year !== undefined) {
      const source = this.jobsSource(year);
      const totals = metric({ kind: 'jobs', sector: null, year });
      const manu = metric({ kind: 'jobs', sector: MANUFACTURING_SECTOR, year });
      const period = String(year);
      const jobsRow = (
        key: string,
        label: Trilingual,
        unit: string,
        values: (number | null)[],
        direction: Direction = 'higher-better',
      ): FactRow => ({
        key: `context:${key}`,
        label,
        unit,
        direction,
        group: 'context',
        period,
        source,
        values,
        ...plain(),
      });
      rows.push(jobsRow('jobs', tri('Empregos formais', 'Formal jobs', 'Empleos formales'), 'empregos', totals));
      rows.push(
        jobsRow(
          'jobs-manufacturing',
          tri('Empregos na indústria de transformação', 'Manufacturing jobs', 'Empleos en la industria manufacturera'),
          'empregos',
          manu,
        ),
      );
      rows.push(
        jobsRow(
          'manufacturing-share',
          tri('Participação da indústria nos empregos', 'Manufacturing share of jobs', 'Participación de la industria en el empleo'),
          '%',
          metric({ kind: 'share', sector: MANUFACTURING_SECTOR, year }),
        ),
      );
      const popAt = new Map(
        stored.filter((v) => v.indicatorCode === POPULATION_CODE).map((v) => [`${v.subjectCode}|${v.period}`, v.value]),
      );
      const popPeriods = [...new Set(stored.filter((v) => v.indicatorCode === POPULATION_CODE).map((v) => v.period))].sort();
      const popYear = popPeriods.includes(period) ? period : (latest(popPeriods.filter((p) => p <= period)) ?? latest(popPeriods));
      if (popYear) {
        const perThousand = hostCodes.map((c, i) => {
          const people = c === null ? null : (popAt.get(`${c}|${popYear}`) ?? null);
          const t = totals[i];
          return people && t !== null && t !== undefined ? (1000 * t) / people : null;
        });
        const row = jobsRow(
          'jobs-per-1000',
          tri('Empregos formais por mil habitantes', 'Formal jobs per 1,000 inhabitants', 'Empleos formales por mil habitantes'),
          'por mil hab.',
          perThousand,
        );
        row.source = joinSources([source, `${pop?.source ?? 'IBGE'} (${popYear})`]);
        rows.push(row);
      }
      const previous = years.at(-2);
      if (previous !== undefined) {
        const growth = metric({ kind: 'growth', sector: null, from: previous, to: year });
        const row = jobsRow(
          'jobs-growth',
          tri('Variação dos empregos formais', 'Change in formal jobs', 'Variación del empleo formal'),
          '%',
          growth,
        );
        row.period = `${previous}–${year}`;
        row.source = joinSources([this.jobsSource(previous), source]);
        rows.push(row);
      }
    }

    // Value added and any other imported measure, at the levels the data has (rolled up to IBGE sectors).
    rows.push(...activityFactRows(this.conn, metric, n, year !== undefined));

    const others = [...new Set(stored.map((v) => v.indicatorCode))].filter((c) => c !== POPULATION_CODE).sort();
    for (const code of others) {
      const d = definitions.get(code);
      if (d) rows.push(this.indicatorRow(d, hostCodes, stored, 'context', 'context'));
    }
    return rows;
  }

  jobsSource(year: number): string {
    const files = this.employment.sources('ibge-setor', 'jobs', year).map((s) => s.file);
    return files.length > 0 ? `RAIS ${year} (${files.join(', ')})` : `RAIS ${year}`;
  }
}
