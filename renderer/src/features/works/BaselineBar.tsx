import { Button, Group, Modal, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baselineNameIn } from '../../../../shared/features/works/demo-text';
import type { Baseline, BaselineComparisonRow } from '../../../../shared/features/works/types';
import { useLocale } from '../../i18n';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { money } from './works-format';
import { shortDate } from '../../i18n/format';
import { monthLabel } from '../../i18n/period-label';
import { FormActions } from '../../components/FormActions';

interface Props {
  baselines: Baseline[];
  chosen: string | null;
  onChoose: (id: string | null) => void;
  statusDate: string;
  /** Whether there is a plan to freeze (a portfolio without works has none). */
  canFreeze: boolean;
}

/** Freeze the plan under a name; pick a baseline to compare today with (grid below, shadows on the Gantt). */
export function BaselineBar({ baselines, chosen, onChoose, statusDate, canFreeze }: Props) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const controller = useWorkspaceController();
  const [naming, setNaming] = useState<string | null>(null);
  const freeze = async () => {
    const name = naming?.trim();
    if (!name) return;
    try {
      const b = await controller.mutate((engine) => engine.freezeBaseline(name));
      notify({ kind: 'success', title: (lng) => t('baseline.frozen', { lng }), message: (lng) => t('messages.frozen', { lng, name }) });
      onChoose(String(b.id));
      setNaming(null);
    } catch (error) {
      notifyError(error, (lng) => t('baseline.frozen', { lng }));
    }
  };
  const options = baselines.map((b) => ({ value: String(b.id), label: baselineNameIn(b.name, locale) }));
  return (
    <Group gap="xs" align="flex-end">
      <Select
        size="xs"
        label={t('baseline.label')}
        placeholder={t('baseline.none')}
        data={options}
        value={chosen}
        onChange={onChoose}
        clearable
        // The demo's baseline reads whole in every language ("Línea de base ilustrativa 2025-07" was cut at 220 px).
        w={260}
        // A planner's longer name: whole in the list (as wide as its longest name) and on hover once chosen.
        comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
        title={options.find((o) => o.value === chosen)?.label}
        data-testid="works-baseline-select"
      />
      <Button
        size="xs"
        variant="default"
        disabled={!canFreeze}
        onClick={() => setNaming(t('baseline.defaultName', { month: monthLabel(statusDate.slice(0, 7), locale) }))}
        data-testid="works-freeze"
      >
        {t('actions.freeze')}
      </Button>
      <Modal opened={naming !== null} onClose={() => setNaming(null)} title={t('actions.freeze')}>
        <Text size="xs" c="dimmed" mb="xs">
          {t('baseline.immutable')}
        </Text>
        <TextInput
          label={t('baseline.name')}
          value={naming ?? ''}
          onChange={(e) => setNaming(e.currentTarget.value)}
          data-testid="works-baseline-name"
        />
        <FormActions
          submitLabel={t('actions.save')}
          onCancel={() => setNaming(null)}
          onSubmit={() => void freeze()}
          testId="works-baseline-save"
        />
      </Modal>
    </Group>
  );
}

/** Today against the chosen baseline: slipped days and budget change, work by work. */
export function BaselineComparison({ rows, name }: { rows: BaselineComparisonRow[]; name: string }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const changed = rows.filter((r) => !r.inBaseline || r.endSlipDays !== 0 || r.startSlipDays !== 0 || r.budgetChange !== 0);
  return (
    <Table striped withTableBorder fz="xs" data-testid="works-baseline-compare" data-changed={changed.length}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th colSpan={6}>{t('baseline.compareTitle', { name })}</Table.Th>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('columns.code')}</Table.Th>
          <Table.Th>{t('columns.title')}</Table.Th>
          <Table.Th>{t('baseline.label')}</Table.Th>
          <Table.Th>{t('columns.plannedEnd')}</Table.Th>
          <Table.Th>{t('baseline.slip')}</Table.Th>
          <Table.Th>{t('baseline.budgetChange')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changed.map((r) => (
          <Table.Tr key={r.workCode} data-testid={`works-slip-${r.workCode}`} data-slip={r.endSlipDays ?? ''}>
            <Table.Td>{r.workCode}</Table.Td>
            <Table.Td>{r.title}</Table.Td>
            <Table.Td>{shortDate(r.baselineEnd, locale)}</Table.Td>
            <Table.Td>{shortDate(r.currentEnd, locale)}</Table.Td>
            <Table.Td c={r.endSlipDays && r.endSlipDays > 0 ? 'red' : undefined}>
              {r.endSlipDays === null ? '–' : t('baseline.slipDays', { count: r.endSlipDays })}
            </Table.Td>
            <Table.Td>{money(r.budgetChange, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
