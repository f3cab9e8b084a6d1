import type { EngineContext } from '../../engine/engine-context';
import type { ScenarioApi } from './scenario-api';
import { ScenarioService } from './scenario-service';

/** Prioritization (the public entry of shared/features/prioritization): scenarios, runs, sensitivity, workbook. */
export type { ScenarioApi } from './scenario-api';
export type * from './types';
export type { ScenarioInput, ScenarioPatch, SensitivityInput } from './schemas';
export { addDemoScenario, DEMO_SCENARIO_NAME } from './demo';

/**
 * The area's methods, each registered in one line onto the scenario service, which validates its
 * input (the interface) and does the work; a fresh service per call over the open workspace.
 */
export function prioritizationArea(ctx: EngineContext): ScenarioApi {
  const scenarios = (): ScenarioService => new ScenarioService(ctx.db(), ctx.changes(), ctx.now);
  return {
    listScenarios: async () => scenarios().list(),
    getScenario: async (id) => scenarios().get(id),
    createScenario: async (input) => scenarios().create(input),
    updateScenario: async (id, patch) => scenarios().update(id, patch),
    deleteScenario: async (id) => scenarios().delete(id),
    duplicateScenario: async (id, name) => scenarios().duplicate(id, name),
    freezeScenario: async (id) => scenarios().freeze(id),
    unfreezeScenario: async (id) => scenarios().unfreeze(id),
    criterionSources: async () => scenarios().criterionSources(),
    runScenario: async (id, draft) => scenarios().run(id, draft),
    scenarioSensitivity: async (id, options, draft) => scenarios().sensitivity(id, options, draft),
    scenarioStakeholders: async (id, consensus, draft) => scenarios().stakeholders(id, consensus, draft),
    scenarioObjectiveWeights: async (id, method, draft) => scenarios().objectiveWeights(id, method, draft),
    compareScenarios: async (ids) => scenarios().compare(ids),
    ahpWeights: async (matrix) => scenarios().ahp(matrix),
    exportScenarioWorkbook: async (id, locale, sensitivity) => scenarios().exportWorkbook(id, locale, sensitivity),
  };
}
