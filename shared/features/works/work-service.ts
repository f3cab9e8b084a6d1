import type { Connection } from '../../db/connection';
import type { History } from '../../engine/history';
import { ArranjoError } from '../../errors';
import { ChangeLogRepository } from '../../repositories/change-log-repository';
import { IndicatorRepository } from '../../repositories/indicator-repository';
import { SiteRepository } from '../../repositories/site-repository';
import { parseInput, refuseField } from '../../rpc/validate';
import { groupMeasurements, portfolioRows, portfolioSCurve, type PortfolioInput } from './portfolio';
import { WorkRecordRepository } from './record-repository';
import {
  documentInputSchema,
  isoDateSchema,
  measurementInputSchema,
  milestoneInputSchema,
  riskInputSchema,
  sCurveScopeSchema,
  scheduleSchema,
  workInputSchema,
  workPatchSchema,
  type DocumentInput,
  type MeasurementInput,
  type MilestoneInput,
  type RiskInput,
  type WorkInput,
  type WorkInputParsed,
  type WorkPatch,
} from './schemas';
import type { Measurement, PortfolioRow, ScheduleMonth, Work, WorkDetail } from './types';
import { WorkRepository, type WorkFields } from './work-repository';
import { checkMeasurementSequence, workFirstDay } from './measurement-rules';

/** Everything a deleted work owned, to put it back on undo. */
interface WorkSnapshot {
  work: Work;
  detail: WorkDetail;
  batchId: number | null;
}

export function fieldsOf(work: Work): WorkFields {
  const { id: _id, siteCode: _c, siteName: _n, needs: _needs, ...fields } = work;
  return fields;
}

/** Works edits: validated, written in one transaction, logged and undoable (like site edits). */
export class WorkService {
  readonly works: WorkRepository;
  private readonly records: WorkRecordRepository;
  private readonly log: ChangeLogRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
    /** The day the workspace is read at (EngineContext.today): the status date when none is given. */
    private readonly today: () => string,
  ) {
    this.works = new WorkRepository(conn);
    this.records = new WorkRecordRepository(conn);
    this.log = new ChangeLogRepository(conn);
  }

  /** The status date given, or the workspace's day (today; a demo's own day). */
  statusDate(date?: string): string {
    return date === undefined ? this.today() : parseInput(isoDateSchema, date, 'statusDate');
  }

  /** The works of a district (or all) with their measurements and schedules; `workId` narrows the measurements read to one work. */
  portfolioInput(siteId?: number, workId?: number): PortfolioInput {
    return {
      works: this.works.list(siteId),
      measurements: groupMeasurements(this.works.measurements(workId, siteId)),
      schedules: this.works.schedules(),
    };
  }

  portfolio(statusDate?: string, siteId?: number): PortfolioRow[] {
    return portfolioRows(this.portfolioInput(siteId), this.statusDate(statusDate));
  }

  /** The S-curve of the portfolio, a district's works, one work, or the works listed (the grid's rows as filtered). */
  sCurve(options: { statusDate?: string; siteId?: number; workId?: number; workIds?: readonly number[] } = {}) {
    const scope = parseInput(sCurveScopeSchema, options, 'options');
    const input = this.portfolioInput(scope.siteId, scope.workId);
    const only = scope.workId !== undefined ? [scope.workId] : scope.workIds;
    return portfolioSCurve(input, this.statusDate(scope.statusDate), only === undefined ? undefined : new Set(only));
  }

  private existing(id: number): Work {
    const work = this.works.get(id);
    if (!work) throw new ArranjoError('NOT_FOUND', `Work ${id} does not exist.`);
    return work;
  }

  detail(id: number): WorkDetail {
    return {
      work: this.existing(id),
      measurements: this.works.measurements(id),
      schedule: this.works.schedule(id),
      milestones: this.records.milestones(id),
      risks: this.records.risks(id),
      documents: this.records.documents(id),
    };
  }

  private checkReferences(
    siteId: number | undefined,
    code: string | undefined,
    needs: readonly string[] | undefined,
    exceptId?: number,
  ): void {
    if (siteId !== undefined && !new SiteRepository(this.conn).exists(siteId))
      throw new ArranjoError(
        'INVALID_INPUT',
        `siteId: there is no site ${siteId}.`,
        { column: 'siteId' },
        { field: 'siteId', reason: 'invalid' },
      );
    if (code !== undefined) {
      const other = this.works.byCode(code);
      if (other && other.id !== exceptId)
        throw new ArranjoError(
          'CONSTRAINT',
          `code: "${code}" is already used by another work.`,
          { column: 'code' },
          { field: 'code', reason: 'duplicate', value: code },
        );
    }
    for (const need of needs ?? []) {
      if (!new IndicatorRepository(this.conn).get(need))
        throw new ArranjoError(
          'INVALID_INPUT',
          `needs: "${need}" is not an indicator of this workspace.`,
          { column: 'needs' },
          { field: 'needs', reason: 'invalid' },
        );
    }
  }

  create(input: WorkInput): Work {
    const { needs, ...data } = parseInput(workInputSchema, input, 'work');
    const fields = normalize(data);
    this.checkReferences(fields.siteId, fields.code, needs);
    const id = this.conn.transaction(() => {
      const newId = this.works.insert(fields);
      if (needs) this.works.setNeeds(newId, needs);
      this.log.append({ at: this.now(), entity: 'work', entityId: String(newId), action: 'insert', before: null, after: fields });
      return newId;
    });
    const created = this.existing(id);
    this.history.record({
      label: 'work.create',
      undo: () => this.works.delete(id),
      redo: () => {
        this.works.insert(fields, null, id);
        this.works.setNeeds(id, created.needs);
      },
    });
    return created;
  }

  update(id: number, patch: WorkPatch): Work {
    const before = this.existing(id);
    const { needs, ...changes } = parseInput(workPatchSchema, patch, 'work');
    const merged = { ...fieldsOf(before), ...changes };
    const ordered = workInputSchema.safeParse({ ...merged, needs: undefined });
    if (!ordered.success) parseInput(workInputSchema, { ...merged }, 'work');
    this.checkReferences(changes.siteId, changes.code, needs, id);
    if (changes.plannedStart !== undefined || changes.actualStart !== undefined) this.checkStartKeepsMeasurements(before, merged);
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof Work]])) as Partial<WorkFields>;
    const previousNeeds = before.needs;
    const apply = changes as Partial<WorkFields>;
    this.conn.transaction(() => {
      this.works.update(id, apply);
      if (needs) this.works.setNeeds(id, needs);
      this.log.append({
        at: this.now(),
        entity: 'work',
        entityId: String(id),
        action: 'update',
        before: { ...previous, needs: previousNeeds },
        after: { ...apply, needs },
      });
    });
    this.history.record({
      label: 'work.update',
      undo: () => {
        this.works.update(id, previous);
        if (needs) this.works.setNeeds(id, previousNeeds);
      },
      redo: () => {
        this.works.update(id, apply);
        if (needs) this.works.setNeeds(id, needs);
      },
    });
    return this.existing(id);
  }

  /**
   * A later start must not leave progress measured before it (the form and the import refuse such a
   * measurement): the planner corrects the measurements first, or picks a start that includes them.
   */
  private checkStartKeepsMeasurements(before: Work, after: { plannedStart: string; actualStart: string | null }): void {
    const start = workFirstDay(after);
    if (start <= workFirstDay(before)) return;
    const stranded = this.works
      .measurements(before.id)
      .filter((m) => m.physicalProgress > 0 && m.date < start)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const first = stranded[0];
    if (!first) return;
    // Named at the start that moved: the actual one when it is the work's first day, else the planned one.
    const field = after.actualStart !== null && after.actualStart === start ? 'actualStart' : 'plannedStart';
    throw refuseField(
      field,
      'measured-before',
      { count: stranded.length, first: first.date },
      `this start would leave ${stranded.length} measurement(s) with progress before it (the first on ${first.date}): correct them first, or choose a start that includes them.`,
    );
  }

  delete(id: number): void {
    const snapshot: WorkSnapshot = { work: this.existing(id), detail: this.detail(id), batchId: this.works.batchOf(id) };
    this.conn.transaction(() => {
      this.works.delete(id);
      this.log.append({ at: this.now(), entity: 'work', entityId: String(id), action: 'delete', before: snapshot.work, after: null });
    });
    this.history.record({ label: 'work.delete', undo: () => this.restore(snapshot), redo: () => this.works.delete(id) });
  }

  private restore({ work, detail, batchId }: WorkSnapshot): void {
    this.works.insert(fieldsOf(work), null, work.id);
    this.works.setBatch(work.id, batchId, null);
    this.works.setNeeds(work.id, work.needs);
    for (const m of detail.measurements) this.works.upsertMeasurement(m);
    this.works.setSchedule(work.id, detail.schedule);
    for (const m of detail.milestones) this.records.insertMilestone(m, m.id);
    for (const r of detail.risks) this.records.insertRisk(r, r.id);
    for (const d of detail.documents) this.records.insertDocument(d, d.id);
  }

  /** Adds or replaces the measurement of a date; a drop in physical progress needs the correction flag. */
  saveMeasurement(input: MeasurementInput): Measurement {
    const m = parseInput(measurementInputSchema, input, 'measurement');
    const work = this.existing(m.workId);
    // No progress before the work began, as the import refuses it.
    const start = workFirstDay(work);
    if (m.physicalProgress > 0 && m.date < start)
      throw new ArranjoError(
        'INVALID_INPUT',
        `date: ${m.physicalProgress}% measured on ${m.date}, before the work began on ${start}; correct the date, or the work's actual start if it began earlier.`,
        { column: 'date' },
        { field: 'date', reason: 'before-start', start },
      );
    const others = this.works.measurements(m.workId).filter((x) => x.date !== m.date);
    const problem = checkMeasurementSequence([...others, m]).find((p) => p.date === m.date);
    if (problem)
      throw new ArranjoError(
        'INVALID_INPUT',
        `physicalProgress: ${problem.message}`,
        { column: 'physicalProgress' },
        {
          field: 'physicalProgress',
          reason: 'progress-below-previous',
          value: problem.point.physicalProgress,
          previous: problem.previous.physicalProgress,
          date: problem.previous.date,
        },
      );
    // Nor above the next measurement (unless that one corrects it): progress would fall after this date.
    const next = others.filter((x) => x.date > m.date).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (next && next.physicalProgress < m.physicalProgress && !next.correction)
      throw new ArranjoError(
        'INVALID_INPUT',
        `physicalProgress: physical progress ${m.physicalProgress}% on ${m.date} is above the ${next.physicalProgress}% measured later, on ${next.date}; progress is cumulative — fix the value, or mark the later measurement as a correction.`,
        { column: 'physicalProgress' },
        {
          field: 'physicalProgress',
          reason: 'progress-above-next',
          value: m.physicalProgress,
          next: next.physicalProgress,
          date: next.date,
        },
      );
    const before = this.works.measurement(m.workId, m.date);
    this.conn.transaction(() => {
      this.works.upsertMeasurement(m);
      this.log.append({
        at: this.now(),
        entity: 'work_measurement',
        entityId: `${m.workId}|${m.date}`,
        action: before ? 'update' : 'insert',
        before: before ?? null,
        after: m,
      });
    });
    this.history.record({
      label: 'work.measurement',
      undo: () =>
        before
          ? this.works.upsertMeasurement(before, before.batchId === null ? null : { id: before.batchId, row: 0 })
          : this.works.deleteMeasurement(m.workId, m.date),
      redo: () => this.works.upsertMeasurement(m),
    });
    return m;
  }

  deleteMeasurement(workId: number, date: string): void {
    const before = this.works.measurement(workId, parseInput(isoDateSchema, date, 'date'));
    if (!before) throw new ArranjoError('NOT_FOUND', `Work ${workId} has no measurement on ${date}.`);
    this.conn.transaction(() => this.works.deleteMeasurement(workId, before.date));
    this.history.record({
      label: 'work.measurement.delete',
      undo: () => this.works.upsertMeasurement(before, before.batchId === null ? null : { id: before.batchId, row: 0 }),
      redo: () => this.works.deleteMeasurement(workId, before.date),
    });
  }

  setSchedule(workId: number, months: ScheduleMonth[]): ScheduleMonth[] {
    const next = parseInput(scheduleSchema, months, 'schedule');
    this.existing(workId);
    const before = this.works.schedule(workId);
    this.conn.transaction(() => this.works.setSchedule(workId, next));
    this.history.record({
      label: 'work.schedule',
      undo: () => this.works.setSchedule(workId, before),
      redo: () => this.works.setSchedule(workId, next),
    });
    return this.works.schedule(workId);
  }

  addMilestone(input: MilestoneInput): WorkDetail {
    const m = parseInput(milestoneInputSchema, input, 'milestone');
    this.existing(m.workId);
    const id = this.conn.transaction(() => this.records.insertMilestone(m));
    this.history.record({
      label: 'work.milestone',
      undo: () => this.records.deleteMilestone(id),
      redo: () => this.records.insertMilestone(m, id),
    });
    return this.detail(m.workId);
  }

  deleteMilestone(id: number): void {
    const before = this.records.milestones().find((m) => m.id === id);
    if (!before) throw new ArranjoError('NOT_FOUND', `Milestone ${id} does not exist.`);
    this.conn.transaction(() => this.records.deleteMilestone(id));
    this.history.record({
      label: 'work.milestone.delete',
      undo: () => this.records.insertMilestone(before, id),
      redo: () => this.records.deleteMilestone(id),
    });
  }

  addRisk(input: RiskInput): WorkDetail {
    const r = parseInput(riskInputSchema, input, 'risk');
    this.existing(r.workId);
    const id = this.conn.transaction(() => this.records.insertRisk(r));
    this.history.record({ label: 'work.risk', undo: () => this.records.deleteRisk(id), redo: () => this.records.insertRisk(r, id) });
    return this.detail(r.workId);
  }

  addDocument(input: DocumentInput): WorkDetail {
    const d = parseInput(documentInputSchema, input, 'document');
    this.existing(d.workId);
    const id = this.conn.transaction(() => this.records.insertDocument(d));
    this.history.record({
      label: 'work.document',
      undo: () => this.records.deleteDocument(id),
      redo: () => this.records.insertDocument(d, id),
    });
    return this.detail(d.workId);
  }
}

function normalize(data: Omit<WorkInputParsed, 'needs'>): WorkFields {
  return {
    siteId: data.siteId,
    code: data.code,
    title: data.title,
    category: data.category,
    fundingSource: data.fundingSource ?? null,
    agency: data.agency ?? null,
    contractor: data.contractor ?? null,
    contractNumber: data.contractNumber ?? null,
    contractValue: data.contractValue ?? null,
    budgetPlanned: data.budgetPlanned,
    plannedStart: data.plannedStart,
    plannedEnd: data.plannedEnd,
    actualStart: data.actualStart ?? null,
    actualEnd: data.actualEnd ?? null,
    status: data.status,
    paralysisReason: data.paralysisReason ?? null,
    paralysisDate: data.paralysisDate ?? null,
    restartDate: data.restartDate ?? null,
    notes: data.notes ?? null,
    source: data.source,
    illustrative: data.illustrative,
  };
}
