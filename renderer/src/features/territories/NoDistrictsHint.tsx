import { Alert, Button, Group, Text } from '@mantine/core';
import { useLocale } from '../../i18n';
import { goToTerritories } from './stores';

/**
 * What to do in a workspace without a district or pole, where an area needs one (a work, an
 * attraction plan): where to add it, and the way there. Without it the area's district list is
 * simply empty, a dead end.
 */
export function NoDistrictsHint({ testId }: { testId: string }) {
  const { t } = useLocale();
  return (
    <Alert color="blue" variant="light" p="sm" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">{t('sites.noneYet')}</Text>
        <Button size="xs" variant="light" style={{ flex: 'none' }} onClick={() => goToTerritories('sites')} data-testid={`${testId}-go`}>
          {t('sites.goAdd')}
        </Button>
      </Group>
    </Alert>
  );
}
