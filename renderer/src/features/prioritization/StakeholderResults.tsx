import { Alert, Box, Center, Loader, SegmentedControl, Stack, Table, Text, useComputedColorScheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { stakeholdersIn } from '../../../../shared/features/prioritization/scenario-language';
import { Chart } from '../../components/Chart';
import { Panel } from '../../components/Panel';
import { formatNumber } from './format';
import { translateError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { buildCorrelationOption } from './correlation-option';
import { agreementList, runErrorText } from './run-text';
import { usePrioritization } from './use-prioritization';
import type { Draft } from './draft';

/** The weight sets' rankings side by side (the draft's, when unsaved), their rank correlations and a consensus ranking. */
export function StakeholderResults({ scenarioId, pending }: { scenarioId: number; pending: Draft | undefined }) {
  const { t, locale } = usePrioritization();
  const dark = useComputedColorScheme('light') === 'dark';
  const [consensus, setConsensus] = useState<'borda' | 'copeland'>('borda');
  const [measure, setMeasure] = useState<'spearman' | 'kendall'>('spearman');
  const result = useEngineData(
    (engine) => engine.scenarioStakeholders(scenarioId, consensus, pending),
    [scenarioId, consensus, pending ? JSON.stringify(pending) : ''],
  );
  const data = useMemo(() => result.data && stakeholdersIn(result.data, locale), [result.data, locale]);
  const option = useMemo(
    () =>
      data
        ? buildCorrelationOption({
            names: data.names,
            matrix: measure === 'spearman' ? data.spearman : data.kendall,
            measure: t(`stakeholders.${measure}`),
            locale,
            labels: { undefined: t('stakeholders.undefined') },
            dark,
          })
        : null,
    [data, measure, t, locale, dark],
  );

  if (result.error !== null) {
    return (
      <Alert color="blue" p="xs" data-testid="stakeholders-empty">
        <Text size="xs">{runErrorText(result.error, t) ?? translateError(result.error).message}</Text>
      </Alert>
    );
  }
  if (!data || !option) {
    return (
      <Center h={160}>
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    // One above the other at every width: beside the correlation (7 of 12 columns on a wide screen) the
    // table's alternatives wrapped word by word ("Distrito / Industrial do / Jatobá") at 1440 px.
    <Stack gap="sm" data-testid="stakeholder-results">
      <Panel
        title={t('stakeholders.rankings')}
        controls={
          <SegmentedControl
            size="xs"
            value={consensus}
            onChange={(v) => setConsensus(v === 'copeland' ? 'copeland' : 'borda')}
            data={[
              { value: 'borda', label: t('stakeholders.borda') },
              { value: 'copeland', label: t('stakeholders.copeland') },
            ]}
          />
        }
        footer={`${t(`stakeholders.${consensus}Help`)} ${t('stakeholders.agreement', {
          list: agreementList(data.names, data.agreementWithConsensus, locale),
        })}`}
      >
        <Table fz="xs" verticalSpacing={1} striped data-testid="stakeholder-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('stakeholders.consensus')}</Table.Th>
              <Table.Th>{t('results.alternative')}</Table.Th>
              {data.names.map((n) => (
                <Table.Th key={n} w={130}>
                  {n}
                </Table.Th>
              ))}
              <Table.Th w={80}>{t('stakeholders.meanRank')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td fw={600}>{r.consensusRank}</Table.Td>
                <Table.Td>{r.label}</Table.Td>
                {r.ranks.map((rank, k) => (
                  <Table.Td key={k}>{rank}</Table.Td>
                ))}
                <Table.Td>{formatNumber(r.meanRank, locale, 1)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Panel>
      <Box maw={640}>
        <Panel
          title={t('stakeholders.correlation')}
          controls={
            <SegmentedControl
              size="xs"
              value={measure}
              onChange={(v) => setMeasure(v === 'kendall' ? 'kendall' : 'spearman')}
              data={[
                { value: 'spearman', label: t('stakeholders.spearman') },
                { value: 'kendall', label: t('stakeholders.kendall') },
              ]}
            />
          }
          footer={t('stakeholders.correlationHelp')}
        >
          <Chart
            option={option}
            height={Math.max(260, 80 + 48 * data.names.length)}
            title={`${t('stakeholders.correlation')} (${t(`stakeholders.${measure}`)})`}
            testId="correlation-chart"
            attributes={{ 'data-sets': data.names.length }}
          />
        </Panel>
      </Box>
    </Stack>
  );
}
