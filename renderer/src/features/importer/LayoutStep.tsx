import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportLayout, LayoutOverrides } from '../../../../shared/import/api';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { ImportErrorAlert } from './ImportErrorAlert';
import { RawRowsGrid } from './RawRowsGrid';
import { ROW_MARKS, summarizeLayout } from './row-marks';
import { wordClip } from '../../../../shared/text/word-clip';
import type { ImportWizard } from './use-import-wizard';

interface Draft {
  noHeader: boolean;
  headerFirst: number | '';
  headerLast: number | '';
  dataStart: number | '';
  dataEnd: number | '';
}

function draftOf(layout: ImportLayout | null): Draft {
  return {
    noHeader: layout !== null && layout.headerRows === null,
    headerFirst: layout?.headerRows?.first ?? '',
    headerLast: layout?.headerRows?.last ?? '',
    dataStart: layout?.dataStart ?? '',
    dataEnd: layout?.dataEnd ?? '',
  };
}

function overridesOf(draft: Draft): LayoutOverrides {
  const o: LayoutOverrides = {};
  if (draft.noHeader) o.headerFirst = 0;
  else if (draft.headerFirst !== '') {
    o.headerFirst = draft.headerFirst;
    o.headerLast = draft.headerLast === '' ? draft.headerFirst : Math.max(draft.headerFirst, draft.headerLast);
  }
  if (draft.dataStart !== '') o.dataStart = draft.dataStart;
  if (draft.dataEnd !== '') o.dataEnd = draft.dataEnd;
  return o;
}

/** What the engine found: where the header is, where data starts and ends and why, totals, the year the file states. */
function DetectedSummary({ layout }: { layout: ImportLayout }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const summary = summarizeLayout(layout);
  const endRow = layout.footerRows[0];
  return (
    <Stack gap={2} data-testid="layout-summary">
      <Text size="sm">
        {layout.headerRows
          ? layout.headerRows.first === layout.headerRows.last
            ? t('layout.headerOne', { row: layout.headerRows.first })
            : t('layout.headerMany', { first: layout.headerRows.first, last: layout.headerRows.last })
          : t('layout.noHeaderDetected')}
        {layout.titleRows.length > 0 &&
          ` · ${t('layout.titles', { count: layout.titleRows.length, rows: layout.titleRows.map((r) => r.row).join(', ') })}`}
      </Text>
      <Text size="sm" data-testid="layout-data-rows" data-start={layout.dataStart} data-end={layout.dataEnd}>
        {t('layout.data', {
          start: formatInteger(layout.dataStart, locale),
          end: formatInteger(layout.dataEnd, locale),
          count: formatInteger(summary.span, locale),
        })}
        {summary.totals > 0 && ` · ${t('layout.totals', { count: summary.totals, rows: layout.totalRows.join(', ') })}`}
      </Text>
      <Text size="sm" c="dimmed" data-testid="layout-end-reason">
        {layout.endReason === 'footer' && endRow
          ? t('layout.endFooter', { row: endRow.row, text: wordClip(endRow.text, 80) })
          : t(`layout.end.${layout.endReason}`)}
      </Text>
      {layout.yearCandidates.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="layout-year">
          {t('layout.years', {
            years: layout.yearCandidates.map((c) => `${c.year} (${t(`layout.yearSource.${c.source}`)})`).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}

/** Step 2: header and end-of-data, as detected, shown on the sheet's rows and correctable. */
export function LayoutStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('importer');
  const { layout, layoutError, rows, excludeRows, overrides, sheet } = wizard.state;
  const [draft, setDraft] = useState<Draft>(() => draftOf(layout));
  // A new detection (another sheet, or corrections applied) resets the fields to what the engine now says.
  const [seen, setSeen] = useState(layout);
  if (seen !== layout) {
    setSeen(layout);
    setDraft(draftOf(layout));
  }
  const excluded = new Set(excludeRows);
  const corrected = Object.keys(overrides).length > 0;
  const apply = (next: LayoutOverrides, drop: (keyof LayoutOverrides)[] = []) => {
    const merged: LayoutOverrides = { ...overrides, ...next };
    for (const key of drop) delete merged[key];
    void wizard.setOverrides(merged);
  };
  const number = (value: string | number): number | '' =>
    typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.round(value)) : '';

  return (
    <Stack gap="sm" data-testid="import-step-layout">
      {layoutError !== null && (
        <ImportErrorAlert error={layoutError} testId="layout-error" color="orange">
          {corrected && (
            <Group>
              <Button size="xs" variant="default" onClick={() => void wizard.setOverrides({})}>
                {t('layout.reset')}
              </Button>
            </Group>
          )}
        </ImportErrorAlert>
      )}
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Paper withBorder p="xs" radius="sm" style={{ flex: 1 }}>
          <Text fw={600} size="sm" mb={4}>
            {corrected ? t('layout.corrected') : t('layout.detected')}
          </Text>
          {layout ? <DetectedSummary layout={layout} /> : <Text size="sm">{t('layout.noLayout', { sheet })}</Text>}
        </Paper>
        <Paper withBorder p="xs" radius="sm" w={660}>
          <Text fw={600} size="sm" mb={4}>
            {t('layout.correct')}
          </Text>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <Checkbox
              mb={6}
              label={t('layout.noHeader')}
              checked={draft.noHeader}
              onChange={(e) => setDraft({ ...draft, noHeader: e.currentTarget.checked })}
              size="xs"
              data-testid="layout-no-header"
            />
            <NumberField
              label={t('layout.headerFirst')}
              value={draft.headerFirst}
              onChange={(v) => setDraft({ ...draft, headerFirst: number(v) })}
              disabled={draft.noHeader}
              min={1}
              w={96}
              data-testid="layout-header-first"
            />
            <NumberField
              label={t('layout.headerLast')}
              value={draft.headerLast}
              onChange={(v) => setDraft({ ...draft, headerLast: number(v) })}
              disabled={draft.noHeader}
              min={1}
              w={96}
              data-testid="layout-header-last"
            />
            <NumberField
              label={t('layout.dataStart')}
              value={draft.dataStart}
              onChange={(v) => setDraft({ ...draft, dataStart: number(v) })}
              min={1}
              w={96}
              data-testid="layout-data-start"
            />
            <NumberField
              label={t('layout.dataEnd')}
              value={draft.dataEnd}
              onChange={(v) => setDraft({ ...draft, dataEnd: number(v) })}
              min={1}
              w={96}
              data-testid="layout-data-end"
            />
          </Group>
          <Group gap="xs" mt="xs">
            <Button size="xs" onClick={() => void wizard.setOverrides(overridesOf(draft))} data-testid="layout-apply">
              {t('layout.apply')}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={!corrected}
              onClick={() => void wizard.setOverrides({})}
              data-testid="layout-reset"
            >
              {t('layout.reset')}
            </Button>
          </Group>
        </Paper>
      </Group>
      <Group gap="md" data-testid="layout-legend">
        {ROW_MARKS.map((mark) => (
          <Text key={mark} size="xs" c="dimmed">
            <span className={`importer-swatch importer-mark-${mark}`} />
            {t(`marks.${mark}`)}
          </Text>
        ))}
      </Group>
      {rows && layout && (
        <RawRowsGrid
          rows={rows}
          layout={layout}
          excluded={excluded}
          onHeader={(row) => apply({ headerFirst: row, headerLast: row }, ['dataStart'])}
          onDataStart={(row) => apply({ dataStart: row })}
          onDataEnd={(row) => apply({ dataEnd: row })}
        />
      )}
    </Stack>
  );
}
