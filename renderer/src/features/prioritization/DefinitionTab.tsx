import { Grid, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { DEFAULT_NORMALIZATION } from '../../../../shared/analysis/mcda/normalize';
import { MISSING_POLICIES } from '../../../../shared/analysis/mcda/missing';
import { METHODS, NORMALIZATIONS } from '../../../../shared/analysis/mcda/types';
import { AlternativesEditor } from './AlternativesEditor';
import { CriteriaEditor } from './CriteriaEditor';
import type { Draft } from './draft';

import { usePrioritization } from './use-prioritization';

interface Props {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  frozen: boolean;
}

/** Name, method and its parameters, normalization, top N, missing values; alternatives; criteria. */
export function DefinitionTab({ draft, update, frozen }: Props) {
  const { t } = usePrioritization();
  const set = (patch: Partial<Draft>) => update((d) => ({ ...d, ...patch }));
  const classic = DEFAULT_NORMALIZATION[draft.method];

  return (
    <Stack gap="sm">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <TextInput
            label={t('editor.name')}
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            size="xs"
            data-testid="scenario-name"
          />
          <Textarea
            label={t('editor.description')}
            value={draft.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            size="xs"
            autosize
            minRows={2}
            maxRows={4}
            mt={6}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
            <Select
              label={t('editor.method')}
              size="xs"
              data={METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
              value={draft.method}
              onChange={(v) => v && set({ method: v })}
              allowDeselect={false}
              data-testid="scenario-method"
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('editor.normalization')}
              size="xs"
              disabled={draft.method === 'vikor'}
              data={[
                { value: 'default', label: t('editor.normalizationDefault', { name: t(`normalizations.${classic}`) }) },
                ...NORMALIZATIONS.map((n) => ({ value: n, label: t(`normalizations.${n}`) })),
              ]}
              value={draft.method === 'vikor' ? 'default' : (draft.normalization ?? 'default')}
              onChange={(v) => set({ normalization: !v || v === 'default' ? null : v })}
              allowDeselect={false}
              data-testid="scenario-normalization"
              comboboxProps={{ withinPortal: true }}
            />
            <NumberField
              label={t('editor.topN')}
              size="xs"
              min={1}
              max={Math.max(1, draft.alternatives.length)}
              allowDecimal={false}
              value={draft.topN}
              onChange={(v) => typeof v === 'number' && set({ topN: v })}
              data-testid="scenario-topn"
            />
            <Select
              label={t('editor.missingPolicy')}
              size="xs"
              data={MISSING_POLICIES.map((m) => ({ value: m, label: t(`missing.${m}`) }))}
              value={draft.missingPolicy}
              onChange={(v) => v && set({ missingPolicy: v })}
              allowDeselect={false}
              data-testid="scenario-missing"
              comboboxProps={{ withinPortal: true }}
            />
            {draft.method === 'vikor' && (
              <NumberField
                label={t('editor.vikorV')}
                size="xs"
                min={0}
                max={1}
                step={0.05}
                decimalScale={2}
                grouped={false}
                value={draft.vikorV}
                onChange={(v) => typeof v === 'number' && set({ vikorV: v })}
              />
            )}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={6}>
            {t(`methodHelp.${draft.method}`)}
          </Text>
        </Grid.Col>
      </Grid>
      <AlternativesEditor draft={draft} update={update} frozen={frozen} />
      <CriteriaEditor draft={draft} update={update} frozen={frozen} />
    </Stack>
  );
}
