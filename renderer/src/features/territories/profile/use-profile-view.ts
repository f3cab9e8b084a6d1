import { useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile, SubjectRef } from '../../../../../shared/features/territories/types';
import { joinSources } from '../../../../../shared/features/territories/series-sources';
import { locationNoteIn } from '../../../../../shared/demo/location-note';
import { formatCompact, formatNumber, formatPercentPoints } from '../../../i18n/format';
import { useLocale } from '../../../i18n';
import { sectorLabel } from '../../../i18n/sector-label';
import { useEngineData } from '../../../workspace/use-engine-data';
import { buildLocationOption, type ChoroplethOption } from '../charts/choropleth-option';
import { buildSeriesLineOption, type SeriesLineOption } from '../charts/line-option';
import { buildRadarOption, type RadarOption } from '../charts/radar-option';
import {
  SECTOR_TILE_LABEL,
  buildSectorTreemapOption,
  sectorTreemapTexts,
  type SectorTreemapInput,
  type SectorTreemapOption,
} from '../charts/treemap-option';
import { useTileLabelFits } from '../../../components/use-tile-label-fits';
import type { TileText } from '../../../components/treemap-label-fit';
import type { echarts } from '../../../components/Chart';
import { radarRows, rowLabel } from '../comparison/use-comparison';
import { formatFact, trilingual } from '../format';
import { MAP_SCOPES } from '../maps/geo';

export type ProfileChart = 'radar' | 'sectors' | 'series' | 'location';

/** The choices that make a profile chart; stored as a meeting view's spec too. */
export interface ProfileSpec {
  ref: SubjectRef;
  chart: ProfileChart;
  series: string | null;
}

interface Built<O> {
  option: O;
  title: string;
  source: string;
}

export interface ProfileView {
  loading: boolean;
  error: unknown;
  profile: Profile | null;
  peerLabel: string;
  radar: Built<RadarOption> | null;
  /** Drawn twice: its tiles' labels settle on the second (useTileLabelFits). */
  sectors: (Built<SectorTreemapOption> & { pending: boolean; onFinished: (instance: echarts.ECharts) => void }) | null;
  series: (key: string | null) => Built<SeriesLineOption> | null;
  location: Built<ChoroplethOption> | null;
}

const NO_TILES: ReadonlyMap<string, TileText> = new Map();

export function useProfileView(ref: SubjectRef | null): ProfileView {
  const { t: tc } = useTranslation('territories');
  const { t, locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const data = useEngineData(
    async (engine) => {
      if (!ref) return null;
      const profile = await engine.profile(ref);
      const code = profile.subject.municipalityCode;
      await (code !== null && Math.floor(code / 100_000) === 31 ? MAP_SCOPES.mg : MAP_SCOPES.br).ensure();
      return profile;
    },
    [ref?.kind ?? null, ref?.id ?? null],
  );

  const built = useMemo<Omit<ProfileView, 'sectors'> & { sectorParts: SectorParts | null }>(() => {
    const profile = data.data ?? null;
    const base = {
      loading: data.loading,
      error: data.error,
      profile,
      peerLabel: '',
      radar: null,
      sectorParts: null,
      series: () => null,
      location: null,
    };
    if (!profile || data.loading) return base;
    const name = profile.subject.name;
    const kind = profile.subject.ref.kind;
    const peerLabel =
      profile.peers.basis === 'site-kind'
        ? tc('profile.peersSites', {
            kind: t(`sites.kinds.${profile.subject.siteKind ?? 'industrial-district'}`),
            count: profile.peers.count,
          })
        : profile.peers.basis === 'intermediate-region'
          ? tc('profile.peersRegion', { region: profile.peers.name, count: profile.peers.count })
          : tc('profile.peersState', { state: profile.peers.name, count: profile.peers.count });

    const axes = radarRows(profile.rows);
    const radar =
      axes.length >= 3
        ? {
            option: buildRadarOption({
              axes: axes.map((r) => ({
                key: r.key,
                label: rowLabel(r, kind, locale, tc),
                direction: r.direction,
                format: (v) => formatFact(v, r.unit, locale, tc),
              })),
              series: [
                { name, values: axes.map((r) => r.values[0] ?? null) },
                { name: tc('profile.peerAverage'), values: axes.map((r) => r.values[1] ?? null), peer: true },
              ],
              dark,
              labels: { scoreNote: tc('compare.radarNote'), noData: tc('common.noData') },
            }),
            title: tc('profile.radarTitle', { name }),
            // Each source once (joinSources splits a ratio's row into its files), then whom the average is over.
            source: `${t('common.source')}: ${joinSources(axes.map((r) => r.source))}. ${tc('profile.peersAre', { peers: peerLabel })}.`,
          }
        : null;

    const shares = profile.sectors.shares.map((s) => ({
      code: s.sectorCode,
      label: sectorLabel(locale, s.sectorCode, s.sectorName),
      value: s.jobs,
    }));
    const sectorParts =
      shares.length > 0
        ? {
            input: {
              shares,
              formatValue: (v: number) => formatFact(v, 'empregos', locale, tc),
              formatShare: (s: number) => formatPercentPoints(100 * s, locale),
              source: profile.sectors.source,
            },
            title: tc('profile.sectorsTitle', { name: profile.subject.municipalityName ?? name, year: profile.sectors.year ?? '' }),
            source: `${t('common.source')}: ${profile.sectors.source}`,
          }
        : null;

    const series = (key: string | null) => {
      const s = profile.series.find((x) => x.key === key) ?? profile.series[0];
      if (!s) return null;
      return {
        option: buildSeriesLineOption({
          name: trilingual(s.label, locale),
          points: s.points,
          format: (v) => formatFact(v, s.unit, locale, tc),
          // Compact labels ("4 mil") repeat on a narrow axis of a small town's population: full digits below 100,000.
          axisFormat: (v) => (Math.abs(v) >= 100_000 ? formatCompact(v, locale) : formatNumber(v, locale, 0)),
          dark,
        }),
        title: `${trilingual(s.label, locale)} — ${profile.subject.municipalityName ?? name}`,
        source: `${t('common.source')}: ${s.source}`,
      };
    };

    const code = profile.subject.municipalityCode;
    const inMg = code !== null && Math.floor(code / 100_000) === 31;
    const scope = inMg ? MAP_SCOPES.mg : MAP_SCOPES.br;
    const { lat, lon } = profile.subject;
    const location =
      code !== null
        ? {
            option: buildLocationOption({
              mapName: scope.mapName,
              nameProperty: scope.nameProperty,
              latitude: scope.latitude,
              highlight: inMg ? String(code) : null,
              marker: lat !== null && lon !== null ? { name, lat, lon } : null,
              dark,
            }),
            title: tc('profile.locationTitle', { name }),
            source: locationNoteIn(profile.subject.locationNote ?? '', locale),
          }
        : null;
    return { ...base, peerLabel, radar, sectorParts, series, location };
    // The answer's parts, not its wrapper (a new object at every render): the charts' options stay
    // the same objects until the profile or the language changes, so no chart redraws for nothing.
  }, [data.data, data.loading, data.error, locale, t, tc, dark]);

  const { sectorParts } = built;
  const texts = useMemo(() => (sectorParts ? sectorTreemapTexts(sectorParts.input) : NO_TILES), [sectorParts]);
  const { fits, pending, onTile, onFinished } = useTileLabelFits(texts, SECTOR_TILE_LABEL);
  // The option apart from `pending`: the labels settling with nothing to change draw nothing again.
  const sectorOption = useMemo(
    () => sectorParts && buildSectorTreemapOption({ ...sectorParts.input, texts, fit: fits, onTile }),
    [sectorParts, texts, fits, onTile],
  );
  const sectors = useMemo(
    () =>
      sectorParts && sectorOption && { option: sectorOption, title: sectorParts.title, source: sectorParts.source, pending, onFinished },
    [sectorParts, sectorOption, pending, onFinished],
  );
  return useMemo(() => {
    const { sectorParts: _parts, ...view } = built;
    return { ...view, sectors };
  }, [built, sectors]);
}

/** The sectors treemap before its tiles' labels are fitted. */
interface SectorParts {
  input: SectorTreemapInput;
  title: string;
  source: string;
}
