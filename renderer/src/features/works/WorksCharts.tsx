import { Group, Pagination, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaselineItem, Milestone, PortfolioRow } from '../../../../shared/features/works/types';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { numberFormat } from '../../i18n/format';
import { useEngineData } from '../../workspace/use-engine-data';
import { GANTT_WINDOW, ganttFullView, ganttHeight, ganttOption, ganttOrder, type GanttZoom } from './gantt-option';
import { budgetOption, earnedValueOption, sCurveOption } from './scurve-option';
import './works-echarts';
import { AddToMeeting } from '../territories/meeting/AddToMeeting';
import { budgetSums, worksChartLabels } from './works-chart-labels';
import { worksChartTitle, worksMeetingView, type WorksChart } from './use-works-meeting-chart';

interface Props {
  rows: PortfolioRow[];
  /** The grid's filters narrow the rows beyond one district (a status, category or funding source). */
  narrowed: boolean;
  statusDate: string;
  baseline: BaselineItem[] | null;
  milestones: Milestone[];
  source: string;
}

/**
 * Adds a works chart to a meeting sequence, of the works the chart shows: the grid's filter (or the
 * one work picked) by their ids, else the district shown (one district in the rows) or the whole
 * portfolio.
 */
function MeetingButton({
  chart,
  rows,
  narrowed,
  statusDate,
  title,
}: {
  chart: WorksChart;
  rows: readonly PortfolioRow[];
  narrowed: boolean;
  statusDate: string;
  title: string;
}) {
  const { t } = useTranslation('works');
  const sites = new Set(rows.map((r) => r.siteId));
  const site = sites.size === 1 ? ([...sites][0] ?? null) : null;
  const works = narrowed ? rows.map((r) => r.id) : null;
  const name = worksChartTitle(title, rows, site, narrowed, t);
  return (
    <AddToMeeting
      view={worksMeetingView({ chart, site, works, statusDate }, name)}
      disabled={rows.length === 0}
      testId={`works-${chart}-meeting`}
      // The Gantt's button stands alone; the others stand in pairs and say which chart they add.
      what={chart === 'gantt' ? undefined : t(`meetingShort.${chart}`)}
    />
  );
}

/** The Gantt of the works shown (a district or the whole portfolio): late works in red, baseline shadows. */
export function GanttPanel({ rows, narrowed, statusDate, baseline, milestones, source }: Props) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const number = numberFormat(locale);
  const [zoom, setZoom] = useState<GanttZoom>('month');
  const order = useMemo(() => ganttOrder(rows), [rows]);
  const pages = Math.ceil(order.length / GANTT_WINDOW);
  const [wanted, setPage] = useState(1);
  const page = Math.min(wanted, Math.max(1, pages));
  const first = (page - 1) * GANTT_WINDOW;
  const option = useMemo(
    () => ganttOption(order, statusDate, worksChartLabels(t, locale).gantt, zoom, baseline, milestones, first, true),
    [order, statusDate, t, locale, zoom, baseline, milestones, first],
  );
  const late = useMemo(() => rows.filter((r) => r.health === 'late').map((r) => r.workCode), [rows]);
  // The export and full-screen view draw every row, built only when asked for.
  const exportView = useCallback(
    () => ganttFullView(order, statusDate, worksChartLabels(t, locale).gantt, zoom, baseline, milestones),
    [order, statusDate, t, locale, zoom, baseline, milestones],
  );
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm">{t('gantt.zoom')}</Text>
        <SegmentedControl
          size="xs"
          value={zoom}
          onChange={(v) => setZoom(v)}
          data={[
            { value: 'month', label: t('gantt.month') },
            { value: 'quarter', label: t('gantt.quarter') },
          ]}
          data-testid="works-gantt-zoom"
        />
        <MeetingButton chart="gantt" rows={rows} narrowed={narrowed} statusDate={statusDate} title={t('gantt.title')} />
        {pages > 1 && (
          <>
            <Text size="sm" c="dimmed" data-testid="works-gantt-window">
              {t('gantt.window', {
                from: number.format(first + 1),
                to: number.format(Math.min(first + GANTT_WINDOW, order.length)),
                total: number.format(order.length),
              })}
            </Text>
            <Pagination size="xs" total={pages} value={page} onChange={setPage} siblings={1} data-testid="works-gantt-pages" />
          </>
        )}
      </Group>
      <Chart
        option={option}
        height={ganttHeight(Math.min(rows.length, GANTT_WINDOW))}
        exportView={exportView}
        title={t('gantt.title')}
        source={source}
        testId="works-gantt"
        attributes={{ 'data-late': late.join(' '), 'data-works': rows.length, 'data-baseline': baseline ? 'yes' : 'no' }}
      />
    </Stack>
  );
}

/** The latest actual physical progress of a curve (%, one decimal; '' before any), for checks and tests. */
function lastActual(points: readonly { physical: number | null }[]): string {
  const last = points.filter((p) => p.physical !== null).at(-1)?.physical;
  return last === undefined || last === null ? '' : last.toFixed(1);
}

/** S-curves (physical and financial against the plan) of the portfolio, a district or one work. */
export function SCurvePanel({
  rows,
  filtered,
  narrowed,
  statusDate,
  source,
}: Pick<Props, 'rows' | 'narrowed' | 'statusDate' | 'source'> & {
  /** The rows are the grid's as filtered (a district too), not the whole portfolio: the curve is theirs. */
  filtered: boolean;
}) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const [workId, setWorkId] = useState<string | null>(null);
  // The curve follows the grid's filters, as the Gantt and the budget do (a category's two works
  // drew the whole portfolio's curve under "Toda a carteira").
  const workIds = filtered ? rows.map((r) => r.id) : null;
  const curve = useEngineData(
    (engine) => engine.worksSCurve({ statusDate, ...(workId ? { workId: Number(workId) } : workIds ? { workIds } : {}) }),
    [statusDate, workId, workIds?.join(',') ?? null],
  );
  const points = curve.data ?? [];
  const labels = worksChartLabels(t, locale);
  // The meeting gets the curve shown: of the one work picked, else of the rows.
  const picked = workId === null ? undefined : rows.find((r) => String(r.id) === workId);
  const curveRows = picked ? [picked] : rows;
  return (
    <Stack gap="xs">
      <Select
        size="xs"
        label={t('scurve.scope')}
        placeholder={filtered ? t('scurve.filtered', { count: rows.length }) : t('scurve.portfolio')}
        data={rows.map((r) => ({ value: String(r.id), label: `${r.workCode} · ${r.title}` }))}
        value={workId}
        onChange={setWorkId}
        clearable
        searchable
        w={360}
        data-testid="works-scurve-scope"
      />
      <Group gap="xs">
        {(['scurve', 'ev'] as const).map((chart) => (
          <MeetingButton
            key={chart}
            chart={chart}
            rows={curveRows}
            narrowed={narrowed || picked !== undefined}
            statusDate={statusDate}
            title={t(`${chart}.title`)}
          />
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Chart
          option={sCurveOption(points, labels.scurve)}
          height={360}
          title={t('scurve.title')}
          heading
          source={source}
          testId="works-scurve"
          attributes={{ 'data-points': points.length, 'data-actual': lastActual(points) }}
        />
        <Chart option={earnedValueOption(points, labels.ev)} height={360} title={t('ev.title')} heading source={source} testId="works-ev" />
      </SimpleGrid>
    </Stack>
  );
}

/** Budget planned, committed and disbursed by district and by funding source. */
export function BudgetPanel({ rows, narrowed, statusDate, source }: Pick<Props, 'rows' | 'narrowed' | 'statusDate' | 'source'>) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const labels = worksChartLabels(t, locale).budget;
  const byDistrict = budgetSums(rows, (r) => r.siteName);
  const byFunding = budgetSums(rows, (r) => (r.fundingSource ? t(`funding.${r.fundingSource}`) : '–'));
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <MeetingButton chart="budget-district" rows={rows} narrowed={narrowed} statusDate={statusDate} title={t('budget.byDistrict')} />
        <MeetingButton chart="budget-funding" rows={rows} narrowed={narrowed} statusDate={statusDate} title={t('budget.byFunding')} />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Chart
          option={budgetOption(byDistrict, labels)}
          height={Math.max(260, byDistrict.length * 40 + 80)}
          title={t('budget.byDistrict')}
          heading
          source={source}
          testId="works-budget-district"
        />
        <Chart
          option={budgetOption(byFunding, labels)}
          height={Math.max(260, byFunding.length * 40 + 80)}
          title={t('budget.byFunding')}
          heading
          source={source}
          testId="works-budget-funding"
        />
      </SimpleGrid>
    </Stack>
  );
}
