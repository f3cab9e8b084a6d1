import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CodeTitle {
  code: string;
  title: string;
}

/** Creates or renames an objective or a result: its code ("O1", "R1.2") and title. */
export function CodeTitleModal({
  heading,
  initial,
  onSave,
  onClose,
  testId,
}: {
  heading: string;
  initial: CodeTitle;
  onSave: (value: CodeTitle) => Promise<boolean>;
  onClose: () => void;
  testId: string;
}) {
  const { t } = useTranslation('programmes');
  const [code, setCode] = useState(initial.code);
  const [title, setTitle] = useState(initial.title);
  return (
    <Modal opened onClose={onClose} title={heading}>
      <Stack gap="xs" data-testid={testId}>
        <TextInput label={t('cols.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} data-testid={`${testId}-code`} />
        <TextInput
          label={t('framework.titleField')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          data-testid={`${testId}-title`}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button
            disabled={code.trim() === '' || title.trim() === ''}
            onClick={() => void onSave({ code: code.trim(), title: title.trim() }).then((ok) => ok && onClose())}
            data-testid={`${testId}-save`}
          >
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
