import { Stack, Text, Title } from '@mantine/core';
import type { ScoringSensitivity } from '../../../../shared/features/attraction/scoring';
import { StabilityPanel } from '../../components/sensitivity/StabilityPanel';
import { WalkingWeights } from '../../components/sensitivity/WalkingWeights';
import { useAttraction } from './use-attraction';

/**
 * The sales criteria's sensitivity to their weights, with the prioritization's own view (walking
 * weights, stability intervals of the first place) on the matrix the applicants were ranked on.
 */
export function SalesSensitivity({ sensitivity }: { sensitivity: ScoringSensitivity | null }) {
  const { t } = useAttraction();
  // A new ranking (weights saved, a value typed) starts the walk again from the plan's weights.
  const version = sensitivity ? JSON.stringify([sensitivity.criteria, sensitivity.ranked.map((r) => r.key)]) : '';
  return (
    <Stack gap="xs" data-testid="attraction-sensitivity">
      <Title order={5}>{t('criteria.sensitivity')}</Title>
      {sensitivity ? (
        <>
          <Text size="xs" c="dimmed">
            {t('criteria.sensitivityHelp')}
          </Text>
          <WalkingWeights
            key={version}
            run={sensitivity}
            texts={{ reset: t('criteria.resetWeights'), alternative: t('criteria.company') }}
          />
          <StabilityPanel run={sensitivity} rows={sensitivity.stability} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('criteria.noSensitivity')}
        </Text>
      )}
    </Stack>
  );
}
