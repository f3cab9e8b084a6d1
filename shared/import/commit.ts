import type { Connection } from '../db/connection';
import { UNCLASSIFIED_SECTOR } from '../domain/cnae-levels';
import { BatchRepository } from '../repositories/batch-repository';
import { ClassificationRepository } from '../repositories/classification-repository';
import { ImportWriteRepository } from '../repositories/import-write-repository';
import { IndicatorRepository, type IndicatorDefinition } from '../repositories/indicator-repository';
import { SiteRepository } from '../repositories/site-repository';
import type { RecordStore } from './pipeline/run-pass';
import { featureTargetHandler, isFeatureRecords } from './targets/feature-targets';
import type { ImportCounts } from './types';

export interface BatchMeta {
  sourceFile: string;
  sheet: string | null;
  target: string;
  template: string | null;
  mapping: string;
  importedAt: string;
  /** Provenance text of each value ("IBGE, Censo Demográfico 2022 — POP2022_….xlsx"). */
  source: string;
}

/** Writes the records of a batch (new or re-applied) and returns [written, replaced]. */
function writeRecords(conn: Connection, batchId: number, records: RecordStore, source: string, now: string): [number, number] {
  if (isFeatureRecords(records)) return featureTargetHandler(records.target).write(conn, batchId, records, source, now);
  const writes = new ImportWriteRepository(conn);
  if (records.target === 'sites') {
    const sites = new SiteRepository(conn);
    let replaced = 0;
    for (const { input } of records.store.records) {
      const existing = writes.siteByCode(input.code);
      if (existing) {
        writes.recordPreviousSite(batchId, existing.id, sites.get(existing.id), existing.batch_id);
        const { code: _code, ...patch } = input;
        sites.update(existing.id, patch);
        writes.setSiteBatch(existing.id, batchId);
        replaced++;
      } else {
        sites.insert(input, batchId);
      }
    }
    return [records.store.length, replaced];
  }
  // The parent keys as a set, before writing: the rows themselves may go unchecked (withBulkForeignKeys).
  if (records.target === 'employment') {
    const references = records.store.references();
    if (references.sectors.some((s) => s.code === UNCLASSIFIED_SECTOR)) new ClassificationRepository(conn).ensureUnclassified();
    writes.checkEmploymentReferences(batchId, references);
  } else writes.checkIndicatorReferences(batchId, records.store.referencedIndicators());
  writes.beginCapture();
  try {
    if (records.target === 'employment') {
      // Its index (classification, measure, year, …) grows in the order the rows come: rebuilding
      // it would cost memory (the sort) and save no time.
      writes.upsertEmploymentColumns(batchId, records.store.columns());
    } else {
      // Rows come by indicator then subject, its index by indicator then period: each subject would
      // sweep the indicator's part of the index.
      const store = records.store;
      writes.withIndexesDeferred('indicator_value', store.length, () =>
        writes.upsertIndicatorValueColumns(batchId, source, store.columns()),
      );
    }
  } finally {
    writes.endCapture();
  }
  return [records.store.length, writes.replacedCount(batchId)];
}

/**
 * Runs a commit's transaction; for values (not sites), without SQLite's row-by-row foreign-key
 * checks, `writeRecords` checking the parent keys as a set instead.
 */
function inWriteTransaction<T>(conn: Connection, records: RecordStore, work: () => T): T {
  // Sites and the features' records keep SQLite's own foreign-key checks, row by row.
  if (records.target === 'sites' || isFeatureRecords(records)) return conn.transaction(work);
  return new ImportWriteRepository(conn).withBulkForeignKeys(() => conn.transaction(work));
}

/**
 * Commits an import in one transaction: the batch row, new indicator definitions, and every
 * value — inserted, or updated in place with the replaced value kept for undo. Any failure rolls
 * all of it back.
 */
export function commitImport(
  conn: Connection,
  meta: BatchMeta,
  records: RecordStore,
  counts: { read: number; skipped: number },
  newIndicators: readonly IndicatorDefinition[],
): { batchId: number; counts: ImportCounts } {
  return inWriteTransaction(conn, records, () => {
    const batches = new BatchRepository(conn);
    const batchId = batches.create(meta);
    if (newIndicators.length > 0) {
      const indicators = new IndicatorRepository(conn);
      for (const d of newIndicators) indicators.upsertDefinition(d);
      new ImportWriteRepository(conn).recordCreatedIndicators(
        batchId,
        newIndicators.map((d) => d.code),
      );
    }
    const [written, replaced] = writeRecords(conn, batchId, records, meta.source, meta.importedAt);
    const result: ImportCounts = { read: counts.read, imported: written - replaced, updated: replaced, skipped: counts.skipped };
    batches.recordCounts(batchId, result);
    return { batchId, counts: result };
  });
}

/** Applies an undone batch again (redo), from the records it had written. */
export function reapplyImport(
  conn: Connection,
  batchId: number,
  records: RecordStore,
  source: string,
  definitions: readonly IndicatorDefinition[],
): void {
  inWriteTransaction(conn, records, () => {
    const indicators = new IndicatorRepository(conn);
    const existing = new Set(indicators.list().map((d) => d.code));
    const missing = definitions.filter((d) => !existing.has(d.code));
    for (const d of missing) indicators.upsertDefinition(d);
    new ImportWriteRepository(conn).recordCreatedIndicators(
      batchId,
      missing.map((d) => d.code),
    );
    writeRecords(conn, batchId, records, source, new BatchRepository(conn).get(batchId)?.importedAt ?? '');
    new BatchRepository(conn).setUndone(batchId, null);
  });
}
