import { Button, Group, Modal, Text } from '@mantine/core';
import { useLocale } from '../i18n';

interface Props {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/** A yes/no question before something that cannot be taken back. */
export function ConfirmModal({ opened, title, message, confirmLabel, danger, onConfirm, onCancel, testId }: Props) {
  const { t } = useLocale();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} data-testid={testId}>
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color={danger ? 'red' : undefined} onClick={onConfirm} data-testid={testId ? `${testId}-confirm` : undefined}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
