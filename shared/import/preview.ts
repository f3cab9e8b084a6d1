import type { Connection } from '../db/connection';
import { ImportLookupRepository } from '../repositories/import-lookup-repository';
import { ImportWriteRepository } from '../repositories/import-write-repository';
import type { IndicatorDefinition } from '../repositories/indicator-repository';
import type { PassResult } from './pipeline/run-pass';
import { featureTargetHandler, isFeatureRecords } from './targets/feature-targets';
import type { SourceConflict } from './source-conflicts';
import type { ImportCounts, ImportPreview } from './types';

const PREVIEW_ISSUES = 200;

/** How many of the pass's records the workspace already has (they will be updated in place). */
export function countExisting(conn: Connection, pass: PassResult): number {
  const writes = new ImportWriteRepository(conn);
  const lookups = new ImportLookupRepository(conn);
  const { records } = pass;
  if (isFeatureRecords(records)) return featureTargetHandler(records.target).countExisting(conn, records);
  let existing = 0;
  if (records.target === 'employment') {
    const store = records.store;
    if (store.length === 0) return 0;
    lookups.eachEmploymentKey(store.scope(), (r) => {
      if (store.has(r.territory_code, r.classification, r.sector_code, r.year, r.measure)) existing++;
    });
  } else if (records.target === 'sites') {
    for (const r of records.store.records) if (writes.siteByCode(r.input.code)) existing++;
  } else {
    const store = records.store;
    if (store.length === 0) return 0;
    lookups.eachIndicatorKey({ indicators: store.indicatorCodes(), periods: store.periods() }, (r) => {
      if (store.has(r.indicator_code, r.subject_kind, r.subject_code, r.period)) existing++;
    });
  }
  return existing;
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
  const existing = countExisting(conn, pass);
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
