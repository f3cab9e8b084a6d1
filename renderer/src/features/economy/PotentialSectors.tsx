import { Group, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatRatio } from './economy-format';
import { ExplainableValue } from './economy-ui';
import type { VocationsSummary } from './vocations';
import type { WhyTarget } from './WhyModal';

interface Props {
  summary: VocationsSummary;
  sectorLabel: (code: string, name: string) => string;
  onExplain: (target: WhyTarget) => void;
}

/**
 * Sectors the territory is not specialized in yet but that sit close to its specializations
 * (relatedness density): candidates for an attraction plan, each with the specializations that
 * make it one.
 */
export function PotentialSectors({ summary, sectorLabel, onExplain }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  if (summary.potential.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="potential-empty">
        {t(`vocations.potentialEmpty.${summary.potentialEmptyReason ?? 'no-related'}`, { territory: summary.territoryName })}
      </Text>
    );
  }
  return (
    <List type="ordered" spacing={6} size="sm" data-testid="potential-sectors" data-count={summary.potential.length}>
      {summary.potential.map((p) => {
        const label = sectorLabel(p.sectorCode, p.sectorName);
        const related = p.related.map((r) => ({
          sectorCode: r.sectorCode,
          label: sectorLabel(r.sectorCode, r.sectorName),
          proximity: r.proximity,
        }));
        return (
          <List.Item key={p.sectorCode} data-testid={`potential-sector-${p.sectorCode}`}>
            <Stack gap={2}>
              <Group gap={8} wrap="nowrap" justify="space-between">
                <Text size="sm" fw={600}>
                  {label}
                </Text>
                <Group gap={6} wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {t('vocations.density')}
                  </Text>
                  <ExplainableValue
                    text={formatRatio(p.density, locale) ?? ''}
                    value={p.density}
                    label={t('why.open')}
                    testId={`potential-density-${p.sectorCode}`}
                    onExplain={() =>
                      onExplain({
                        kind: 'density',
                        territoryCode: summary.territoryCode,
                        territoryKind: summary.territoryKind,
                        territoryName: summary.territoryName,
                        sectorCode: p.sectorCode,
                        sectorLabel: label,
                        input: { sectorCode: p.sectorCode, density: p.density, lq: p.lq, related },
                      })
                    }
                  />
                </Group>
              </Group>
              <Progress value={Math.min(100, p.density * 100)} size={4} color="teal" aria-hidden />
              <Text size="xs" c="dimmed" data-testid={`potential-reasons-${p.sectorCode}`}>
                {t('vocations.currentLq', { lq: formatRatio(p.lq, locale) ?? '—' })} · {t('vocations.relatedTo')}{' '}
                {related
                  .map((r) => t('vocations.relatedItem', { sector: r.label, proximity: formatRatio(r.proximity, locale) ?? '' }))
                  .join('; ')}
              </Text>
            </Stack>
          </List.Item>
        );
      })}
    </List>
  );
}
