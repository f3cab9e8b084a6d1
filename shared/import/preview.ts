import type { Connection } from '../db/connection';
import { ImportLookupRepository, type StoredValue } from '../repositories/import-lookup-repository';
import { ImportWriteRepository } from '../repositories/import-write-repository';
import type { IndicatorDefinition } from '../repositories/indicator-repository';
import type { PassResult } from './pipeline/run-pass';
import type { HeldValue } from './targets/interner';
import { featureTargetHandler, isFeatureRecords } from './targets/feature-targets';
import type { SourceConflict } from './source-conflicts';
import type { ImportCounts, ImportPreview } from './types';

const PREVIEW_ISSUES = 200;

/**
 * How many of the pass's records the workspace already has (they will be updated in place), and how
 * many of those it holds with the same value and missing reason (a file imported again: the update
 * changes only their provenance, to the new batch). Works, sites and the other features' records
 * are not compared value by value (unchanged 0).
 */
export function countExisting(conn: Connection, pass: PassResult): { existing: number; unchanged: number } {
  const writes = new ImportWriteRepository(conn);
  const lookups = new ImportLookupRepository(conn);
  const { records } = pass;
  if (isFeatureRecords(records)) return { existing: featureTargetHandler(records.target).countExisting(conn, records), unchanged: 0 };
  let existing = 0;
  let unchanged = 0;
  const same = (held: HeldValue, r: StoredValue) => held.value === r.value && held.missingReason === r.missing_reason;
  if (records.target === 'employment') {
    const store = records.store;
    if (store.length === 0) return { existing, unchanged };
    lookups.eachEmploymentKey(store.scope(), (r) => {
      const held = store.heldAt(r.territory_code, r.classification, r.sector_code, r.year, r.measure);
      if (held === undefined) return;
      existing++;
      if (same(held, r)) unchanged++;
    });
  } else if (records.target === 'sites') {
    for (const r of records.store.records) if (writes.siteByCode(r.input.code)) existing++;
  } else {
    const store = records.store;
    if (store.length === 0) return { existing, unchanged };
    lookups.eachIndicatorKey({ indicators: store.indicatorCodes(), periods: store.periods() }, (r) => {
      const held = store.heldAt(r.indicator_code, r.subject_kind, r.subject_code, r.period);
      if (held === undefined) return;
      existing++;
      if (same(held, r)) unchanged++;
    });
  }
  return { existing, unchanged };
}

export function recordCount(pass: PassResult): number {
  return pass.records.store.length;
}

/** What an import would do, without writing anything. */
export function buildPreview(
  conn: Connection,
  pass: PassResult,
  sheet: string,
  newIndicators: readonly IndicatorDefinition[],
  conflicts: { found: readonly SourceConflict[]; replace: boolean } = { found: [], replace: false },
): ImportPreview {
  const total = recordCount(pass);
  const { existing, unchanged } = countExisting(conn, pass);
  const counts: ImportCounts = { read: pass.read, imported: total - existing, updated: existing, skipped: pass.skipped };
  const { records } = pass;
  const years =
    records.target === 'employment'
      ? records.store.years()
      : records.target === 'sites' || isFeatureRecords(records)
        ? []
        : records.store.periods().map(Number).filter(Number.isInteger);
  return {
    target: records.target,
    sheet,
    counts,
    unchanged,
    errors: pass.issues.errors,
    warnings: pass.issues.warnings,
    issues: pass.issues.list().slice(0, PREVIEW_ISSUES),
    unresolved: pass.unresolved,
    totalChecks: pass.totalChecks,
    years,
    newIndicators: newIndicators.map((d) => d.code),
    sourceConflicts: [...conflicts.found],
    canCommit: pass.issues.errors === 0 && pass.unresolved.length === 0 && total > 0 && (conflicts.found.length === 0 || conflicts.replace),
  };
}
