import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { notify } from '../../notifications/store';
import { ImportErrorAlert } from './ImportErrorAlert';
import { isTemplateId, templateIdFrom } from './template-id';
import { CliText } from '../../components/CliText';

interface Props {
  opened: boolean;
  defaultLabel: string;
  onSave: (id: string, label: string) => Promise<unknown>;
  onClose: () => void;
}

/** Saves the current mapping as a template: files with the same headers then read the same way (here and in the CLI). */
export function SaveTemplateModal({ opened, defaultLabel, onSave, onClose }: Props) {
  const { t } = useTranslation('importer');
  const { t: tc } = useLocale();
  const [label, setLabel] = useState(defaultLabel);
  const [id, setId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const effectiveId = id ?? templateIdFrom(label);
  const valid = label.trim() !== '' && isTemplateId(effectiveId);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave(effectiveId, label.trim());
      notify({
        kind: 'success',
        title: (lng) => t('templates.savedTitle', { lng }),
        message: (lng) => t('templates.savedMessage', { lng, label: label.trim(), id: effectiveId }),
      });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('templates.saveTitle')}
      data-testid="save-template-modal"
      transitionProps={{ duration: 0 }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('templates.saveHint')}
        </Text>
        <TextInput
          label={t('templates.label')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          data-autofocus
          data-testid="template-label"
        />
        <TextInput
          label={t('templates.id')}
          description={<CliText text={t('templates.idHint')} />}
          value={effectiveId}
          onChange={(e) => setId(e.currentTarget.value)}
          error={effectiveId !== '' && !isTemplateId(effectiveId) ? t('templates.idInvalid') : undefined}
          data-testid="template-id"
        />
        {error !== null && <ImportErrorAlert error={error} testId="template-error" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button onClick={() => void save()} disabled={!valid} loading={saving} data-testid="template-save">
            {t('templates.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
