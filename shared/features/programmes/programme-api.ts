import type {
  ActionInput,
  DrillQuery,
  IndicatorInput,
  MonitorQuery,
  ObjectiveInput,
  ProgrammeInput,
  ResultInput,
  TargetsInput,
  WorkbookQuery,
} from './schemas';
import type { DisaggregationTable } from './disaggregate';
import type { Action, Framework, Indicator, MonitorRow, Programme, ProgrammeSummary } from './types';

/**
 * Programme monitoring (issue 12): programmes, results framework, targets, actions, monitoring and
 * its workbook. Inputs are validated with zod in the engine; every edit is one undoable step.
 */
export interface ProgrammeApi {
  listProgrammes(): Promise<ProgrammeSummary[]>;
  /** Creates (no id) or updates a programme, its span and its red/amber/green thresholds. */
  saveProgramme(input: ProgrammeInput): Promise<Programme>;
  deleteProgramme(id: number): Promise<void>;
  programmeFramework(id: number): Promise<Framework>;
  saveObjective(input: ObjectiveInput): Promise<Framework>;
  deleteObjective(id: number): Promise<Framework>;
  saveResult(input: ResultInput): Promise<Framework>;
  deleteResult(id: number): Promise<Framework>;
  saveProgrammeIndicator(input: IndicatorInput): Promise<Indicator>;
  deleteProgrammeIndicator(id: number): Promise<void>;
  /** Replaces the indicator's targets (and, for a custom indicator, entered actuals) by period. */
  setProgrammeTargets(input: TargetsInput): Promise<Framework>;
  programmeActions(programmeId: number): Promise<Action[]>;
  saveProgrammeAction(input: ActionInput): Promise<Action>;
  deleteProgrammeAction(id: number): Promise<void>;
  programmeMonitor(query: MonitorQuery): Promise<MonitorRow[]>;
  /** The actions behind an indicator's actual in a period ("why this value"). */
  programmeDrill(query: DrillQuery): Promise<Action[]>;
  /** The same actual broken down by the indicator's disaggregations (sex, age group, territory). */
  programmeDisaggregation(query: DrillQuery): Promise<DisaggregationTable[]>;
  /** The monitoring workbook (.xlsx bytes). */
  exportProgrammeWorkbook(query: WorkbookQuery): Promise<Uint8Array>;
}
