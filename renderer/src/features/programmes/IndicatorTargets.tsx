import { ActionIcon, Badge, Button, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBuiltin, type ActualPart, type Indicator, type Target } from '../../../../shared/features/programmes/types';
import { monitorIndicatorName } from './use-programme-meeting-chart';
import { useLocale } from '../../i18n';
import { fieldRefusalText } from '../../notifications/notify-error';
import { periodInputText } from '../../i18n/period-label';
import { ActualPartsEditor, type PartDraft } from './ActualPartsEditor';

type Draft = { period: string; baseline: number; target: number; actual: number | null; parts: PartDraft[] };
/** A row as typed: a baseline or target field the planner emptied is '' until it is filled again. */
type Row = Omit<Draft, 'baseline' | 'target'> & { baseline: number | ''; target: number | '' };

/** The first emptied baseline or target ("2:target"), or null when every row has both. */
function firstEmpty(rows: Row[]): string | null {
  for (const [i, r] of rows.entries()) {
    if (r.baseline === '') return `${i}:baseline`;
    if (r.target === '') return `${i}:target`;
  }
  return null;
}

/** A number field's value: '' when emptied (Mantine gives the text), else the number. */
const typedNumber = (v: number | string): number | '' => (v === '' ? '' : Number(v));

/** One indicator: its definition in a line, its targets (and entered actuals) by period, editable. */
export function IndicatorTargets({
  indicator,
  result,
  targets,
  parts,
  onSave,
  onEdit,
  onDelete,
}: {
  indicator: Indicator;
  result: string;
  targets: Target[];
  parts: ActualPart[];
  onSave: (t: Draft[]) => Promise<unknown>;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('programmes');
  const { t: common, locale } = useLocale();
  const [rows, setRows] = useState<Row[]>(() =>
    targets.map(({ period, baseline, target, actual }) => ({
      // As the language writes it ("2025-T1" in pt-BR), not the stored key's English "Q".
      period: periodInputText(period, common),
      baseline,
      target,
      actual,
      parts: parts.filter((p) => p.period === period).map(({ dimension, part, value }) => ({ dimension, part, value })),
    })),
  );
  const [breaking, setBreaking] = useState<number | null>(null);
  // An emptied baseline or target was saved as 0 (Number('') || 0): a target of 0 scored the period
  // as met, or as missed by everything. It is now said at the field and nothing is saved.
  const [empty, setEmpty] = useState<string | null>(null);
  const required = (i: number, field: 'baseline' | 'target') =>
    empty === `${i}:${field}` ? fieldRefusalText({ reason: 'required' }, '') : undefined;
  const set = (i: number, patch: Partial<Row>) => {
    setEmpty(null);
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const save = () => {
    const at = firstEmpty(rows);
    setEmpty(at);
    if (at === null) void onSave(rows.map((r) => ({ ...r, baseline: Number(r.baseline), target: Number(r.target) })));
  };
  const builtin = isBuiltin(indicator.code);
  const breaksDown = !builtin && indicator.disaggregation.length > 0;
  const broken = breaking === null ? undefined : rows[breaking];
  return (
    <Stack gap={4} data-testid={`indicator-${indicator.code}`}>
      <Group gap="xs">
        {/* A built-in's name (and the demo's own) in the UI language, as the monitor says it (its stored name is the language it was made in). */}
        <Text fw={600}>{monitorIndicatorName({ indicator: indicator.code, name: indicator.name }, t, locale)}</Text>
        {/* The code as the workbook and imports write it, set as code: a badge's capitals made the
            built-in "participants" read as an English label ("PARTICIPANTS") in the pt-BR screen. */}
        <Code data-testid={`indicator-code-${indicator.code}`}>{indicator.code}</Code>
        <Badge variant="outline">{t(`kinds.${indicator.periodKind}`)}</Badge>
        <Badge variant="outline" color={builtin ? 'blue' : 'grape'}>
          {builtin ? t('builtin') : t('custom')}
        </Badge>
        {indicator.disaggregation.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('disaggregation')}: {indicator.disaggregation.map((d) => t(`disaggregations.${d}`)).join(', ')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {result}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onEdit} data-testid={`indicator-edit-${indicator.code}`}>
          {t('edit')}
        </Button>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={onDelete}
          title={t('deleteUndoable')}
          data-testid={`indicator-delete-${indicator.code}`}
        >
          {t('delete')}
        </Button>
      </Group>
      <Table withTableBorder maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cols.period')}</Table.Th>
            <Table.Th>{t('cols.baseline')}</Table.Th>
            <Table.Th>{t('cols.target')}</Table.Th>
            {!builtin && <Table.Th>{t('cols.actual')}</Table.Th>}
            {breaksDown && <Table.Th />}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <TextInput
                  size="xs"
                  value={r.period}
                  // A quarter as the language writes it (2025-T1) or as stored (2025-Q1): both are read.
                  placeholder={t('periodPlaceholder')}
                  onChange={(e) => set(i, { period: e.currentTarget.value })}
                  data-testid={`target-period-${indicator.code}-${i}`}
                />
              </Table.Td>
              <Table.Td>
                <NumberField
                  size="xs"
                  value={r.baseline}
                  onChange={(v) => set(i, { baseline: typedNumber(v) })}
                  error={required(i, 'baseline')}
                  data-testid={`target-baseline-${indicator.code}-${i}`}
                />
              </Table.Td>
              <Table.Td>
                <NumberField
                  size="xs"
                  value={r.target}
                  onChange={(v) => set(i, { target: typedNumber(v) })}
                  error={required(i, 'target')}
                  data-testid={`target-value-${indicator.code}-${i}`}
                />
              </Table.Td>
              {!builtin && (
                <Table.Td>
                  <NumberField
                    size="xs"
                    value={r.actual ?? ''}
                    onChange={(v) => set(i, { actual: v === '' ? null : Number(v) })}
                    data-testid={`target-actual-${indicator.code}-${i}`}
                  />
                </Table.Td>
              )}
              {breaksDown && (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setBreaking(i)}
                    data-testid={`target-parts-${indicator.code}-${i}`}
                  >
                    {t('partsEditor.open')} ({r.parts.length})
                  </Button>
                </Table.Td>
              )}
              <Table.Td>
                {/* A period typed by mistake goes from the grid (there was no way to take a target out
                    but deleting the indicator); Save targets stores the rest, Ctrl+Z brings it back. */}
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  onClick={() => {
                    setRows(rows.filter((_, j) => j !== i));
                    setBreaking(null);
                    setEmpty(null);
                  }}
                  aria-label={t('removeTarget')}
                  title={t('removeTarget')}
                  data-testid={`target-remove-${indicator.code}-${i}`}
                >
                  ✕
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() =>
            setRows([...rows, { period: '', baseline: rows.at(-1)?.baseline ?? indicator.baseline, target: '', actual: null, parts: [] }])
          }
          data-testid={`target-add-${indicator.code}`}
        >
          {t('addTarget')}
        </Button>
        <Button size="xs" onClick={save} data-testid={`target-save-${indicator.code}`}>
          {t('saveTargets')}
        </Button>
      </Group>
      {broken && breaking !== null && (
        <ActualPartsEditor
          period={broken.period}
          actual={broken.actual}
          dimensions={indicator.disaggregation}
          parts={broken.parts}
          onApply={(p) => {
            set(breaking, { parts: p });
            setBreaking(null);
          }}
          onClose={() => setBreaking(null)}
        />
      )}
    </Stack>
  );
}
