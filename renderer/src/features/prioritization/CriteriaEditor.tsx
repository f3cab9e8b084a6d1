import { ActionIcon, Code, Fieldset, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useMemo, useState } from 'react';
import { PREFERENCE_FUNCTIONS, type PreferenceFunction } from '../../../../shared/analysis/mcda/types';
import type { CriterionSourceOption, ScenarioCriterion } from '../../../../shared/features/prioritization/types';
import { labelKey } from '../../i18n/locales';
import { useEngineData } from '../../workspace/use-engine-data';
import { addCriterion, removeCriterion, updateCriterion, type Draft } from './draft';

import { usePrioritization } from './use-prioritization';

interface Props {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  frozen: boolean;
}

const GROUPS = ['indicator', 'jobs', 'activity', 'lq', 'share', 'growth', 'works'] as const;
const NEEDS: Record<PreferenceFunction, ('q' | 'p' | 's')[]> = {
  usual: [],
  ushape: ['q'],
  vshape: ['p'],
  level: ['q', 'p'],
  linear: ['q', 'p'],
  gaussian: ['s'],
};

const toNumber = (v: string | number): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The criteria: source and period, label, direction, eligibility thresholds, PROMETHEE preference. */
export function CriteriaEditor({ draft, update, frozen }: Props) {
  const { t, locale } = usePrioritization();
  const sources = useEngineData((engine) => engine.criterionSources(), []);
  const [search, setSearch] = useState('');
  const byId = useMemo(() => new Map((sources.data ?? []).map((o) => [o.source, o])), [sources.data]);
  const used = new Set(draft.criteria.map((c) => c.source));
  const groups = GROUPS.map((g) => ({
    group: t(`criteria.groups.${g}`),
    items: (sources.data ?? [])
      .filter((o) => o.group === g && !used.has(o.source))
      .map((o) => ({ value: o.source, label: o.label[labelKey(locale)] })),
  })).filter((g) => g.items.length > 0);
  const promethee = draft.method === 'promethee2';

  const add = (source: string | null) => {
    const option: CriterionSourceOption | undefined = source ? byId.get(source) : undefined;
    if (option) update((d) => addCriterion(d, option, option.label[labelKey(locale)]));
    setSearch('');
  };
  const set = (j: number, patch: Partial<ScenarioCriterion>) => update((d) => updateCriterion(d, j, patch));

  return (
    <Fieldset legend={t('criteria.title', { count: draft.criteria.length })} p="xs" data-testid="criteria-editor">
      {draft.criteria.length > 0 && (
        <Table.ScrollContainer minWidth={promethee ? 780 : 560} mb={6}>
          <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={4} fz="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={200}>{t('criteria.labelAndSource')}</Table.Th>
                <Table.Th w={130}>{t('criteria.direction')}</Table.Th>
                <Table.Th w={84}>{t('criteria.min')}</Table.Th>
                <Table.Th w={84}>{t('criteria.max')}</Table.Th>
                {promethee && <Table.Th w={236}>{t('criteria.preference')}</Table.Th>}
                <Table.Th w={32} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.criteria.map((c, j) => (
                <Table.Tr key={c.source} data-testid="criterion-row" data-source={c.source}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={c.label}
                      aria-label={t('criteria.label')}
                      onChange={(e) => set(j, { label: e.currentTarget.value })}
                    />
                    <Tooltip label={byId.get(c.source)?.origin ?? c.source} withinPortal>
                      <Code fz={10} bg="transparent" c="dimmed" p={0}>
                        {c.source}
                      </Code>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('criteria.direction')}
                      data={(['benefit', 'cost'] as const).map((d) => ({ value: d, label: t(`directions.short.${d}`) }))}
                      title={t(`directions.${c.direction}`)}
                      value={c.direction}
                      onChange={(v) => v && set(j, { direction: v })}
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberField
                      size="xs"
                      aria-label={t('criteria.min')}
                      grouped={false}
                      hideControls
                      value={c.min ?? ''}
                      onChange={(v) => set(j, { min: toNumber(v) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberField
                      size="xs"
                      aria-label={t('criteria.max')}
                      grouped={false}
                      hideControls
                      value={c.max ?? ''}
                      onChange={(v) => set(j, { max: toNumber(v) })}
                    />
                  </Table.Td>
                  {promethee && (
                    <Table.Td>
                      <PreferenceCells criterion={c} onChange={(patch) => set(j, patch)} />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Tooltip label={t('criteria.remove')} withinPortal>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="red"
                        disabled={frozen}
                        aria-label={t('criteria.remove')}
                        onClick={() => update((d) => removeCriterion(d, j))}
                      >
                        ×
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {draft.criteria.length === 0 && (
        <Text size="xs" c="dimmed" mb={6}>
          {t('criteria.empty')}
        </Text>
      )}
      <Select
        size="xs"
        w={420}
        disabled={frozen}
        placeholder={t('criteria.add')}
        aria-label={t('criteria.add')}
        data={groups}
        value={null}
        onChange={add}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        maxDropdownHeight={320}
        nothingFoundMessage={t('criteria.nothingFound')}
        comboboxProps={{ withinPortal: true }}
        data-testid="criterion-add"
      />
      <Text size="xs" c="dimmed" mt={4}>
        {frozen ? t('criteria.frozenHint') : t('criteria.hint')}
        {promethee && ` ${t('criteria.prometheeHint')}`}
      </Text>
    </Fieldset>
  );
}

function PreferenceCells({
  criterion: c,
  onChange,
}: {
  criterion: ScenarioCriterion;
  onChange: (patch: Partial<ScenarioCriterion>) => void;
}) {
  const { t } = usePrioritization();
  return (
    <div style={{ display: 'flex', gap: 4 }}>
      <Select
        size="xs"
        w={110}
        aria-label={t('criteria.preference')}
        data={PREFERENCE_FUNCTIONS.map((p) => ({ value: p, label: t(`preferences.${p}`) }))}
        value={c.preference}
        onChange={(v) => v && onChange({ preference: v })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {NEEDS[c.preference].map((k) => (
        <NumberField
          key={k}
          size="xs"
          w={66}
          hideControls
          min={0}
          grouped={false}
          placeholder={k}
          aria-label={k}
          value={c[k] ?? ''}
          onChange={(v) => onChange({ [k]: toNumber(v) })}
        />
      ))}
    </div>
  );
}
