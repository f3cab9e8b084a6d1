import { Alert, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { IMPORT_ACCEPT } from './file-kinds';
import { ImportErrorAlert } from './ImportErrorAlert';
import type { ImportWizard } from './use-import-wizard';
import { countContext } from './count-noun';
import { TARGET_DESTINATION, type WizardDestination } from './done-destination';

interface Props {
  wizard: ImportWizard;
  onShow: (area: WizardDestination) => void;
  onHistory: () => void;
  onAnother: (file: File) => void;
  onClose: () => void;
}

/** After the import: what was written (one batch), where to see it, and undo. */
export function DoneStep({ wizard, onShow, onHistory, onAnother, onClose }: Props) {
  const { t } = useTranslation('importer');
  const { t: tApp } = useTranslation();
  const { locale } = useLocale();
  const { result, undone, commitError, busy } = wizard.state;
  if (!result) return null;
  const n = (v: number) => formatInteger(v, locale);
  const destination = TARGET_DESTINATION[result.target];
  return (
    <Stack gap="md" maw={860} data-testid="import-step-done" data-batch={result.batchId} data-undone={undone}>
      {undone ? (
        <Alert color="gray" title={t('done.undoneTitle', { batch: result.batchId })} data-testid="done-undone">
          {t('done.undoneMessage', countContext(result.target))}
        </Alert>
      ) : (
        <Alert color="teal" title={t('done.title', { batch: result.batchId })} data-testid="done-result">
          <Stack gap={4}>
            <Text size="sm" data-testid="done-counts" data-imported={result.counts.imported} data-updated={result.counts.updated}>
              {t('done.counts', {
                ...countContext(result.target),
                imported: n(result.counts.imported),
                updated: n(result.counts.updated),
                skipped: n(result.counts.skipped),
                read: n(result.counts.read),
              })}
            </Text>
            {result.warnings > 0 && <Text size="sm">{t('done.warnings', { count: result.warnings })}</Text>}
            <Text size="xs" c="dimmed">
              {t('done.undoHint')}
            </Text>
          </Stack>
        </Alert>
      )}
      {commitError !== null && <ImportErrorAlert error={commitError} testId="done-error" />}
      <Group gap="xs">
        <Button onClick={() => onShow(destination)} data-testid="done-show" data-area={destination}>
          {destination === 'dashboard' ? t('done.dashboard') : t('done.showArea', { area: tApp(`areas.${destination}`) })}
        </Button>
        <Button variant="default" onClick={onHistory} data-testid="done-history">
          {t('done.history')}
        </Button>
        {!undone && (
          <Button
            variant="default"
            color="red"
            onClick={() => void wizard.undoImport()}
            loading={busy?.kind === 'undo'}
            data-testid="done-undo"
          >
            {t('done.undo')}
          </Button>
        )}
        <FileButton onChange={(file) => file && onAnother(file)} accept={IMPORT_ACCEPT}>
          {(props) => (
            <Button variant="default" {...props} data-testid="done-another">
              {t('done.another')}
            </Button>
          )}
        </FileButton>
        <Button variant="subtle" onClick={onClose} data-testid="done-close">
          {t('wizard.close')}
        </Button>
      </Group>
    </Stack>
  );
}
