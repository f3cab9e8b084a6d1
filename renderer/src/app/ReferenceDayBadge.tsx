import { Badge, Button, Popover, Text } from '@mantine/core';
import { useLocale } from '../i18n';
import { shortDate } from '../i18n/format';
import { notifyError } from '../notifications/notify-error';
import { useWorkspace, useWorkspaceController } from '../workspace/workspace-context';

/**
 * Beside the workspace's name when it is read at a day of its own (the demo's, which its works,
 * plan and prospects describe): the day, what it means, and reading it at today instead (undoable).
 */
export function ReferenceDayBadge() {
  const { t, locale } = useLocale();
  const workspace = useWorkspace();
  const controller = useWorkspaceController();
  if (workspace.status !== 'ready' || workspace.demoDay === null) return null;
  const day = shortDate(workspace.demoDay, locale);
  const readAtToday = () =>
    void controller
      .mutate((engine) => engine.readAtToday())
      .catch((error: unknown) => notifyError(error, (lng) => t('workspace.readAtToday', { lng })));
  return (
    <Popover width={360} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <Badge
          component="button"
          type="button"
          size="sm"
          variant="light"
          color="orange"
          style={{ flexShrink: 0, cursor: 'pointer', border: 0 }}
          data-testid="workspace-reference-day"
        >
          {t('workspace.referenceDay', { date: day })}
        </Badge>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm">{t('workspace.referenceDayHint', { date: day })}</Text>
        <Button size="xs" variant="light" mt="xs" onClick={readAtToday} data-testid="workspace-read-today">
          {t('workspace.readAtToday')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
