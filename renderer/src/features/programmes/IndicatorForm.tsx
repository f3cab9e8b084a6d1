import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUILTIN_INDICATORS,
  DISAGGREGATIONS,
  isBuiltin,
  PERIOD_KINDS,
  type Disaggregation,
  type Framework,
  type Indicator,
  type PeriodKind,
} from '../../../../shared/features/programmes/types';
import { availableDimensions } from '../../../../shared/features/programmes/disaggregate';
import { useProgrammeEdit } from './use-programme-edit';

const CUSTOM = '__custom__';

/**
 * An indicator's definition: a built-in (computed from the actions) or a custom code (actuals
 * entered or imported), its result, unit, direction, baseline, periods and disaggregations. Adds
 * one (no `initial`) or edits one.
 */
export function IndicatorForm({
  framework,
  initial,
  onSaved,
  testId = 'indicator',
}: {
  framework: Framework;
  initial?: Indicator;
  onSaved?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation('programmes');
  const edit = useProgrammeEdit();
  const [choice, setChoice] = useState<string>(initial ? (initial.builtin ? initial.code : CUSTOM) : 'participants');
  const [customCode, setCustomCode] = useState(initial && !initial.builtin ? initial.code : '');
  const [name, setName] = useState(initial?.name ?? '');
  const [unit, setUnit] = useState(initial?.unit ?? '');
  const [resultId, setResultId] = useState<string | null>(initial?.resultId ? String(initial.resultId) : null);
  const [direction, setDirection] = useState<Indicator['direction']>(initial?.direction ?? 'higher-better');
  const [baseline, setBaseline] = useState<number>(initial?.baseline ?? 0);
  const [kind, setKind] = useState<PeriodKind>(initial?.periodKind ?? 'quarter');
  const [cumulative, setCumulative] = useState(initial?.cumulative ?? false);
  const [disaggregation, setDisaggregation] = useState<Disaggregation[]>(initial?.disaggregation ?? []);
  const code = choice === CUSTOM ? customCode.trim() : choice;
  const dimensions = availableDimensions(code);
  const objectiveCode = (id: number) => framework.objectives.find((o) => o.id === id)?.code ?? '';

  const save = async () => {
    const saved = await edit((e) =>
      e.saveProgrammeIndicator({
        programmeId: framework.programme.id,
        id: initial?.id,
        code,
        name: name.trim() || (isBuiltin(code) ? t(`builtins.${code}`) : code),
        unit,
        resultId: resultId ? Number(resultId) : null,
        direction,
        baseline,
        periodKind: kind,
        cumulative,
        disaggregation: disaggregation.filter((d) => dimensions.includes(d)),
      }),
    );
    if (saved) onSaved?.();
  };

  return (
    <Group align="flex-end" gap="xs" data-testid={`${testId}-form`}>
      <Select
        label={t('indicatorCode')}
        data={[
          ...BUILTIN_INDICATORS.map((b) => ({ value: b, label: `${b} — ${t(`builtins.${b}`)}` })),
          { value: CUSTOM, label: t('customCode') },
        ]}
        value={choice}
        onChange={(v) => v && setChoice(v)}
        allowDeselect={false}
        searchable
        w={280}
        data-testid={`${testId}-code`}
      />
      {choice === CUSTOM && (
        <TextInput
          label={t('customCodeField')}
          value={customCode}
          onChange={(e) => setCustomCode(e.currentTarget.value)}
          w={140}
          data-testid={`${testId}-custom-code`}
        />
      )}
      <TextInput
        label={t('indicatorName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        w={220}
        data-testid={`${testId}-name`}
      />
      <TextInput label={t('unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} w={100} data-testid={`${testId}-unit`} />
      <Select
        label={t('framework.result')}
        data={framework.results.map((r) => ({ value: String(r.id), label: `${objectiveCode(r.objectiveId)} › ${r.code} ${r.title}` }))}
        value={resultId}
        onChange={setResultId}
        placeholder={t('framework.noResult')}
        clearable
        w={240}
        data-testid={`${testId}-result`}
      />
      <Select
        label={t('direction')}
        data={(['higher-better', 'lower-better'] as const).map((d) => ({ value: d, label: t(`directions.${d}`) }))}
        value={direction}
        onChange={(v) => v && setDirection(v)}
        allowDeselect={false}
        w={200}
      />
      <NumberField label={t('cols.baseline')} value={baseline} onChange={(v) => setBaseline(Number(v) || 0)} w={110} />
      <Select
        label={t('periodKind')}
        data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        value={kind}
        onChange={(v) => v && setKind(v)}
        allowDeselect={false}
        w={130}
        data-testid={`${testId}-kind`}
      />
      <Checkbox label={t('cumulativeTargets')} checked={cumulative} onChange={(e) => setCumulative(e.currentTarget.checked)} mb={8} />
      <Checkbox.Group
        label={t('disaggregation')}
        title={t('disaggregationNote')}
        value={disaggregation.filter((d) => dimensions.includes(d))}
        onChange={(v) => setDisaggregation(v)}
      >
        <Group gap="xs" mb={8} mt={4}>
          {DISAGGREGATIONS.map((d) => (
            <Checkbox
              key={d}
              value={d}
              label={t(`disaggregations.${d}`)}
              disabled={!dimensions.includes(d)}
              data-testid={`${testId}-dis-${d}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Button onClick={() => void save()} disabled={code === ''} data-testid={`${testId}-add`}>
        {initial ? t('save') : t('addIndicator')}
      </Button>
    </Group>
  );
}
