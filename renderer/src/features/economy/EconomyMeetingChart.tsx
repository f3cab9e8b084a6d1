import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyMeetingSpec } from '../../../../shared/features/economy/meeting-spec';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';
import type { ChartOption, echarts } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { useBubbleChart, useLqMapChart, useTreemapChart, useWaterfallChart } from './economy-charts';
import './economy-echarts';
import { translateEconomyError } from './economy-errors';
import { economyGone, economyGoneText, economyPicksOf, economySlideTitle } from './economy-meeting';
import { economySpecOf } from './economy-spec-of';
import { EMPTY_BASE, resolveSelection, type EconomySelection } from './economy-selection';
import { sourceLine } from './economy-source';
import { useSectorLabel } from './economy-ui';
import { useLqHeatmapChart } from './lq-heatmap-chart';
import { usePotentialChart } from './potential-chart';
import {
  useEconomyBase,
  useEconomyChartResults,
  useEconomyPotential,
  useEconomySources,
  type EconomyChartResults,
} from './use-economy-data';
import type { Municipality } from '../../../../shared/domain/types';

/** What a meeting slide draws: the chart (null while it loads, or when it cannot be drawn, then `missing` says why). */
export interface EconomyMeetingResult {
  chart: { option: ChartOption; title: string; source: string; onFinished?: (instance: echarts.ECharts) => void } | null;
  loading: boolean;
  missing?: string | null;
}

type Render = (result: EconomyMeetingResult) => ReactNode;

/**
 * A diagnosis chart of a meeting sequence, redrawn from the workspace with the choices it was added
 * with (territory, classification, measure, reference, years, sector), in the language in use. A
 * territory, year or reference set gone since (a deleted set, an undone import) is said in words.
 */
export function EconomyMeetingChart({ spec: raw, title, children }: { spec: Record<string, unknown>; title: string; children: Render }) {
  const { t } = useTranslation('economy');
  const spec = useMemo(() => economySpecOf(raw), [raw]);
  const base = useEconomyBase();
  const selection = useMemo(() => (spec ? resolveSelection(base.data ?? EMPTY_BASE, economyPicksOf(spec)) : null), [base.data, spec]);
  if (!spec || !selection) return children({ chart: null, loading: false });
  if (base.loading || !base.data) return children({ chart: null, loading: base.loading });
  const gone = economyGone(selection, spec);
  if (gone) return children({ chart: null, loading: false, missing: economyGoneText(gone, spec, t) });
  return (
    <Drawn spec={spec} selection={selection} title={title} municipalities={base.data.municipalities}>
      {children}
    </Drawn>
  );
}

interface DrawnProps {
  spec: EconomyMeetingSpec;
  selection: EconomySelection;
  title: string;
  municipalities: readonly Municipality[];
  children: Render;
}

/** The analyses of the saved selection, and the chart it names drawn from them. */
function Drawn(props: DrawnProps) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const { spec, selection } = props;
  const results = useEconomyChartResults(selection);
  const sources = useEconomySources(selection);
  const sectorLabel = useSectorLabel(selection.classification);
  const years = spec.chart === 'bubble' || spec.chart === 'waterfall' ? [selection.from, selection.year] : [selection.year];
  const source = sources.loading ? null : sourceLine(sources.data ?? [], years, t, locale);
  const chartProps = { ...props, results, sectorLabel, source: source ?? '', sourcesLoading: sources.loading };
  switch (spec.chart) {
    case 'bubble':
      return <Bubble {...chartProps} />;
    case 'waterfall':
      return <Waterfall {...chartProps} />;
    case 'treemap':
      return <Treemap {...chartProps} />;
    case 'map':
      return <LqMap {...chartProps} />;
    case 'heatmap':
      return <Heatmap {...chartProps} />;
    case 'potential':
      return <Potential {...chartProps} />;
  }
}

type ChartProps = DrawnProps & {
  results: EconomyChartResults;
  sectorLabel: (code: string, name: string) => string;
  source: string;
  sourcesLoading: boolean;
};

/** The slide of a chart hook's result: its title with the measure, level and reference; an engine refusal in words. */
function useSlide(
  props: ChartProps,
  drawn: { option: ChartOption | null; title: string; loading: boolean; error: unknown; onFinished?: (instance: echarts.ECharts) => void },
  sectorGone = false,
): EconomyMeetingResult {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const { spec, selection, results, sourcesLoading } = props;
  if (drawn.error) return { chart: null, loading: false, missing: translateEconomyError(drawn.error, t).message };
  if (drawn.loading || sourcesLoading || results.lq.loading) return { chart: null, loading: true };
  if (sectorGone) return { chart: null, loading: false, missing: economyGoneText('sector', spec, t) };
  if (!drawn.option) return { chart: null, loading: false };
  const reference = referenceNameIn(results.lq.data?.reference.label ?? '', locale);
  return {
    chart: {
      option: drawn.option,
      title: economySlideTitle(spec.chart, drawn.title, selection, reference, t),
      source: props.source,
      onFinished: drawn.onFinished,
    },
    loading: false,
  };
}

function Bubble(props: ChartProps) {
  const c = useBubbleChart(props);
  return props.children(useSlide(props, c));
}

function Waterfall(props: ChartProps) {
  const c = useWaterfallChart({ ...props, picked: props.spec.sector, variant: props.spec.variant });
  const sectorGone = props.spec.sector !== null && c.rows.length > 0 && c.sector === null;
  return props.children(useSlide(props, { ...c, option: c.built?.option ?? null }, sectorGone));
}

function Treemap(props: ChartProps) {
  const c = useTreemapChart(props);
  return props.children(useSlide(props, c));
}

function LqMap(props: ChartProps) {
  const c = useLqMapChart({ ...props, picked: props.spec.sector });
  const sectorGone = props.spec.sector !== null && c.sectors.length > 0 && c.sector !== props.spec.sector;
  return props.children(useSlide(props, c, sectorGone));
}

function Heatmap(props: ChartProps) {
  const c = useLqHeatmapChart(props);
  return props.children(useSlide(props, c));
}

function Potential(props: ChartProps) {
  const potential = useEconomyPotential(props.selection);
  const c = usePotentialChart({ ...props, potential });
  return props.children(useSlide(props, c));
}
