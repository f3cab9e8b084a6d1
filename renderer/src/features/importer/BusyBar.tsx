import { Button, Group, Loader, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { progressPercent } from './progress';
import type { Busy } from './use-import-wizard';

/**
 * What the wizard is doing now. Reading and writing a whole file run in the worker with a bar and
 * a Cancel button; the window stays usable meanwhile.
 */
export function BusyBar({ busy, onCancel }: { busy: Busy | null; onCancel: () => void }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  if (!busy) return null;
  const long = busy.kind === 'preview' || busy.kind === 'commit';
  const percent = progressPercent(busy.progress);
  const phase = busy.progress ? t(`progress.phases.${busy.progress.phase}`) : t(`progress.busy.${busy.kind}`);
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="import-busy" data-kind={busy.kind}>
      <Group gap="sm" wrap="nowrap">
        <Loader size="xs" />
        <Text size="sm" style={{ minWidth: 220 }} data-testid="import-busy-phase">
          {phase}
          {busy.progress && busy.progress.total > 0 && (
            <Text span size="xs" c="dimmed">
              {' '}
              {t('progress.count', { done: formatInteger(busy.progress.done, locale), total: formatInteger(busy.progress.total, locale) })}
            </Text>
          )}
        </Text>
        {long && (
          <Progress
            value={percent ?? 100}
            animated={percent === null}
            striped={percent === null}
            style={{ flex: 1 }}
            aria-label={phase}
            data-testid="import-progress"
          />
        )}
        {long && (
          <Button size="xs" variant="default" color="red" onClick={onCancel} data-testid="import-cancel">
            {t('progress.cancel')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
