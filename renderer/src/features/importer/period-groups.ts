import {
  parsePeriodHeader,
  type ImportLayout,
  type ImportMapping,
  type ImportTarget,
  type LayoutColumn,
  type PeriodValueField,
} from '../../../../shared/import/api';

/** Adjacent columns mapped to the same field by period: the mapping step and the preview show them as one "periods" group. */
export interface PeriodGroup {
  field: PeriodValueField;
  perPeriod: boolean;
  columns: LayoutColumn[];
  /** Period keys of the columns ("2025-01"), null where the header names no period (the engine refuses it). */
  periods: (string | null)[];
}

/** The fields a target's period columns may hold. */
export function periodFieldsOf(target: ImportTarget): readonly PeriodValueField[] {
  return target === 'programme-targets' ? ['target', 'actual'] : ['physicalProgress', 'committed', 'disbursed'];
}

/** Runs of adjacent `period-value` columns with the same field and the same "per period" choice. */
export function periodGroups(mapping: ImportMapping, layout: ImportLayout): PeriodGroup[] {
  const groups: PeriodGroup[] = [];
  let lastColumn = -2;
  for (const { column, role } of mapping.columns) {
    if (role.role !== 'period-value') continue;
    const c = layout.columns[column];
    if (!c) continue;
    const period = role.period ?? parsePeriodHeader(c.header)?.key ?? null;
    const perPeriod = role.perPeriod === true;
    const open = groups.at(-1);
    if (open && lastColumn === column - 1 && open.field === role.field && open.perPeriod === perPeriod) {
      open.columns.push(c);
      open.periods.push(period);
    } else groups.push({ field: role.field, perPeriod, columns: [c], periods: [period] });
    lastColumn = column;
  }
  return groups;
}

/** The mapping with every column of a group given the same field and "per period" choice. */
export function withGroupRole(
  mapping: ImportMapping,
  group: PeriodGroup,
  change: { field?: PeriodValueField; perPeriod?: boolean },
): ImportMapping {
  const inGroup = new Set(group.columns.map((c) => c.index));
  return {
    ...mapping,
    columns: mapping.columns.map((c) => {
      if (!inGroup.has(c.column) || c.role.role !== 'period-value') return c;
      const perPeriod = change.perPeriod ?? c.role.perPeriod;
      const { perPeriod: _old, ...rest } = c.role;
      return { column: c.column, role: { ...rest, field: change.field ?? c.role.field, ...(perPeriod ? { perPeriod: true } : {}) } };
    }),
  };
}

/** The mapping with the group's columns ignored (the role menu of the group row). */
export function withoutGroup(mapping: ImportMapping, group: PeriodGroup): ImportMapping {
  const inGroup = new Set(group.columns.map((c) => c.index));
  return { ...mapping, columns: mapping.columns.filter((c) => !inGroup.has(c.column)) };
}
