import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateImportError } from './import-errors';

interface Props {
  error: unknown;
  testId: string;
  /** Buttons under the text: choose another file, continue without the template… */
  children?: ReactNode;
  color?: string;
}

/** An import problem said in full: what happened, where (file, sheet, row, column), what to do, and the engine's words. */
export function ImportErrorAlert({ error, testId, children, color = 'red' }: Props) {
  const { t } = useTranslation('importer');
  const text = translateImportError(error, t);
  return (
    <Alert color={color} title={text.title} role="alert" data-testid={testId} data-reason={text.reason ?? ''}>
      <Stack gap={6}>
        <Text size="sm" data-testid={`${testId}-message`}>
          {text.message}
        </Text>
        {text.where && (
          <Text size="sm" fw={500} data-testid={`${testId}-where`}>
            {text.where}
          </Text>
        )}
        {text.action && (
          <Text size="sm" data-testid={`${testId}-action`}>
            <Text span fw={600} size="sm">
              {t('errors.whatToDo')}{' '}
            </Text>
            {text.action}
          </Text>
        )}
        {text.engineMessage && text.engineMessage !== text.message && (
          <Text size="xs" c="dimmed">
            {t('errors.engineSays', { message: text.engineMessage })}
          </Text>
        )}
        {children}
      </Stack>
    </Alert>
  );
}
