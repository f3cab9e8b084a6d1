import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import type { PlanView } from '../../../../shared/features/attraction/types';
import { ACTION_STATUSES } from '../../../../shared/features/attraction/vocabulary';
import { brl, num } from './format';
import { useAttraction } from './use-attraction';
import { DateField } from '../../components/DateField';
import { notADate, shortDate } from '../../i18n/format';

/** Goals of the period (jobs, investment) with what installed companies reached, and the plan's actions. */
export function ActionsPanel({ view }: { view: PlanView }) {
  const { t, locale, act } = useAttraction();
  const planId = view.plan.id;
  const [goalJobs, setGoalJobs] = useState<number | string>(view.plan.goalJobs ?? '');
  const [goalInvestment, setGoalInvestment] = useState<number | string>(view.plan.goalInvestment ?? '');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  return (
    <Stack gap="sm">
      <Title order={5}>{t('actions.goals')}</Title>
      <Group gap="xs" align="flex-end">
        <NumberField label={t('actions.goalJobs')} value={goalJobs} onChange={setGoalJobs} min={0} allowDecimal={false} w={160} />
        <NumberField label={t('actions.goalInvestment')} value={goalInvestment} onChange={setGoalInvestment} min={0} w={200} />
        <Button
          variant="default"
          onClick={() =>
            void act((e) =>
              e.updateAttractionPlan(planId, {
                goalJobs: goalJobs === '' ? null : Number(goalJobs),
                goalInvestment: goalInvestment === '' ? null : Number(goalInvestment),
              }),
            )
          }
        >
          {t('actions.saveGoals')}
        </Button>
        <Text size="sm">
          {t('actions.installed')}: {num(view.progress.jobs, locale, 0)} · {brl(view.progress.investment, locale)}
        </Text>
      </Group>
      <Group gap="xs" align="flex-end">
        <TextInput label={t('actions.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} w={320} />
        <TextInput label={t('actions.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} w={180} />
        <DateField label={t('actions.due')} value={due} onChange={setDue} w={160} />
        <Button
          disabled={title.trim() === '' || notADate(due)}
          onClick={() =>
            void act((e) => e.addPlanAction(planId, { title: title.trim(), owner: owner.trim() || null, dueDate: due || null })).then(
              (added) => {
                // A refused action (a due date that is none) keeps what was typed, to correct it.
                if (!added) return;
                setTitle('');
                setOwner('');
                setDue('');
              },
            )
          }
        >
          {t('actions.add')}
        </Button>
      </Group>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actions.title')}</Table.Th>
            <Table.Th>{t('actions.owner')}</Table.Th>
            <Table.Th>{t('actions.due')}</Table.Th>
            <Table.Th>{t('actions.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.actions.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td>{a.owner ?? '–'}</Table.Td>
              <Table.Td c={a.late ? 'red' : undefined} data-late={a.late}>
                {shortDate(a.dueDate, locale)}
                {a.late ? ` — ${t('actions.late')}` : ''}
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
                  value={a.status}
                  onChange={(v) => v && void act((e) => e.updatePlanAction(planId, a.id, { status: v }))}
                  allowDeselect={false}
                  w={150}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
