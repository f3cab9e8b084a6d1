import { ActionIcon, Badge, Button, Group, Loader, Popover, Text, Tooltip } from '@mantine/core';
import { useLocale } from '../i18n';
import { shortDate } from '../i18n/format';
import { formatSavedAt } from '../i18n/format-saved-at';
import { WorkspaceMenu } from '../workspace/WorkspaceMenu';
import { notifyError } from '../notifications/notify-error';
import { useWorkspace, useWorkspaceActions, useWorkspaceController } from '../workspace/workspace-context';
import { isDirty } from '../workspace/workspace-controller';

/** Product name, the open workspace with its unsaved mark, and the file and history actions. */
export function AppHeader() {
  const { t, locale } = useLocale();
  const workspace = useWorkspace();
  const actions = useWorkspaceActions();
  const controller = useWorkspaceController();
  const dirty = isDirty(workspace);
  // A workspace read at a day of its own (the demo's): said, since deadlines and delays are read at it.
  const ownDay = workspace.status === 'ready' && workspace.referenceDay !== new Date().toISOString().slice(0, 10);
  const day = shortDate(workspace.referenceDay, locale);

  return (
    <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Text fw={700} size="md" c="blue.7" style={{ letterSpacing: 0.3 }}>
          Arranjo
        </Text>
        <WorkspaceMenu />
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate data-testid="workspace-name" title={workspace.name}>
            {workspace.status === 'starting' ? t('workspace.starting') : workspace.name}
          </Text>
          {ownDay && (
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
                <Button
                  size="xs"
                  variant="light"
                  mt="xs"
                  onClick={() =>
                    void controller
                      .mutate((engine) => engine.readAtToday())
                      .catch((error: unknown) => notifyError(error, t('workspace.readAtToday')))
                  }
                  data-testid="workspace-read-today"
                >
                  {t('workspace.readAtToday')}
                </Button>
              </Popover.Dropdown>
            </Popover>
          )}
          {dirty && (
            <Tooltip label={t('workspace.unsaved')}>
              <Text c="orange.7" fw={700} data-testid="dirty-mark" aria-label={t('workspace.unsaved')}>
                •
              </Text>
            </Tooltip>
          )}
          {workspace.saving && <Loader size={12} aria-label={t('workspace.saving')} />}
          {!dirty && workspace.lastSavedAt && (
            <Text size="xs" c="dimmed" data-testid="saved-at">
              {formatSavedAt(t, workspace.lastSavedAt, locale)}
            </Text>
          )}
        </Group>
      </Group>
      <Group gap={4} wrap="nowrap">
        <Tooltip label={t('history.undo')}>
          <ActionIcon
            variant="default"
            onClick={actions.undo}
            disabled={!workspace.canUndo}
            aria-label={t('history.undo')}
            data-testid="header-undo"
          >
            ↶
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('history.redo')}>
          <ActionIcon
            variant="default"
            onClick={actions.redo}
            disabled={!workspace.canRedo}
            aria-label={t('history.redo')}
            data-testid="header-redo"
          >
            ↷
          </ActionIcon>
        </Tooltip>
        <Button size="xs" onClick={actions.save} disabled={workspace.status !== 'ready'} data-testid="header-save">
          {t('workspace.save')}
        </Button>
      </Group>
    </Group>
  );
}
