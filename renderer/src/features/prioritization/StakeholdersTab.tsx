import { ActionIcon, Button, Fieldset, Group, Stack, Table, Text, Textarea, Tooltip } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { formatPercent } from './format';
import type { Draft } from './draft';
import { StakeholderResults } from './StakeholderResults';

import { usePrioritization } from './use-prioritization';
import { normalizeTo100, sumsTo100, weightSum } from '../../components/weights/weights';

interface Props {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  scenarioId: number;
  pending: Draft | undefined;
}

/** Named weight sets on the same criteria (agency, federation, SEBRAE, municipality…) and their comparison. */
export function StakeholdersTab({ draft, update, scenarioId, pending }: Props) {
  const { t, locale } = usePrioritization();
  const sets = draft.weightSets;
  const setSets = (change: (s: Draft['weightSets']) => Draft['weightSets']) => update((d) => ({ ...d, weightSets: change(d.weightSets) }));
  const addSet = () =>
    setSets((s) => {
      const taken = new Set(s.map((w) => w.name.toLowerCase()));
      let k = s.length + 1;
      while (taken.has(t('stakeholders.setName', { n: k }).toLowerCase())) k++;
      return [
        ...s,
        { name: t('stakeholders.setName', { n: k }), weights: normalizeTo100(draft.criteria.map((c) => c.weight)), ahpMatrix: null },
      ];
    });
  const setWeight = (k: number, j: number, v: number) =>
    setSets((s) => s.map((w, i) => (i === k ? { ...w, ahpMatrix: null, weights: w.weights.map((x, c) => (c === j ? v : x)) } : w)));

  return (
    <Stack gap="sm" data-testid="stakeholders-tab">
      <Fieldset legend={t('stakeholders.setsTitle')} p="xs">
        <Text size="xs" c="dimmed" mb={6}>
          {t('stakeholders.help')}
        </Text>
        {draft.criteria.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('weights.noCriteria')}
          </Text>
        ) : (
          sets.length > 0 && (
            <Table fz="xs" verticalSpacing={2} horizontalSpacing={4} withRowBorders={false} mb={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stability.criterion')}</Table.Th>
                  {sets.map((w, k) => (
                    <Table.Th key={k} w={150}>
                      <Group gap={2} wrap="nowrap">
                        {/* The whole name, on as many lines as it takes (a one-line field 116 px wide showed
                            "Federação das" of "Federação das indústrias (ilustrativo)"); Enter adds no line. */}
                        <Textarea
                          size="xs"
                          autosize
                          minRows={1}
                          maxRows={4}
                          value={w.name}
                          aria-label={t('stakeholders.nameLabel')}
                          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                          onChange={(e) => {
                            const name = e.currentTarget.value.replace(/\s*\n\s*/g, ' ');
                            setSets((s) => s.map((x, i) => (i === k ? { ...x, name } : x)));
                          }}
                          data-testid={`set-name-${k}`}
                        />
                        <Tooltip label={t('stakeholders.remove')} withinPortal>
                          <ActionIcon
                            size="sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('stakeholders.remove')}
                            onClick={() => setSets((s) => s.filter((_, i) => i !== k))}
                          >
                            ×
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {draft.criteria.map((c, j) => (
                  <Table.Tr key={c.source}>
                    <Table.Td>{c.label}</Table.Td>
                    {sets.map((w, k) => (
                      <Table.Td key={k}>
                        <NumberField
                          size="xs"
                          min={0}
                          decimalScale={2}
                          grouped={false}
                          suffix=" %"
                          value={w.weights[j] ?? 0}
                          onChange={(v) => typeof v === 'number' && setWeight(k, j, v)}
                          aria-label={`${w.name} — ${c.label}`}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td fw={600}>{t('stakeholders.sum')}</Table.Td>
                  {sets.map((w, k) => (
                    <Table.Td key={k}>
                      <Group gap={4} wrap="nowrap">
                        <Text size="xs" fw={600} c={sumsTo100(w.weights) ? undefined : 'orange'} style={{ whiteSpace: 'nowrap' }}>
                          {formatPercent(weightSum(w.weights), locale, 2)}
                        </Text>
                        {!sumsTo100(w.weights) && weightSum(w.weights) > 0 && (
                          <Button
                            size="compact-xs"
                            variant="light"
                            onClick={() => setSets((s) => s.map((x, i) => (i === k ? { ...x, weights: normalizeTo100(x.weights) } : x)))}
                          >
                            {t('weights.normalize')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )
        )}
        <Button
          size="xs"
          variant="light"
          disabled={draft.criteria.length === 0 || sets.length >= 12}
          onClick={addSet}
          data-testid="set-add"
        >
          {t('stakeholders.add')}
        </Button>
      </Fieldset>
      <StakeholderResults scenarioId={scenarioId} pending={pending} />
    </Stack>
  );
}
