import type { Connection } from '../../../db/connection';
import { ArranjoError } from '../../../errors';
import type { Measurement, ScheduleMonth, Work } from '../types';
import { WorkImportRepository } from '../work-import-repository';
import { WorkRepository, WORK_FIELD_NAMES, type WorkFields } from '../work-repository';
import { fieldsOf } from '../work-service';
import { MeasurementStore, WorkStore } from './work-records';

/** The records of a works or measurements import, as the import pipeline carries them. */
export type WorkRecordStore = { target: 'works'; store: WorkStore } | { target: 'measurements'; store: MeasurementStore };

interface WorkImage {
  fields: WorkFields;
  needs: string[];
  sourceRow: number | null;
  /** The work's planned schedule, kept when the batch replaces it. */
  schedule?: ScheduleMonth[];
}

function pick(fields: WorkFields, present: readonly (keyof WorkFields)[]): Partial<WorkFields> {
  return Object.fromEntries(present.map((f) => [f, fields[f]]));
}

/**
 * Writes a works or measurements batch: new rows carry the batch id; rows already in the
 * workspace (same work code, same work × date) are updated in place and their previous image kept
 * for undo. Returns [written, replaced]. Runs inside the caller's transaction.
 */
export function writeWorkRecords(conn: Connection, batchId: number, records: WorkRecordStore): [number, number] {
  const works = new WorkRepository(conn);
  const imports = new WorkImportRepository(conn);
  let replaced = 0;
  if (records.target === 'works') {
    const ids = imports.workIdsByCode();
    for (const r of records.store.records) {
      const id = ids.get(r.fields.code.toUpperCase());
      if (id !== undefined) {
        const before = works.get(id);
        if (!before) continue;
        const image: WorkImage = { fields: fieldsOf(before), needs: before.needs, sourceRow: null };
        if (r.schedule) image.schedule = works.schedule(id);
        imports.recordPrevious(batchId, 'work', String(id), image, imports.workBatch(id));
        works.update(id, pick(r.fields, r.present));
        if (r.needs) works.setNeeds(id, r.needs);
        if (r.schedule) works.setSchedule(id, r.schedule);
        works.setBatch(id, batchId, r.sourceRow);
        replaced++;
      } else {
        const newId = works.insert(r.fields, { id: batchId, row: r.sourceRow });
        if (r.needs) works.setNeeds(newId, r.needs);
        if (r.schedule) works.setSchedule(newId, r.schedule);
      }
    }
    return [records.store.length, replaced];
  }
  for (const r of records.store.records) {
    const m = r.measurement;
    const before = works.measurement(m.workId, m.date);
    if (before) {
      const { batchId: prev, ...image } = before;
      imports.recordPrevious(batchId, 'measurement', `${m.workId}|${m.date}`, image, prev);
      replaced++;
    }
    works.upsertMeasurement(m, { id: batchId, row: r.sourceRow });
  }
  return [records.store.length, replaced];
}

/** How many of the records the workspace already has (the preview's "updated"). */
export function countExistingWorkRecords(conn: Connection, records: WorkRecordStore): number {
  const works = new WorkRepository(conn);
  if (records.target === 'works') {
    const ids = new WorkImportRepository(conn).workIdsByCode();
    return records.store.records.filter((r) => ids.has(r.fields.code.toUpperCase())).length;
  }
  return records.store.records.filter((r) => works.measurement(r.measurement.workId, r.measurement.date)).length;
}

/** Refuses an undo that would lose later work: a later batch replaced this one's rows, or created works now have others' measurements. */
export function checkWorkBatchUndoable(conn: Connection, batchId: number, file: string): void {
  const imports = new WorkImportRepository(conn);
  const blockers = imports.blockingBatches(batchId);
  if (blockers.length > 0)
    throw new ArranjoError(
      'CONSTRAINT',
      `Import batch ${batchId} (${file}) cannot be undone yet: later batch(es) ${blockers.join(', ')} updated some of its works or measurements. Undo ${blockers.length > 1 ? 'them' : 'it'} first.`,
      { file },
      { batch: batchId, blockedBy: blockers.join(',') },
    );
  const inUse = imports.createdWorksInUse(batchId);
  if (inUse.length > 0)
    throw new ArranjoError(
      'CONSTRAINT',
      `Import batch ${batchId} (${file}) created works that now have measurements from other imports or edits (${inUse.slice(0, 10).join(', ')}); undo those measurements first.`,
      { file },
      { batch: batchId },
    );
}

/** Undoes the works and measurements a batch wrote: deletes what it created, restores what it replaced. */
export function undoWorkBatch(conn: Connection, batchId: number): { removed: number; restored: number } {
  const works = new WorkRepository(conn);
  const imports = new WorkImportRepository(conn);
  let removed = imports.deleteMeasurementsOfBatch(batchId);
  let restored = 0;
  for (const p of imports.previous(batchId, 'measurement')) {
    const m = JSON.parse(p.before) as Measurement;
    works.upsertMeasurement(m, p.prevBatchId === null ? null : { id: p.prevBatchId, row: 0 });
    restored++;
  }
  removed += imports.deleteWorks(imports.createdWorkIds(batchId));
  for (const p of imports.previous(batchId, 'work')) {
    const id = Number(p.key);
    const image = JSON.parse(p.before) as WorkImage;
    works.update(id, image.fields);
    works.setNeeds(id, image.needs);
    if (image.schedule) works.setSchedule(id, image.schedule);
    works.setBatch(id, p.prevBatchId, image.sourceRow);
    restored++;
  }
  imports.forgetPrevious(batchId);
  return { removed, restored };
}

/** What a batch wrote, read back before an undo so History's redo can write it again. */
export function snapshotWorkBatch(conn: Connection, batchId: number, target: 'works' | 'measurements'): WorkRecordStore {
  const imports = new WorkImportRepository(conn);
  const works = new WorkRepository(conn);
  if (target === 'works') {
    const store = new WorkStore();
    for (const id of imports.workIdsOfBatch(batchId)) {
      const w: Work | undefined = works.get(id);
      if (w)
        store.add(
          w.code.toUpperCase(),
          { fields: fieldsOf(w), needs: w.needs, present: [...WORK_FIELD_NAMES], sourceRow: 0, schedule: works.schedule(w.id) },
          0,
        );
    }
    return { target, store };
  }
  const store = new MeasurementStore();
  for (const m of imports.measurementsOfBatch(batchId)) {
    const { sourceRow, ...measurement } = m;
    store.add(`${m.workId}|${m.date}`, { measurement, workCode: '', sourceRow: sourceRow ?? 0 }, 0);
  }
  return { target, store };
}
