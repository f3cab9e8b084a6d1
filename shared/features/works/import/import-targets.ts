import type { FeatureRecords, FeatureTargetHandler } from '../../../import/targets/feature-targets';
import { loadMeasurementImportContext, measurementConverter } from './measurement-converter';
import { loadWorkImportContext, workConverter } from './work-converter';
import {
  checkWorkBatchUndoable,
  countExistingWorkRecords,
  snapshotWorkBatch,
  undoWorkBatch,
  writeWorkRecords,
  type WorkRecordStore,
} from './work-import';
import { MeasurementStore, WorkStore } from './work-records';

/** The pipeline hands back the records this handler made. */
const own = (records: FeatureRecords): WorkRecordStore => records as WorkRecordStore;

/** `arranjo-obras` and `arranjo-medicoes` (and agency sheets mapped to them) in the import pipeline. */
export const worksImportTargets: FeatureTargetHandler = {
  targets: ['works', 'measurements'],
  makeConverter(target, env, conn) {
    if (target === 'works') {
      const store = new WorkStore();
      return { converter: workConverter(env, store, loadWorkImportContext(conn)), records: { target, store } };
    }
    const store = new MeasurementStore();
    return { converter: measurementConverter(env, store, loadMeasurementImportContext(conn)), records: { target: 'measurements', store } };
  },
  countExisting: (conn, records) => countExistingWorkRecords(conn, own(records)),
  write: (conn, batchId, records) => writeWorkRecords(conn, batchId, own(records)),
  snapshot: (conn, batchId, target, source) => ({ records: snapshotWorkBatch(conn, batchId, target === 'works' ? 'works' : 'measurements'), source }),
  checkUndoable: checkWorkBatchUndoable,
  undo: undoWorkBatch,
};
