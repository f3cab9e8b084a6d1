import { Alert, Button, Group, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { ObjectiveWeighting } from '../../../../shared/analysis/mcda/objective-weights';
import { WeightsEditor } from '../../components/weights/WeightsEditor';
import { fromShares } from '../../components/weights/weights';
import { notifyError } from '../../notifications/notify-error';
import { useEngine } from '../../workspace/workspace-context';
import { setWeights, type Draft } from './draft';
import { runErrorText } from './run-text';
import { usePrioritization } from './use-prioritization';

interface Props {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  scenarioId: number;
  /** The unsaved draft: Entropy and CRITIC weigh its alternatives and criteria. */
  pending: Draft | undefined;
}

/** The scenario's weights in the shared editor (direct or AHP), plus the objective methods. */
export function WeightsTab({ draft, update, scenarioId, pending }: Props) {
  const { t } = usePrioritization();
  const engine = useEngine();
  const [busy, setBusy] = useState<ObjectiveWeighting | null>(null);
  const [objectiveError, setObjectiveError] = useState<string | null>(null);

  if (draft.criteria.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('weights.noCriteria')}
      </Text>
    );
  }

  const objective = async (method: ObjectiveWeighting) => {
    setBusy(method);
    setObjectiveError(null);
    try {
      const result = await engine.scenarioObjectiveWeights(scenarioId, method, pending);
      update((d) => setWeights(d, fromShares(result.weights), method));
    } catch (error) {
      const text = runErrorText(error, t);
      if (text) setObjectiveError(text);
      else notifyError(error, (lng) => t('weights.objectiveFailed', { lng }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <WeightsEditor
      names={draft.criteria.map((c) => c.label)}
      value={{ weights: draft.criteria.map((c) => c.weight), origin: draft.weightOrigin, ahpMatrix: draft.ahpMatrix }}
      onChange={(next) => update((d) => setWeights({ ...d, ahpMatrix: next.ahpMatrix }, next.weights, next.origin))}
      toolbar={
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('weights.objective')}
          </Text>
          {(['entropy', 'critic'] as const).map((m) => (
            <Tooltip key={m} label={t(`weights.${m}Help`)} withinPortal multiline w={280}>
              <Button size="xs" variant="default" loading={busy === m} onClick={() => void objective(m)} data-testid={`weights-${m}`}>
                {t(`weights.${m}`)}
              </Button>
            </Tooltip>
          ))}
        </Group>
      }
      note={
        <>
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
        </>
      }
    />
  );
}
