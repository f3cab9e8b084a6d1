import type { SqlValue } from 'sql.js';
import type { Connection } from '../../db/connection';
import type { Measurement, ScheduleMonth, Work } from './types';

/** The fields of a work a user or an import writes (everything but ids, site names and needs). */
export type WorkFields = Omit<Work, 'id' | 'siteCode' | 'siteName' | 'needs'>;

/** The one place that knows how a work maps onto the `project` table. */
const COLUMNS = {
  siteId: 'site_id',
  code: 'code',
  title: 'title',
  category: 'category',
  fundingSource: 'funding_source',
  agency: 'agency',
  contractor: 'contractor',
  contractNumber: 'contract_number',
  contractValue: 'contract_value',
  budgetPlanned: 'budget_planned',
  plannedStart: 'planned_start',
  plannedEnd: 'planned_end',
  actualStart: 'actual_start',
  actualEnd: 'actual_end',
  status: 'status',
  paralysisReason: 'paralysis_reason',
  paralysisDate: 'paralysis_date',
  restartDate: 'restart_date',
  notes: 'notes',
  source: 'source',
  illustrative: 'illustrative',
} as const satisfies Record<keyof WorkFields, string>;

export const WORK_FIELD_NAMES = Object.keys(COLUMNS) as (keyof WorkFields)[];

type DbRow = Record<string, SqlValue>;

function toDb(field: keyof WorkFields, value: unknown): SqlValue {
  if (field === 'illustrative') return value ? 1 : 0;
  return (value ?? null) as SqlValue;
}

function toWork(row: DbRow, needs: string[]): Work {
  const work: Record<string, unknown> = {
    id: row.id,
    siteCode: row.site_code,
    siteName: row.site_name,
    needs,
  };
  for (const field of WORK_FIELD_NAMES) work[field] = row[COLUMNS[field]] ?? null;
  work.illustrative = row.illustrative === 1;
  work.source = row.source ?? '';
  return work as unknown as Work;
}

const SELECT = `SELECT p.*, s.code AS site_code, s.name AS site_name FROM project p JOIN site s ON s.id = p.site_id`;

export class WorkRepository {
  constructor(private readonly conn: Connection) {}

  private needsByWork(): Map<number, string[]> {
    const needs = new Map<number, string[]>();
    this.conn.each<{ work_id: number; indicator_code: string }>(
      'SELECT work_id, indicator_code FROM work_need ORDER BY work_id, indicator_code',
      [],
      (r) => {
        const list = needs.get(r.work_id);
        if (list) list.push(r.indicator_code);
        else needs.set(r.work_id, [r.indicator_code]);
      },
    );
    return needs;
  }

  list(siteId?: number): Work[] {
    const needs = this.needsByWork();
    const rows =
      siteId === undefined
        ? this.conn.all(`${SELECT} ORDER BY s.name, p.code`)
        : this.conn.all(`${SELECT} WHERE p.site_id = ? ORDER BY p.code`, [siteId]);
    return rows.map((r) => toWork(r, needs.get(Number(r.id)) ?? []));
  }

  /** How many works `list()` gives (the same join), without reading them: `export --projects` says it. */
  count(): number {
    return Number(this.conn.get<{ n: number }>('SELECT count(*) AS n FROM project p JOIN site s ON s.id = p.site_id')?.n ?? 0);
  }

  get(id: number): Work | undefined {
    const row = this.conn.get(`${SELECT} WHERE p.id = ?`, [id]);
    if (!row) return undefined;
    return toWork(row, this.needs(id));
  }

  byCode(code: string): Work | undefined {
    const row = this.conn.get<{ id: number }>('SELECT id FROM project WHERE code = ?', [code]);
    return row ? this.get(row.id) : undefined;
  }

  /** Work ids by code, for an import that checks thousands of rows. */
  idsByCode(): Map<string, number> {
    return new Map(this.conn.all<{ id: number; code: string }>('SELECT id, code FROM project').map((r) => [r.code, r.id]));
  }

  batchOf(id: number): number | null {
    const row = this.conn.get<{ batch_id: number | null }>('SELECT batch_id FROM project WHERE id = ?', [id]);
    return row?.batch_id ?? null;
  }

  needs(id: number): string[] {
    return this.conn
      .all<{ indicator_code: string }>('SELECT indicator_code FROM work_need WHERE work_id = ? ORDER BY indicator_code', [id])
      .map((r) => r.indicator_code);
  }

  setNeeds(id: number, codes: readonly string[]): void {
    this.conn.run('DELETE FROM work_need WHERE work_id = ?', [id]);
    this.conn.runMany(
      'INSERT INTO work_need (work_id, indicator_code) VALUES (?, ?)',
      codes.map((c) => [id, c]),
    );
  }

  insert(fields: WorkFields, batch: { id: number; row: number } | null = null, id?: number): number {
    const cols = WORK_FIELD_NAMES.map((f) => COLUMNS[f]);
    const values = WORK_FIELD_NAMES.map((f) => toDb(f, fields[f]));
    this.conn.run(
      `INSERT INTO project (${id === undefined ? '' : 'id, '}${cols.join(', ')}, batch_id, source_row)
       VALUES (${id === undefined ? '' : '?, '}${cols.map(() => '?').join(', ')}, ?, ?)`,
      [...(id === undefined ? [] : [id]), ...values, batch?.id ?? null, batch?.row ?? null],
    );
    return id ?? this.conn.lastInsertId();
  }

  update(id: number, patch: Partial<WorkFields>): void {
    const fields = WORK_FIELD_NAMES.filter((f) => f in patch);
    if (fields.length === 0) return;
    // Column names come from COLUMNS, never from input; values are bound.
    this.conn.run(`UPDATE project SET ${fields.map((f) => `${COLUMNS[f]} = ?`).join(', ')} WHERE id = ?`, [
      ...fields.map((f) => toDb(f, patch[f])),
      id,
    ]);
  }

  setBatch(id: number, batchId: number | null, row: number | null): void {
    this.conn.run('UPDATE project SET batch_id = ?, source_row = ? WHERE id = ?', [batchId, row, id]);
  }

  delete(id: number): void {
    this.conn.run('DELETE FROM project WHERE id = ?', [id]);
  }

  // ---- measurements

  /** Measurements by work and date: of one work, of the works of one district, or all. */
  measurements(workId?: number, siteId?: number): Measurement[] {
    const rows =
      workId !== undefined
        ? this.conn.all('SELECT * FROM work_measurement WHERE work_id = ? ORDER BY measured_on', [workId])
        : siteId !== undefined
          ? this.conn.all(
              'SELECT m.* FROM work_measurement m JOIN project p ON p.id = m.work_id WHERE p.site_id = ? ORDER BY m.work_id, m.measured_on',
              [siteId],
            )
          : this.conn.all('SELECT * FROM work_measurement ORDER BY work_id, measured_on');
    return rows.map(toMeasurement);
  }

  measurement(workId: number, date: string): (Measurement & { batchId: number | null }) | undefined {
    const row = this.conn.get('SELECT * FROM work_measurement WHERE work_id = ? AND measured_on = ?', [workId, date]);
    return row ? { ...toMeasurement(row), batchId: (row.batch_id as number | null) ?? null } : undefined;
  }

  upsertMeasurement(m: Measurement, batch: { id: number; row: number } | null = null): void {
    this.conn.run(
      `INSERT INTO work_measurement (work_id, measured_on, physical_progress, committed, disbursed, correction, batch_id, source_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (work_id, measured_on) DO UPDATE SET physical_progress = excluded.physical_progress,
         committed = excluded.committed, disbursed = excluded.disbursed, correction = excluded.correction,
         batch_id = excluded.batch_id, source_row = excluded.source_row`,
      [m.workId, m.date, m.physicalProgress, m.committed, m.disbursed, m.correction ? 1 : 0, batch?.id ?? null, batch?.row ?? null],
    );
  }

  deleteMeasurement(workId: number, date: string): void {
    this.conn.run('DELETE FROM work_measurement WHERE work_id = ? AND measured_on = ?', [workId, date]);
  }

  // ---- monthly schedule

  schedules(): Map<number, ScheduleMonth[]> {
    const map = new Map<number, ScheduleMonth[]>();
    this.conn.each<{ work_id: number; month: string; planned_progress: number }>(
      'SELECT work_id, month, planned_progress FROM work_schedule ORDER BY work_id, month',
      [],
      (r) => {
        const list = map.get(r.work_id) ?? [];
        list.push({ month: r.month, plannedProgress: r.planned_progress });
        map.set(r.work_id, list);
      },
    );
    return map;
  }

  schedule(workId: number): ScheduleMonth[] {
    return this.conn
      .all<{ month: string; planned_progress: number }>(
        'SELECT month, planned_progress FROM work_schedule WHERE work_id = ? ORDER BY month',
        [workId],
      )
      .map((r) => ({ month: r.month, plannedProgress: r.planned_progress }));
  }

  setSchedule(workId: number, months: readonly ScheduleMonth[]): void {
    this.conn.run('DELETE FROM work_schedule WHERE work_id = ?', [workId]);
    this.conn.runMany(
      'INSERT INTO work_schedule (work_id, month, planned_progress) VALUES (?, ?, ?)',
      months.map((m) => [workId, m.month, m.plannedProgress]),
    );
  }
}

function toMeasurement(row: DbRow): Measurement {
  return {
    workId: Number(row.work_id),
    date: String(row.measured_on),
    physicalProgress: Number(row.physical_progress),
    committed: Number(row.committed),
    disbursed: Number(row.disbursed),
    correction: row.correction === 1,
  };
}
