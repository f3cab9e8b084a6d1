import { ActionIcon, Button, Group, Loader, Text, Tooltip } from '@mantine/core';
import { memo } from 'react';
import { useLocale } from '../i18n';
import { formatSavedAt } from '../i18n/format-saved-at';
import { WorkspaceMenu } from '../workspace/WorkspaceMenu';
import { useWorkspace, useWorkspaceActions } from '../workspace/workspace-context';
import { isDirty } from '../workspace/workspace-snapshot';
import { ReferenceDayBadge } from './ReferenceDayBadge';

/**
 * Product name, the open workspace with its unsaved mark, and the file and history actions.
 * Memoized (no props): the shell's own state changes (`app-ready`, the preload, an area switch) do not
 * redraw it; it redraws when the workspace it reads changes (issue 16).
 */
export const AppHeader = memo(function AppHeader() {
  const { t, locale } = useLocale();
  const workspace = useWorkspace();
  const actions = useWorkspaceActions();
  const dirty = isDirty(workspace);

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
          <ReferenceDayBadge />
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
});
