import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/import/api';
import { useLocale } from '../../i18n';
import { formatInteger, formatNumber } from '../../i18n/format';
import { DuplicatesChoice } from './DuplicatesChoice';
import { ExcludedRowsPanel } from './ExcludedRowsPanel';
import { ImportErrorAlert } from './ImportErrorAlert';
import { IssuesPanel } from './IssuesPanel';
import { PeriodsSummary } from './PeriodsSummary';
import { UnmappedCodes } from './UnmappedCodes';
import { SourceConflicts } from './SourceConflicts';
import type { ImportWizard } from './use-import-wizard';
import { countContext } from './count-noun';

function Count({ label, value, testId, color, hint }: { label: string; value: number; testId: string; color?: string; hint?: string }) {
  const { locale } = useLocale();
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId} data-value={value}>
        {formatInteger(value, locale)}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** Whether the file's own Total row equals the sum of its rows, column by column. */
function TotalChecks({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  if (preview.totalChecks.length === 0) return null;
  const wrong = preview.totalChecks.filter((c) => !c.ok);
  const row = preview.totalChecks[0]?.row ?? 0;
  return (
    <Text size="sm" c={wrong.length > 0 ? 'orange' : 'teal'} data-testid="preview-total-checks" data-ok={wrong.length === 0}>
      {wrong.length === 0
        ? t('preview.totalsOk', { row, count: preview.totalChecks.length })
        : t('preview.totalsWrong', {
            row,
            columns: wrong.map((c) => `${c.column} (${formatNumber(c.fileTotal, locale)} ≠ ${formatNumber(c.sum, locale)})`).join('; '),
          })}
    </Text>
  );
}

/** Step 5: what the import will do (new values, updates, skipped rows), every problem by row, then the import itself. */
export function PreviewStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const { preview, commitError, excludeRows, resolutions, opened, previewKey } = wizard.state;
  const answered = Object.keys(resolutions).length;

  return (
    <Stack gap="sm" data-testid="import-step-preview">
      {commitError !== null && <ImportErrorAlert error={commitError} testId="commit-error" />}
      {preview && (
        <>
          <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="xs">
            <Count label={t('preview.read')} value={preview.counts.read} testId="preview-read" hint={t('preview.readHint')} />
            <Count
              label={t('preview.imported', countContext(preview.target))}
              value={preview.counts.imported}
              testId="preview-imported"
              color="teal"
              hint={t('preview.importedHint')}
            />
            <Count
              label={t('preview.updated')}
              value={preview.counts.updated}
              testId="preview-updated"
              color="blue"
              hint={
                preview.unchanged > 0
                  ? `${t('preview.updatedHint', countContext(preview.target))}; ${t('preview.unchanged', {
                      count: preview.unchanged,
                      n: formatInteger(preview.unchanged, locale),
                    })}`
                  : t('preview.updatedHint', countContext(preview.target))
              }
            />
            <Count label={t('preview.skipped')} value={preview.counts.skipped} testId="preview-skipped" hint={t('preview.skippedHint')} />
            <Count
              label={t('preview.errors')}
              value={preview.errors}
              testId="preview-errors"
              color={preview.errors > 0 ? 'red' : undefined}
            />
            <Count
              label={t('preview.warnings')}
              value={preview.warnings}
              testId="preview-warnings"
              color={preview.warnings > 0 ? 'orange' : undefined}
            />
          </SimpleGrid>
          <Stack gap={2}>
            <Text size="sm" data-testid="preview-summary">
              {/* Works, lots, initiatives… have no year: the line does not offer an empty "years: —". */}
              {preview.years.length > 0
                ? t('preview.summary', { target: t(`targets.${preview.target}`), sheet: preview.sheet, years: preview.years.join(', ') })
                : t('preview.summaryNoYears', { target: t(`targets.${preview.target}`), sheet: preview.sheet })}
              {preview.newIndicators.length > 0 && ` ${t('preview.newIndicators', { codes: preview.newIndicators.join(', ') })}`}
            </Text>
            <PeriodsSummary mapping={wizard.state.mapping} layout={wizard.state.layout} />
            <TotalChecks preview={preview} />
            {preview.target === 'employment' && (preview.errors > 0 || (wizard.state.mapping?.duplicates ?? 'refuse') !== 'refuse') && (
              <DuplicatesChoice wizard={wizard} />
            )}
            {answered > 0 && (
              <Text size="sm" c="dimmed" data-testid="preview-resolved">
                {t('preview.resolved', { count: answered })}
              </Text>
            )}
            {excludeRows.length > 0 && (
              <Group gap="xs">
                <Text size="sm" c="dimmed" data-testid="preview-excluded">
                  {t('preview.excluded', { count: excludeRows.length, rows: formatInteger(excludeRows.length, locale) })}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => void wizard.includeAllRows()}
                  disabled={wizard.state.busy !== null}
                >
                  {t('preview.includeAgain')}
                </Button>
              </Group>
            )}
          </Stack>
          {preview.target === 'employment' && <UnmappedCodes wizard={wizard} />}
          {wizard.state.excludedIssues.length > 0 && opened && (
            <ExcludedRowsPanel issues={wizard.state.excludedIssues} fileName={opened.fileName} />
          )}
          {!wizard.previewCurrent && (
            <Alert color="blue" data-testid="preview-stale">
              <Group justify="space-between">
                <Text size="sm">{t('preview.stale')}</Text>
                <Button size="xs" onClick={() => void wizard.check()} disabled={wizard.state.busy !== null}>
                  {t('preview.recheck')}
                </Button>
              </Group>
            </Alert>
          )}
          {wizard.previewCurrent && preview.sourceConflicts.length > 0 && <SourceConflicts wizard={wizard} preview={preview} />}
          {wizard.previewCurrent && preview.canCommit && (
            <Alert color="teal" data-testid="preview-ready">
              {t('preview.ready', {
                added: t('preview.readyAdded', {
                  count: preview.counts.imported,
                  n: formatInteger(preview.counts.imported, locale),
                  ...countContext(preview.target),
                }),
                updated: t('preview.readyUpdated', { count: preview.counts.updated, n: formatInteger(preview.counts.updated, locale) }),
              })}
            </Alert>
          )}
          {wizard.previewCurrent && !preview.canCommit && (
            <Alert color="red" title={t('preview.blockedTitle')} data-testid="preview-blocked">
              <Stack gap={6}>
                <Text size="sm">
                  {preview.errors > 0
                    ? t('preview.blockedErrors', { count: preview.errors })
                    : preview.unresolved.length > 0
                      ? t('preview.blockedTerritories', { count: preview.unresolved.length })
                      : preview.sourceConflicts.length > 0
                        ? t('preview.blockedSources')
                        : t('preview.blockedEmpty')}
                </Text>
                {preview.errors > 0 && (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void wizard.excludeErrorRows()}
                      disabled={wizard.state.busy !== null}
                      data-testid="preview-exclude-errors"
                    >
                      {t('preview.excludeErrors')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => wizard.goTo('mapping')}>
                      {t('preview.backToMapping')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Alert>
          )}
          {opened && previewKey && (
            <IssuesPanel
              sessionId={opened.sessionId}
              fileName={opened.fileName}
              sheet={wizard.state.sheet}
              previewKey={previewKey}
              errors={preview.errors}
              warnings={preview.warnings}
            />
          )}
        </>
      )}
    </Stack>
  );
}
