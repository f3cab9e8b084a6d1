import type { Connection } from '../../db/connection';
import type { History } from '../../engine/history';
import { ArranjoError } from '../../errors';
import { parseInput } from '../../rpc/validate';
import { BaselineRepository } from './baseline-repository';
import { baselineNameSchema } from './schemas';
import { WorkRepository } from './work-repository';

/**
 * Baselines: the portfolio's plan frozen under a name (budgets, dates, monthly schedules), kept
 * unchanged to compare the works with later; freezing and deleting one are undoable.
 */
export class BaselineService {
  private readonly works: WorkRepository;
  private readonly repo: BaselineRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
  ) {
    this.works = new WorkRepository(conn);
    this.repo = new BaselineRepository(conn);
  }

  freeze(name: string) {
    const baselineName = parseInput(baselineNameSchema, name, 'name');
    if (this.repo.byName(baselineName))
      throw new ArranjoError(
        'CONSTRAINT',
        `name: a baseline "${baselineName}" exists already; baselines cannot be changed, pick another name.`,
        { column: 'name' },
        { field: 'name', reason: 'duplicate', value: baselineName },
      );
    const schedules = this.works.schedules();
    const items = this.works.list().map((w) => ({
      workCode: w.code,
      title: w.title,
      budgetPlanned: w.budgetPlanned,
      plannedStart: w.plannedStart,
      plannedEnd: w.plannedEnd,
      schedule: schedules.get(w.id) ?? [],
    }));
    const frozenAt = this.now();
    const id = this.conn.transaction(() => this.repo.create(baselineName, frozenAt, items));
    this.history.record({
      label: 'work.baseline',
      undo: () => this.repo.delete(id),
      redo: () => this.repo.create(baselineName, frozenAt, items, id),
    });
    const created = this.repo.get(id);
    if (!created) throw new ArranjoError('INTERNAL', 'The baseline was not written.');
    return created;
  }

  delete(id: number): void {
    const before = this.repo.get(id);
    if (!before) throw new ArranjoError('NOT_FOUND', `Baseline ${id} does not exist.`);
    const items = this.repo.items(id);
    this.conn.transaction(() => this.repo.delete(id));
    this.history.record({
      label: 'work.baseline.delete',
      undo: () => this.repo.create(before.name, before.frozenAt, items, id),
      redo: () => this.repo.delete(id),
    });
  }
}
