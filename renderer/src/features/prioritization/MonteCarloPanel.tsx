import { Alert, Button, Center, Group, Loader, Paper, Select, Text, useComputedColorScheme } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useMemo, useState } from 'react';
import type { ScenarioRun, ScenarioSensitivity, SensitivityOptions } from '../../../../shared/features/prioritization/types';
import { Chart } from '../../components/Chart';
import { formatInteger } from '../../i18n/format';
import { translateError } from '../../notifications/notify-error';
import type { EngineData } from '../../workspace/use-engine-data';
import { buildAcceptabilityOption } from './acceptability-option';
import { runErrorText } from './run-text';
import { usePrioritization } from './use-prioritization';

interface Props {
  run: ScenarioRun;
  analysis: EngineData<ScenarioSensitivity>;
  options: SensitivityOptions;
  onOptions: (options: SensitivityOptions) => void;
}

/** Monte Carlo weight perturbation: each alternative's probability of being in the top N. */
export function MonteCarloPanel({ run, analysis, options, onOptions }: Props) {
  const { t, locale } = usePrioritization();
  const dark = useComputedColorScheme('light') === 'dark';
  const [draws, setDraws] = useState<number>(options.draws);
  const [seed, setSeed] = useState<number>(options.seed);
  const [spread, setSpread] = useState<number>(Math.round(options.spread * 100));
  const [sampling, setSampling] = useState<SensitivityOptions['sampling']>(options.sampling);
  const data = analysis.data;
  const option = useMemo(
    () =>
      data
        ? buildAcceptabilityOption({
            rows: data.acceptability,
            topN: data.topN,
            draws: data.options.draws,
            locale,
            labels: {
              topN: t('monteCarlo.inTop', { n: data.topN }),
              first: t('monteCarlo.first'),
              baseRank: t('monteCarlo.baseRank'),
              meanRank: t('monteCarlo.meanRank'),
              draws: t('monteCarlo.drawsNote', { draws: formatInteger(data.options.draws, locale) }),
            },
            dark,
          })
        : null,
    [data, locale, t, dark],
  );
  const valid =
    Number.isInteger(draws) && draws >= 100 && draws <= 1_000_000 && Number.isInteger(seed) && seed >= 0 && spread >= 0 && spread <= 100;

  return (
    <Paper withBorder p="xs" radius="sm" h="100%" data-testid="monte-carlo">
      <Text fw={600} size="sm">
        {t('monteCarlo.title', { n: run.topN })}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('monteCarlo.help')}
      </Text>
      <Group gap="xs" align="flex-end" mb={6}>
        <NumberField
          size="xs"
          w={110}
          label={t('monteCarlo.draws')}
          min={100}
          max={1_000_000}
          step={1000}
          allowDecimal={false}
          value={draws}
          onChange={(v) => typeof v === 'number' && setDraws(v)}
          data-testid="mc-draws"
        />
        <NumberField
          size="xs"
          w={80}
          label={t('monteCarlo.seed')}
          min={0}
          allowDecimal={false}
          value={seed}
          onChange={(v) => typeof v === 'number' && setSeed(v)}
          data-testid="mc-seed"
        />
        <Select
          size="xs"
          w={170}
          label={t('monteCarlo.sampling')}
          data={[
            { value: 'perturbation', label: t('monteCarlo.perturbation') },
            { value: 'dirichlet', label: t('monteCarlo.dirichlet') },
          ]}
          value={sampling}
          onChange={(v) => v && setSampling(v)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <NumberField
          size="xs"
          w={90}
          label={t('monteCarlo.spread')}
          suffix=" %"
          min={0}
          max={100}
          disabled={sampling === 'dirichlet'}
          value={spread}
          onChange={(v) => typeof v === 'number' && setSpread(v)}
          data-testid="mc-spread"
        />
        <Button
          size="xs"
          disabled={!valid}
          loading={analysis.loading}
          onClick={() => onOptions({ draws, seed, spread: spread / 100, sampling })}
          data-testid="mc-run"
        >
          {t('monteCarlo.run')}
        </Button>
      </Group>
      {analysis.error !== null ? (
        <Alert color="orange" p={6}>
          <Text size="xs">{runErrorText(analysis.error, t) ?? translateError(analysis.error).message}</Text>
        </Alert>
      ) : option && data ? (
        <Chart
          option={option}
          height={Math.max(300, 50 + 24 * data.acceptability.length)}
          title={`${t('monteCarlo.chartTitle', { n: data.topN })} — ${run.name}`}
          source={t('monteCarlo.drawsNote', { draws: formatInteger(data.options.draws, locale) })}
          testId="acceptability-chart"
          attributes={{
            'data-draws': data.options.draws,
            'data-seed': data.options.seed,
            'data-loading': analysis.loading ? 'true' : 'false',
          }}
        />
      ) : (
        <Center h={300}>
          <Loader size="sm" />
        </Center>
      )}
    </Paper>
  );
}
