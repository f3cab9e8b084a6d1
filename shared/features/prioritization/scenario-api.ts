import type { AhpResult } from '../../analysis/mcda/ahp';
import type { ObjectiveWeighting } from '../../analysis/mcda/objective-weights';
import type {
  CriterionSourceOption,
  Scenario,
  ScenarioComparison,
  ScenarioRun,
  ScenarioSensitivity,
  ScenarioStakeholders,
  ScenarioSummary,
} from './types';
import type { ScenarioInput, ScenarioPatch, SensitivityInput } from './schemas';
import type { Locale } from '../../domain/locales';

/**
 * Prioritization (DESIGN.md §3 scenario, §4 multi-criteria): scenarios edited as a whole (validated,
 * logged, undoable), frozen inputs, runs, sensitivity, stakeholders, comparison and the workbook.
 * Walking weights re-score in the UI with the pure `createScorer` on `ScenarioRun.model`.
 */
export interface ScenarioApi {
  listScenarios(): Promise<ScenarioSummary[]>;
  getScenario(id: number): Promise<Scenario>;
  createScenario(input: ScenarioInput): Promise<Scenario>;
  updateScenario(id: number, patch: ScenarioPatch): Promise<Scenario>;
  deleteScenario(id: number): Promise<void>;
  duplicateScenario(id: number, name?: string): Promise<Scenario>;
  freezeScenario(id: number): Promise<Scenario>;
  unfreezeScenario(id: number): Promise<Scenario>;
  criterionSources(): Promise<CriterionSourceOption[]>;
  /** `draft`: the planner's unsaved edits, applied (checked, not written) so results follow them. */
  runScenario(id: number, draft?: ScenarioPatch): Promise<ScenarioRun>;
  scenarioSensitivity(id: number, options?: SensitivityInput, draft?: ScenarioPatch): Promise<ScenarioSensitivity>;
  scenarioStakeholders(id: number, consensus?: 'borda' | 'copeland', draft?: ScenarioPatch): Promise<ScenarioStakeholders>;
  scenarioObjectiveWeights(
    id: number,
    method: ObjectiveWeighting,
    draft?: ScenarioPatch,
  ): Promise<{ weights: number[]; measure: number[]; criteria: string[] }>;
  compareScenarios(ids: number[]): Promise<ScenarioComparison>;
  ahpWeights(matrix: number[][]): Promise<AhpResult>;
  exportScenarioWorkbook(id: number, locale: Locale, sensitivity?: SensitivityInput): Promise<Uint8Array>;
}
