import { Alert, Badge, Button, Group, NumberInput, SegmentedControl, Slider, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { ObjectiveWeighting } from '../../../../shared/analysis/mcda/objective-weights';
import { formatNumber } from './format';
import { notifyError } from '../../notifications/notify-error';
import { useEngine } from '../../workspace/workspace-context';
import { pairwiseFor, tryAhp } from './ahp-matrix';
import { AhpEditor } from './AhpEditor';
import { setWeights, type Draft } from './draft';
import { runErrorText } from './run-text';
import { usePrioritization } from './use-prioritization';
import { SLIDER_ROW, decimalProps } from './layout';
import { fromShares, normalizeTo100, setWeightKeeping100, sumsTo100, weightShares, weightSum } from './weights';

interface Props {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  scenarioId: number;
  dirty: boolean;
}

/** Weights set directly (sliders keep 100%, numbers as typed), from AHP judgements, or objective. */
export function WeightsTab({ draft, update, scenarioId, dirty }: Props) {
  const { t, locale } = usePrioritization();
  const engine = useEngine();
  const [busy, setBusy] = useState<ObjectiveWeighting | null>(null);
  const [objectiveError, setObjectiveError] = useState<string | null>(null);
  const weights = draft.criteria.map((c) => c.weight);
  const shares = weightShares(weights);
  const sum = weightSum(weights);
  const mode = draft.weightOrigin === 'ahp' ? 'ahp' : 'direct';

  if (draft.criteria.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('weights.noCriteria')}
      </Text>
    );
  }

  const toAhp = () =>
    update((d) => {
      const matrix = pairwiseFor(d.ahpMatrix, d.criteria.length);
      const derived = tryAhp(matrix).result?.weights ?? [];
      return setWeights(
        { ...d, ahpMatrix: matrix },
        derived.map((w) => w * 100),
        'ahp',
      );
    });

  const objective = async (method: ObjectiveWeighting) => {
    setBusy(method);
    setObjectiveError(null);
    try {
      const result = await engine.scenarioObjectiveWeights(scenarioId, method);
      update((d) => setWeights(d, fromShares(result.weights), method));
    } catch (error) {
      const text = runErrorText(error, t);
      if (text) setObjectiveError(text);
      else notifyError(error, t('weights.objectiveFailed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm" data-testid="weights-tab">
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) =>
            v === 'ahp'
              ? toAhp()
              : update((d) =>
                  setWeights(
                    d,
                    d.criteria.map((c) => c.weight),
                    'direct',
                  ),
                )
          }
          data={[
            { value: 'direct', label: t('weights.direct') },
            { value: 'ahp', label: t('weights.ahp') },
          ]}
          data-testid="weights-mode"
        />
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('weights.objective')}
          </Text>
          {(['entropy', 'critic'] as const).map((m) => (
            <Tooltip key={m} label={dirty ? t('weights.saveFirst') : t(`weights.${m}Help`)} withinPortal multiline w={280}>
              <Button
                size="xs"
                variant="default"
                disabled={dirty}
                loading={busy === m}
                onClick={() => void objective(m)}
                data-testid={`weights-${m}`}
              >
                {t(`weights.${m}`)}
              </Button>
            </Tooltip>
          ))}
        </Group>
      </Group>
      {objectiveError && (
        <Alert color="orange" p={6} withCloseButton onClose={() => setObjectiveError(null)}>
          <Text size="xs">{objectiveError}</Text>
        </Alert>
      )}
      {draft.weightOrigin !== 'direct' && draft.weightOrigin !== 'ahp' && (
        <Text size="xs" c="dimmed">
          {t('weights.fromObjective', { method: t(`weights.${draft.weightOrigin}`) })}
        </Text>
      )}
      {mode === 'ahp' ? (
        <AhpEditor draft={draft} update={update} />
      ) : (
        <>
          <Stack gap={8}>
            {draft.criteria.map((c, j) => (
              <div key={c.source} style={{ ...SLIDER_ROW, gridTemplateColumns: 'minmax(160px, 32%) 1fr 110px 64px' }}>
                <Text size="xs" truncate title={c.label}>
                  {c.label}
                </Text>
                <Slider
                  min={0}
                  max={100}
                  step={1}
                  value={Math.min(100, Math.max(0, sum > 0 ? (shares[j] ?? 0) * 100 : 0))}
                  onChange={(v) => update((d) => setWeights(d, setWeightKeeping100(normalizeTo100(d.criteria.map((x) => x.weight)), j, v)))}
                  label={(v) => `${formatNumber(v, locale, 0)} %`}
                  thumbLabel={c.label}
                  data-testid={`weight-slider-${j}`}
                />
                <NumberInput
                  size="xs"
                  min={0}
                  decimalScale={2}
                  {...decimalProps(locale)}
                  value={c.weight}
                  aria-label={c.label}
                  onChange={(v) =>
                    typeof v === 'number' &&
                    update((d) =>
                      setWeights(
                        d,
                        d.criteria.map((x, k) => (k === j ? v : x.weight)),
                      ),
                    )
                  }
                  data-testid={`weight-input-${j}`}
                />
                <Text size="xs" fw={600} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatNumber((shares[j] ?? 0) * 100, locale, 1)} %
                </Text>
              </div>
            ))}
          </Stack>
          <Group gap="xs">
            <Badge color={sumsTo100(weights) ? 'green' : 'orange'} variant="light" data-testid="weights-sum" data-value={sum}>
              {t('weights.sum', { sum: formatNumber(sum, locale, 2) })}
            </Badge>
            {!sumsTo100(weights) && (
              <>
                <Text size="xs" c="dimmed">
                  {t('weights.sumOff')}
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  disabled={!(sum > 0)}
                  onClick={() => update((d) => setWeights(d, normalizeTo100(d.criteria.map((c) => c.weight))))}
                  data-testid="weights-normalize"
                >
                  {t('weights.normalize')}
                </Button>
              </>
            )}
            {!(sum > 0) && (
              <Text size="xs" c="red">
                {t('errors.zeroWeights')}
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
