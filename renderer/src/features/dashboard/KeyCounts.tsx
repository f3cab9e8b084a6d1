import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import type { Measure, WorkspaceInfo } from '../../../../shared/domain/types';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';

interface CountCardProps {
  testId: string;
  label: string;
  value: number | undefined;
  hint?: ReactNode;
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
        <Text size="xs" c="dimmed" component="div">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

export interface MeasureCount {
  measure: Measure;
  records: number;
}

/** What the economic records are, measure by measure ("Empregos: 13.648 · Valor adicionado: 100.915"). */
function MeasureBreakdown({ measures }: { measures: readonly MeasureCount[] }) {
  const { t, locale } = useLocale();
  if (measures.length === 0) return <span data-testid="count-employment-none">{t('dashboard.counts.noMeasures')}</span>;
  return (
    <>
      {measures.map((m, i) => (
        <span key={m.measure} data-testid={`count-employment-${m.measure}`} data-value={m.records}>
          {i > 0 && ' · '}
          {t(`dashboard.counts.measure.${m.measure}`)}: {formatInteger(m.records, locale)}
        </span>
      ))}
    </>
  );
}

/**
 * How much the workspace holds, at a glance; the economic records named per measure. Memoized: a new
 * data version with the same answer (the shipped demo once open) does not redraw the cards.
 */
export const KeyCounts = memo(function KeyCounts({
  info,
  stateMunicipalities,
  measures,
}: {
  info: WorkspaceInfo | undefined;
  stateMunicipalities: number | undefined;
  measures: readonly MeasureCount[] | undefined;
}) {
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
      <CountCard
        testId="count-employment"
        label={t('dashboard.counts.employment')}
        value={counts?.employment}
        hint={measures ? <MeasureBreakdown measures={measures} /> : undefined}
      />
    </SimpleGrid>
  );
});
