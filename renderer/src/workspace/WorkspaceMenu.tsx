import { Button, Kbd, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocale } from '../i18n';
import { formatDateTime } from '../i18n/format';
import type { RecentEntry } from '../platform/platform';
import { useWorkspaceActions, useWorkspaceController } from './workspace-context';

const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl';

/** The File menu of the header: new, open, save, recent workspaces. */
export function WorkspaceMenu() {
  const { t, locale } = useLocale();
  const actions = useWorkspaceActions();
  const { platform } = useWorkspaceController();
  const [recent, setRecent] = useState<RecentEntry[]>([]);

  const loadRecent = () => {
    platform.listRecent().then(setRecent, () => setRecent([]));
  };

  const shortcut = (key: string) => (
    <Text size="xs" c="dimmed">
      <Kbd size="xs">{MOD}</Kbd>+<Kbd size="xs">{key}</Kbd>
    </Text>
  );

  return (
    <Menu position="bottom-start" width={300} onOpen={loadRecent} withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" data-testid="workspace-menu">
          {t('workspace.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => actions.newWorkspace(false)} data-testid="action-new">
          {t('workspace.newEmpty')}
        </Menu.Item>
        <Menu.Item onClick={() => actions.newWorkspace(true)} data-testid="action-new-demo">
          {t('workspace.newDemo')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={actions.open} rightSection={shortcut('O')} data-testid="action-open">
          {t('workspace.openEllipsis')}
        </Menu.Item>
        <Menu.Item onClick={actions.save} rightSection={shortcut('S')} data-testid="action-save">
          {t('workspace.save')}
        </Menu.Item>
        <Menu.Item onClick={actions.saveAs} data-testid="action-save-as">
          {t('workspace.saveAsEllipsis')}
        </Menu.Item>
        {platform.kind === 'browser' && (
          <Menu.Item onClick={actions.download} data-testid="action-download">
            {t('workspace.download')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Label>{t('workspace.recent')}</Menu.Label>
        {recent.length === 0 && <Menu.Item disabled>{t('workspace.noRecent')}</Menu.Item>}
        {recent.map((entry, index) => (
          <Menu.Item
            key={`${entry.label}-${entry.detail ?? ''}`}
            onClick={() => actions.openRecent(entry.location)}
            data-testid={`action-recent-${index}`}
          >
            <Text size="sm" truncate>
              {entry.label}
            </Text>
            {entry.detail && (
              <Text size="xs" c="dimmed" truncate>
                {platform.kind === 'browser' ? formatDateTime(entry.detail, locale) : entry.detail}
              </Text>
            )}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
