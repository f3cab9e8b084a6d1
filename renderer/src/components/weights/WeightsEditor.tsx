import { Badge, Button, Group, SegmentedControl, Slider, Stack, Text } from '@mantine/core';
import { NumberField } from '../NumberField';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import {formatPercentPoints } from '../../i18n/format';
import { AhpEditor } from './AhpEditor';
import { pairwiseFor, tryAhp } from './ahp-matrix';
import { normalizeTo100, setWeightKeeping100, sumsTo100, weightShares, weightSum } from './weights';

/** Weights (any scale; shown as shares of 100 %) and where they come from: typed or slid, AHP, or a method the caller names. */
export interface WeightsState<Origin extends string = string> {
  weights: number[];
  origin: Origin;
  ahpMatrix: number[][] | null;
}

interface Props {
  /** The criteria's names, in order. */
  names: readonly string[];
  value: WeightsState;
  /** The editor itself only ever sets direct or AHP weights. */
  onChange: (next: WeightsState<'direct' | 'ahp'>) => void;
  /** Beside the direct/AHP switch (prioritization puts its objective methods there). */
  toolbar?: ReactNode;
  /** Under the switch (e.g. which objective method set the weights). */
  note?: ReactNode;
}

const ROW: CSSProperties = { display: 'grid', gridTemplateColumns: 'minmax(160px, 32%) 1fr 110px 64px', gap: 10, alignItems: 'center' };

/**
 * The one weights editor of the multi-criteria engine's users: sliders that keep 100 %, numbers as
 * typed, or AHP pairwise judgements (`AhpEditor`). Prioritization scenarios and attraction sales
 * criteria both edit their weights with it.
 */
export function WeightsEditor({ names, value, onChange, toolbar, note }: Props) {
  // The editor's texts live with the multi-criteria area that introduced it (prioritization).
  const { t } = useTranslation('prioritization');
  const { locale } = useLocale();
  const { weights } = value;
  const shares = weightShares(weights);
  const sum = weightSum(weights);
  const mode = value.origin === 'ahp' ? 'ahp' : 'direct';
  const direct = (next: number[]) => onChange({ weights: next, origin: 'direct', ahpMatrix: null });
  const toAhp = () => {
    const matrix = pairwiseFor(value.ahpMatrix, names.length);
    const derived = tryAhp(matrix).result?.weights ?? [];
    onChange({ weights: derived.map((w) => w * 100), origin: 'ahp', ahpMatrix: matrix });
  };

  return (
    <Stack gap="sm" data-testid="weights-tab">
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => (v === 'ahp' ? toAhp() : direct([...weights]))}
          data={[
            { value: 'direct', label: t('weights.direct') },
            { value: 'ahp', label: t('weights.ahp') },
          ]}
          data-testid="weights-mode"
        />
        {toolbar}
      </Group>
      {note}
      {mode === 'ahp' ? (
        <AhpEditor
          names={names}
          matrix={value.ahpMatrix}
          onJudge={(matrix, derived) => onChange({ weights: derived ?? [...weights], origin: 'ahp', ahpMatrix: matrix })}
        />
      ) : (
        <>
          <Stack gap={8}>
            {names.map((name, j) => (
              <div key={`${j}-${name}`} style={ROW}>
                <Text size="xs" truncate title={name}>
                  {name}
                </Text>
                <Slider
                  min={0}
                  max={100}
                  step={1}
                  value={Math.min(100, Math.max(0, sum > 0 ? (shares[j] ?? 0) * 100 : 0))}
                  onChange={(v) => direct(setWeightKeeping100(normalizeTo100(weights), j, v))}
                  label={(v) => formatPercentPoints(v, locale, 0)}
                  thumbLabel={name}
                  data-testid={`weight-slider-${j}`}
                />
                <NumberField
                  size="xs"
                  min={0}
                  decimalScale={2}
                  grouped={false}
                  value={weights[j] ?? 0}
                  aria-label={name}
                  onChange={(v) => typeof v === 'number' && direct(weights.map((x, k) => (k === j ? v : x)))}
                  data-testid={`weight-input-${j}`}
                />
                <Text size="xs" fw={600} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatPercentPoints((shares[j] ?? 0) * 100, locale)}
                </Text>
              </div>
            ))}
          </Stack>
          <Group gap="xs">
            <Badge color={sumsTo100(weights) ? 'green' : 'orange'} variant="light" data-testid="weights-sum" data-value={sum}>
              {t('weights.sum', { sum: formatPercentPoints(sum, locale, 2) })}
            </Badge>
            {!sumsTo100(weights) && (
              <>
                <Text size="xs" c="dimmed">
                  {t('weights.sumOff')}
                </Text>
                <Button size="xs" variant="light" disabled={!(sum > 0)} onClick={() => direct(normalizeTo100(weights))} data-testid="weights-normalize">
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
