import type { ImportMapping } from '../../../../shared/import/mapping/mapping-schema';
import type { ImportPreview } from '../../../../shared/import/api';

type SourceConflict = ImportPreview['sourceConflicts'][number];

/**
 * "Store as a separate series": the year columns that write a conflicting indicator and period get
 * the suggested code of their own (as the TCU template does for POP22). Null when no column can be
 * redirected that way (a long layout with a year column: the planner edits the mapping instead).
 */
export function mappingWithSeparateSeries(mapping: ImportMapping, conflicts: readonly SourceConflict[]): ImportMapping | null {
  const target = mapping.target === 'population' ? 'POP' : (mapping.indicator ?? null);
  let changed = false;
  const columns = mapping.columns.map((c) => {
    const role = c.role;
    if (role.role !== 'year-value') return c;
    const indicator = role.indicator ?? target;
    const conflict = conflicts.find((k) => k.indicator === indicator && k.period === String(role.year));
    if (!conflict) return c;
    changed = true;
    return { ...c, role: { ...role, indicator: conflict.suggestedIndicator } };
  });
  return changed ? { ...mapping, columns } : null;
}
