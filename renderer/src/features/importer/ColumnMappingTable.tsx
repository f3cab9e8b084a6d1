import { Badge, Select, Table, Text, TextInput } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useTranslation } from 'react-i18next';
import { MEASURES } from '../../../../shared/domain/types';
import {
  INITIATIVE_FIELDS,
  PROGRAMME_FIELDS,
  type ColumnRole,
  type ImportLayout,
  type ImportMapping,
  type LayoutColumn,
} from '../../../../shared/import/api';
import { MEASUREMENT_IMPORT_FIELDS, WORK_IMPORT_FIELDS } from '../../../../shared/import/mapping/mapping-schema';
import { useLocale } from '../../i18n';
import { defaultRole, fileYear, roleOf, ROLES_BY_TARGET, SITE_FIELD_ORDER, withRole, type RoleKind } from './mapping-edit';
import { LOT_FIELDS, PROSPECT_FIELDS } from '../../../../shared/import/mapping/plan-fields';
import { useState } from 'react';
import { sheetCellText } from './cell-text';
import { periodFieldsOf, periodGroups } from './period-groups';
import { PeriodGroupRow } from './PeriodGroupRow';
import { IBGE_SECTOR_CODES } from '../../../../shared/domain/ibge-sectors';
import { sectorLabel } from '../../i18n/sector-label';

interface Props {
  layout: ImportLayout;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}

/** The parameter a role needs: which measure, sector, year, indicator or site field the column holds. */
function RoleParameter({
  column,
  role,
  mapping,
  onRole,
}: {
  column: number;
  role: ColumnRole;
  mapping: ImportMapping;
  onRole: (role: ColumnRole) => void;
}) {
  const { t } = useTranslation('importer');
  const { t: tc, locale } = useLocale();
  const testId = `mapping-param-${column}`;
  switch (role.role) {
    case 'measure':
      return (
        <Select
          data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          value={role.measure}
          onChange={(v) => v && onRole({ role: 'measure', measure: v })}
          allowDeselect={false}
          aria-label={t('mapping.measure')}
          data-testid={testId}
        />
      );
    case 'sector-value':
      return mapping.classification === 'ibge-setor' || mapping.classification === undefined ? (
        <Select
          data={IBGE_SECTOR_CODES.map((code) => ({ value: code, label: `${code} — ${sectorLabel(locale, code, code)}` }))}
          value={role.sectorCode || null}
          onChange={(v) => v && onRole({ role: 'sector-value', sectorCode: v })}
          allowDeselect={false}
          placeholder={t('mapping.pickSector')}
          error={role.sectorCode === ''}
          aria-label={t('mapping.sectorCode')}
          data-testid={testId}
        />
      ) : (
        <TextInput
          value={role.sectorCode}
          onChange={(e) => onRole({ role: 'sector-value', sectorCode: e.currentTarget.value.trim() })}
          placeholder={t('mapping.sectorCodePlaceholder')}
          error={role.sectorCode === ''}
          aria-label={t('mapping.sectorCode')}
          data-testid={testId}
        />
      );
    case 'year-value':
      return (
        <NumberField
          value={role.year}
          onChange={(v) =>
            typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200 && onRole({ role: 'year-value', year: v })
          }
          min={1900}
          max={2200}
          allowDecimal={false}
          grouped={false}
          aria-label={t('mapping.year')}
          data-testid={testId}
        />
      );
    case 'indicator-value':
      return (
        <TextInput
          value={role.indicator}
          onChange={(e) => onRole({ role: 'indicator-value', indicator: e.currentTarget.value.trim() })}
          error={!/^[A-Za-z0-9_.-]{1,64}$/.test(role.indicator)}
          aria-label={t('mapping.indicatorCode')}
          data-testid={testId}
        />
      );
    case 'plan-field':
      return (
        <Select
          data={(mapping.target === 'lots' ? LOT_FIELDS : PROSPECT_FIELDS).map((f) => ({ value: f, label: t(`planFields.${f}`) }))}
          value={role.field}
          onChange={(v) => v && onRole({ role: 'plan-field', field: v })}
          allowDeselect={false}
          aria-label={t('roles.plan-field')}
          data-testid={testId}
        />
      );
    case 'site-field':
      return (
        <Select
          data={SITE_FIELD_ORDER.map((f) => ({ value: f, label: tc(`sites.fields.${f}`) }))}
          value={role.field}
          onChange={(v) => v && onRole({ role: 'site-field', field: v })}
          allowDeselect={false}
          aria-label={t('mapping.siteField')}
          data-testid={testId}
        />
      );
    case 'work-field':
      return (
        <Select
          data={WORK_IMPORT_FIELDS.map((f) => ({ value: f, label: t(`workFields.${f}`) }))}
          value={role.field}
          onChange={(v) => v && onRole({ role: 'work-field', field: v })}
          allowDeselect={false}
          aria-label={t('mapping.workField')}
          data-testid={testId}
        />
      );
    case 'measurement-field':
      return (
        <Select
          data={MEASUREMENT_IMPORT_FIELDS.map((f) => ({ value: f, label: t(`measurementFields.${f}`) }))}
          value={role.field}
          onChange={(v) => v && onRole({ role: 'measurement-field', field: v })}
          allowDeselect={false}
          aria-label={t('mapping.workField')}
          data-testid={testId}
        />
      );
    case 'initiative-field':
      return (
        <Select
          data={INITIATIVE_FIELDS.map((f) => ({ value: f, label: t(`initiativeFields.${f}`) }))}
          value={role.field}
          onChange={(v) => v && onRole({ role: 'initiative-field', field: v })}
          allowDeselect={false}
          aria-label={t('mapping.initiativeField')}
          data-testid={testId}
        />
      );
    case 'programme-field':
      return (
        <Select
          data={PROGRAMME_FIELDS.map((f) => ({ value: f, label: t(`programmeFields.${f}`) }))}
          value={role.field}
          onChange={(v) => v && onRole({ role: 'programme-field', field: v })}
          allowDeselect={false}
          aria-label={t('mapping.programmeField')}
          data-testid={testId}
        />
      );
    case 'period-value':
      return (
        <Select
          data={periodFieldsOf(mapping.target).map((f) => ({ value: f, label: t(`periodFields.${f}`) }))}
          value={role.field}
          onChange={(v) => v && onRole({ ...role, field: v })}
          allowDeselect={false}
          aria-label={t('mapping.periodsValues')}
          data-testid={testId}
        />
      );
    default:
      return null;
  }
}

function Samples({ column }: { column: LayoutColumn }) {
  const { locale } = useLocale();
  const text = column.samples.map((s, i) => sheetCellText(s, column.numericSamples?.includes(i) ?? false, locale)).join(' · ');
  // Cut to one line; the whole list on hover, as every clamped text gives it.
  return (
    <Text size="xs" c="dimmed" lineClamp={1} maw={300} title={text || undefined}>
      {text || '—'}
    </Text>
  );
}

/** Step 3's table: every column of the sheet, what it looks like, and the role the user gives it. */
export function ColumnMappingTable({ layout, mapping, onChange }: Props) {
  const { t } = useTranslation('importer');
  const roles = ROLES_BY_TARGET[mapping.target];
  const year = fileYear(layout);
  const roleData = roles.map((r) => ({ value: r, label: t(`roles.${r}`) }));

  const setKind = (column: LayoutColumn, kind: RoleKind) => {
    const current = roleOf(mapping, column.index);
    if (current.role === kind) return;
    onChange(withRole(mapping, column.index, defaultRole(kind, column, year, mapping.target)));
  };
  // Period columns show as one row per block; their own rows only when the user opens the block.
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const groups = periodGroups(mapping, layout).filter((g) => g.columns.length > 1);
  const groupAt = new Map(groups.map((g) => [g.columns[0]?.index ?? -1, g]));
  const hidden = new Set(groups.flatMap((g) => (expanded.has(g.columns[0]?.index ?? -1) ? [] : g.columns.map((c) => c.index))));
  const toggle = (start: number) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(start)) next.add(start);
      return next;
    });

  return (
    <Table withTableBorder verticalSpacing={3} horizontalSpacing="xs" className="importer-mapping-table" data-testid="mapping-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={44}>{t('mapping.columnLetter')}</Table.Th>
          <Table.Th>{t('mapping.header')}</Table.Th>
          <Table.Th w={90}>{t('mapping.kind')}</Table.Th>
          <Table.Th>{t('mapping.samples')}</Table.Th>
          <Table.Th w={230}>{t('mapping.role')}</Table.Th>
          <Table.Th w={260}>{t('mapping.detail')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {layout.columns.map((column) => {
          const role = roleOf(mapping, column.index);
          const used = role.role !== 'ignore';
          const group = groupAt.get(column.index);
          const groupRow = group && (
            <PeriodGroupRow
              key={`group-${column.index}`}
              group={group}
              mapping={mapping}
              onChange={onChange}
              expanded={expanded.has(column.index)}
              onToggle={() => toggle(column.index)}
            />
          );
          if (hidden.has(column.index)) return groupRow;
          return [
            groupRow,
            <Table.Tr
              key={column.index}
              data-testid={`mapping-row-${column.index}`}
              data-role={role.role}
              style={{ opacity: used || column.kind !== 'empty' ? 1 : 0.55 }}
            >
              <Table.Td>
                <Text size="sm" fw={600} ff="monospace">
                  {column.letter}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={used ? 600 : 400} lineClamp={2}>
                  {column.header || (
                    <Text span c="dimmed" size="sm">
                      {t('mapping.noHeader')}
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="xs" variant="light" color={column.kind === 'number' ? 'blue' : column.kind === 'code' ? 'grape' : 'gray'}>
                  {t(`kinds.${column.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Samples column={column} />
              </Table.Td>
              <Table.Td>
                <Select
                  data={roleData}
                  value={role.role}
                  onChange={(v) => v && setKind(column, v)}
                  allowDeselect={false}
                  aria-label={t('mapping.roleOf', { column: column.letter })}
                  data-testid={`mapping-role-${column.index}`}
                  comboboxProps={{ withinPortal: true }}
                />
              </Table.Td>
              <Table.Td>
                <RoleParameter
                  column={column.index}
                  role={role}
                  mapping={mapping}
                  onRole={(r) => onChange(withRole(mapping, column.index, r))}
                />
              </Table.Td>
            </Table.Tr>,
          ];
        })}
      </Table.Tbody>
    </Table>
  );
}
