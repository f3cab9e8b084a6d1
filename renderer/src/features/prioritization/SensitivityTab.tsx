import { Alert, Center, Loader, Stack } from '@mantine/core';
import type { ScenarioRun, SensitivityOptions } from '../../../../shared/features/prioritization/types';
import type { Draft } from './draft';
import { translateError } from '../../notifications/notify-error';
import type { EngineData } from '../../workspace/use-engine-data';
import { useEngineData } from '../../workspace/use-engine-data';
import { MonteCarloPanel } from './MonteCarloPanel';
import { runErrorText } from './run-text';
import { StabilityPanel } from '../../components/sensitivity/StabilityPanel';
import { usePrioritization } from './use-prioritization';
import { WalkingWeights } from '../../components/sensitivity/WalkingWeights';

interface Props {
  run: EngineData<ScenarioRun>;
  scenarioId: number;
  /** The unsaved draft the analyses run on, when there is one. */
  pending: Draft | undefined;
  options: SensitivityOptions;
  onOptions: (options: SensitivityOptions) => void;
}

/** Walking weights (live, in the UI), weight stability intervals and Monte Carlo acceptability (in the engine). */
export function SensitivityTab({ run, scenarioId, pending, options, onOptions }: Props) {
  const { t } = usePrioritization();
  const analysis = useEngineData(
    (engine) => engine.scenarioSensitivity(scenarioId, options, pending),
    [scenarioId, options.draws, options.seed, options.spread, options.sampling, pending ? JSON.stringify(pending) : ''],
  );
  if (run.error !== null) {
    return (
      <Alert color="orange" title={t('results.cannotRank')}>
        {runErrorText(run.error, t) ?? translateError(run.error).message}
      </Alert>
    );
  }
  if (!run.data) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <Stack gap="sm" data-testid="sensitivity-tab">
      <WalkingWeights key={`${run.version}`} run={run.data} />
      <StabilityPanel
        run={run.data}
        rows={analysis.data?.stability ?? null}
        error={analysis.error !== null ? (runErrorText(analysis.error, t) ?? translateError(analysis.error).message) : null}
      />
      <MonteCarloPanel run={run.data} analysis={analysis} options={options} onOptions={onOptions} />
    </Stack>
  );
}
