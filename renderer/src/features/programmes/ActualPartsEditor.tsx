import { Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePeriod } from '../../../../shared/features/programmes/periods';
import { AGE_PARTS, SEX_PARTS, type Disaggregation } from '../../../../shared/features/programmes/types';
import { useLocale } from '../../i18n';
import { numberFormat } from '../../i18n/format';
import { periodLabel } from '../../i18n/period-label';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { useEngineData } from '../../workspace/use-engine-data';

export type PartDraft = { dimension: Disaggregation; part: string; value: number };

/**
 * A custom indicator's actual of one period broken down by the dimensions it asks for: women and
 * men, youth and other ages, municipalities. Each dimension shows its sum against the actual; the
 * engine refuses parts that do not add up when the targets are saved.
 */
export function ActualPartsEditor({
  period,
  actual,
  dimensions,
  parts,
  onApply,
  onClose,
}: {
  period: string;
  actual: number | null;
  dimensions: readonly Disaggregation[];
  parts: readonly PartDraft[];
  onApply: (parts: PartDraft[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('programmes');
  const { locale, t: common } = useLocale();
  const number = numberFormat(locale);
  const [draft, setDraft] = useState<PartDraft[]>(() => [...parts]);
  const places = useEngineData((e) => e.listMunicipalities({ stateCode: FOCUS_STATE_CODE }), []);
  const valueOf = (dimension: Disaggregation, part: string) => draft.find((p) => p.dimension === dimension && p.part === part)?.value;
  const setValue = (dimension: Disaggregation, part: string, value: number | null) =>
    setDraft([
      ...draft.filter((p) => !(p.dimension === dimension && p.part === part)),
      ...(value === null ? [] : [{ dimension, part, value }]),
    ]);
  const sum = (dimension: Disaggregation) => draft.filter((p) => p.dimension === dimension).reduce((s, p) => s + p.value, 0);
  const territory = draft.filter((p) => p.dimension === 'territory');
  const fixed = (dimension: 'sex' | 'age', keys: readonly string[]) =>
    keys.map((k) => (
      <NumberField
        clampBehavior="none"
        key={k}
        size="xs"
        label={t(`parts.${k as 'women' | 'men' | 'youth' | 'other'}`)}
        min={0}
        value={valueOf(dimension, k) ?? ''}
        onChange={(v) => setValue(dimension, k, v === '' ? null : Number(v))}
        data-testid={`part-${dimension}-${k}`}
      />
    ));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('partsEditor.title', { period: periodLabel(parsePeriod(period)?.key ?? period, locale, common) })}
      size="lg"
    >
      <Stack gap="xs" data-testid="parts-editor">
        {actual === null && <Text c="red">{t('partsEditor.noActual')}</Text>}
        {dimensions.map((d) => (
          <Paper key={d} withBorder p="xs">
            <Group justify="space-between">
              <Text fw={600}>{t(`disaggregations.${d}`)}</Text>
              <Text size="sm" c={actual !== null && sum(d) !== actual ? 'red' : 'dimmed'} data-testid={`parts-sum-${d}`}>
                {t('partsEditor.sum', { sum: number.format(sum(d)), actual: actual === null ? '–' : number.format(actual) })}
              </Text>
            </Group>
            {d === 'sex' && <SimpleGrid cols={2}>{fixed('sex', SEX_PARTS)}</SimpleGrid>}
            {d === 'age' && <SimpleGrid cols={2}>{fixed('age', AGE_PARTS)}</SimpleGrid>}
            {d === 'territory' && (
              <Stack gap={4}>
                {territory.map((p, i) => (
                  <Group key={i} gap="xs" grow>
                    <Select
                      size="xs"
                      aria-label={t('partsEditor.place')}
                      data={(places.data ?? []).map((m) => ({ value: String(m.code), label: m.name }))}
                      value={p.part || null}
                      onChange={(v) => setDraft(draft.map((x) => (x === p ? { ...x, part: v ?? '' } : x)))}
                      searchable
                      limit={50}
                      data-testid={`part-territory-place-${i}`}
                    />
                    <NumberField
                      clampBehavior="none"
                      size="xs"
                      aria-label={t('partsEditor.value')}
                      min={0}
                      value={p.value}
                      onChange={(v) => setDraft(draft.map((x) => (x === p ? { ...x, value: Number(v) || 0 } : x)))}
                      data-testid={`part-territory-value-${i}`}
                    />
                  </Group>
                ))}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setDraft([...draft, { dimension: 'territory', part: '', value: 0 }])}
                  data-testid="part-territory-add"
                >
                  {t('partsEditor.addPlace')}
                </Button>
              </Stack>
            )}
          </Paper>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => onApply(draft.filter((p) => p.part !== ''))} data-testid="parts-apply">
            {t('partsEditor.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
