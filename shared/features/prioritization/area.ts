import { z } from 'zod';
import type { ScenarioApi } from './scenario-api';
import { parseInput as parse } from '../../rpc/validate';
import type { EngineContext } from '../../engine/engine-context';
import { ScenarioService } from './scenario-service';

/** Prioritization: scenarios edited as a whole, runs, sensitivity, stakeholders, comparison, workbook. */
export function scenarioArea(ctx: EngineContext): ScenarioApi {
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
    runScenario: async (id) => scenarios().run(id),
    scenarioSensitivity: async (id, options) => scenarios().sensitivity(id, options),
    scenarioStakeholders: async (id, consensus) => scenarios().stakeholders(id, consensus),
    scenarioObjectiveWeights: async (id, method) => scenarios().objectiveWeights(id, method),
    compareScenarios: async (ids) => scenarios().compare(parse(z.array(z.number().int().positive()).max(20), ids, 'ids')),
    ahpWeights: async (matrix) => scenarios().ahp(matrix),
    exportScenarioWorkbook: async (id, locale, sensitivity) => scenarios().exportWorkbook(id, locale, sensitivity),
  };
}
