import { Modal, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocale } from '../i18n';
import type { BrowserPlatform } from '../platform/platform';
import { FormActions } from '../components/FormActions';

interface Props {
  platform: BrowserPlatform;
  opened: boolean;
  initialName: string;
  onClose: () => void;
  onSave: (name: string) => void;
}

/** The browser's Save As: a name in this browser's store (Electron uses the native dialog). */
export function SaveAsModal({ opened, onClose, ...formProps }: Props) {
  const { t } = useLocale();
  return (
    <Modal opened={opened} onClose={onClose} title={t('workspace.saveAsTitle')}>
      {/* The modal unmounts its content when closed: each opening starts from the current name. */}
      <SaveAsForm {...formProps} onClose={onClose} />
    </Modal>
  );
}

function SaveAsForm({ platform, initialName, onClose, onSave }: Omit<Props, 'opened'>) {
  const { t } = useLocale();
  const [name, setName] = useState(initialName);
  const [taken, setTaken] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    platform.list().then(
      (list) => setTaken(new Set(list.map((w) => w.name))),
      () => setTaken(new Set()),
    );
  }, [platform]);

  const trimmed = name.trim();
  const replaces = trimmed !== initialName && taken.has(trimmed);

  return (
    <form
      noValidate
      data-testid="save-as-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) onSave(trimmed);
      }}
    >
      <TextInput
        label={t('workspace.nameLabel')}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        maxLength={120}
        data-autofocus
        data-testid="save-as-name"
        error={trimmed ? undefined : t('workspace.nameRequired')}
      />
      {replaces && (
        <Text size="xs" c="orange.8" mt={4}>
          {t('workspace.replacesExisting')}
        </Text>
      )}
      <FormActions submitLabel={t('workspace.save')} onCancel={onClose} disabled={!trimmed} testId="save-as-confirm" />
    </form>
  );
}
