import type {
  ActionInput,
  CriteriaInput,
  IncentiveInput,
  LotInput,
  LotPatch,
  PlanInput,
  PlanPatch,
  ProposalOptions,
  ProspectInput,
  ProspectPatch,
  SalesWeighting,
  TargetInput,
} from './schemas';
import type { AttractionPlan, Lot, PlanView, Prospect, SiteInventory } from './types';
import type { ProspectStage, TargetState } from './vocabulary';

/**
 * Attraction plans (issue 11, DESIGN.md §3): one plan per site and period — target sectors from the
 * economic diagnosis, the site's lots, incentives with cost-benefit, sales criteria scored by the
 * multi-criteria engine, the prospects pipeline, actions and goals — and its workbook. Every edit is
 * undoable with the workspace's undo.
 */
export interface AttractionApi {
  listAttractionPlans(): Promise<AttractionPlan[]>;
  /**
   * The districts holding lots or companies and how many: lots and companies are kept per district,
   * and imported ones show in a plan only once one is opened for the district.
   */
  attractionInventories(): Promise<SiteInventory[]>;
  /** The site's plan for the period, created with default sales criteria when missing. */
  openAttractionPlan(input: PlanInput): Promise<PlanView>;
  getAttractionPlan(planId: number): Promise<PlanView>;
  updateAttractionPlan(planId: number, patch: PlanPatch): Promise<PlanView>;
  proposeTargetSectors(planId: number, options?: ProposalOptions): Promise<PlanView>;
  addTargetSector(planId: number, input: TargetInput): Promise<PlanView>;
  setTargetSectorState(targetId: number, state: TargetState): Promise<PlanView>;
  createLot(siteId: number, input: LotInput): Promise<Lot>;
  updateLot(lotId: number, patch: LotPatch): Promise<Lot>;
  deleteLot(lotId: number): Promise<void>;
  createProspect(siteId: number, input: ProspectInput): Promise<Prospect>;
  updateProspect(prospectId: number, patch: ProspectPatch): Promise<Prospect>;
  moveProspect(prospectId: number, stage: ProspectStage, note?: string): Promise<Prospect>;
  deleteProspect(prospectId: number): Promise<void>;
  setProspectCriterionValue(prospectId: number, criterionId: number, value: number | null): Promise<void>;
  /** The criteria as a whole; `weighting` records how the weights were set (the AHP matrix survives a reopen). */
  setSalesCriteria(planId: number, criteria: CriteriaInput, weighting?: SalesWeighting): Promise<PlanView>;
  addIncentive(planId: number, input: IncentiveInput): Promise<PlanView>;
  deleteIncentive(planId: number, incentiveId: number): Promise<PlanView>;
  addPlanAction(planId: number, input: ActionInput): Promise<PlanView>;
  updatePlanAction(planId: number, actionId: number, patch: Partial<ActionInput>): Promise<PlanView>;
  /** The plan workbook (xlsx) in the UI language. */
  exportAttractionWorkbook(planId: number, locale: 'pt-BR' | 'en' | 'es'): Promise<Uint8Array>;
  /** The plan summary for meetings as a PDF (A4 landscape, fonts embedded) in the UI language. */
  exportAttractionPdf(planId: number, locale: 'pt-BR' | 'en' | 'es'): Promise<Uint8Array>;
}
