import type { ImportProgress } from '../../../../shared/import/api';

/** Percent done, or null while the total is unknown (the bar then runs indeterminate). */
export function progressPercent(progress: ImportProgress | null): number | null {
  if (!progress || progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}
