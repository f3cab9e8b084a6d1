import type { EngineContext } from '../../engine/engine-context';
import type { ProgrammeApi } from './programme-api';

export type { ProgrammeApi };
import type { InitiativeReferences } from '../initiatives';
import { ActionRepository } from './action-repository';
import { ProgrammeService } from './programme-service';
import { programmeWorkbook } from './workbook';
import type { CanonicalLayoutName, CanonicalWriter } from '../../export/canonical-layouts';
import { acoesCsv } from './acoes-csv';
import { metasCsv } from './metas-csv';

/** Programme monitoring as an engine area (composed in shared/engine/engine.ts). */
export function programmeArea(ctx: EngineContext): ProgrammeApi {
  const service = (): ProgrammeService => new ProgrammeService(ctx.db(), ctx.changes(), ctx.now);
  return {
    listProgrammes: async () => service().list(),
    saveProgramme: async (input) => service().save(input),
    deleteProgramme: async (id) => service().delete(id),
    programmeFramework: async (id) => service().framework(id),
    saveObjective: async (input) => service().saveObjective(input),
    deleteObjective: async (id) => service().deleteObjective(id),
    saveResult: async (input) => service().saveResult(input),
    deleteResult: async (id) => service().deleteResult(id),
    saveProgrammeIndicator: async (input) => service().saveIndicator(input),
    deleteProgrammeIndicator: async (id) => service().deleteIndicator(id),
    setProgrammeTargets: async (input) => service().setTargets(input),
    programmeActions: async (programmeId) => service().actions(programmeId),
    saveProgrammeAction: async (input) => service().saveAction(input),
    deleteProgrammeAction: async (id) => service().deleteAction(id),
    programmeMonitor: async (query) => service().monitor(query),
    programmeDrill: async (query) => service().drill(query),
    programmeDisaggregation: async (query) => service().disaggregation(query),
    exportProgrammeWorkbook: async (query) => programmeWorkbook(ctx.db(), query),
  };
}
export { programmesImportTargets } from './import/import-targets';

/**
 * What of a programme refers to an initiative (an action's `initiative_code`): when the planner merges
 * two initiatives, the actions of the merged one follow it to the kept one (wired in shared/engine/engine.ts).
 */
export const programmeInitiativeReferences: InitiativeReferences = {
  move: (conn, from, to) => {
    const actions = new ActionRepository(conn);
    const ids = actions.moveInitiative(from, to);
    return {
      moved: ids.length,
      undo: () => actions.setInitiative(ids, from),
      redo: () => actions.setInitiative(ids, to),
    };
  },
  count: (conn, code) => new ActionRepository(conn).countOfInitiative(code),
};
export { addDemoProgramme } from './demo';

/** The programmes' actions and targets as §10's canonical CSVs (`arranjo export --csv`, Import/Export). */
export const programmesCsvLayouts: Partial<Record<CanonicalLayoutName, CanonicalWriter>> = {
  'arranjo-acoes': acoesCsv,
  'arranjo-metas': metasCsv,
};
