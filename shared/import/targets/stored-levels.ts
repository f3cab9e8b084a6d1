import { CLASSIFICATIONS, type Classification } from '../../domain/types';
import type { TerritoryLevel } from '../../repositories/employment-repository';
import type { IssueLog } from '../pipeline/issues';
import type { EmploymentStore } from './employment-store';

/**
 * The levels an import of these classifications must be compared with in the workspace: every
 * other level, and the file's own when it holds more than one (one territory at a division and
 * another at subclasses, each stored the other way round).
 */
export function levelsToCompare(classifications: readonly Classification[]): Classification[] {
  return classifications.length > 1 ? [...CLASSIFICATIONS] : CLASSIFICATIONS.filter((c) => !classifications.includes(c));
}

/**
 * A territory × year × measure the workspace holds at one level of the classification and the
 * import gives at another is an error on each such row (once per row): rolled up together, as the
 * in-file check says, they would count the territory's activity twice, and every analysis at a
 * level both reach (IBGE sectors, a CNAE section) was refused until one import was undone.
 */
export function refuseStoredLevels(store: EmploymentStore, stored: readonly TerritoryLevel[], issues: IssueLog): void {
  if (stored.length === 0) return;
  const key = (territory: number, year: number, measure: string) => `${territory}|${year}|${measure}`;
  const byKey = new Map(stored.map((s) => [key(s.territory_code, s.year, s.measure), s]));
  const reported = new Set<number>();
  for (let i = 0; i < store.length; i++) {
    const r = store.at(i);
    const other = byKey.get(key(r.territoryCode, r.year, r.measure));
    if (!other || other.classification === r.classification || reported.has(r.sourceRow)) continue;
    reported.add(r.sourceRow);
    issues.error(
      'stored-level',
      r.sourceRow,
      null,
      `territory ${r.territoryCode} already has ${r.measure} for ${r.year} at ${other.classification} in the workspace (from ${other.file}), and this file gives it at ${r.classification}: rolled up, both would count its activity twice. Import this year at the workspace's level, or undo that import first.`,
      r.classification,
      {
        territory: r.territoryCode,
        year: r.year,
        measure: r.measure,
        levels: `${other.classification}, ${r.classification}`,
        file: other.file,
      },
    );
  }
}
