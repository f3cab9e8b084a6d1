import { Button, Group } from '@mantine/core';
import { useLocale } from '../i18n';

interface Props {
  /** What the main button says ("Criar", "Salvar"…), already in the UI language. */
  submitLabel: string;
  onCancel: () => void;
  /** Without it the main button submits its form; with it the button runs this instead (a modal without a form). */
  onSubmit?: () => void;
  busy?: boolean;
  disabled?: boolean;
  /** data-testid of the main button. */
  testId?: string;
}

/** The row of buttons under every form and naming dialog: Cancel, then the main action, on the right. */
export function FormActions({ submitLabel, onCancel, onSubmit, busy, disabled, testId }: Props) {
  const { t } = useLocale();
  return (
    <Group justify="flex-end" mt="md">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type={onSubmit ? 'button' : 'submit'} onClick={onSubmit} loading={busy} disabled={disabled} data-testid={testId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
