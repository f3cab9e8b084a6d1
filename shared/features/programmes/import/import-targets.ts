import type { FeatureRecords, FeatureTargetHandler } from '../../../import/targets/feature-targets';
import { SiteLookup } from '../../../import/values/site-lookup';
import { SiteRepository } from '../../../repositories/site-repository';
import { initiativeCodes } from '../../initiatives';
import { actionConverter, targetConverter } from './converters';
import { indicatorDirections } from './target-side';
import { existingTargets, wideTargetConverter } from './wide-target-converter';
import { ProgrammeRecordStore, type ActionRecord, type TargetRecord } from './records';
import {
  checkProgrammeUndoable,
  countExistingProgrammeRecords,
  programmesByName,
  redoStore,
  undoProgrammeBatch,
  writeProgrammeRecords,
  type ProgrammeRecords,
} from './write';

/** The pipeline hands back the records this handler made. */
const own = (records: FeatureRecords): ProgrammeRecords => records as ProgrammeRecords;

/** `arranjo-acoes` and `arranjo-metas` (and agency sheets mapped to them) in the import pipeline. */
export const programmesImportTargets: FeatureTargetHandler = {
  targets: ['programme-actions', 'programme-targets'],
  makeConverter(target, env, conn) {
    if (target === 'programme-actions') {
      const store = new ProgrammeRecordStore<ActionRecord>();
      const sites = new SiteLookup(new SiteRepository(conn).list());
      const programmes = programmesByName(conn);
      return { converter: actionConverter(env, store, sites, initiativeCodes(conn), programmes), records: { target, store } };
    }
    const store = new ProgrammeRecordStore<TargetRecord>();
    // One column per month, quarter or year: the wide layout; otherwise one row per indicator and period.
    const converter = env.mapping.columns.some((c) => c.role.role === 'period-value')
      ? wideTargetConverter(env, store, programmesByName(conn), existingTargets(conn), indicatorDirections(conn))
      : targetConverter(env, store, programmesByName(conn), indicatorDirections(conn));
    return { converter, records: { target: 'programme-targets', store } };
  },
  countExisting: (conn, records) => countExistingProgrammeRecords(conn, own(records)),
  write: (conn, batchId, records) => writeProgrammeRecords(conn, batchId, own(records)),
  snapshot: (_conn, batchId, target, source) => ({
    records: redoStore(target === 'programme-actions' ? 'programme-actions' : 'programme-targets', batchId),
    source,
  }),
  checkUndoable: (conn, batchId) => checkProgrammeUndoable(conn, batchId),
  undo: undoProgrammeBatch,
};
