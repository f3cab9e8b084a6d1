import type { Connection } from '../../db/connection';
import type { EconomyApi } from '../economy';
import { ArranjoError } from '../../errors';
import { parseInput } from '../../rpc/validate';
import type { History } from '../../engine/history';
import { ACTION, AttractionRepository, CRITERION, INCENTIVE, LOT, PLAN, PROSPECT, STAGE_CHANGE, TARGET } from './attraction-repository';
import { sectorOfCnae } from './cnae-sector';
import { DEFAULT_CRITERIA } from './default-criteria';
import { buildPlanView } from './plan-view';
import {
  actionInputSchema,
  criteriaSchema,
  idSchema,
  incentiveInputSchema,
  lotInputSchema,
  lotPatchSchema,
  planInputSchema,
  planPatchSchema,
  proposalOptionsSchema,
  prospectInputSchema,
  prospectPatchSchema,
  stageSchema,
  targetInputSchema,
  targetStateSchema,
  type ActionInput,
  type CriteriaInput,
  type IncentiveInput,
  type LotInput,
  type LotPatch,
  type PlanInput,
  type PlanPatch,
  type ProposalOptions,
  type ProspectInput,
  type ProspectPatch,
  type TargetInput,
} from './schemas';
import { SnapshotRepository, type Scope } from './snapshot-repository';
import { proposeTargetSectors } from './target-sectors';
import type { AttractionPlan, Lot, PlanView, Prospect, TargetSector } from './types';
import type { ProspectStage, TargetState } from './vocabulary';

const planScopes = (planId: number): Scope[] => [
  { table: 'attraction_plan', column: 'id', value: planId },
  { table: 'attraction_target_sector', column: 'plan_id', value: planId },
  { table: 'attraction_incentive', column: 'plan_id', value: planId },
  { table: 'attraction_criterion', column: 'plan_id', value: planId },
  { table: 'attraction_action', column: 'plan_id', value: planId },
];
const prospectScopes = (id: number): Scope[] => [
  { table: 'prospect', column: 'id', value: id },
  { table: 'prospect_stage_change', column: 'prospect_id', value: id },
  { table: 'prospect_criterion_value', column: 'prospect_id', value: id },
];

/**
 * Attraction plans (issue 11): every edit validated with zod, written in one transaction and undoable
 * through the session History (row snapshots of what it touched).
 */
export class AttractionService {
  private readonly repo: AttractionRepository;
  private readonly snapshots: SnapshotRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
    private readonly economy: () => EconomyApi,
  ) {
    this.repo = new AttractionRepository(conn);
    this.snapshots = new SnapshotRepository(conn);
  }

  /** Runs an edit in a transaction and records its undo; `work` returns the scopes of rows it created. */
  private edit<T>(label: string, known: Scope[], work: () => { result: T; created?: Scope[] }): T {
    return this.conn.transaction(() => {
      const before = this.snapshots.read(known);
      const { result, created = [] } = work();
      const scopes = [...known, ...created];
      const after = this.snapshots.read(scopes);
      const full = [...before, ...created.map((scope) => ({ scope, rows: [] }))];
      this.history.record({
        label: `attraction.${label}`,
        undo: () => this.snapshots.apply(this.snapshots.read(scopes), full),
        redo: () => this.snapshots.apply(this.snapshots.read(scopes), after),
      });
      return result;
    });
  }

  private today(): string {
    return this.now().slice(0, 10);
  }

  private plan(id: number): AttractionPlan {
    const plan = this.repo.get<AttractionPlan>(PLAN, parseInput(idSchema, id, 'planId'));
    if (!plan) throw new ArranjoError('NOT_FOUND', `Attraction plan ${id} does not exist.`);
    return plan;
  }

  private site(siteId: number): NonNullable<ReturnType<AttractionRepository['site']>> {
    const site = this.repo.site({ id: siteId });
    if (!site) throw new ArranjoError('NOT_FOUND', `Site ${siteId} does not exist.`);
    return site;
  }

  /** A site by its code or exact name (the CLI's `<site>`). */
  siteByText(text: string): { id: number; code: string; name: string } {
    const site = this.repo.site({ text });
    if (!site) throw new ArranjoError('INVALID_INPUT', `No site has the code or name "${text}". List them with "arranjo sites".`);
    return site;
  }

  listPlans(): AttractionPlan[] {
    return this.repo.allPlans();
  }

  plansOfSite(siteId: number): AttractionPlan[] {
    return this.repo.plansOfSite(parseInput(idSchema, siteId, 'siteId'));
  }

  /** The site's plan for the period, created (with the default sales criteria) when there is none. */
  openPlan(input: PlanInput): PlanView {
    const data = parseInput(planInputSchema, input, 'plan');
    this.site(data.siteId);
    const existing = this.repo.planBy(data.siteId, data.period);
    if (existing) return this.view(existing.id);
    const id = this.edit('createPlan', [], () => {
      const planId = this.repo.insert(PLAN, { ...data, source: data.source ?? '' });
      DEFAULT_CRITERIA.forEach((c, position) => this.repo.insert(CRITERION, { ...c, planId, position }));
      return { result: planId, created: planScopes(planId) };
    });
    return this.view(id);
  }

  view(planId: number): PlanView {
    const plan = this.plan(planId);
    const site = this.site(plan.siteId);
    const targets = this.repo.targets(plan.id);
    const classification = targets[0]?.classification ?? 'ibge-setor';
    return buildPlanView({
      plan,
      site,
      targets,
      lots: this.repo.lots(plan.siteId),
      incentives: this.repo.incentives(plan.id),
      criteria: this.repo.criteria(plan.id),
      prospects: this.repo.prospects(plan.siteId),
      history: this.repo.stageChanges(plan.siteId),
      criterionValues: this.repo.criterionValues(plan.id),
      actions: this.repo.actions(plan.id),
      sectorOfCnae: (cnae) => sectorOfCnae(cnae, classification),
      today: this.today(),
    });
  }

  updatePlan(planId: number, patch: PlanPatch): PlanView {
    const plan = this.plan(planId);
    const changes = parseInput(planPatchSchema, patch, 'plan');
    if (changes.period !== undefined && changes.period !== plan.period && this.repo.planBy(plan.siteId, changes.period)) {
      throw new ArranjoError('CONSTRAINT', `period: this site already has a plan for ${changes.period}.`, { column: 'period' });
    }
    this.edit('updatePlan', [{ table: 'attraction_plan', column: 'id', value: plan.id }], () => {
      this.repo.update(PLAN, plan.id, changes);
      return { result: null };
    });
    return this.view(plan.id);
  }

  /**
   * Proposes target sectors from the economic diagnosis of the site's municipality (LQ against its
   * state in the latest year with jobs, shift-share from the year before, potential sectors by
   * density), through the economy area's interface. Sectors already in the plan are kept as they are.
   */
  async proposeTargets(planId: number, options: ProposalOptions = {}): Promise<PlanView> {
    const plan = this.plan(planId);
    const opts = parseInput(proposalOptionsSchema, options, 'options');
    const site = this.site(plan.siteId);
    if (site.municipalityCode === null)
      throw new ArranjoError('INVALID_INPUT', `Site ${site.code} has no municipality: give it one to diagnose its economy.`);
    const place = this.conn.get<{ abbr: string }>(
      'SELECT s.abbr AS abbr FROM municipality m JOIN state s ON s.code = m.state_code WHERE m.code = ?',
      [site.municipalityCode],
    );
    const years = this.conn
      .all<{ year: number }>("SELECT DISTINCT year FROM employment WHERE classification = 'ibge-setor' AND measure = 'jobs' ORDER BY year")
      .map((r) => r.year);
    const year = opts.year ?? years.at(-1);
    if (year === undefined) throw new ArranjoError('INVALID_INPUT', 'The workspace has no jobs by IBGE sector: import RAIS employment first.');
    const fromYear = opts.fromYear ?? [...years].reverse().find((y) => y < year) ?? null;
    const base = {
      classification: 'ibge-setor' as const,
      measure: 'jobs' as const,
      reference: { kind: 'state' as const, abbr: place?.abbr ?? 'MG' },
      subject: { kind: 'municipality' as const, code: site.municipalityCode },
    };
    const economy = this.economy();
    const lq = (await economy.analyzeLocationQuotients({ ...base, year })).rows;
    const shiftShare = fromYear !== null ? (await economy.analyzeShiftShare({ ...base, from: fromYear, to: year })).rows : [];
    const potential = await economy.potentialSectors({ ...base, year, limit: 5 });
    const proposals = proposeTargetSectors({ year, fromYear, lq, shiftShare, potential, locale: opts.locale, limit: opts.limit });
    this.edit('proposeTargets', [{ table: 'attraction_target_sector', column: 'plan_id', value: plan.id }], () => {
      for (const p of proposals) {
        if (this.repo.targetBy(plan.id, 'ibge-setor', p.sectorCode)) continue;
        this.repo.insert(TARGET, { ...p, planId: plan.id, classification: 'ibge-setor', state: 'proposed' });
      }
      return { result: null };
    });
    return this.view(plan.id);
  }

  addTarget(planId: number, input: TargetInput): PlanView {
    const plan = this.plan(planId);
    const data = parseInput(targetInputSchema, input, 'target');
    if (this.repo.targetBy(plan.id, data.classification, data.sectorCode))
      throw new ArranjoError('CONSTRAINT', `sectorCode: ${data.sectorCode} is already a target sector of this plan.`, { column: 'sectorCode' });
    this.edit('addTarget', [{ table: 'attraction_target_sector', column: 'plan_id', value: plan.id }], () => {
      this.repo.insert(TARGET, { ...data, planId: plan.id, origin: 'custom', state: 'accepted', rationale: data.rationale ?? '' });
      return { result: null };
    });
    return this.view(plan.id);
  }

  setTargetState(targetId: number, state: TargetState): PlanView {
    const target = this.repo.get<TargetSector>(TARGET, parseInput(idSchema, targetId, 'targetId'));
    if (!target) throw new ArranjoError('NOT_FOUND', `Target sector ${targetId} does not exist.`);
    const next = parseInput(targetStateSchema, state, 'state');
    this.edit('setTargetState', [{ table: 'attraction_target_sector', column: 'id', value: target.id }], () => {
      this.repo.update(TARGET, target.id, { state: next });
      return { result: null };
    });
    return this.view(target.planId);
  }

  private checkLotCode(siteId: number, code: string, exceptId?: number): void {
    const other = this.repo.lotByCode(siteId, code);
    if (other && other.id !== exceptId)
      throw new ArranjoError('CONSTRAINT', `code: lot "${code}" already exists in this district.`, { column: 'code' }, { field: 'code', reason: 'duplicate', value: code });
  }

  createLot(siteId: number, input: LotInput): Lot {
    this.site(parseInput(idSchema, siteId, 'siteId'));
    const data = parseInput(lotInputSchema, input, 'lot');
    this.checkLotCode(siteId, data.code);
    const id = this.edit('createLot', [], () => {
      const lotId = this.repo.insert(LOT, { ...data, siteId });
      return { result: lotId, created: [{ table: 'lot', column: 'id', value: lotId }] };
    });
    return this.repo.get<Lot>(LOT, id) as Lot;
  }

  private lot(id: number): Lot {
    const lot = this.repo.get<Lot>(LOT, parseInput(idSchema, id, 'lotId'));
    if (!lot) throw new ArranjoError('NOT_FOUND', `Lot ${id} does not exist.`);
    return lot;
  }

  updateLot(id: number, patch: LotPatch): Lot {
    const lot = this.lot(id);
    const changes = parseInput(lotPatchSchema, patch, 'lot');
    if (changes.code !== undefined) this.checkLotCode(lot.siteId, changes.code, lot.id);
    if (changes.status === 'sold' && lot.status === 'sold')
      throw new ArranjoError('CONSTRAINT', `status: lot "${lot.code}" is already sold; it cannot be sold twice.`, { column: 'status' });
    this.edit('updateLot', [{ table: 'lot', column: 'id', value: lot.id }], () => {
      this.repo.update(LOT, lot.id, changes);
      return { result: null };
    });
    return this.lot(lot.id);
  }

  deleteLot(id: number): void {
    const lot = this.lot(id);
    const linked = this.conn.all<{ id: number }>('SELECT id FROM prospect WHERE lot_id = ?', [lot.id]).map((r) => r.id);
    const scopes: Scope[] = [{ table: 'lot', column: 'id', value: lot.id }, ...linked.map((p) => ({ table: 'prospect' as const, column: 'id', value: p }))];
    this.edit('deleteLot', scopes, () => {
      this.repo.delete(LOT, lot.id);
      return { result: null };
    });
  }

  private prospect(id: number): Prospect {
    const p = this.repo.get<Prospect>(PROSPECT, parseInput(idSchema, id, 'prospectId'));
    if (!p) throw new ArranjoError('NOT_FOUND', `Prospect ${id} does not exist.`);
    return p;
  }

  private checkCnpj(siteId: number, cnpj: string | null | undefined, exceptId?: number): void {
    if (!cnpj) return;
    const other = this.repo.prospectByKey(siteId, cnpj, '');
    if (other && other.id !== exceptId)
      throw new ArranjoError('CONSTRAINT', `cnpj: ${cnpj} is already the prospect "${other.company}" of this district.`, { column: 'cnpj' });
  }

  createProspect(siteId: number, input: ProspectInput): Prospect {
    this.site(parseInput(idSchema, siteId, 'siteId'));
    const data = parseInput(prospectInputSchema, input, 'prospect');
    this.checkCnpj(siteId, data.cnpj);
    const id = this.edit('createProspect', [], () => {
      const pid = this.repo.insert(PROSPECT, { ...data, siteId });
      this.repo.insert(STAGE_CHANGE, { prospectId: pid, fromStage: null, toStage: data.stage ?? 'lead', changedAt: this.now() });
      return { result: pid, created: prospectScopes(pid) };
    });
    return this.prospect(id);
  }

  updateProspect(id: number, patch: ProspectPatch): Prospect {
    const p = this.prospect(id);
    const changes = parseInput(prospectPatchSchema, patch, 'prospect');
    this.checkCnpj(p.siteId, changes.cnpj, p.id);
    this.edit('updateProspect', prospectScopes(p.id), () => {
      this.repo.update(PROSPECT, p.id, changes);
      if (changes.stage !== undefined && changes.stage !== p.stage)
        this.repo.insert(STAGE_CHANGE, { prospectId: p.id, fromStage: p.stage, toStage: changes.stage, changedAt: this.now() });
      return { result: null };
    });
    return this.prospect(p.id);
  }

  /** Moves a prospect to another stage (the board's drag), recording the change in its history. */
  moveProspect(id: number, stage: ProspectStage, note?: string): Prospect {
    const p = this.prospect(id);
    const to = parseInput(stageSchema, stage, 'stage');
    if (to === p.stage) return p;
    this.edit('moveProspect', prospectScopes(p.id), () => {
      this.repo.update(PROSPECT, p.id, { stage: to });
      this.repo.insert(STAGE_CHANGE, { prospectId: p.id, fromStage: p.stage, toStage: to, changedAt: this.now(), note: note ?? null });
      return { result: null };
    });
    return this.prospect(p.id);
  }

  deleteProspect(id: number): void {
    const p = this.prospect(id);
    this.edit('deleteProspect', prospectScopes(p.id), () => {
      this.repo.delete(PROSPECT, p.id);
      return { result: null };
    });
  }

  /** A prospect's value on a `manual` sales criterion (local suppliers, technology…); null clears it. */
  setCriterionValue(prospectId: number, criterionId: number, value: number | null): void {
    const p = this.prospect(prospectId);
    const cid = parseInput(idSchema, criterionId, 'criterionId');
    if (value !== null && !Number.isFinite(value)) throw new ArranjoError('INVALID_INPUT', 'value: a number.', { column: 'value' });
    this.edit('setCriterionValue', [{ table: 'prospect_criterion_value', column: 'prospect_id', value: p.id }], () => {
      this.repo.setCriterionValue(p.id, cid, value);
      return { result: null };
    });
  }

  /** Replaces the plan's sales criteria as a whole (the editor's table, or weights from AHP). */
  setCriteria(planId: number, criteria: CriteriaInput): PlanView {
    const plan = this.plan(planId);
    const list = parseInput(criteriaSchema, criteria, 'criteria');
    const existing = new Set(this.repo.criteria(plan.id).map((c) => c.id));
    const scopes: Scope[] = [
      { table: 'attraction_criterion', column: 'plan_id', value: plan.id },
      ...[...existing].map((id) => ({ table: 'prospect_criterion_value' as const, column: 'criterion_id', value: id })),
    ];
    this.edit('setCriteria', scopes, () => {
      const keep = new Set(list.map((c) => c.id).filter((id): id is number => id !== undefined && existing.has(id)));
      for (const id of existing) if (!keep.has(id)) this.repo.delete(CRITERION, id);
      list.forEach((c, position) => {
        if (c.id !== undefined && keep.has(c.id)) this.repo.update(CRITERION, c.id, { ...c, position });
        else this.repo.insert(CRITERION, { ...c, id: undefined, planId: plan.id, position });
      });
      return { result: null };
    });
    return this.view(plan.id);
  }

  addIncentive(planId: number, input: IncentiveInput): PlanView {
    const plan = this.plan(planId);
    const data = parseInput(incentiveInputSchema, input, 'incentive');
    this.edit('addIncentive', [{ table: 'attraction_incentive', column: 'plan_id', value: plan.id }], () => {
      this.repo.insert(INCENTIVE, { ...data, planId: plan.id });
      return { result: null };
    });
    return this.view(plan.id);
  }

  deleteIncentive(planId: number, incentiveId: number): PlanView {
    const plan = this.plan(planId);
    this.edit('deleteIncentive', [{ table: 'attraction_incentive', column: 'plan_id', value: plan.id }], () => {
      this.conn.run('DELETE FROM attraction_incentive WHERE id = ? AND plan_id = ?', [parseInput(idSchema, incentiveId, 'incentiveId'), plan.id]);
      return { result: null };
    });
    return this.view(plan.id);
  }

  addAction(planId: number, input: ActionInput): PlanView {
    const plan = this.plan(planId);
    const data = parseInput(actionInputSchema, input, 'action');
    this.edit('addAction', [{ table: 'attraction_action', column: 'plan_id', value: plan.id }], () => {
      this.repo.insert(ACTION, { ...data, planId: plan.id });
      return { result: null };
    });
    return this.view(plan.id);
  }

  updateAction(planId: number, actionId: number, patch: Partial<ActionInput>): PlanView {
    const plan = this.plan(planId);
    const changes = parseInput(actionInputSchema.partial(), patch, 'action');
    this.edit('updateAction', [{ table: 'attraction_action', column: 'plan_id', value: plan.id }], () => {
      this.repo.update(ACTION, parseInput(idSchema, actionId, 'actionId'), changes);
      return { result: null };
    });
    return this.view(plan.id);
  }

  /** The plan of a site for the CLI: the given period, else its latest plan; null when it has none. */
  planOfSite(siteId: number, period?: string): AttractionPlan | null {
    const plans = this.repo.plansOfSite(siteId);
    if (period !== undefined) return plans.find((p) => p.period === period) ?? null;
    return plans.at(-1) ?? null;
  }

  lotsOf(siteId: number): Lot[] {
    return this.repo.lots(siteId);
  }

  prospectsOf(siteId: number): Prospect[] {
    return this.repo.prospects(siteId);
  }
}
