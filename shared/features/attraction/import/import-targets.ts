import { ArranjoError } from '../../../errors';
import { SiteLookup } from '../../../import/values/site-lookup';
import { ClassificationRepository } from '../../../repositories/classification-repository';
import { SiteRepository } from '../../../repositories/site-repository';
import type { FeatureRecords, FeatureTargetHandler } from '../../../import/targets/feature-targets';
import { lotConverter, PlanRecordStore, prospectConverter, type LotRecord, type ProspectRecord } from './converters';
import { PlanImportRepository } from './plan-import-repository';

/** The pipeline hands back the records this handler made. */
const lots = (records: FeatureRecords): PlanRecordStore<LotRecord> => records.store as PlanRecordStore<LotRecord>;
const prospects = (records: FeatureRecords): PlanRecordStore<ProspectRecord> => records.store as PlanRecordStore<ProspectRecord>;

/** `arranjo-lotes` and `arranjo-empresas` (and agency sheets mapped to them) in the import pipeline. */
export const attractionImportTargets: FeatureTargetHandler = {
  targets: ['lots', 'prospects'],
  makeConverter(target, env, conn) {
    const sites = new SiteLookup(new SiteRepository(conn).list());
    if (target === 'lots') {
      const store = new PlanRecordStore<LotRecord>();
      return { converter: lotConverter(env, store, sites), records: { target, store } };
    }
    const store = new PlanRecordStore<ProspectRecord>();
    const cnaeCodes = new ClassificationRepository(conn).cnaeCodes();
    return { converter: prospectConverter(env, store, sites, cnaeCodes), records: { target: 'prospects', store } };
  },
  countExisting(conn, records) {
    const target = records.target === 'lots' ? 'lots' : 'prospects';
    return new PlanImportRepository(conn).countExisting(target, target === 'lots' ? lots(records).records : prospects(records).records);
  },
  write(conn, batchId, records, _source, now) {
    const repo = new PlanImportRepository(conn);
    return records.target === 'lots' ? repo.writeLots(batchId, lots(records).records) : repo.writeProspects(batchId, prospects(records).records, now);
  },
  snapshot(conn, batchId, target, source) {
    const repo = new PlanImportRepository(conn);
    return target === 'lots'
      ? { records: { target: 'lots', store: repo.lotsOf(batchId) }, source }
      : { records: { target: 'prospects', store: repo.prospectsOf(batchId) }, source };
  },
  checkUndoable(conn, batchId, sourceFile) {
    const blockers = new PlanImportRepository(conn).blockingBatches(batchId);
    if (blockers.length === 0) return;
    throw new ArranjoError(
      'CONSTRAINT',
      `Import batch ${batchId} (${sourceFile}) cannot be undone yet: later batch(es) ${blockers.join(', ')} replaced some of its lots or prospects. Undo ${blockers.length > 1 ? 'them' : 'it'} first.`,
      { file: sourceFile },
      { batch: batchId, blockedBy: blockers.join(',') },
    );
  },
  undo(conn, batchId) {
    const [removed, restored] = new PlanImportRepository(conn).undo(batchId);
    return { removed, restored };
  },
};
