import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { WorkspaceInfo } from '../../../../shared/domain/types';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';

interface CountCardProps {
  testId: string;
  label: string;
  value: number | undefined;
  hint?: string;
}

function CountCard({ testId, label, value, hint }: CountCardProps) {
  const { locale } = useLocale();
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      {value === undefined ? (
        <Skeleton h={26} mt={4} w="60%" />
      ) : (
        // The raw number sits in data-value: tests compare it with the formatted text.
        <Text size="xl" fw={700} data-testid={testId} data-value={value}>
          {formatInteger(value, locale)}
        </Text>
      )}
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** How much the workspace holds, at a glance. */
export function KeyCounts({ info, stateMunicipalities }: { info: WorkspaceInfo | undefined; stateMunicipalities: number | undefined }) {
  const { t, locale } = useLocale();
  const counts = info?.counts;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      <CountCard
        testId="count-municipalities"
        label={t('dashboard.counts.municipalities')}
        value={stateMunicipalities}
        hint={counts ? t('dashboard.counts.municipalitiesHint', { total: formatInteger(counts.municipalities, locale) }) : undefined}
      />
      <CountCard testId="count-sites" label={t('dashboard.counts.sites')} value={counts?.sites} />
      <CountCard testId="count-indicators" label={t('dashboard.counts.indicators')} value={counts?.indicators} />
      <CountCard testId="count-indicator-values" label={t('dashboard.counts.indicatorValues')} value={counts?.indicatorValues} />
      <CountCard testId="count-employment" label={t('dashboard.counts.employment')} value={counts?.employment} />
    </SimpleGrid>
  );
}
