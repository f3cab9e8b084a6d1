import type { Connection } from '../../db/connection';
import type { EconomyApi } from '../economy';
import { ArranjoError } from '../../errors';
import { parseInput, refuseField } from '../../rpc/validate';
import type { History } from '../../engine/history';
import { AttractionEdits, planScopes } from './attraction-edits';
import { ACTION, AttractionRepository, CRITERION, INCENTIVE, PLAN, TARGET } from './attraction-repository';
import { sectorOfCnae } from './cnae-sector';
import { DEFAULT_CRITERIA } from './default-criteria';
import { buildPlanView } from './plan-view';
import {
  actionInputSchema,
  criteriaSchema,
  idSchema,
  incentiveInputSchema,
  planInputSchema,
  planPatchSchema,
  proposalOptionsSchema,
  salesWeightingSchema,
  targetInputSchema,
  targetStateSchema,
  type ActionInput,
  type CriteriaInput,
  type IncentiveInput,
  type PlanInput,
  type PlanPatch,
  type ProposalOptions,
  type SalesWeighting,
  type TargetInput,
} from './schemas';
import type { Scope } from './snapshot-repository';
import { proposeTargetSectors } from './target-sectors';
import type { AttractionPlan, PlanView, SiteInventory, TargetSector } from './types';
import type { TargetState } from './vocabulary';

/**
 * Attraction plans (issue 11): every edit validated with zod, written in one transaction and undoable
 * through the session History (row snapshots of what it touched).
 */
export class AttractionService {
  private readonly repo: AttractionRepository;
  private readonly edits: AttractionEdits;

  constructor(
    conn: Connection,
    history: History,
    /** The day the workspace is read at (EngineContext.today): late actions and overdue prospects are before it. */
    private readonly today: () => string,
    private readonly economy: () => EconomyApi,
  ) {
    this.repo = new AttractionRepository(conn);
    this.edits = new AttractionEdits(conn, history);
  }

  private plan(id: number): AttractionPlan {
    const plan = this.repo.get<AttractionPlan>(PLAN, parseInput(idSchema, id, 'planId'));
    if (!plan) throw new ArranjoError('NOT_FOUND', `Attraction plan ${id} does not exist.`);
    return plan;
  }

  private site(siteId: number): NonNullable<ReturnType<AttractionRepository['site']>> {
    const site = this.repo.site(siteId);
    if (!site) throw new ArranjoError('NOT_FOUND', `Site ${siteId} does not exist.`);
    return site;
  }

  inventories(): SiteInventory[] {
    return this.repo.inventories();
  }

  listPlans(): AttractionPlan[] {
    return this.repo.allPlans();
  }

  /** The site's plan for the period, created (with the default sales criteria) when there is none. */
  openPlan(input: PlanInput): PlanView {
    const data = parseInput(planInputSchema, input, 'plan');
    this.site(data.siteId);
    const existing = this.repo.planBy(data.siteId, data.period);
    if (existing) return this.view(existing.id);
    const id = this.edits.run(
      'createPlan',
      [],
      () => {
        const planId = this.repo.insert(PLAN, { ...data, source: data.source ?? '' });
        DEFAULT_CRITERIA.forEach(({ names, ...c }, position) =>
          this.repo.insert(CRITERION, { ...c, name: names['pt-BR'], planId, position }),
        );
        return { result: planId, created: planScopes(planId) };
      },
      `${this.site(data.siteId).name} — ${data.period}`,
    );
    return this.view(id);
  }

  /** A plan as the undo message names it: its district and period ("Distrito Industrial de Betim — 2025-2026"). */
  private planName(plan: AttractionPlan): string {
    return `${this.site(plan.siteId).name} — ${plan.period}`;
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
      throw refuseField('period', 'plan-exists', { value: changes.period }, `this site already has a plan for ${changes.period}.`, {
        code: 'CONSTRAINT',
      });
    }
    this.edits.run(
      'updatePlan',
      [{ table: 'attraction_plan', column: 'id', value: plan.id }],
      () => {
        this.repo.update(PLAN, plan.id, changes);
        return { result: null };
      },
      this.planName(plan),
    );
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
      throw new ArranjoError(
        'INVALID_INPUT',
        `Site ${site.code} has no municipality: give it one to diagnose its economy.`,
        {},
        {
          reason: 'no-municipality',
          value: site.code,
        },
      );
    const stateAbbr = this.repo.stateOfMunicipality(site.municipalityCode);
    const years = this.repo.yearsWithSectorJobs();
    const year = opts.year ?? years.at(-1);
    if (year === undefined)
      throw new ArranjoError(
        'INVALID_INPUT',
        'The workspace has no jobs by IBGE sector: import RAIS employment first.',
        {},
        { reason: 'no-sector-jobs' },
      );
    const fromYear = opts.fromYear ?? [...years].reverse().find((y) => y < year) ?? null;
    const base = {
      classification: 'ibge-setor' as const,
      measure: 'jobs' as const,
      reference: { kind: 'state' as const, abbr: stateAbbr ?? 'MG' },
      subject: { kind: 'municipality' as const, code: site.municipalityCode },
    };
    const economy = this.economy();
    const lq = (await economy.analyzeLocationQuotients({ ...base, year })).rows;
    const shiftShare = fromYear !== null ? (await economy.analyzeShiftShare({ ...base, from: fromYear, to: year })).rows : [];
    const potential = await economy.potentialSectors({ ...base, year, limit: 5 });
    const proposals = proposeTargetSectors({ year, fromYear, lq, shiftShare, potential, locale: opts.locale, limit: opts.limit });
    this.edits.run(
      'proposeTargets',
      [{ table: 'attraction_target_sector', column: 'plan_id', value: plan.id }],
      () => {
        for (const p of proposals) {
          if (this.repo.targetBy(plan.id, 'ibge-setor', p.sectorCode)) continue;
          this.repo.insert(TARGET, { ...p, planId: plan.id, classification: 'ibge-setor', state: 'proposed' });
        }
        return { result: null };
      },
      this.planName(plan),
    );
    return this.view(plan.id);
  }

  addTarget(planId: number, input: TargetInput): PlanView {
    const plan = this.plan(planId);
    const data = parseInput(targetInputSchema, input, 'target');
    if (this.repo.targetBy(plan.id, data.classification, data.sectorCode))
      throw refuseField(
        'sectorCode',
        'in-plan',
        { value: data.sectorCode },
        `${data.sectorCode} is already a target sector of this plan.`,
        {
          code: 'CONSTRAINT',
        },
      );
    this.edits.run(
      'addTarget',
      [{ table: 'attraction_target_sector', column: 'plan_id', value: plan.id }],
      () => {
        this.repo.insert(TARGET, { ...data, planId: plan.id, origin: 'custom', state: 'accepted', rationale: data.rationale ?? '' });
        return { result: null };
      },
      this.planName(plan),
    );
    return this.view(plan.id);
  }

  setTargetState(targetId: number, state: TargetState): PlanView {
    const target = this.repo.get<TargetSector>(TARGET, parseInput(idSchema, targetId, 'targetId'));
    if (!target) throw new ArranjoError('NOT_FOUND', `Target sector ${targetId} does not exist.`);
    const next = parseInput(targetStateSchema, state, 'state');
    this.edits.run(
      'setTargetState',
      [{ table: 'attraction_target_sector', column: 'id', value: target.id }],
      () => {
        this.repo.update(TARGET, target.id, { state: next });
        return { result: null };
      },
      target.sectorName,
    );
    return this.view(target.planId);
  }

  /**
   * Replaces the plan's sales criteria as a whole (the editor's table, or weights from AHP) and, when
   * given, how the weights were set (the AHP matrix is kept with the plan, so judgements survive a
   * reopen). Without `weighting` the stored one stays while the number of criteria is unchanged.
   */
  setCriteria(planId: number, criteria: CriteriaInput, weighting?: SalesWeighting): PlanView {
    const plan = this.plan(planId);
    const list = parseInput(criteriaSchema, criteria, 'criteria');
    const how = weighting === undefined ? undefined : parseInput(salesWeightingSchema, weighting, 'weighting');
    if (how?.ahpMatrix && how.ahpMatrix.length !== list.length)
      throw new ArranjoError(
        'INVALID_INPUT',
        `weighting.ahpMatrix: ${how.ahpMatrix.length} × ${how.ahpMatrix.length} judgements for ${list.length} criteria; judge every pair of the criteria.`,
        { column: 'ahpMatrix' },
      );
    if (how?.origin === 'ahp' && !how.ahpMatrix)
      throw new ArranjoError('INVALID_INPUT', 'weighting.ahpMatrix: weights from AHP need the pairwise matrix they came from.', {
        column: 'ahpMatrix',
      });
    const kept =
      plan.ahpMatrix && plan.ahpMatrix.length === list.length
        ? { origin: plan.weightOrigin, ahpMatrix: plan.ahpMatrix }
        : { origin: 'direct' as const, ahpMatrix: null };
    const next = how ?? kept;
    const existing = new Set(this.repo.criteria(plan.id).map((c) => c.id));
    const scopes: Scope[] = [
      { table: 'attraction_plan', column: 'id', value: plan.id },
      { table: 'attraction_criterion', column: 'plan_id', value: plan.id },
      ...[...existing].map((id) => ({ table: 'prospect_criterion_value' as const, column: 'criterion_id', value: id })),
    ];
    this.edits.run(
      'setCriteria',
      scopes,
      () => {
        this.repo.update(PLAN, plan.id, { weightOrigin: next.origin, ahpMatrix: next.ahpMatrix });
        const keep = new Set(list.map((c) => c.id).filter((id): id is number => id !== undefined && existing.has(id)));
        for (const id of existing) if (!keep.has(id)) this.repo.delete(CRITERION, id);
        list.forEach((c, position) => {
          if (c.id !== undefined && keep.has(c.id)) this.repo.update(CRITERION, c.id, { ...c, position });
          else this.repo.insert(CRITERION, { ...c, id: undefined, planId: plan.id, position });
        });
        return { result: null };
      },
      this.planName(plan),
    );
    return this.view(plan.id);
  }

  addIncentive(planId: number, input: IncentiveInput): PlanView {
    const plan = this.plan(planId);
    const data = parseInput(incentiveInputSchema, input, 'incentive');
    this.edits.run(
      'addIncentive',
      [{ table: 'attraction_incentive', column: 'plan_id', value: plan.id }],
      () => {
        this.repo.insert(INCENTIVE, { ...data, planId: plan.id });
        return { result: null };
      },
      this.planName(plan),
    );
    return this.view(plan.id);
  }

  deleteIncentive(planId: number, incentiveId: number): PlanView {
    const plan = this.plan(planId);
    this.edits.run(
      'deleteIncentive',
      [{ table: 'attraction_incentive', column: 'plan_id', value: plan.id }],
      () => {
        this.repo.deleteIncentive(plan.id, parseInput(idSchema, incentiveId, 'incentiveId'));
        return { result: null };
      },
      this.planName(plan),
    );
    return this.view(plan.id);
  }

  addAction(planId: number, input: ActionInput): PlanView {
    const plan = this.plan(planId);
    const data = parseInput(actionInputSchema, input, 'action');
    this.edits.run(
      'addAction',
      [{ table: 'attraction_action', column: 'plan_id', value: plan.id }],
      () => {
        this.repo.insert(ACTION, { ...data, planId: plan.id });
        return { result: null };
      },
      this.planName(plan),
    );
    return this.view(plan.id);
  }

  updateAction(planId: number, actionId: number, patch: Partial<ActionInput>): PlanView {
    const plan = this.plan(planId);
    const changes = parseInput(actionInputSchema.partial(), patch, 'action');
    this.edits.run(
      'updateAction',
      [{ table: 'attraction_action', column: 'plan_id', value: plan.id }],
      () => {
        this.repo.update(ACTION, parseInput(idSchema, actionId, 'actionId'), changes);
        return { result: null };
      },
      this.planName(plan),
    );
    return this.view(plan.id);
  }
}
