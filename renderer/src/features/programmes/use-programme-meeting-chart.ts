import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../shared/features/territories/types';
import type { MonitorRow, Programme } from '../../../../shared/features/programmes/types';
import { isBuiltin } from '../../../../shared/features/programmes/types';
import { customIndicatorNameIn, programmeNameIn } from '../../../../shared/features/programmes/demo-text';
import type { ChartOption } from '../../components/Chart';
import { useLocale } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { numberFormat } from '../../i18n/format';
import { periodLabel } from '../../i18n/period-label';
import { useEngineData } from '../../workspace/use-engine-data';
import { monitorChartOption } from './monitor-chart';

export const MONITOR_VIEWS = ['native', 'per-period', 'cumulative'] as const;
export type MonitorView = (typeof MONITOR_VIEWS)[number];

/** What rebuilds the monitor's chart in a meeting: which programme, which indicator (null: the first), which view of the actuals. */
export interface ProgrammeChartSpec {
  programme: number;
  indicator: number | null;
  view: MonitorView;
}

const id = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);

/** A saved spec back into the monitor's choices; null when it names no programme. */
export function programmeSpecOf(spec: Record<string, unknown>): ProgrammeChartSpec | null {
  const programme = id(spec.programme);
  if (programme === null) return null;
  const view = MONITOR_VIEWS.includes(spec.view as MonitorView) ? (spec.view as MonitorView) : 'native';
  return { programme, indicator: id(spec.indicator), view };
}

export function programmeMeetingView(spec: ProgrammeChartSpec, title: string): MeetingView {
  return { kind: 'programme', title, spec: { ...spec } };
}

/**
 * An indicator's name as the monitor writes it (`indicator` is its code): a built-in's, and the demo's
 * own, in the language in use; a planner's as written, else its code. The indicators' editor says it so too.
 */
export function monitorIndicatorName(row: Pick<MonitorRow, 'indicator' | 'name'>, t: TFunction<'programmes'>, locale: Locale): string {
  return isBuiltin(row.indicator) ? t(`builtins.${row.indicator}`) : customIndicatorNameIn(row.name, locale) || row.indicator;
}

/**
 * The monitor chart's title, with the programme it belongs to: on the page the programme's name
 * stands above it, but its exported image and its slide in a meeting have only this title
 * ("Metas e realizado por período: Participantes — PRODUZIR Vale do Jequitinhonha").
 */
export function monitorChartTitle(
  programme: Pick<Programme, 'name'>,
  indicatorName: string,
  t: TFunction<'programmes'>,
  locale: Locale,
): string {
  return `${t('chartTitle', { indicator: indicatorName })} — ${programmeNameIn(programme.name, locale)}`;
}

/**
 * The monitor chart's source line: an illustrative programme's is the note saying so, in the language
 * in use (the demo's own source text, in Portuguese, begins "ILUSTRATIVO:" too: the slide said it
 * twice); another's is where its data comes from, or its name when no source was entered.
 */
export function monitorChartSource(programme: Pick<Programme, 'name' | 'source' | 'illustrative'>, t: TFunction<'programmes'>): string {
  return programme.illustrative ? t('illustrativeNote') : programme.source.trim() || programme.name;
}

type MeetingChart = { option: ChartOption; title: string; source: string };

/** The monitor's chart rebuilt from the workspace for meeting mode; null while it loads or when the programme or indicator is gone. */
export function useProgrammeMeetingChart(raw: Record<string, unknown>): { chart: MeetingChart | null; loading: boolean } {
  const { t } = useTranslation('programmes');
  const { locale, t: common } = useLocale();
  const spec = programmeSpecOf(raw);
  const data = useEngineData(
    async (engine): Promise<{ programme: Programme | undefined; rows: MonitorRow[] }> => {
      if (!spec) return { programme: undefined, rows: [] };
      const programme = (await engine.listProgrammes()).find((p) => p.id === spec.programme);
      const rows = programme ? await engine.programmeMonitor({ programmeId: programme.id, view: spec.view }) : [];
      return { programme, rows };
    },
    [spec?.programme ?? null, spec?.view ?? null],
  );
  const programme = data.data?.programme;
  const rows = data.data?.rows ?? [];
  const indicator = spec?.indicator ?? rows[0]?.indicatorId ?? null;
  const chartRows = rows.filter((r) => r.indicatorId === indicator);
  const first = chartRows[0];
  if (!programme || !first) return { chart: null, loading: data.loading };
  const number = numberFormat(locale, { maximumFractionDigits: 2 });
  const option = monitorChartOption(
    chartRows,
    {
      target: t('cols.target'),
      actual: t('cols.actual'),
      actualKey: `${t('cols.actual')}: ${(['green', 'amber', 'red'] as const).map((r) => t(`rag.${r}`)).join(' / ')}`,
    },
    (n) => number.format(n),
    (key) => periodLabel(key, locale, common),
  );
  return {
    chart: {
      option,
      title: monitorChartTitle(programme, monitorIndicatorName(first, t, locale), t, locale),
      source: monitorChartSource(programme, t),
    },
    loading: data.loading,
  };
}
