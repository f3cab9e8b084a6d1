import { Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MonitorRow } from '../../../../shared/features/programmes/types';
import { isBuiltin } from '../../../../shared/features/programmes/types';
import { useLocale } from '../../i18n';
import { shortDate } from '../../i18n/format';
import { periodLabel } from '../../i18n/period-label';
import { useEngineData } from '../../workspace/use-engine-data';
import { DisaggregationTables } from './DisaggregationTables';
import type { View } from './MonitorPanel';

/** "Why this value": the actions whose start falls in the period (or up to it, cumulative). */
export function DrillModal({ row, onClose, view, name }: { row: MonitorRow | null; onClose: () => void; view: View; name: string }) {
  const { t } = useTranslation('programmes');
  const { locale, t: common } = useLocale();
  const actions = useEngineData(
    async (e) => (row ? e.programmeDrill({ indicatorId: row.indicatorId, period: row.period, view }) : []),
    [row?.indicatorId, row?.period, view],
  );
  const list = actions.data ?? [];
  const builtin = row ? isBuiltin(row.indicator) : true;
  const period = row ? periodLabel(row.period, locale, common) : '';
  return (
    <Modal opened={row !== null} onClose={onClose} title={t('why')} size="xl">
      {row && (
        <Stack gap="xs" data-testid="drill" data-loaded={actions.loading ? 'false' : 'true'}>
          <Text fw={600}>{builtin ? t('whyTitle', { indicator: name, period, count: list.length }) : `${name} — ${period}`}</Text>
          {!builtin && <Text size="sm">{t('whyEntered')}</Text>}
          <DisaggregationTables query={{ indicatorId: row.indicatorId, period: row.period, view }} />
          {/* An entered value has no actions behind it: only its parts. */}
          {builtin && (
            <Table striped withTableBorder data-testid="drill-table">
              <Table.Thead>
                <Table.Tr>
                  {(['code', 'type', 'municipality', 'startDate', 'participants', 'women', 'youth'] as const).map((c) => (
                    <Table.Th key={c}>{t(`cols.${c}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((a) => (
                  <Table.Tr key={a.id} data-testid={`drill-${a.code}`}>
                    <Table.Td>{a.code}</Table.Td>
                    <Table.Td>{t(`types.${a.type}`)}</Table.Td>
                    <Table.Td>{a.municipalityName}</Table.Td>
                    <Table.Td>{shortDate(a.startDate, locale)}</Table.Td>
                    <Table.Td ta="right">{a.participants}</Table.Td>
                    <Table.Td ta="right">{a.women}</Table.Td>
                    <Table.Td ta="right">{a.youth}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Modal>
  );
}
