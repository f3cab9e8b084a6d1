import { ActionIcon, Badge, Button, FileButton, Group, Modal, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatDateTime, formatFileSize } from '../i18n/format';
import { useLocale } from '../i18n';
import type { BrowserPlatform, StoredWorkspaceSummary } from '../platform/platform';
import { notifyError } from '../notifications/notify-error';

interface Props {
  platform: BrowserPlatform;
  opened: boolean;
  currentName: string;
  onClose: () => void;
  onOpenStored: (name: string) => void;
  onUpload: (file: File) => void;
}

/**
 * The browser's Open dialog: workspaces kept in this browser, plus a file from the computer.
 * (Electron uses the native dialog instead.)
 */
export function OpenWorkspaceModal({ platform, opened, currentName, onClose, onOpenStored, onUpload }: Props) {
  const { t, locale } = useLocale();
  const [stored, setStored] = useState<StoredWorkspaceSummary[]>([]);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    platform.list().then(setStored, (error: unknown) => notifyError(error));
  }, [opened, platform]);

  const remove = async (name: string) => {
    try {
      await platform.remove(name);
      setStored(await platform.list());
    } catch (error) {
      notifyError(error);
    } finally {
      setConfirmDelete(null);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('workspace.openTitle')} size="lg" data-testid="open-modal">
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('workspace.openStoredHint')}
        </Text>
        <FileButton onChange={(file) => file && onUpload(file)} accept=".arranjo,application/octet-stream,*/*">
          {(props) => (
            <Button {...props} size="xs" variant="light" data-testid="action-open-file">
              {t('workspace.openFromComputer')}
            </Button>
          )}
        </FileButton>
      </Group>
      <ScrollArea.Autosize mah={360}>
        <Table striped highlightOnHover verticalSpacing={4} fz="sm" data-testid="stored-workspaces">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workspace.columns.name')}</Table.Th>
              <Table.Th>{t('workspace.columns.savedAt')}</Table.Th>
              <Table.Th ta="right">{t('workspace.columns.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stored.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed">
                    {t('workspace.noneStored')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {stored.map((w) => (
              <Table.Tr key={w.name}>
                <Table.Td fw={w.name === currentName ? 600 : undefined}>{w.name}</Table.Td>
                <Table.Td>{formatDateTime(w.savedAt, locale)}</Table.Td>
                <Table.Td ta="right">{formatFileSize(w.size, locale)}</Table.Td>
                {/* As wide as its buttons or badge: a long name wraps instead of cutting "Aberto agora" to "ABERTO AG…". */}
                <Table.Td w="1%" style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {/* The open workspace is neither opened again nor deleted from under itself: said, not a dead button. */}
                    {w.name === currentName ? (
                      <Badge
                        variant="light"
                        color="gray"
                        size="sm"
                        data-testid="stored-current"
                        styles={{ label: { overflow: 'visible' } }}
                      >
                        {t('workspace.current')}
                      </Badge>
                    ) : (
                      <>
                        <Button size="compact-xs" onClick={() => onOpenStored(w.name)}>
                          {t('workspace.open')}
                        </Button>
                        {confirmDelete === w.name ? (
                          <Button size="compact-xs" color="red" onClick={() => void remove(w.name)}>
                            {t('workspace.confirmDelete')}
                          </Button>
                        ) : (
                          <Tooltip label={t('workspace.deleteStored')}>
                            <ActionIcon
                              size="sm"
                              variant="subtle"
                              color="red"
                              aria-label={t('workspace.deleteStored')}
                              onClick={() => setConfirmDelete(w.name)}
                            >
                              ×
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Modal>
  );
}
