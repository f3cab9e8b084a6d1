import { Group, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo } from '../../../../shared/import/api';
import { useLocale } from '../../i18n';
import { columnLetter, parseBatchMapping } from './batch-mapping';
import { roleLabel } from './role-label';

const LAYOUT_KEYS = ['headerFirst', 'headerLast', 'dataStart', 'dataEnd'] as const;

/** How a batch's file was read: its columns' roles, the year, the layout corrections and answers the user gave. */
export function BatchDetails({ batch }: { batch: ImportBatchInfo }) {
  const { t } = useTranslation('importer');
  const { t: tc } = useLocale();
  const mapping = parseBatchMapping(batch.mapping);
  const layout = mapping ? LAYOUT_KEYS.filter((k) => mapping.layout[k] !== undefined) : [];
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="batch-details" data-batch={batch.id}>
      <Text fw={600} size="sm" mb={4}>
        {t('history.detailsTitle', { batch: batch.id, file: batch.sourceFile })}
      </Text>
      {!mapping ? (
        <Text size="sm" c="dimmed">
          {t('history.noMapping')}
        </Text>
      ) : (
        <Group align="flex-start" gap="xl">
          <ScrollArea.Autosize mah={240} w={520} type="auto">
            <Table withTableBorder verticalSpacing={2}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('mapping.columnLetter')}</Table.Th>
                  <Table.Th>{t('mapping.role')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mapping.columns.map((c) => (
                  <Table.Tr key={c.column}>
                    <Table.Td ff="monospace">{columnLetter(c.column)}</Table.Td>
                    <Table.Td>{roleLabel(t, tc, c.role)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          <Stack gap={4}>
            {mapping.target && <Text size="sm">{t('history.detailTarget', { target: t(`targets.${mapping.target}`) })}</Text>}
            <Text size="sm">
              {mapping.year === null
                ? t('history.detailYearColumns')
                : 'fromFile' in mapping.year
                  ? t('history.detailYearFile')
                  : t('history.detailYearValue', { year: mapping.year.value })}
            </Text>
            <Text size="sm">
              {layout.length === 0
                ? t('history.detailLayoutDetected')
                : t('history.detailLayout', {
                    rows: layout.map((k) => `${t(`history.layoutKeys.${k}`)} ${mapping?.layout[k] ?? ''}`).join(', '),
                  })}
            </Text>
            <Text size="sm">{t('history.detailAnswers', { count: mapping.resolutions })}</Text>
            {mapping.excludedRows > 0 && <Text size="sm">{t('history.detailExcluded', { count: mapping.excludedRows })}</Text>}
          </Stack>
        </Group>
      )}
    </Paper>
  );
}
