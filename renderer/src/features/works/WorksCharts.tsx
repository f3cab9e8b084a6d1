import { Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaselineItem, Milestone, PortfolioRow } from '../../../../shared/features/works/types';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { useEngineData } from '../../workspace/use-engine-data';
import { ganttOption, type GanttZoom } from './gantt-option';
import { budgetOption, earnedValueOption, sCurveOption } from './scurve-option';
import './works-echarts';
import { compactMoney, pct, shortDate } from './works-format';

interface Props {
  rows: PortfolioRow[];
  statusDate: string;
  baseline: BaselineItem[] | null;
  milestones: Milestone[];
  source: string;
}

/** The Gantt of the works shown (a district or the whole portfolio): late works in red, baseline shadows. */
export function GanttPanel({ rows, statusDate, baseline, milestones, source }: Props) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const [zoom, setZoom] = useState<GanttZoom>('month');
  const option = useMemo(
    () =>
      ganttOption(
        rows,
        statusDate,
        { planned: t('gantt.planned'), actual: t('gantt.actual'), baseline: t('gantt.baseline'), today: t('gantt.today'), milestone: t('gantt.milestone'), formatDate: (iso) => shortDate(iso, locale) },
        zoom,
        baseline,
        milestones,
      ),
    [rows, statusDate, t, locale, zoom, baseline, milestones],
  );
  const late = rows.filter((r) => r.health === 'late').map((r) => r.workCode);
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
      </Group>
      <Chart
        option={option}
        height={Math.max(260, rows.length * 34 + 90)}
        title={t('gantt.title')}
        source={source}
        testId="works-gantt"
        attributes={{ 'data-late': late.join(' '), 'data-works': rows.length, 'data-baseline': baseline ? 'yes' : 'no' }}
      />
    </Stack>
  );
}

/** S-curves (physical and financial against the plan) of the portfolio, a district or one work. */
export function SCurvePanel({ rows, statusDate, source }: Pick<Props, 'rows' | 'statusDate' | 'source'>) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const [workId, setWorkId] = useState<string | null>(null);
  const sites = new Set(rows.map((r) => r.siteId));
  const siteId = sites.size === 1 ? [...sites][0] : undefined;
  const curve = useEngineData(
    (engine) => engine.worksSCurve({ statusDate, ...(workId ? { workId: Number(workId) } : siteId !== undefined ? { siteId } : {}) }),
    [statusDate, workId, siteId ?? null],
  );
  const points = curve.data ?? [];
  return (
    <Stack gap="xs">
      <Select
        size="xs"
        label={t('scurve.scope')}
        placeholder={t('scurve.portfolio')}
        data={rows.map((r) => ({ value: String(r.id), label: `${r.workCode} · ${r.title}` }))}
        value={workId}
        onChange={setWorkId}
        clearable
        searchable
        w={360}
        data-testid="works-scurve-scope"
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Chart
          option={sCurveOption(points, { planned: t('scurve.planned'), physical: t('scurve.physical'), financial: t('scurve.financial'), formatPct: (v) => pct(v, locale) })}
          height={360}
          title={t('scurve.title')}
          source={source}
          testId="works-scurve"
          attributes={{ 'data-points': points.length }}
        />
        <Chart
          option={earnedValueOption(points, { pv: t('ev.pv'), ev: t('ev.ev'), ac: t('ev.ac'), formatMoney: (v) => compactMoney(v, locale) })}
          height={360}
          title={t('ev.title')}
          source={source}
          testId="works-ev"
        />
      </SimpleGrid>
    </Stack>
  );
}

function sums(rows: readonly PortfolioRow[], key: (r: PortfolioRow) => string) {
  const map = new Map<string, { name: string; planned: number; committed: number; disbursed: number }>();
  for (const r of rows) {
    const name = key(r);
    const g = map.get(name) ?? { name, planned: 0, committed: 0, disbursed: 0 };
    g.planned += r.budgetPlanned;
    g.committed += r.committed;
    g.disbursed += r.disbursed;
    map.set(name, g);
  }
  return [...map.values()].sort((a, b) => b.planned - a.planned);
}

/** Budget planned, committed and disbursed by district and by funding source. */
export function BudgetPanel({ rows, source }: Pick<Props, 'rows' | 'source'>) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const labels = { planned: t('budget.planned'), committed: t('budget.committed'), disbursed: t('budget.disbursed'), formatMoney: (v: number) => compactMoney(v, locale) };
  const byDistrict = sums(rows, (r) => r.siteName);
  const byFunding = sums(rows, (r) => (r.fundingSource ? t(`funding.${r.fundingSource}`) : '–'));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Chart option={budgetOption(byDistrict, labels)} height={Math.max(260, byDistrict.length * 40 + 80)} title={t('budget.byDistrict')} source={source} testId="works-budget-district" />
      <Chart option={budgetOption(byFunding, labels)} height={Math.max(260, byFunding.length * 40 + 80)} title={t('budget.byFunding')} source={source} testId="works-budget-funding" />
    </SimpleGrid>
  );
}
