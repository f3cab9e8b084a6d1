import type { FeatureRecords, FeatureTargetHandler } from '../../../import/targets/feature-targets';
import { measurementConverter } from './measurement-converter';
import { loadMeasurementImportContext } from './measurement-series';
import { wideMeasurementConverter } from './measurement-wide-converter';
import { loadWorkImportContext, workConverter } from './work-converter';
import { isScheduleMapping, loadScheduleContext, scheduleConverter } from './schedule-converter';
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
      // Without district, title, category and budget: the planned schedule of works already there.
      const converter = isScheduleMapping(env)
        ? scheduleConverter(env, store, loadScheduleContext(conn))
        : workConverter(env, store, loadWorkImportContext(conn));
      return { converter, records: { target, store } };
    }
    const store = new MeasurementStore();
    const ctx = loadMeasurementImportContext(conn);
    // One column per month (or year): the wide layout; otherwise one row per measurement.
    const wide = env.mapping.columns.some((c) => c.role.role === 'period-value');
    const converter = wide ? wideMeasurementConverter(env, store, ctx) : measurementConverter(env, store, ctx);
    return { converter, records: { target: 'measurements', store } };
  },
  countExisting: (conn, records) => countExistingWorkRecords(conn, own(records)),
  write: (conn, batchId, records) => writeWorkRecords(conn, batchId, own(records)),
  snapshot: (conn, batchId, target, source) => ({
    records: snapshotWorkBatch(conn, batchId, target === 'works' ? 'works' : 'measurements'),
    source,
  }),
  checkUndoable: checkWorkBatchUndoable,
  undo: undoWorkBatch,
};
