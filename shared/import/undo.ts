import type { Connection } from '../db/connection';
import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from '../domain/types';
import { ArranjoError } from '../errors';
import { BatchRepository } from '../repositories/batch-repository';
import { BatchContentRepository, ImportUndoRepository } from '../repositories/import-undo-repository';
import { ClassificationRepository } from '../repositories/classification-repository';
import { ImportWriteRepository } from '../repositories/import-write-repository';
import { IndicatorRepository, type IndicatorDefinition } from '../repositories/indicator-repository';
import { SiteRepository } from '../repositories/site-repository';
import type { Site } from '../domain/types';
import type { SiteInput } from '../domain/schemas';
import type { RecordStore } from './pipeline/run-pass';
import { EmploymentStore } from './targets/employment-store';
import { IndicatorStore } from './targets/indicator-store';
import { SiteStore } from './targets/sites';
import { featureTargetHandler, featureTargetHandlers, isFeatureTarget } from './targets/feature-targets';
import type { UndoImportResult } from './types';

/** What a batch had written, to apply it again (History redo). */
export interface BatchSnapshot {
  records: RecordStore;
  source: string;
  definitions: IndicatorDefinition[];
}

function siteInput(site: Site): SiteInput & { kind: Site['kind'] } {
  const { id: _id, municipalityName: _name, ...input } = site;
  return input;
}

/** Refuses what cannot be undone, with what to do instead. */
export function checkUndoable(conn: Connection, batchId: number): void {
  const batch = new BatchRepository(conn).get(batchId);
  if (!batch) throw new ArranjoError('NOT_FOUND', `There is no import batch ${batchId}.`, {}, { batch: batchId });
  if (batch.undoneAt)
    throw new ArranjoError(
      'NOTHING_TO_UNDO',
      `Import batch ${batchId} (${batch.sourceFile}) was already undone on ${batch.undoneAt}.`,
      { file: batch.sourceFile },
      { batch: batchId },
    );
  const undo = new ImportUndoRepository(conn);
  const blockers = undo.blockingBatches(batchId);
  if (blockers.length > 0) {
    throw new ArranjoError(
      'CONSTRAINT',
      `Import batch ${batchId} (${batch.sourceFile}) cannot be undone yet: later batch(es) ${blockers.join(', ')} replaced some of its values. Undo ${blockers.length > 1 ? 'them' : 'it'} first.`,
      { file: batch.sourceFile },
      { batch: batchId, blockedBy: blockers.join(',') },
    );
  }
  for (const handler of featureTargetHandlers()) handler.checkUndoable(conn, batchId, batch.sourceFile);
  const inUse = undo.createdSitesInUse(batchId);
  if (inUse.length > 0) {
    throw new ArranjoError(
      'CONSTRAINT',
      `Import batch ${batchId} created sites that now have works, lots or prospects (${inUse.map((s) => s.code).join(', ')}); undoing it would delete those. Remove them first.`,
      { file: batch.sourceFile },
      { batch: batchId },
    );
  }
}

/** Reads back what the batch wrote, before it is undone. */
export function snapshotBatch(conn: Connection, batchId: number, target: string): BatchSnapshot {
  const content = new BatchContentRepository(conn);
  const created = new Set(new ImportUndoRepository(conn).createdIndicators(batchId));
  const definitions = new IndicatorRepository(conn).list().filter((d) => created.has(d.code));
  let source = '';
  if (target === 'employment') {
    const store = new EmploymentStore();
    content.eachEmployment(batchId, (r) => {
      store.add({
        territoryCode: r.territory_code,
        classification: (CLASSIFICATIONS as readonly string[]).includes(r.classification)
          ? (r.classification as Classification)
          : 'ibge-setor',
        sectorCode: r.sector_code,
        year: r.year,
        measure: (MEASURES as readonly string[]).includes(r.measure) ? (r.measure as Measure) : 'jobs',
        value: r.value,
        missingReason: r.missing_reason,
        sourceRow: r.source_row ?? 0,
      });
    });
    return { records: { target: 'employment', store }, source, definitions };
  }
  if (isFeatureTarget(target)) {
    const snapshot = featureTargetHandler(target).snapshot(conn, batchId, target, source);
    return { ...snapshot, definitions };
  }
  if (target === 'sites') {
    const store = new SiteStore();
    const sites = new SiteRepository(conn);
    for (const id of content.siteIds(batchId)) {
      const site = sites.get(id);
      if (site) store.add({ input: siteInput(site), sourceRow: 0 });
    }
    return { records: { target: 'sites', store }, source, definitions };
  }
  const store = new IndicatorStore();
  content.eachIndicatorValue(batchId, (r) => {
    source = r.source;
    store.add({
      indicatorCode: r.indicator_code,
      subjectKind: r.subject_kind === 'state' ? 'state' : 'municipality',
      subjectCode: r.subject_code,
      period: r.period,
      value: r.value,
      missingReason: r.missing_reason,
      sourceRow: r.source_row ?? 0,
    });
  });
  return { records: { target: target === 'population' ? 'population' : 'indicator-values', store }, source, definitions };
}

/**
 * Undoes an import batch in one transaction: deletes the values it inserted, restores those it
 * replaced (as they were, with their own batch and row), removes indicator definitions it created
 * that nothing uses any more (and "não classificado" when no value is left in it), and marks the batch undone (it stays in the history).
 */
export function undoImportBatch(conn: Connection, batchId: number, now: string): UndoImportResult {
  checkUndoable(conn, batchId);
  return conn.transaction(() => {
    const undo = new ImportUndoRepository(conn);
    const [removedE, restoredE] = undo.revertEmployment(batchId);
    const [removedI, restoredI] = undo.revertIndicatorValues(batchId);
    for (const code of undo.createdIndicators(batchId)) {
      try {
        conn.transaction(() => undo.deleteIndicatorIfUnused(code));
      } catch {
        // Still referenced elsewhere (a scenario's criterion): the definition stays.
      }
    }
    undo.forgetCreatedIndicators(batchId);
    // "Não classificado" came with the first import that mapped a code to it; it goes when nothing uses it.
    new ClassificationRepository(conn).dropUnusedUnclassified();
    const sites = new SiteRepository(conn);
    const writes = new ImportWriteRepository(conn);
    const previous = undo.previousSites(batchId);
    const removedS = undo.deleteCreatedSites(batchId);
    for (const p of previous) {
      const before = JSON.parse(p.before) as Site;
      sites.update(p.siteId, siteInput(before));
      writes.setSiteBatch(p.siteId, p.prevBatchId);
    }
    undo.forgetPreviousSites(batchId);
    let removed = removedE + removedI + removedS;
    let restored = restoredE + restoredI + previous.length;
    for (const handler of featureTargetHandlers()) {
      const features = handler.undo(conn, batchId);
      removed += features.removed;
      restored += features.restored;
    }
    new BatchRepository(conn).setUndone(batchId, now);
    return { batchId, removed, restored };
  });
}
