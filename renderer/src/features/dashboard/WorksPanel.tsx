import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { districtSummaries } from '../../../../shared/features/works/portfolio';
import { useLocale } from '../../i18n';
import { formatInteger, shortDate } from '../../i18n/format';
import type { ShippedFirstScreen } from '../../../../shared/features/workspace/first-screen';
import { useEngineData, type Seed } from '../../workspace/use-engine-data';
import { useWorkspace } from '../../workspace/workspace-context';
import { referenceDay } from '../../workspace/workspace-snapshot';
import { compactMoney, HEALTH_COLORS, pct } from '../works/works-format';
import { Panel } from '../../components/Panel';

/**
 * The works of each district at the workspace's day (today; the demo's own day): how many, budget,
 * physical progress, late and paralysed ones. `shipped`: the shipped demo's works as built with it,
 * which stand for the engine's answer at their day (a first start asks nothing for them, issue 16).
 */
export function WorksPanel({ shipped }: { shipped: Seed<ShippedFirstScreen['works']> | null }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const day = referenceDay(useWorkspace());
  const seed = shipped?.data.day === day ? { data: shipped.data.rows, version: shipped.version } : null;
  const portfolio = useEngineData((e) => e.worksPortfolio(day), [day], seed);
  const rows = portfolio.data ?? [];
  if (portfolio.loading || rows.length === 0) return null;
  const districts = districtSummaries(rows);
  const illustrative = rows.some((r) => r.illustrative);
  const count = (n: number, color: string) =>
    n === 0 ? (
      '–'
    ) : (
      <Text span fw={700} c={color} size="sm">
        {formatInteger(n, locale)}
      </Text>
    );
  return (
    <Panel title={t('summary.byDistrict', { date: shortDate(day, locale) })} footer={illustrative ? t('illustrativeNote') : undefined}>
      <Table striped withRowBorders={false} verticalSpacing={2} fz="sm" data-testid="dashboard-works" data-districts={districts.length}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.site')}</Table.Th>
            <Table.Th ta="right">{t('summary.works')}</Table.Th>
            <Table.Th ta="right">{t('summary.budget')}</Table.Th>
            <Table.Th ta="right">{t('summary.progress')}</Table.Th>
            <Table.Th ta="right">{t('summary.lateCount')}</Table.Th>
            <Table.Th ta="right">{t('summary.paralysedCount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {districts.map((d) => (
            <Table.Tr key={d.siteId} data-testid={`dashboard-works-${d.siteCode}`}>
              <Table.Td>{d.siteName}</Table.Td>
              <Table.Td ta="right">{formatInteger(d.works, locale)}</Table.Td>
              <Table.Td ta="right">{compactMoney(d.budgetPlanned, locale)}</Table.Td>
              <Table.Td ta="right">{pct(d.physicalProgress, locale)}</Table.Td>
              <Table.Td ta="right">{count(d.late, HEALTH_COLORS.late)}</Table.Td>
              <Table.Td ta="right">{count(d.paralysed, HEALTH_COLORS.paralysed)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Panel>
  );
}
