import { useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LqRow } from '../../../../shared/features/economy/types';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';
import type { Municipality } from '../../../../shared/domain/types';
import { useLocale } from '../../i18n';
import { useEngineData } from '../../workspace/use-engine-data';
import { MG_MAP_NAME, ensureMgMap } from '../dashboard/mg-geo';
import { bubbleOrder, buildBubbleOption, type BubblePoint } from './bubble-option';
import { formatPercent, reasonCode } from './economy-format';
import { useReasonText, type ChartPanelProps } from './economy-ui';
import { buildLqMapOption, type LqMapValue } from './lq-map-option';
import { TILE_LABEL, buildTreemapOption, treemapTileTexts, type TreemapItem, type TreemapOptionInput } from './treemap-option';
import { useTileLabelFits } from '../../components/use-tile-label-fits';
import { referenceGrowth, sumShiftShare } from './vocations';
import { buildWaterfallOption, type WaterfallStep } from './waterfall-option';
import type { MapClickContext } from './why-target';
import type { EconomyChartResults } from './use-economy-data';

/**
 * The diagnosis' charts from a selection and its results: the area's panels and a meeting's slide
 * (EconomyMeetingChart) draw the same chart, with the same title, from the same choices.
 */
type ChartInput = Omit<ChartPanelProps, 'errorText' | 'results'> & { results: EconomyChartResults };

/** The territory's sectors by LQ (x), growth (y) and jobs (size), in the four classic quadrants. */
export function useBubbleChart({ selection, results, sectorLabel, source }: ChartInput) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const { subjectLq: lq, shiftShare } = results;
  const { year, from, territoryName } = selection;

  const data = useMemo(() => {
    if (!lq.data || !shiftShare.data) return null;
    const g = referenceGrowth(shiftShare.data.rows);
    const lqBySector = new Map(lq.data.rows.map((r) => [r.sectorCode, r]));
    const points: BubblePoint[] = [];
    const excluded: string[] = [];
    for (const s of shiftShare.data.rows) {
      const l = lqBySector.get(s.sectorCode);
      const label = sectorLabel(s.sectorCode, s.sectorName);
      if (l?.lq != null && s.growth !== null) points.push({ sectorCode: s.sectorCode, label, lq: l.lq, growth: s.growth, jobs: s.jobsTo });
      else excluded.push(`${label} (${l?.lq == null ? reasonText(l ? reasonCode(l) : null) : reasonText('no-jobs-at-start')})`);
    }
    // The biggest first: their names are placed first (a click finds its sector in this order too).
    return { g, points: bubbleOrder(points), excluded };
  }, [lq.data, shiftShare.data, sectorLabel, reasonText]);

  const option = useMemo(() => {
    if (!data || data.g === null || data.points.length === 0 || from === null || year === null) return null;
    return buildBubbleOption({
      points: data.points,
      referenceGrowth: data.g,
      locale,
      measure: selection.measure,
      dark,
      labels: {
        x: t('bubble.x'),
        y: t('bubble.y', { from, to: year }),
        jobs: t('bubble.size', { year, measure: t(`measure.${selection.measure}`) }),
        quadrant: {
          specializedGrowing: t('bubble.quadrants.specializedGrowing'),
          specializedDeclining: t('bubble.quadrants.specializedDeclining'),
          emergent: t('bubble.quadrants.emergent'),
          lagging: t('bubble.quadrants.lagging'),
        },
        lqLine: t('bubble.lqLine'),
        growthLine: t('bubble.growthLine', {
          reference: referenceNameIn(lq.data?.reference.label ?? '', locale),
          growth: formatPercent(data.g, locale, { signed: true }) ?? '',
        }),
        source,
      },
    });
  }, [data, from, year, locale, dark, t, source, lq.data, selection.measure]);

  const title = t('bubble.title', { territory: territoryName, from: from ?? '', to: year ?? '' });
  return { data, option, title, loading: !data || lq.loading || shiftShare.loading, error: lq.error ?? shiftShare.error };
}

type EffectKey = 'referenceShare' | 'industryMix' | 'regionalShift' | 'competitive' | 'allocation';

/**
 * How the territory's jobs changed: reference share, industry mix and regional shift add up to the
 * total change, for every sector or the `picked` one (null: all), and its Esteban-Marquillas `variant`.
 */
export function useWaterfallChart({
  selection,
  results,
  sectorLabel,
  source,
  picked,
  variant,
}: ChartInput & { picked: string | null; variant: boolean }) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const { shiftShare } = results;
  const { from, year, territoryName } = selection;
  const rows = useMemo(() => shiftShare.data?.rows ?? [], [shiftShare.data]);
  const sector = picked === null ? null : (rows.find((r) => r.sectorCode === picked) ?? null);
  const reference = referenceNameIn(shiftShare.data?.reference.label ?? '', locale);

  const built = useMemo(() => {
    if (rows.length === 0) return null;
    const effects = sector ?? sumShiftShare(rows);
    const competitive = sector ? sector.competitive : rows.reduce((sum, r) => sum + (r.competitive ?? 0), 0);
    const allocation = sector ? sector.allocation : rows.reduce((sum, r) => sum + (r.allocation ?? 0), 0);
    const { referenceShare, industryMix, regionalShift, totalChange } = effects;
    if (
      referenceShare === null ||
      industryMix === null ||
      regionalShift === null ||
      (variant && (competitive === null || allocation === null))
    ) {
      return { empty: reasonText(sector ? reasonCode(sector) : null) };
    }
    const step = (key: EffectKey, value: number): WaterfallStep => ({
      key,
      value,
      label: t(`effects.${key}`),
      hint: t(`effectHints.${key}`, { reference, measure: t(`measureNoun.${selection.measure}`) }),
    });
    const steps = [step('referenceShare', referenceShare), step('industryMix', industryMix)];
    if (variant && competitive !== null && allocation !== null)
      steps.push(step('competitive', competitive), step('allocation', allocation));
    else steps.push(step('regionalShift', regionalShift));
    return {
      option: buildWaterfallOption({
        steps,
        total: {
          label: t('effects.totalChange'),
          hint: t('effectHints.totalChange', { reference, measure: t(`measureNoun.${selection.measure}`) }),
          value: totalChange,
        },
        locale,
        measure: selection.measure,
        dark,
        labels: { unit: t(`measureNoun.${selection.measure}`), source },
      }),
    };
  }, [rows, sector, variant, reasonText, t, reference, locale, dark, selection.measure, source]);

  const sectorName = sector ? sectorLabel(sector.sectorCode, sector.sectorName) : t('waterfall.allSectors');
  const title = t('waterfall.title', { territory: territoryName, sector: sectorName, from: from ?? '', to: year ?? '' });
  return { rows, sector, built, title, loading: shiftShare.loading, error: shiftShare.error };
}

/** The territory's sectors as areas sized by jobs, coloured by LQ class. */
export function useTreemapChart({ selection, results, sectorLabel, source }: ChartInput) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const { subjectLq: lq } = results;
  const items = useMemo(
    (): TreemapItem[] =>
      (lq.data?.rows ?? []).map((r) => ({
        sectorCode: r.sectorCode,
        label: sectorLabel(r.sectorCode, r.sectorName),
        jobs: r.value,
        lq: r.lq,
        reason: r.lq === null ? reasonText(reasonCode(r)) : null,
      })),
    [lq.data, sectorLabel, reasonText],
  );
  const input = useMemo(
    (): TreemapOptionInput => ({
      items,
      locale,
      measure: selection.measure,
      dark,
      labels: {
        jobs: t(`measure.${selection.measure}`),
        share: t('vocations.columns.share'),
        lq: t('vocations.columns.lq'),
        legend: t('legend.title'),
        noValue: t('legend.noValue'),
        source,
      },
    }),
    [items, locale, dark, t, selection.measure, source],
  );
  const texts = useMemo(() => treemapTileTexts(input), [input]);
  const { fits, pending, onTile, onFinished } = useTileLabelFits(texts, TILE_LABEL);
  const option = useMemo(
    () => (items.some((i) => i.jobs > 0) ? buildTreemapOption({ ...input, texts, fit: fits, onTile }) : null),
    [items, input, texts, fits, onTile],
  );
  const withoutJobs = items.filter((i) => i.jobs <= 0).map((i) => i.label);
  const title = t('treemap.title', {
    territory: selection.territoryName,
    year: selection.year ?? '',
    measure: t(`measureNoun.${selection.measure}`),
  });
  return { items, option, withoutJobs, title, loading: lq.loading, error: lq.error, pending, onFinished };
}

/** The subject's marker: where it is drawn, and what a click on it explains. */
type Marker = NonNullable<MapClickContext['marker']> & { lon: number | null; lat: number | null };

/** The centre of the members with coordinates: where a custom territory's marker goes. */
function centroid(members: readonly Municipality[]): { lon: number | null; lat: number | null } {
  const placed = members.filter((m) => m.lon !== null && m.lat !== null);
  if (placed.length === 0) return { lon: null, lat: null };
  const mean = (pick: (m: Municipality) => number) => placed.reduce((a, m) => a + pick(m), 0) / placed.length;
  return { lon: mean((m) => m.lon ?? 0), lat: mean((m) => m.lat ?? 0) };
}

/**
 * The state's municipalities shaded by their LQ in one sector: the `picked` one, or the subject's
 * strongest specialization (null); the subject is outlined — a custom territory's members all.
 */
export function useLqMapChart({
  selection,
  results,
  sectorLabel,
  source,
  municipalities,
  picked,
}: ChartInput & { municipalities: readonly Municipality[]; picked: string | null }) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const geo = useEngineData(async () => ensureMgMap().then(() => true), []);
  const { lq, subjectLq } = results;
  const rows = useMemo(() => lq.data?.rows ?? [], [lq.data]);
  const ownRows = useMemo(() => subjectLq.data?.rows ?? [], [subjectLq.data]);

  const sectors = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows) if (!seen.has(r.sectorCode)) seen.set(r.sectorCode, r.sectorName);
    return [...seen].map(([code, name]) => ({ value: code, label: sectorLabel(code, name) }));
  }, [rows, sectorLabel]);
  const strongest = useMemo(
    () =>
      ownRows.reduce<LqRow | null>((best, r) => (r.lq !== null && (best === null || r.lq > (best.lq ?? 0)) ? r : best), null)?.sectorCode ??
      null,
    [ownRows],
  );
  const sector = sectors.find((s) => s.value === picked)?.value ?? strongest ?? sectors[0]?.value ?? null;
  const sectorName = sectors.find((s) => s.value === sector)?.label ?? '';

  const click = useMemo((): (MapClickContext & { marker: Marker | null }) | null => {
    if (sector === null) return null;
    const toValue = (r: LqRow): LqMapValue => ({
      code: r.territoryCode,
      lq: r.lq,
      jobs: r.value,
      reason: r.lq === null ? reasonText(reasonCode(r)) : null,
    });
    const own = ownRows.find((r) => r.sectorCode === sector);
    const members = municipalities.filter((m) => selection.members.includes(m.code));
    const place = selection.territoryCode !== null ? members[0] : undefined;
    return {
      sectorCode: sector,
      sectorLabel: sectorName,
      values: rows.filter((r) => r.sectorCode === sector).map(toValue),
      municipalityNames: new Map(municipalities.map((m) => [m.code, m.name])),
      marker: own
        ? {
            territoryCode: own.territoryCode,
            territoryKind: own.territoryKind,
            territoryName: own.territoryName,
            value: toValue(own),
            ...(place ? { lon: place.lon, lat: place.lat } : centroid(members)),
          }
        : null,
    };
  }, [sector, sectorName, rows, ownRows, municipalities, selection.members, selection.territoryCode, reasonText]);

  const option = useMemo(() => {
    if (!geo.data || !click || rows.length === 0) return null;
    const { marker } = click;
    return buildLqMapOption({
      mapName: MG_MAP_NAME,
      values: click.values,
      municipalityNames: click.municipalityNames,
      selected: {
        codes: selection.members,
        name: selection.territoryName,
        lon: marker?.lon ?? null,
        lat: marker?.lat ?? null,
        value: marker?.value ?? null,
      },
      locale,
      measure: selection.measure,
      dark,
      labels: {
        sector: sectorName,
        lq: t('vocations.columns.lq'),
        jobs: t(`measure.${selection.measure}`),
        noData: t('map.noData'),
        noValue: t('legend.noValue'),
        source,
      },
    });
  }, [geo.data, click, rows.length, selection.members, selection.territoryName, selection.measure, locale, dark, sectorName, t, source]);

  const title = t('map.title', { sector: sectorName, year: selection.year ?? '' });
  return {
    sectors,
    sector,
    click,
    option,
    title,
    loading: lq.loading || geo.loading || (rows.length > 0 && !option),
    error: lq.error,
  };
}
