import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import { METHODS } from '../../../../shared/analysis/mcda';
import type { PlanView } from '../../../../shared/features/attraction/types';
import { WeightsEditor, type WeightsState } from '../../components/weights/WeightsEditor';
import { num, percent } from './format';
import { SalesSensitivity } from './SalesSensitivity';
import { useAttraction } from './use-attraction';

/**
 * Sales criteria (weights in the shared weights/AHP editor of the multi-criteria engine, method), the
 * applicants ranked by that engine and their sensitivity to the weights (the shared view); the scores of criteria typed per company (local suppliers,
 * technology, environmental risk) are edited here.
 */
export function CriteriaPanel({ view }: { view: PlanView }) {
  const { t, locale, act } = useAttraction();
  const planId = view.plan.id;
  // The editor's state for this plan's criteria, starting from what the plan stores (its weights,
  // their origin and the AHP judgements behind them).
  const criteriaKey = `${planId}:${view.criteria.map((c) => c.id).join(',')}`;
  const [edit, setEdit] = useState<{ key: string; state: WeightsState } | null>(null);
  const saved: WeightsState = {
    weights: view.criteria.map((c) => c.weight),
    origin: view.plan.weightOrigin,
    ahpMatrix: view.plan.ahpMatrix,
  };
  const weights: WeightsState = edit?.key === criteriaKey ? edit.state : saved;
  const dirty =
    weights.origin !== saved.origin ||
    JSON.stringify(weights.ahpMatrix) !== JSON.stringify(saved.ahpMatrix) ||
    weights.weights.some((w, j) => Math.abs(w - (saved.weights[j] ?? 0)) > 1e-9);
  const manual = view.criteria.filter((c) => c.source === 'manual');
  const save = () =>
    void act((e) =>
      e.setSalesCriteria(
        planId,
        view.criteria.map((c, j) => ({
          id: c.id,
          name: c.name,
          source: c.source,
          direction: c.direction,
          weight: weights.weights[j] ?? c.weight,
        })),
        { origin: weights.origin === 'ahp' ? 'ahp' : 'direct', ahpMatrix: weights.ahpMatrix },
      ),
    );
  const s = view.scoring;
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end">
        <Select
          label={t('criteria.method')}
          data={METHODS.map((m) => ({ value: m, label: m.toUpperCase() }))}
          value={view.plan.salesMethod}
          onChange={(v) => v && void act((e) => e.updateAttractionPlan(planId, { salesMethod: v }))}
          allowDeselect={false}
          w={160}
          data-testid="attraction-method"
        />
        <Button onClick={save} disabled={!dirty} data-testid="attraction-save-weights">
          {t('criteria.save')}
        </Button>
      </Group>
      <Table withTableBorder data-testid="attraction-criteria">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('criteria.name')}</Table.Th>
            <Table.Th>{t('criteria.source')}</Table.Th>
            <Table.Th>{t('criteria.direction')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.criteria.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{t(`source.${c.source}`)}</Table.Td>
              <Table.Td>{t(`criteria.${c.direction}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={5}>{t('criteria.weights')}</Title>
      <WeightsEditor names={view.criteria.map((c) => c.name)} value={weights} onChange={(state) => setEdit({ key: criteriaKey, state })} />
      {manual.length > 0 && (
        <>
          <Title order={5}>{t('criteria.scores')}</Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('criteria.company')}</Table.Th>
                {manual.map((c) => (
                  <Table.Th key={c.id}>{c.name}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.prospects
                .filter((p) => p.stage !== 'lost')
                .map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.company}</Table.Td>
                    {manual.map((c) => (
                      <Table.Td key={c.id}>
                        <NumberField
                          size="xs"
                          w={90}
                          defaultValue={p.criterionValues[c.id] ?? ''}
                          aria-label={`${c.name} ${p.company}`}
                          onBlur={(e) => {
                            const text = e.currentTarget.value.replace(',', '.');
                            const value = text.trim() === '' ? null : Number(text);
                            if (value === (p.criterionValues[c.id] ?? null) || (value !== null && !Number.isFinite(value))) return;
                            void act((en) => en.setProspectCriterionValue(p.id, c.id, value));
                          }}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <Title order={5}>{t('criteria.ranking')}</Title>
      {view.plan.discountThreshold !== null && view.plan.discountPct !== null && (
        <Text size="sm">
          {t('criteria.rule', { threshold: num(view.plan.discountThreshold, locale), pct: percent(view.plan.discountPct, locale) })}
        </Text>
      )}
      <Table withTableBorder striped data-testid="attraction-ranking">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('criteria.rank')}</Table.Th>
            <Table.Th>{t('criteria.company')}</Table.Th>
            <Table.Th>{t('criteria.score')}</Table.Th>
            <Table.Th>{t('criteria.points')}</Table.Th>
            <Table.Th>{t('criteria.discount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {s.applicants.map((a) => (
            <Table.Tr key={a.prospectId} data-testid="attraction-ranking-row">
              <Table.Td>{a.rank}</Table.Td>
              <Table.Td>{a.company}</Table.Td>
              <Table.Td>{num(a.score, locale, 4)}</Table.Td>
              <Table.Td>{num(a.points, locale)}</Table.Td>
              <Table.Td>{a.discountPct > 0 ? percent(a.discountPct, locale, 0) : '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {s.warnings.map((w) => (
        <Text key={`${w.code}-${String(w.params.criterion ?? '')}`} size="xs" c="orange" data-testid="attraction-scoring-warning">
          {t(`criteria.warnings.${w.code}`, w.params)}
        </Text>
      ))}
      {s.imputed.map((m) => (
        <Text key={`${m.company}-${m.criterion}`} size="xs" c="orange">
          {t('criteria.imputed', { company: m.company, criterion: m.criterion, value: num(m.value, locale) })}
        </Text>
      ))}
      <SalesSensitivity sensitivity={s.sensitivity} />
    </Stack>
  );
}
