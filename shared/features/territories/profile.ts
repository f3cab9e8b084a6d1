import { peerAverage } from '../../analysis/compare/comparison';
import type { Connection } from '../../db/connection';
import type { Profile, ProfileSeries, SubjectRef } from './types';
import { SURVEY_CODES } from './survey';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { FactsRepository } from './facts-repository';
import { IndicatorRepository } from '../../repositories/indicator-repository';
import { IndicatorValueRepository } from '../../repositories/indicator-value-repository';
import { SiteRepository } from '../../repositories/site-repository';
import { FactsBuilder, MANUFACTURING_SECTOR, POPULATION_CODE } from './facts';
import { describeSeriesSources, joinSources } from './series-sources';
import { activitySeries } from './activity-facts';

/**
 * A district's or a municipality's profile: its facts beside the peer average (other sites of the
 * same kind; for a municipality, the others of its intermediate region), its sector composition,
 * time series, and what the later features hold for it.
 */
export function buildProfile(conn: Connection, ref: SubjectRef): Profile {
  const builder = new FactsBuilder(conn);
  const facts = new FactsRepository(conn);
  const [me] = builder.resolve([ref]);
  if (!me) throw new Error('unreachable: resolve returns one subject per ref');

  let peers: SubjectRef[];
  let basis: Profile['peers']['basis'];
  let peerName: string;
  if (me.site) {
    const kind = me.site.kind;
    peers = new SiteRepository(conn)
      .list()
      .filter((s) => s.kind === kind && s.id !== ref.id)
      .map((s) => ({ kind: 'site' as const, id: s.id }));
    basis = 'site-kind';
    peerName = kind;
  } else {
    const region = me.host?.intermediateRegion ?? null;
    const codes =
      region !== null ? facts.municipalitiesInRegion('intermediate', region) : facts.municipalitiesInState(me.host?.stateCode ?? 0);
    peers = codes.filter((c) => c !== ref.id).map((c) => ({ kind: 'municipality' as const, id: c }));
    basis = region !== null ? 'intermediate-region' : 'state';
    peerName = region !== null ? (facts.region(region)?.name ?? String(region)) : (me.host?.stateAbbr ?? '');
  }

  const all = builder.build([ref, ...peers]);
  const rows = all.rows.map((r) => ({
    ...r,
    values: [r.values[0] ?? null, peerAverage(r.values.slice(1)).mean],
    illustrative: [r.illustrative[0] ?? false, false],
    valueSources: [r.valueSources[0] ?? null, null],
  }));

  const host = me.host?.code ?? null;
  const employment = new EmploymentRepository(conn);
  const years = employment.years('ibge-setor', 'jobs');
  const year = years.at(-1) ?? null;
  const sectorNames = facts.sectorNames();
  const shares =
    host !== null && year !== null
      ? [...(facts.jobsBySector([host], year).get(host) ?? new Map<string, number>())]
          .map(([sectorCode, jobs]) => ({ sectorCode, sectorName: sectorNames.get(sectorCode) ?? sectorCode, jobs }))
          .sort((a, b) => b.jobs - a.jobs)
      : [];

  const series: ProfileSeries[] = [];
  const indicators = new IndicatorValueRepository(conn);
  const definitions = new Map(new IndicatorRepository(conn).list().map((d) => [d.code, d]));
  if (host !== null) {
    const stored = indicators.valuesOfSubjects('municipality', [String(host)]);
    const pop = definitions.get(POPULATION_CODE);
    const popPoints = stored.filter((v) => v.indicatorCode === POPULATION_CODE).sort((a, b) => a.period.localeCompare(b.period));
    if (pop && popPoints.length > 0) {
      series.push({
        key: 'pop',
        label: { pt: pop.namePt, en: pop.nameEn, es: pop.nameEs },
        unit: pop.unit,
        source: describeSeriesSources(popPoints) || pop.source,
        points: popPoints.map((v) => ({ period: v.period, value: v.value })),
      });
    }
    if (years.length > 0) {
      const byYear = years.map((y) => ({ y, sectors: facts.jobsBySector([host], y).get(host) }));
      series.push({
        key: 'jobs',
        label: { pt: 'Empregos formais', en: 'Formal jobs', es: 'Empleos formales' },
        unit: 'empregos',
        source: joinSources(years.map((y) => builder.jobsSource(y))),
        points: byYear.map(({ y, sectors }) => ({
          period: String(y),
          value: sectors ? [...sectors.values()].reduce((a, b) => a + b, 0) : null,
        })),
      });
      series.push({
        key: 'jobs-manufacturing',
        label: { pt: 'Empregos na indústria de transformação', en: 'Manufacturing jobs', es: 'Empleos en la industria manufacturera' },
        unit: 'empregos',
        source: joinSources(years.map((y) => builder.jobsSource(y))),
        points: byYear.map(({ y, sectors }) => ({ period: String(y), value: sectors ? (sectors.get(MANUFACTURING_SECTOR) ?? 0) : null })),
      });
    }
    // Value added and any other imported measure, every year it has.
    series.push(...activitySeries(conn, host, years.length > 0));
  }
  if (me.site) {
    const own = indicators.valuesOfSubjects('site', [String(me.site.id)]);
    for (const code of [...new Set(own.map((v) => v.indicatorCode))]) {
      const points = own.filter((v) => v.indicatorCode === code).sort((a, b) => a.period.localeCompare(b.period));
      const d = definitions.get(code);
      if (d && points.length > 1) {
        series.push({
          key: `site:${code}`,
          label: { pt: d.namePt, en: d.nameEn, es: d.nameEs },
          unit: d.unit,
          source: d.source,
          points: points.map((v) => ({ period: v.period, value: v.value })),
        });
      }
    }
  }

  const surveyRows = rows.filter((r) => r.group === 'survey' && SURVEY_CODES.some((c) => r.key.endsWith(`:${c}`)));
  return {
    subject: me.summary,
    rows,
    peers: { basis, name: peerName, count: peers.length },
    sectors: { year, source: year !== null ? builder.jobsSource(year) : '', shares },
    series,
    surveyItems: me.site ? surveyRows.length : 0,
    surveyScored: surveyRows.filter((r) => r.values[0] !== null).length,
    related: me.site ? facts.siteRelated(me.site.id) : { projects: 0, lots: 0, prospects: 0 },
  };
}
