import type { Connection } from '../../db/connection';
import type { History } from '../../engine/history';
import { ArranjoError } from '../../errors';
import { ChangeLogRepository } from '../../repositories/change-log-repository';
import { parseInput, refuseField } from '../../rpc/validate';
import { initiativeCodes } from '../initiatives';
import { checkActualParts } from './actual-parts';
import { disaggregate, disaggregateEntered, type DisaggregationTable } from './disaggregate';
import { parsePeriod } from './periods';
import { ActionRepository } from './action-repository';
import { ProgrammeImageRepository } from './programme-image-repository';
import { ProgrammeRepository } from './programme-repository';
import { actionsIn, monitorIndicator } from './rollup';
import {
  actionInputSchema,
  drillQuerySchema,
  indicatorInputSchema,
  monitorQuerySchema,
  objectiveInputSchema,
  programmeInputSchema,
  resultInputSchema,
  targetsInputSchema,
  type ActionInput,
  type DrillQuery,
  type IndicatorInput,
  type MonitorQuery,
  type ObjectiveInput,
  type ProgrammeInput,
  type ResultInput,
  type TargetsInput,
} from './schemas';
import type { Action, Framework, Indicator, MonitorRow, Programme, ProgrammeSummary } from './types';
import { isBuiltin } from './types';

/** A period outside the programme's span, in the words the import and the editor both use. */
export function periodOutside(programme: Pick<Programme, 'name' | 'startDate' | 'endDate'>, period: string): string | null {
  const p = parsePeriod(period);
  if (!p) return null;
  if ((programme.startDate && p.end < programme.startDate) || (programme.endDate && p.start > programme.endDate)) {
    return `period ${period} is outside programme "${programme.name}" (${programme.startDate ?? '…'} to ${programme.endDate ?? '…'}): change the period or the programme's dates.`;
  }
  return null;
}

/**
 * An action's start day outside the programme's span: a typo (1925 for 2025) that no period's actual
 * counts, yet the actions tab, the reach map and the workbook add up.
 */
export function dayOutside(programme: Pick<Programme, 'name' | 'startDate' | 'endDate'>, day: string): string | null {
  if ((programme.startDate && day < programme.startDate) || (programme.endDate && day > programme.endDate)) {
    return `the action starts on ${day}, outside programme "${programme.name}" (${programme.startDate ?? '…'} to ${programme.endDate ?? '…'}): correct the date or the programme's dates.`;
  }
  return null;
}

/**
 * Programme monitoring: programmes, results framework, targets and actions. Every edit is one
 * transaction, logged, and undoable: the History keeps the programme's rows before and after.
 */
export class ProgrammeService {
  private readonly repo: ProgrammeRepository;
  private readonly actionRepo: ActionRepository;
  private readonly images: ProgrammeImageRepository;
  private readonly log: ChangeLogRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
  ) {
    this.repo = new ProgrammeRepository(conn);
    this.actionRepo = new ActionRepository(conn);
    this.images = new ProgrammeImageRepository(conn);
    this.log = new ChangeLogRepository(conn);
  }

  list(): ProgrammeSummary[] {
    return this.repo.list();
  }

  private programme(id: number): Programme {
    const p = this.repo.get(id);
    if (!p) throw new ArranjoError('NOT_FOUND', `Programme ${id} does not exist.`);
    return p;
  }

  private indicator(id: number): Indicator {
    const i = this.repo.indicator(id);
    if (!i) throw new ArranjoError('NOT_FOUND', `Indicator ${id} does not exist.`);
    return i;
  }

  /** Runs an edit of one programme as a single undoable step. */
  private edit<T>(programmeId: number | null, label: string, work: () => { id: number; value: T }): T {
    const before = programmeId === null ? null : this.images.image(programmeId);
    const { id, value, after } = this.conn.transaction(() => {
      const done = work();
      const image = this.images.image(done.id);
      this.log.append({
        at: this.now(),
        entity: 'programme',
        entityId: String(done.id),
        action: before === null ? 'insert' : image === null ? 'delete' : 'update',
        before: null,
        after: { label },
      });
      return { ...done, after: image };
    });
    // What the undo message names ("Programa teste (Programas)"), not only the area.
    const name = (after ?? before)?.programme['name'];
    this.history.record({
      label,
      ...(typeof name === 'string' ? { subject: { area: 'programmes', target: name } } : {}),
      undo: () => this.conn.transaction(() => this.images.restore(id, before)),
      redo: () => this.conn.transaction(() => this.images.restore(id, after)),
    });
    return value;
  }

  save(input: ProgrammeInput): Programme {
    const data = parseInput(programmeInputSchema, input, 'programme');
    // Up to case, accents and punctuation, as `arranjo programme --name` finds a programme: "produzir mg"
    // beside "PRODUZIR MG" made two programmes no planner could tell apart by name.
    const same = this.repo.lookAlikes(data.name).find((p) => p.id !== data.id);
    if (same) throw refuseField('name', 'duplicate', { value: data.name }, `a programme named "${same.name}" exists.`);
    const row = { ...data };
    if (data.id !== undefined) {
      const id = data.id;
      this.programme(id);
      this.refuseLeavingOutside(id, data);
      return this.edit(id, 'programme.update', () => {
        this.repo.update(id, row);
        return { id, value: this.programme(id) };
      });
    }
    return this.edit(null, 'programme.create', () => {
      const id = this.repo.insert(row);
      return { id, value: this.programme(id) };
    });
  }

  /**
   * New dates that would leave targets or actions outside the programme: the editor would then
   * refuse every save of those targets and actions, while the monitor kept counting them.
   */
  private refuseLeavingOutside(id: number, dates: Pick<Programme, 'name' | 'startDate' | 'endDate'>): void {
    const outside = [
      ...this.repo
        .targets(id)
        .filter((t) => periodOutside(dates, t.period) !== null)
        .map((t) => ({ day: parsePeriod(t.period)?.start ?? t.period, first: t.period })),
      ...this.actionRepo
        .actions(id)
        .filter((a) => dayOutside(dates, a.startDate) !== null)
        .map((a) => ({ day: a.startDate, first: a.startDate })),
    ].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    const first = outside[0];
    if (!first) return;
    const before = dates.startDate !== null && first.day < dates.startDate;
    throw refuseField(
      before ? 'startDate' : 'endDate',
      'leaves-outside',
      { count: outside.length, first: first.first },
      `these dates would leave ${outside.length} of its targets or actions outside the programme (the first in ${first.first}): change them first, or choose dates that include them.`,
    );
  }

  delete(id: number): void {
    this.programme(id);
    this.edit(id, 'programme.delete', () => {
      this.images.restore(id, null);
      return { id, value: undefined };
    });
  }

  framework(id: number): Framework {
    return {
      programme: this.programme(id),
      objectives: this.repo.objectives(id),
      results: this.repo.results(id),
      indicators: this.repo.indicators(id),
      targets: this.repo.targets(id),
      parts: this.repo.parts(id),
    };
  }

  saveObjective(input: ObjectiveInput): Framework {
    const data = parseInput(objectiveInputSchema, input, 'objective');
    this.programme(data.programmeId);
    return this.edit(data.programmeId, 'programme.objective', () => {
      this.repo.upsertObjective(data.programmeId, data.id ?? null, data.code, data.title);
      return { id: data.programmeId, value: this.framework(data.programmeId) };
    });
  }

  deleteObjective(id: number): Framework {
    const programmeId = this.repo.objectiveProgramme(id);
    if (programmeId === null) throw new ArranjoError('NOT_FOUND', `Objective ${id} does not exist.`);
    return this.edit(programmeId, 'programme.objective.delete', () => {
      this.repo.deleteObjective(id);
      return { id: programmeId, value: this.framework(programmeId) };
    });
  }

  saveResult(input: ResultInput): Framework {
    const data = parseInput(resultInputSchema, input, 'result');
    const programmeId = this.repo.objectiveProgramme(data.objectiveId);
    if (programmeId === null) throw new ArranjoError('NOT_FOUND', `Objective ${data.objectiveId} does not exist.`);
    return this.edit(programmeId, 'programme.result', () => {
      this.repo.upsertResult(data.objectiveId, data.id ?? null, data.code, data.title);
      return { id: programmeId, value: this.framework(programmeId) };
    });
  }

  deleteResult(id: number): Framework {
    const programmeId = this.repo.resultProgramme(id);
    if (programmeId === null) throw new ArranjoError('NOT_FOUND', `Result ${id} does not exist.`);
    return this.edit(programmeId, 'programme.result.delete', () => {
      this.repo.deleteResult(id);
      return { id: programmeId, value: this.framework(programmeId) };
    });
  }

  saveIndicator(input: IndicatorInput): Indicator {
    const data = parseInput(indicatorInputSchema, input, 'indicator');
    this.programme(data.programmeId);
    const same = this.repo.indicatorByCode(data.programmeId, data.code);
    if (same && same.id !== data.id)
      throw refuseField('code', 'duplicate', { value: data.code }, `the programme has an indicator ${data.code}.`);
    if (data.resultId !== null && this.repo.resultProgramme(data.resultId) !== data.programmeId)
      throw new ArranjoError('NOT_FOUND', `Result ${data.resultId} is not in this programme.`);
    return this.edit(data.programmeId, 'programme.indicator', () => {
      let id = data.id;
      if (id !== undefined) this.repo.updateIndicator(this.indicator(id).id, data);
      else id = this.repo.insertIndicator(data.programmeId, data);
      return { id: data.programmeId, value: this.indicator(id) };
    });
  }

  deleteIndicator(id: number): void {
    const indicator = this.indicator(id);
    this.edit(indicator.programmeId, 'programme.indicator.delete', () => {
      this.repo.deleteIndicator(id);
      return { id: indicator.programmeId, value: undefined };
    });
  }

  /** Replaces every target of an indicator (the editor's grid of periods). */
  setTargets(input: TargetsInput): Framework {
    const data = parseInput(targetsInputSchema, input, 'targets');
    const indicator = this.indicator(data.indicatorId);
    const programme = this.programme(indicator.programmeId);
    const seen = new Set<string>();
    data.targets.forEach((t, i) => {
      const outside = periodOutside(programme, t.period);
      if (outside)
        throw refuseField(
          `targets.${i}.period`,
          'outside-programme',
          { start: programme.startDate ?? '', end: programme.endDate ?? '' },
          outside,
        );
      // A target on the wrong side of its baseline scores a negative achievement (−60 % for a target
      // of −5 over a baseline of 0 and an actual of 3): a sign or direction typed wrong.
      const wrongSide = indicator.direction === 'lower-better' ? t.target > t.baseline : t.target < t.baseline;
      if (wrongSide)
        throw refuseField(
          `targets.${i}.target`,
          'target-direction',
          { direction: indicator.direction },
          `the target ${t.target} of ${t.period} is on the wrong side of its baseline ${t.baseline} for an indicator where ${indicator.direction === 'lower-better' ? 'lower' : 'higher'} is better.`,
        );
      if (seen.has(t.period))
        throw refuseField(`targets.${i}.period`, 'duplicate', { value: t.period }, `period ${t.period} is given twice.`);
      seen.add(t.period);
    });
    checkActualParts(indicator, data.targets, (code) => this.actionRepo.municipalityExists(code));
    return this.edit(programme.id, 'programme.targets', () => {
      this.repo.deleteTargets(indicator.id);
      for (const { parts, ...t } of data.targets) {
        this.repo.upsertTarget({ indicatorId: indicator.id, ...t, actual: isBuiltin(indicator.code) ? null : t.actual });
        for (const p of parts) this.repo.insertPart({ indicatorId: indicator.id, period: t.period, ...p });
      }
      return { id: programme.id, value: this.framework(programme.id) };
    });
  }

  actions(programmeId: number): Action[] {
    this.programme(programmeId);
    return this.actionRepo.actions(programmeId);
  }

  saveAction(input: ActionInput): Action {
    const data = parseInput(actionInputSchema, input, 'action');
    const programme = this.programme(data.programmeId);
    const outside = dayOutside(programme, data.startDate);
    if (outside)
      throw refuseField('startDate', 'outside-programme', { start: programme.startDate ?? '', end: programme.endDate ?? '' }, outside);
    if (this.actionRepo.actionCodeTaken(data.programmeId, data.code, data.id ?? null))
      throw refuseField('code', 'duplicate', { value: data.code }, `the programme has an action ${data.code}: give another code.`);
    if (!this.actionRepo.municipalityExists(data.municipalityCode))
      throw refuseField(
        'municipalityCode',
        'not-a-municipality',
        { value: String(data.municipalityCode), count: 1 },
        `${data.municipalityCode} is not an IBGE municipality code.`,
      );
    if (data.siteId !== null && !this.actionRepo.siteExists(data.siteId))
      throw new ArranjoError('NOT_FOUND', `Site ${data.siteId} does not exist.`);
    if (data.initiativeCode !== null) {
      const initiative = initiativeCodes(this.conn).get(data.initiativeCode.toLowerCase());
      if (!initiative)
        throw refuseField(
          'initiativeCode',
          'not-found',
          { value: data.initiativeCode },
          `there is no initiative with code "${data.initiativeCode}" in the registry (Polos e iniciativas): pick one from it or leave it empty.`,
        );
      data.initiativeCode = initiative.code;
    }
    return this.edit(data.programmeId, data.id ? 'programme.action.update' : 'programme.action.create', () => {
      let id = data.id;
      if (id !== undefined) this.actionRepo.updateAction(id, data);
      else id = this.actionRepo.upsertAction(data.programmeId, data).id;
      const saved = this.actionRepo.action(id);
      if (!saved) throw new ArranjoError('NOT_FOUND', `Action ${id} does not exist.`);
      return { id: data.programmeId, value: saved };
    });
  }

  deleteAction(id: number): void {
    const action = this.actionRepo.action(id);
    if (!action) throw new ArranjoError('NOT_FOUND', `Action ${id} does not exist.`);
    this.edit(action.programmeId, 'programme.action.delete', () => {
      this.actionRepo.deleteAction(id);
      return { id: action.programmeId, value: undefined };
    });
  }

  /** Target against actual for every indicator and target period. */
  monitor(query: MonitorQuery): MonitorRow[] {
    const q = parseInput(monitorQuerySchema, query, 'monitor');
    const programme = this.programme(q.programmeId);
    const targets = this.repo.targets(programme.id);
    const actions = this.actionRepo.actions(programme.id);
    const thresholds = { green: programme.ragGreen, amber: programme.ragAmber };
    return this.repo.indicators(programme.id).flatMap((i) =>
      monitorIndicator(
        i,
        targets.filter((t) => t.indicatorId === i.id),
        actions,
        thresholds,
        q.view,
      ),
    );
  }

  /** "Why this value": the actions behind a built-in indicator's actual in a period. */
  drill(query: DrillQuery): Action[] {
    return this.drillActions(query).actions;
  }

  /**
   * The actual of an indicator in a period, broken down by the dimensions it asks for: a built-in's
   * from its actions, a custom one's from the parts entered with its actuals.
   */
  disaggregation(query: DrillQuery): DisaggregationTable[] {
    const { indicator, actions } = this.drillActions(query);
    if (isBuiltin(indicator.code)) return disaggregate(indicator, actions);
    const q = parseInput(drillQuerySchema, query, 'drill');
    return disaggregateEntered(indicator, this.repo.parts(indicator.programmeId, indicator.id), q.period, q.view);
  }

  private drillActions(query: DrillQuery): { indicator: Indicator; actions: Action[] } {
    const q = parseInput(drillQuerySchema, query, 'drill');
    const indicator = this.indicator(q.indicatorId);
    const period = parsePeriod(q.period);
    if (!period || !isBuiltin(indicator.code)) return { indicator, actions: [] };
    const cumulative = q.view === 'native' ? indicator.cumulative : q.view === 'cumulative';
    return { indicator, actions: actionsIn(this.actionRepo.actions(indicator.programmeId), cumulative ? null : period.start, period.end) };
  }
}
