import { Modal, TextInput } from '@mantine/core';
import { useState } from 'react';
import { translateError } from '../../notifications/notify-error';
import { usePrioritization } from './use-prioritization';
import { FormActions } from '../../components/FormActions';

interface Props {
  opened: boolean;
  title: string;
  initial: string;
  confirmLabel: string;
  onCancel: () => void;
  /** Rejects with the engine's error (a name already taken): shown under the field. */
  onConfirm: (name: string) => Promise<void>;
}

/** Asks for a scenario name (new scenario, duplicate). */
export function NameModal({ opened, title, initial, confirmLabel, onCancel, onConfirm }: Props) {
  const { t } = usePrioritization();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [openedWith, setOpenedWith] = useState<string | null>(null);
  // Each opening starts from the suggested name.
  if (opened && openedWith !== initial) {
    setOpenedWith(initial);
    setName(initial);
    setError(null);
  }
  if (!opened && openedWith !== null) setOpenedWith(null);

  const submit = async () => {
    if (name.trim() === '') {
      setError(t('list.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      await onConfirm(name.trim());
    } catch (e) {
      setError(translateError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onCancel} title={title} data-testid="scenario-name-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextInput
          label={t('list.nameLabel')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          data-autofocus
          data-testid="scenario-name-input"
        />
        <FormActions submitLabel={confirmLabel} onCancel={onCancel} busy={busy} testId="scenario-name-confirm" />
      </form>
    </Modal>
  );
}
