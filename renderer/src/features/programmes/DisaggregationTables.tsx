import { Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { numberFormat } from '../../i18n/format';
import { useEngineData } from '../../workspace/use-engine-data';

/** An indicator's actual in a period broken down by its disaggregations (sex, age group, territory). */
export function DisaggregationTables({
  query,
}: {
  query: { indicatorId: number; period: string; view: 'native' | 'per-period' | 'cumulative' };
}) {
  const { t } = useTranslation('programmes');
  const { locale } = useLocale();
  const tables = useEngineData((e) => e.programmeDisaggregation(query), [query.indicatorId, query.period, query.view]);
  const number = numberFormat(locale);
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  if (!tables.data || tables.data.length === 0) return null;
  return (
    <Group align="flex-start" gap="sm" data-testid="disaggregation">
      {tables.data.map((table) => {
        const total = table.parts.reduce((s, p) => s + p.value, 0);
        return (
          <Paper key={table.dimension} withBorder p={6} miw={200} data-testid={`disaggregation-${table.dimension}`}>
            <Text size="sm" fw={600}>
              {t(`disaggregations.${table.dimension}`)}
            </Text>
            <Table withRowBorders={false}>
              <Table.Tbody>
                {table.parts.map((p) => (
                  <Table.Tr key={p.key} data-testid={`disaggregation-${table.dimension}-${p.key}`} data-value={p.value}>
                    <Table.Td>{p.name ?? t(`parts.${p.key as 'women' | 'men' | 'youth' | 'other'}`)}</Table.Td>
                    <Table.Td ta="right">{number.format(p.value)}</Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {total > 0 ? percent.format(p.value / total) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      })}
    </Group>
  );
}
