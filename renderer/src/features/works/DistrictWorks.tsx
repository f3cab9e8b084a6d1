import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { districtSummaries } from '../../../../shared/features/works/portfolio';
import { useLocale } from '../../i18n';
import { formatInteger, shortDate } from '../../i18n/format';
import { useEngineData } from '../../workspace/use-engine-data';
import { compactMoney, HEALTH_COLORS, pct } from './works-format';
import { useStatusDate } from './status-date';

/**
 * The works of one district at the works area's status date (the workspace's day until one is chosen there) —
 * count, budget, physical progress, the late and paralysed ones (the district profile).
 */
export function DistrictWorks({ siteId }: { siteId: number }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const [date] = useStatusDate();
  const portfolio = useEngineData((e) => e.worksPortfolio(date, siteId), [siteId, date]);
  const rows = portfolio.data ?? [];
  const summary = districtSummaries(rows)[0];
  const troubled = rows.filter((r) => r.health === 'late' || r.health === 'paralysed');
  if (portfolio.loading) return null;
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-testid="profile-works"
      data-works={rows.length}
      data-late={summary?.late ?? 0}
      data-status-date={date}
    >
      <Group gap="xs" mb={4}>
        <Text fw={600} size="sm">
          {t('summary.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('summary.at', { date: shortDate(date, locale) })}
        </Text>
        {rows.some((r) => r.illustrative) && (
          <Badge color="orange" variant="light" size="sm">
            {t('columns.illustrative')}
          </Badge>
        )}
      </Group>
      {!summary ? (
        <Text size="sm" c="dimmed">
          {t('summary.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          <SimpleGrid cols={4} spacing="xs">
            <Figure label={t('summary.works')} value={formatInteger(summary.works, locale)} />
            <Figure label={t('summary.budget')} value={compactMoney(summary.budgetPlanned, locale)} />
            <Figure label={t('summary.progress')} value={pct(summary.physicalProgress, locale)} />
            <Figure label={t('summary.late')} value={formatInteger(summary.late + summary.paralysed, locale)} />
          </SimpleGrid>
          {troubled.map((r) => (
            <Text key={r.id} size="sm" data-testid={`profile-works-late-${r.workCode}`}>
              <Text span fw={600} c={HEALTH_COLORS[r.health]}>
                {t(`health.${r.health}`)}
              </Text>{' '}
              {r.workCode} — {r.title} ({pct(r.physicalProgress, locale)} / {pct(r.plannedProgress, locale)})
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </div>
  );
}
