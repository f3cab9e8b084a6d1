import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import type { PlanView } from '../../../../shared/features/attraction/types';
import { INCENTIVE_KINDS, type IncentiveKind } from '../../../../shared/features/attraction/vocabulary';
import { brl, percent } from './format';
import { useAttraction } from './use-attraction';

/** Incentives of the plan and, per company, what they cost against the jobs, investment and taxes they bring. */
export function IncentivesPanel({ view }: { view: PlanView }) {
  const { t, locale, act } = useAttraction();
  const [kind, setKind] = useState<IncentiveKind>('land-discount');
  const [name, setName] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [years, setYears] = useState<number | string>('');
  const planId = view.plan.id;
  const add = () =>
    void act((e) =>
      e.addIncentive(planId, {
        kind,
        name: name.trim(),
        ...(kind === 'land-discount' ? { discountPct: Number(amount) } : { annualAmount: Number(amount), years: years === '' ? null : Number(years) }),
      }),
    ).then((added) => {
      // A refused incentive keeps what was typed, to correct it.
      if (!added) return;
      setName('');
      setAmount('');
    });
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end">
        <Select label={t('incentives.kind')} data={INCENTIVE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v)} allowDeselect={false} w={200} />
        <TextInput label={t('incentives.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={260} />
        <NumberField clampBehavior="none" label={kind === 'land-discount' ? t('incentives.discount') : t('incentives.annual')} value={amount} onChange={setAmount} min={0} w={150} />
        {kind !== 'land-discount' && <NumberField clampBehavior="none" label={t('incentives.years')} value={years} onChange={setYears} min={0} max={50} w={90} />}
        <Button onClick={add} disabled={name.trim() === '' || amount === ''}>
          {t('incentives.add')}
        </Button>
      </Group>
      {view.incentives.length === 0 ? (
        <Text c="dimmed">{t('incentives.none')}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Tbody>
            {view.incentives.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{t(`kind.${i.kind}`)}</Table.Td>
                <Table.Td>{i.name}</Table.Td>
                <Table.Td>{i.kind === 'land-discount' ? percent(i.discountPct, locale) : t('incentives.perYear', { amount: brl(i.annualAmount, locale), count: i.years ?? view.plan.horizonYears })}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => void act((e) => e.deleteIncentive(planId, i.id))}>
                    {t('incentives.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={5}>{t('incentives.costBenefit')}</Title>
      <Text size="xs" c="dimmed">
        {t('incentives.horizon', { count: view.plan.horizonYears, tax: brl(view.plan.taxPerJobYear ?? 0, locale) })}
      </Text>
      <Table withTableBorder striped data-testid="attraction-cost-benefit">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('prospects.company')}</Table.Th>
            <Table.Th ta="right">{t('incentives.cost')}</Table.Th>
            <Table.Th ta="right">{t('incentives.tax')}</Table.Th>
            <Table.Th ta="right">{t('incentives.net')}</Table.Th>
            <Table.Th ta="right">{t('incentives.payback')}</Table.Th>
            <Table.Th ta="right">{t('incentives.costPerJob')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.prospects
            .filter((p) => p.costBenefit)
            .map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.company}</Table.Td>
                <Table.Td ta="right">{brl(p.costBenefit?.cost, locale)}</Table.Td>
                <Table.Td ta="right">{brl(p.costBenefit?.tax, locale)}</Table.Td>
                <Table.Td ta="right">{brl(p.costBenefit?.net, locale)}</Table.Td>
                <Table.Td ta="right">{p.costBenefit?.paybackYears ?? t('incentives.never')}</Table.Td>
                <Table.Td ta="right">{brl(p.costBenefit?.costPerJob, locale)}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
