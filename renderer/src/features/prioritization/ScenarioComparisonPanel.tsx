import { Alert, Center, Grid, Loader, MultiSelect, Paper, SegmentedControl, Table, Text, useComputedColorScheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { comparisonIn } from '../../../../shared/features/prioritization/scenario-language';
import type { ScenarioSummary } from '../../../../shared/features/prioritization/types';
import { Chart } from '../../components/Chart';
import { translateError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { buildCorrelationOption } from './correlation-option';
import { runErrorText } from './run-text';
import { usePrioritization } from './use-prioritization';

/** Several scenarios' rankings side by side (e.g. a frozen one and its re-weighted copy), with rank correlations. */
export function ScenarioComparisonPanel({ scenarios }: { scenarios: ScenarioSummary[] }) {
  const { t, locale } = usePrioritization();
  const dark = useComputedColorScheme('light') === 'dark';
  const [picked, setPicked] = useState<string[]>(() => scenarios.slice(0, 4).map((s) => String(s.id)));
  const [measure, setMeasure] = useState<'spearman' | 'kendall'>('spearman');
  const ids = picked.map(Number).filter((id) => scenarios.some((s) => s.id === id));
  const result = useEngineData((engine) => engine.compareScenarios(ids), [ids.join(',')]);
  const data = useMemo(() => result.data && comparisonIn(result.data, locale), [result.data, locale]);
  const option = useMemo(
    () =>
      data
        ? buildCorrelationOption({
            names: data.scenarios.map((s) => s.name),
            matrix: measure === 'spearman' ? data.spearman : data.kendall,
            measure: t(`stakeholders.${measure}`),
            locale,
            labels: { undefined: t('stakeholders.undefined') },
            dark,
          })
        : null,
    [data, measure, t, locale, dark],
  );

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="compare-panel">
      <Text fw={600} size="sm" mb={4}>
        {t('compare.title')}
      </Text>
      <MultiSelect
        size="xs"
        data={scenarios.map((s) => ({ value: String(s.id), label: s.name }))}
        value={picked}
        onChange={setPicked}
        maxValues={8}
        placeholder={t('compare.pick')}
        aria-label={t('compare.pick')}
        comboboxProps={{ withinPortal: true }}
        mb="xs"
        data-testid="compare-select"
      />
      {result.error !== null ? (
        <Alert color="blue" p={6}>
          <Text size="xs">{runErrorText(result.error, t) ?? translateError(result.error).message}</Text>
        </Alert>
      ) : !data || !option ? (
        <Center h={160}>
          <Loader size="sm" />
        </Center>
      ) : (
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, xl: 7 }}>
            <Table fz="xs" verticalSpacing={1} striped data-testid="compare-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('results.alternative')}</Table.Th>
                  {data.scenarios.map((s) => (
                    <Table.Th key={s.id} w={110}>
                      {s.name}
                      <Text size="xs" c="dimmed">
                        {t(`methods.${s.method}`)}
                        {s.frozenAt ? ` · ${t('list.frozenBadge')}` : ''}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Td>{r.label}</Table.Td>
                    {r.ranks.map((rank, k) => (
                      <Table.Td key={k} fw={rank !== r.ranks[0] ? 600 : undefined}>
                        {rank}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {data.notCommon.length > 0 && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('compare.notCommon', { names: data.notCommon.join(', ') })}
              </Text>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 5 }}>
            <SegmentedControl
              size="xs"
              mb={4}
              value={measure}
              onChange={(v) => setMeasure(v === 'kendall' ? 'kendall' : 'spearman')}
              data={[
                { value: 'spearman', label: t('stakeholders.spearman') },
                { value: 'kendall', label: t('stakeholders.kendall') },
              ]}
            />
            <Chart
              option={option}
              height={Math.max(260, 80 + 48 * data.scenarios.length)}
              title={`${t('compare.title')} (${t(`stakeholders.${measure}`)})`}
              testId="compare-chart"
            />
          </Grid.Col>
        </Grid>
      )}
    </Paper>
  );
}
