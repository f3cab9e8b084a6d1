import { Badge, Button, Checkbox, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../../../shared/import/api';
import { useLocale } from '../../i18n';
import { periodLabel } from '../../i18n/period-label';
import { periodFieldsOf, withGroupRole, withoutGroup, type PeriodGroup } from './period-groups';

interface Props {
  group: PeriodGroup;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  expanded: boolean;
  onToggle: () => void;
}

/** The mapping step's one row for a block of period columns: their span, what their cells hold, and the columns on demand. */
export function PeriodGroupRow({ group, mapping, onChange, expanded, onToggle }: Props) {
  const { t } = useTranslation('importer');
  const { locale, t: common } = useLocale();
  const first = group.columns[0];
  const lastColumn = group.columns.at(-1);
  const bad = group.periods.filter((p) => p === null).length;
  const known = group.periods.filter((p): p is string => p !== null);
  return (
    <Table.Tr
      className="importer-period-group"
      data-testid={`mapping-period-group-${first?.index ?? 0}`}
      data-count={group.columns.length}
      data-field={group.field}
      data-bad={bad}
    >
      <Table.Td>
        <Text size="sm" fw={600} ff="monospace">
          {first?.letter}–{lastColumn?.letter}
        </Text>
      </Table.Td>
      <Table.Td colSpan={3}>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('mapping.periodsGroup', {
              count: group.columns.length,
              first: periodLabel(known[0] ?? null, locale, common),
              last: periodLabel(known.at(-1) ?? null, locale, common),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('mapping.periodsHint')}
          </Text>
          {bad > 0 && (
            <Badge color="red" variant="light" size="sm">
              {t('mapping.notAPeriod')} ({bad})
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Select
          data={[
            { value: 'period-value', label: t('roles.period-value') },
            { value: 'ignore', label: t('roles.ignore') },
          ]}
          value="period-value"
          onChange={(v) => v === 'ignore' && onChange(withoutGroup(mapping, group))}
          allowDeselect={false}
          aria-label={t('mapping.role')}
          data-testid={`mapping-period-group-role-${first?.index ?? 0}`}
          comboboxProps={{ withinPortal: true }}
        />
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Select
            data={periodFieldsOf(mapping.target).map((f) => ({ value: f, label: t(`periodFields.${f}`) }))}
            value={group.field}
            onChange={(v) => v && onChange(withGroupRole(mapping, group, { field: v }))}
            allowDeselect={false}
            aria-label={t('mapping.periodsValues')}
            data-testid={`mapping-period-group-field-${first?.index ?? 0}`}
            comboboxProps={{ withinPortal: true }}
          />
          <Group gap="xs" justify="space-between">
            {mapping.target === 'measurements' && (
              <Checkbox
                size="xs"
                label={t('mapping.perPeriod')}
                checked={group.perPeriod}
                onChange={(e) => onChange(withGroupRole(mapping, group, { perPeriod: e.currentTarget.checked }))}
                data-testid={`mapping-period-group-per-period-${first?.index ?? 0}`}
              />
            )}
            <Button size="compact-xs" variant="subtle" onClick={onToggle} data-testid={`mapping-period-group-toggle-${first?.index ?? 0}`}>
              {expanded ? t('mapping.hideColumns') : t('mapping.showColumns')}
            </Button>
          </Group>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
