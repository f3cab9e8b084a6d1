import { Button, Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { formatCnpj } from '../../../../shared/features/attraction/cnpj';
import { dateTextColumn } from '../../components/grid/date-column';
import { NumberField } from '../../components/NumberField';
import type { CellEditRequestEvent, ColDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import type { PlanView, ProspectView } from '../../../../shared/features/attraction/types';
import type { ProspectStage } from '../../../../shared/features/attraction/vocabulary';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { brl, num } from './format';
import { notADate } from '../../i18n/format';
import { ProspectBoard } from './ProspectBoard';
import { ProspectEditor } from './ProspectEditor';
import { prospectCellPatch } from './prospect-changes';
import { useAttraction } from './use-attraction';
import { DateField } from '../../components/DateField';

const EMPTY = { company: '', cnpj: '', cnae: '', nextAction: '', nextActionDate: '' };

/**
 * The prospects pipeline: a form to add a company, then a board by stage (✎ opens the editor) or a
 * grid with lot matching, edited in place.
 */
export function ProspectsPanel({ view }: { view: PlanView }) {
  const { t, locale, act } = useAttraction();
  const [mode, setMode] = useState<'board' | 'grid'>('board');
  const [editingId, setEditingId] = useState<number | null>(null);
  const editing = view.prospects.find((p) => p.id === editingId) ?? null;
  const [form, setForm] = useState(EMPTY);
  const [investment, setInvestment] = useState<number | string>('');
  const [jobs, setJobs] = useState<number | string>('');
  const [area, setArea] = useState<number | string>('');
  const text = (key: keyof typeof EMPTY) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
  });
  const add = async () => {
    const created = await act((e) =>
      e.createProspect(view.plan.siteId, {
        company: form.company.trim(),
        cnpj: form.cnpj.trim() || null,
        cnae: form.cnae.trim() || null,
        investment: investment === '' ? null : Number(investment),
        jobs: jobs === '' ? null : Number(jobs),
        areaNeededM2: area === '' ? null : Number(area),
        nextAction: form.nextAction.trim() || null,
        nextActionDate: form.nextActionDate || null,
      }),
    );
    if (created) {
      setForm(EMPTY);
      setInvestment('');
      setJobs('');
      setArea('');
    }
  };
  const columns = useMemo<ColDef<ProspectView>[]>(
    () => [
      { field: 'company', editable: true, headerName: t('prospects.company'), width: 220, context: { kind: 'text' } satisfies ColumnMeta },
      {
        field: 'stage',
        headerName: t('prospects.stage'),
        width: 120,
        valueFormatter: (p) => (p.value ? t(`stage.${p.value as ProspectStage}`) : ''),
        context: { kind: 'text', groupable: true } satisfies ColumnMeta,
      },
      {
        field: 'cnpj',
        editable: true,
        headerName: t('prospects.cnpj'),
        width: 150,
        // Punctuated as the editor and the workbook write it (11.444.777/0001-61, not 11444777000161).
        valueFormatter: (p) => (typeof p.value === 'string' ? formatCnpj(p.value) : ''),
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      { field: 'cnae', editable: true, headerName: t('prospects.cnae'), width: 100, context: { kind: 'text' } satisfies ColumnMeta },
      {
        field: 'investment',
        editable: true,
        headerName: t('prospects.investment'),
        width: 150,
        valueFormatter: (p) => brl(p.value as number | null, locale),
        context: { kind: 'decimal', total: 'sum' } satisfies ColumnMeta,
      },
      {
        field: 'jobs',
        editable: true,
        headerName: t('prospects.jobs'),
        width: 100,
        context: { kind: 'integer', total: 'sum' } satisfies ColumnMeta,
      },
      {
        field: 'areaNeededM2',
        editable: true,
        headerName: t('prospects.areaNeeded'),
        width: 150,
        valueFormatter: (p) => num(p.value as number | null, locale),
        context: { kind: 'decimal' } satisfies ColumnMeta,
      },
      {
        field: 'nextAction',
        editable: true,
        headerName: t('prospects.nextAction'),
        width: 200,
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        field: 'nextActionDate',
        editable: true,
        headerName: t('prospects.nextDate'),
        width: 110,
        ...dateTextColumn<ProspectView>(locale),
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        field: 'overdue',
        headerName: t('prospects.overdue'),
        width: 100,
        // Yes or no in words, not AG Grid's checkbox for a column of booleans.
        cellDataType: 'text',
        valueFormatter: (p) => (p.value ? t('common.yes') : t('common.no')),
        cellStyle: (p) => (p.value ? { color: 'var(--mantine-color-red-7)', fontWeight: 600 } : null),
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        colId: 'lots',
        headerName: t('prospects.lots'),
        width: 200,
        // Installed or lost: no lot to look for, so no "no lot with the area" either.
        valueGetter: (p) =>
          p.data?.matchingLots.length
            ? p.data.matchingLots.join(', ')
            : p.data?.stage === 'installed' || p.data?.stage === 'lost'
              ? '–'
              : t('prospects.noLots'),
        context: { kind: 'text' } satisfies ColumnMeta,
      },
    ],
    [t, locale],
  );
  const onCellEdit = (event: CellEditRequestEvent<ProspectView>) => {
    const field = event.colDef.field;
    if (!event.data || !field) return;
    const patch = prospectCellPatch(field, event.newValue, locale);
    const id = event.data.id;
    void act((e) => e.updateProspect(id, patch));
  };
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end">
        <TextInput label={t('prospects.company')} {...text('company')} w={220} data-testid="attraction-prospect-company" />
        <TextInput label={t('prospects.cnpj')} {...text('cnpj')} w={170} data-testid="attraction-prospect-cnpj" />
        <TextInput label={t('prospects.cnae')} {...text('cnae')} w={100} />
        <NumberField
          clampBehavior="none"
          label={t('prospects.investment')}
          value={investment}
          onChange={setInvestment}
          min={0}
          w={140}
          data-testid="attraction-prospect-investment"
        />
        <NumberField
          clampBehavior="none"
          label={t('prospects.jobs')}
          value={jobs}
          onChange={setJobs}
          min={0}
          allowDecimal={false}
          w={90}
          data-testid="attraction-prospect-jobs"
        />
        <NumberField
          clampBehavior="none"
          label={t('prospects.areaNeeded')}
          value={area}
          onChange={setArea}
          min={0}
          w={140}
          data-testid="attraction-prospect-area"
        />
        <TextInput label={t('prospects.nextAction')} {...text('nextAction')} w={180} />
        <DateField
          label={t('prospects.nextDate')}
          value={form.nextActionDate}
          onChange={(nextActionDate) => setForm({ ...form, nextActionDate })}
          w={150}
        />
        <Button
          onClick={() => void add()}
          disabled={form.company.trim() === '' || notADate(form.nextActionDate)}
          data-testid="attraction-prospect-add"
        >
          {t('prospects.add')}
        </Button>
      </Group>
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v)}
        data={[
          { value: 'board', label: t('prospects.board') },
          { value: 'grid', label: t('prospects.grid') },
        ]}
        w={240}
      />
      {mode === 'board' ? (
        <ProspectBoard prospects={view.prospects} onEdit={(p) => setEditingId(p.id)} />
      ) : (
        <DataGrid<ProspectView>
          rowData={view.prospects}
          columnDefs={columns}
          getRowId={(r) => String(r.id)}
          testId="attraction-prospects-grid"
          height={420}
          exportName={t('prospects.exportName')}
          onCellEditRequest={onCellEdit}
          totals
        />
      )}
      {editing && <ProspectEditor key={editing.id} prospect={editing} lots={view.lots} onClose={() => setEditingId(null)} />}
    </Stack>
  );
}
