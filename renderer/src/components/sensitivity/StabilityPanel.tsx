import { Alert, Center, Loader, Paper, Table, Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyedStability as StabilityRow } from '../../../../shared/analysis/mcda/sensitivity';
import { useLocale } from '../../i18n';
import { formatPercentPoints } from '../../i18n/format';
import type { SensitivitySubject } from './walking';

/** Numbers with a unit that must not break over two lines ("27,8 %"). */
const NO_WRAP: CSSProperties = { whiteSpace: 'nowrap' };

/** A 0–100 % track with the stable interval shaded and the current weight marked. */
function IntervalBar({ row }: { row: StabilityRow }) {
  const pct = (x: number) => `${Math.min(100, Math.max(0, x * 100))}%`;
  return (
    <div style={{ position: 'relative', height: 10, background: 'var(--mantine-color-default-border)', borderRadius: 3, minWidth: 120 }}>
      <div
        style={{
          position: 'absolute',
          left: pct(row.lower),
          width: `calc(${pct(row.upper)} - ${pct(row.lower)})`,
          top: 0,
          bottom: 0,
          background: '#40c057',
          borderRadius: 3,
        }}
      />
      <div
        style={{ position: 'absolute', left: pct(row.weight), top: -2, bottom: -2, width: 2, background: 'var(--mantine-color-text)' }}
      />
    </div>
  );
}

interface Props {
  run: SensitivitySubject;
  /** The intervals (null while they are computed). */
  rows: readonly StabilityRow[] | null;
  /** Why they could not be computed, in the user's words; null when they could. */
  error?: ReactNode;
}

/**
 * How far each weight can move (others in proportion) before the top N changes, and what happens
 * then. Prioritization runs and attraction sales criteria both show it.
 */
export function StabilityPanel({ run, rows, error = null }: Props) {
  const { t } = useTranslation('prioritization');
  const { locale } = useLocale();
  const labels = new Map(run.ranked.map((r) => [r.key, r.label]));
  const percent = (x: number) => formatPercentPoints(x * 100, locale);
  const change = (c: StabilityRow['aboveUpper'], bound: number, above: boolean) =>
    c
      ? t(above ? 'stability.above' : 'stability.below', {
          bound: percent(bound),
          enters: labels.get(c.enters) ?? c.enters,
          leaves: labels.get(c.leaves) ?? c.leaves,
        })
      : null;
  return (
    <Paper withBorder p="xs" radius="sm" h="100%" data-testid="stability">
      <Text fw={600} size="sm">
        {t('stability.title', { n: run.topN })}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('stability.help')}
      </Text>
      {error !== null ? (
        <Alert color="orange" p={6}>
          <Text size="xs">{error}</Text>
        </Alert>
      ) : !rows ? (
        <Center h={120}>
          <Loader size="sm" />
        </Center>
      ) : (
        <Table fz="xs" verticalSpacing={4} data-testid="stability-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">{t('stability.criterion')}</Table.Th>
              <Table.Th w={70}>{t('stability.weight')}</Table.Th>
              <Table.Th w={130}>{t('stability.interval')}</Table.Th>
              <Table.Th w={150} />
              <Table.Th>{t('stability.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.criterion}>
                <Table.Td>{run.criteria[row.criterion]?.label}</Table.Td>
                <Table.Td style={NO_WRAP}>{percent(row.weight)}</Table.Td>
                <Table.Td style={NO_WRAP}>
                  {percent(row.lower)} – {percent(row.upper)}
                  {!row.exact && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ≈
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <IntervalBar row={row} />
                </Table.Td>
                <Table.Td c="dimmed">
                  {row.lower === row.upper
                    ? t('stability.tied')
                    : [change(row.belowLower, row.lower, false), change(row.aboveUpper, row.upper, true)].filter(Boolean).join(' ') ||
                      t('stability.noChange')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows?.some((r) => !r.exact) && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('stability.approximate')}
        </Text>
      )}
    </Paper>
  );
}
