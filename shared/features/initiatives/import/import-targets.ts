import type { FeatureRecords, FeatureTargetHandler } from '../../../import/targets/feature-targets';
import { TerritorySetRepository } from '../../../repositories/territory-set-repository';
import { InitiativeAliasRepository } from '../initiative-alias-repository';
import { InitiativeRepository } from '../initiative-repository';
import { initiativeConverter, InitiativeStore } from './initiative-converter';
import { checkInitiativesUndoable, snapshotInitiatives, undoInitiatives, writeInitiatives } from './initiative-import-writer';

/** The pipeline hands back the records this handler made. */
const own = (records: FeatureRecords): InitiativeStore => records.store as InitiativeStore;

/** The Rotas registry (`rotas-polos`), `arranjo-polos` and other registries in the import pipeline. */
export const initiativesImportTargets: FeatureTargetHandler = {
  targets: ['initiatives'],
  makeConverter(_target, env, conn) {
    // A code merged into another initiative leads to that one (the planner's merge is remembered).
    const store = new InitiativeStore(new InitiativeAliasRepository(conn).all());
    const known = new InitiativeRepository(conn);
    const sets = new TerritorySetRepository(conn);
    const registered = (code: string): readonly number[] | null => {
      const row = known.byCode(code);
      return row ? (sets.get(row.territory_set_id)?.members ?? []) : null;
    };
    return { converter: initiativeConverter(env, store, registered), records: { target: 'initiatives', store } };
  },
  countExisting(conn, records) {
    const known = new InitiativeRepository(conn);
    return own(records).records.filter((r) => known.byCode(r.code)).length;
  },
  write: (conn, batchId, records, source, now) => writeInitiatives(conn, batchId, own(records), source, now),
  snapshot(conn, batchId) {
    const { store, source } = snapshotInitiatives(conn, batchId);
    return { records: { target: 'initiatives', store }, source };
  },
  checkUndoable: checkInitiativesUndoable,
  undo(conn, batchId) {
    const [removed, restored] = undoInitiatives(conn, batchId);
    return { removed, restored };
  },
};
