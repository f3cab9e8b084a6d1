import { Badge, Group, NativeSelect, Paper, Radio, Stack, Table, Text } from '@mantine/core';
import { ENCODING_CHOICES, type EncodingChoice } from '../../../../shared/import/api';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatFileSize, formatInteger } from '../../i18n/format';
import { TemplatePicker } from './TemplatePicker';
import type { ImportWizard } from './use-import-wizard';

/** Step 1: which sheet holds the table, and which saved mapping (template) reads it. */
export function SheetStep({ wizard, fileSize }: { wizard: ImportWizard; fileSize: number }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const { opened, sheet, template, target } = wizard.state;
  if (!opened) return null;
  const matches = opened.templates.filter((m) => m.sheet === sheet);

  return (
    <Stack gap="md" data-testid="import-step-sheet">
      <Paper withBorder p="xs" radius="sm">
        <Group gap="lg">
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('sheet.file')}:{' '}
            </Text>
            <Text span fw={600} size="sm" data-testid="import-file-name">
              {opened.fileName}
            </Text>
          </Text>
          <Text size="sm" data-testid="import-file-format">
            {opened.format === 'xlsx' ? t('sheet.formatXlsx') : t('sheet.formatCsv')}
            {opened.format === 'csv' &&
              ` · ${t('sheet.encoding', { encoding: opened.encoding ?? '?' })} · ${t('sheet.delimiter', { delimiter: opened.delimiter === '\t' ? 'TAB' : (opened.delimiter ?? '?') })}`}
          </Text>
          <Text size="sm" c="dimmed">
            {formatFileSize(fileSize, locale)}
          </Text>
          {opened.format === 'csv' && (
            <NativeSelect
              size="xs"
              label={t('sheet.encodingPick')}
              data-testid="import-encoding"
              value={wizard.encoding}
              onChange={(e) => wizard.selectEncoding(e.currentTarget.value as EncodingChoice)}
              data={ENCODING_CHOICES.map((c) => ({ value: c, label: t(`sheet.encodingChoice.${c}`) }))}
            />
          )}
        </Group>
      </Paper>

      <Stack gap={4}>
        <Text fw={600} size="sm">
          {opened.format === 'xlsx' ? t('sheet.chooseSheet') : t('sheet.csvOneTable')}
        </Text>
        <Radio.Group value={sheet} onChange={wizard.selectSheet} name="import-sheet">
          <Table withTableBorder striped={false} highlightOnHover verticalSpacing={4} maw={900} data-testid="import-sheets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36} />
                <Table.Th>{t('sheet.sheetName')}</Table.Th>
                <Table.Th ta="right">{t('sheet.rows')}</Table.Th>
                <Table.Th ta="right">{t('sheet.columns')}</Table.Th>
                <Table.Th>{t('sheet.notes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {opened.sheets.map((s, index) => {
                const fits = opened.templates.filter((m) => m.sheet === s.name);
                return (
                  <Table.Tr
                    key={s.name}
                    onClick={() => wizard.selectSheet(s.name)}
                    style={{ cursor: 'pointer' }}
                    data-testid={`import-sheet-${index}`}
                    data-selected={s.name === sheet}
                  >
                    <Table.Td>
                      <Radio value={s.name} aria-label={s.name} size="xs" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={s.name === sheet ? 600 : 400}>
                        {s.name}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatInteger(s.rowCount, locale)}</Table.Td>
                    <Table.Td ta="right">{formatInteger(s.columnCount, locale)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {s.name === opened.suggestedSheet && (
                          <Badge size="xs" variant="light">
                            {t('sheet.suggested')}
                          </Badge>
                        )}
                        {s.hidden && (
                          <Badge size="xs" color="gray" variant="light">
                            {t('sheet.hidden')}
                          </Badge>
                        )}
                        {s.empty && (
                          <Badge size="xs" color="orange" variant="light">
                            {t('sheet.empty')}
                          </Badge>
                        )}
                        {fits.some((m) => m.confidence === 'certain') && (
                          <Badge size="xs" color="green" variant="light">
                            {t('sheet.templateFits')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Radio.Group>
      </Stack>

      <TemplatePicker
        matches={matches}
        template={template}
        target={target}
        onTemplate={wizard.selectTemplate}
        onTarget={wizard.selectTarget}
      />
    </Stack>
  );
}
