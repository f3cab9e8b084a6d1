import { Paper, Text, Title } from '@mantine/core';
import { useLocale } from '../i18n';
import type { Area } from './areas';

/** An area this version does not have yet: said plainly, with no placeholder content. */
export function NotAvailable({ area }: { area: Area }) {
  const { t } = useLocale();
  return (
    <Paper withBorder p="lg" maw={640} data-testid={`area-${area}`}>
      <Title order={2} mb="xs">
        {t(`areas.${area}`)}
      </Title>
      <Text size="sm" data-testid="not-available">
        {t('app.notAvailable')}
      </Text>
      <Text size="sm" c="dimmed" mt="xs">
        {t(`areaDescriptions.${area}`)}
      </Text>
    </Paper>
  );
}
