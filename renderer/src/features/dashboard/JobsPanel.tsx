import { Center, Loader, Select, Text, useComputedColorScheme } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { sectorLabel } from '../../i18n/sector-label';
import { useEngineData } from '../../workspace/use-engine-data';
import { buildJobsBySectorOption } from './jobs-by-sector-option';
import { Panel } from '../../components/Panel';
import { CHART_HEIGHT } from './chart-height';
import { numberFormat } from '../../i18n/format';
import type { DashboardFirst } from '../../../../shared/rpc/engine-api';

type FirstJobs = NonNullable<DashboardFirst['jobs']>;

/** Formal jobs in the state by IBGE sector, for a year the user picks (latest by default). */
interface Props {
  years: number[] | undefined;
  /** The latest year's totals and their files as the dashboard's summary brought them, for its data version. */
  first: (FirstJobs & { version: number }) | null | undefined;
  onLoaded: (version: number) => void;
}

export function JobsPanel({ years, first, onLoaded }: Props) {
  const { t, locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  // The user's pick while the workspace has that year; otherwise the latest year.
  const [picked, setPicked] = useState<number | null>(null);
  const year = picked !== null && years?.includes(picked) ? picked : years && years.length > 0 ? Math.max(...years) : null;
  const yearPending = years === undefined;
  const totals = useEngineData(
    async (engine) =>
      year === null ? [] : engine.sectorTotals({ classification: 'ibge-setor', measure: 'jobs', year, stateCode: FOCUS_STATE_CODE }),
    [year],
    first && first.year === year ? { data: first.totals, version: first.version } : null,
  );

  // The files the jobs shown were imported from (RAIS exports in the demo), never a provider named by hand.
  // The latest year's come with the summary: the chart is drawn once, with its source line (issue 16).
  const sources = useEngineData(
    async (engine) => (year === null ? [] : engine.activitySources({ classification: 'ibge-setor', measure: 'jobs', years: [year] })),
    [year],
    first && first.year === year ? { data: first.sources, version: first.version } : null,
  );

  const ready = !yearPending && !totals.loading && totals.data !== undefined;
  useEffect(() => {
    if (ready) onLoaded(totals.version);
  }, [ready, totals.version, onLoaded]);

  const files = [...new Set((sources.data ?? []).map((s) => s.file))];
  const source = [files.length > 0 ? files.join(', ') : t('dashboard.jobs.sourceImported'), ...(year === null ? [] : [String(year)])].join(
    ', ',
  );
  const option = useMemo(() => {
    if (!ready || !totals.data || totals.data.length === 0) return null;
    return buildJobsBySectorOption({
      totals: totals.data,
      sectorLabel: (s) => sectorLabel(locale, s.sectorCode, s.sectorName),
      locale,
      labels: { series: t('dashboard.jobs.series'), unit: t('units.jobs'), source: `${t('common.source')}: ${source}` },
      dark,
    });
  }, [ready, totals.data, t, locale, source, dark]);

  const total = (totals.data ?? []).reduce((sum, s) => sum + s.value, 0);
  return (
    <Panel
      title={t('dashboard.jobs.title')}
      controls={
        <Select
          data={(years ?? []).map((y) => ({ value: String(y), label: String(y) }))}
          value={year === null ? null : String(year)}
          onChange={(value) => value && setPicked(Number(value))}
          disabled={!years || years.length === 0}
          allowDeselect={false}
          w={90}
          aria-label={t('dashboard.jobs.year')}
          data-testid="jobs-year-select"
        />
      }
      footer={option ? t('dashboard.jobs.footer', { total: numberFormat(locale).format(total), source }) : undefined}
    >
      {option ? (
        <Chart
          option={option}
          height={CHART_HEIGHT}
          title={t('dashboard.jobs.exportTitle', { year: year ?? '' })}
          source={`${t('common.source')}: ${source}`}
          testId="jobs-chart"
          attributes={{ 'data-year': year ?? '', 'data-bar-count': totals.data?.length ?? 0 }}
        />
      ) : ready ? (
        <Center h={CHART_HEIGHT} data-testid="jobs-empty">
          <Text size="sm" c="dimmed" ta="center" maw={320}>
            {t('dashboard.jobs.empty')}
          </Text>
        </Center>
      ) : (
        <Center h={CHART_HEIGHT}>
          <Loader size="sm" />
        </Center>
      )}
    </Panel>
  );
}
