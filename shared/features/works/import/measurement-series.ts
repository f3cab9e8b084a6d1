import type { Connection } from '../../../db/connection';
import type { WorkStatus } from '../types';
import { WorkImportRepository } from '../work-import-repository';
import { committedBeyondBudget, workFirstDay } from '../measurement-rules';

/** A measurement of a work's cumulative series (committed and disbursed too: a wide sheet may carry them forward). */
export interface Point {
  date: string;
  physicalProgress: number;
  committed: number;
  disbursed: number;
  correction: boolean;
  /** The file row, or null for a measurement already in the workspace. */
  row: number | null;
}

/** What a measurements import checks against: work codes and the measurements already recorded. */
export interface MeasurementImportContext {
  works: ReadonlyMap<string, number>;
  /** Each work's first day (`workFirstDay`): no progress before it. */
  starts: ReadonlyMap<number, string>;
  /** Each work's planned budget: a committed amount far beyond it is said. */
  budgets: ReadonlyMap<number, number>;
  /** Works recorded as not begun (planned, tendering): progress measured on them is said. */
  unstarted: ReadonlySet<number>;
  existing: ReadonlyMap<number, Point[]>;
}

/** The statuses of a work not begun: no progress can be measured on it yet. */
const UNSTARTED: ReadonlySet<string> = new Set<WorkStatus>(['planned', 'tendering']);

export function loadMeasurementImportContext(conn: Connection): MeasurementImportContext {
  const repo = new WorkImportRepository(conn);
  const existing = new Map<number, Point[]>();
  repo.eachMeasurementPoint((r) => {
    const list = existing.get(r.work_id) ?? [];
    list.push({
      date: r.measured_on,
      physicalProgress: r.physical_progress,
      committed: r.committed,
      disbursed: r.disbursed,
      correction: r.correction === 1,
      row: null,
    });
    existing.set(r.work_id, list);
  });
  const works = repo.measuredWorksById();
  const starts = new Map([...works].map(([id, work]) => [id, workFirstDay(work)]));
  const budgets = new Map([...works].map(([id, work]) => [id, work.budgetPlanned]));
  const unstarted = new Set([...works].filter(([, work]) => UNSTARTED.has(work.status)).map(([id]) => id));
  return { works: repo.workIdsByCode(), starts, budgets, unstarted, existing };
}

/** Per work, its points by date as the file goes: the workspace's, replaced by the file's of the same date. */
export class MeasurementSeries {
  private readonly series = new Map<number, Map<string, Point>>();

  constructor(private readonly ctx: MeasurementImportContext) {}

  of(workId: number): Map<string, Point> {
    let s = this.series.get(workId);
    if (!s) {
      s = new Map((this.ctx.existing.get(workId) ?? []).map((p) => [p.date, p]));
      this.series.set(workId, s);
    }
    return s;
  }

  /** The work's first day (`workFirstDay`). */
  startOf(workId: number): string | undefined {
    return this.ctx.starts.get(workId);
  }

  /**
   * The work's planned budget, and the committed amount as a % of it, the first time a committed amount
   * lies beyond what a contract may reach (`committedBeyondBudget`), else null: one warning per work,
   * not one per month.
   */
  budgetExceededBy(workId: number, committed: number): { budget: number; percent: number } | null {
    const budget = this.ctx.budgets.get(workId);
    const percent = budget === undefined || this.overBudget.has(workId) ? null : committedBeyondBudget(committed, budget);
    if (budget === undefined || percent === null) return null;
    this.overBudget.add(workId);
    return { budget, percent };
  }

  private readonly overBudget = new Set<number>();

  /**
   * Whether progress measured on the work is the first on a work recorded as not begun (planned,
   * tendering): its status then says "Planejada" beside progress, even "Concluída". Once per work.
   */
  firstProgressOnUnstarted(workId: number, physical: number): boolean {
    if (physical <= 0 || !this.ctx.unstarted.has(workId) || this.saidUnstarted.has(workId)) return false;
    this.saidUnstarted.add(workId);
    return true;
  }

  private readonly saidUnstarted = new Set<number>();

  /** The latest point on or before `date` (the file's or the workspace's). */
  atOrBefore(workId: number, date: string): Point | null {
    let found: Point | null = null;
    for (const p of this.of(workId).values()) if (p.date <= date && (!found || p.date > found.date)) found = p;
    return found;
  }
}
