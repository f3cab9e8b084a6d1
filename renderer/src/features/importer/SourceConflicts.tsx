import { Alert, Button, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/import/api';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { mappingWithSeparateSeries } from './source-conflicts';
import type { ImportWizard } from './use-import-wizard';

/**
 * The review's question when the file would replace stored values of another source (the Census
 * 2022 count by the TCU preview): store the file's values as a series apart, or replace them.
 */
export function SourceConflicts({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const conflicts = preview.sourceConflicts;
  const mapping = wizard.state.mapping;
  const separate = mapping ? mappingWithSeparateSeries(mapping, conflicts) : null;
  const codes = [...new Set(conflicts.map((c) => c.suggestedIndicator))].join(', ');
  const busy = wizard.state.busy !== null;
  const replacing = wizard.state.replaceOtherSources;
  return (
    <Alert color="orange" title={t('preview.sources.title')} data-testid="preview-source-conflicts">
      <Stack gap={6}>
        {conflicts.map((c) => (
          <Text size="sm" key={`${c.indicator}|${c.period}|${c.storedSource}`} data-testid="preview-source-conflict">
            {t('preview.sources.item', {
              count: c.count,
              formattedCount: formatInteger(c.count, locale),
              indicator: c.indicator,
              period: c.period,
              stored: c.storedSource,
              incoming: c.newSource
                ? t('preview.sources.incomingNamed', { source: c.newSource, interpolation: { escapeValue: false } })
                : t('preview.sources.incomingUnnamed'),
              interpolation: { escapeValue: false },
            })}
          </Text>
        ))}
        <Text size="sm" c="dimmed">
          {t('preview.sources.hint')}
        </Text>
        {separate && (
          <Button
            size="xs"
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            disabled={busy}
            onClick={() => void wizard.chooseSourceConflict('separate')}
            data-testid="preview-source-separate"
          >
            {t('preview.sources.separate', { codes })}
          </Button>
        )}
        <Checkbox
          size="xs"
          label={t('preview.sources.replace')}
          checked={replacing}
          disabled={busy}
          onChange={(event) => void wizard.chooseSourceConflict(event.currentTarget.checked ? 'replace' : 'keep')}
          data-testid="preview-source-replace"
        />
        {replacing && (
          <Text size="sm" data-testid="preview-source-replacing">
            {t('preview.sources.replacing')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
