import type { Connection } from '../../db/connection';
import type { Baseline, BaselineItem, ScheduleMonth } from './types';

/**
 * Named baselines: frozen copies of the plan. There is deliberately no update method: a baseline
 * is written once when frozen and can only be deleted as a whole (and that deletion is undoable).
 * The workspace check refuses triggers it did not create, so immutability lives here, in code.
 */
export class BaselineRepository {
  constructor(private readonly conn: Connection) {}

  list(): Baseline[] {
    return this.conn
      .all<{ id: number; name: string; frozen_at: string; works: number }>(
        `SELECT b.id, b.name, b.frozen_at, (SELECT count(*) FROM work_baseline_item i WHERE i.baseline_id = b.id) AS works
           FROM work_baseline b ORDER BY b.frozen_at, b.id`,
      )
      .map((r) => ({ id: r.id, name: r.name, frozenAt: r.frozen_at, works: r.works }));
  }

  get(id: number): Baseline | undefined {
    return this.list().find((b) => b.id === id);
  }

  byName(name: string): Baseline | undefined {
    return this.list().find((b) => b.name === name);
  }

  items(baselineId: number): BaselineItem[] {
    return this.conn
      .all<{ work_code: string; title: string; budget_planned: number; planned_start: string; planned_end: string; schedule: string }>(
        'SELECT * FROM work_baseline_item WHERE baseline_id = ? ORDER BY work_code',
        [baselineId],
      )
      .map((r) => ({
        workCode: r.work_code,
        title: r.title,
        budgetPlanned: r.budget_planned,
        plannedStart: r.planned_start,
        plannedEnd: r.planned_end,
        schedule: (JSON.parse(r.schedule) as [string, number][]).map(([month, plannedProgress]) => ({ month, plannedProgress })),
      }));
  }

  /** Writes a new baseline with its items; `id` when re-creating an undone deletion. */
  create(name: string, frozenAt: string, items: readonly BaselineItem[], id?: number): number {
    this.conn.run(
      `INSERT INTO work_baseline (${id === undefined ? '' : 'id, '}name, frozen_at) VALUES (${id === undefined ? '' : '?, '}?, ?)`,
      [...(id === undefined ? [] : [id]), name, frozenAt],
    );
    const baselineId = id ?? this.conn.lastInsertId();
    this.conn.runMany(
      `INSERT INTO work_baseline_item (baseline_id, work_code, title, budget_planned, planned_start, planned_end, schedule)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      items.map((i) => [
        baselineId,
        i.workCode,
        i.title,
        i.budgetPlanned,
        i.plannedStart,
        i.plannedEnd,
        JSON.stringify(i.schedule.map((s: ScheduleMonth) => [s.month, s.plannedProgress])),
      ]),
    );
    return baselineId;
  }

  delete(id: number): void {
    this.conn.run('DELETE FROM work_baseline WHERE id = ?', [id]);
  }
}
