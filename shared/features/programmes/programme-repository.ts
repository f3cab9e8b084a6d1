import type { SqlValue } from 'sql.js';
import type { Connection } from '../../db/connection';
import { toActualPart, toIndicator, toProgramme, toTarget, type Row } from './programme-rows';
import type { ActualPart, Disaggregation, Indicator, Objective, Programme, ProgrammeSummary, ResultRow, Target } from './types';
import { byName } from '../../text/name-order';
import { nameKey } from '../../import/values/text';

/** A programme as written: every field but its id. */
export type ProgrammeRow = Omit<Programme, 'id'>;

/** An indicator as written: its programme and built-in flag come from where it is written. */
export type IndicatorRow = Omit<Indicator, 'id' | 'programmeId' | 'builtin' | 'disaggregation'> & {
  disaggregation: readonly Disaggregation[];
};

/** Programmes and their results framework: objectives, results, indicators and targets by period. */
export class ProgrammeRepository {
  constructor(private readonly conn: Connection) {}

  /** The one row the query finds, read; null when none. */
  private one<T>(sql: string, params: SqlValue[], read: (r: Row) => T): T | null {
    const r = this.conn.get(sql, params);
    return r ? read(r) : null;
  }

  list(): ProgrammeSummary[] {
    const rows = this.conn.all(
      `SELECT p.*, (SELECT count(*) FROM programme_action a WHERE a.programme_id = p.id) AS n_actions,
              (SELECT count(*) FROM programme_indicator i WHERE i.programme_id = p.id) AS n_indicators
         FROM programme p`,
    );
    return byName(rows, (r) => String(r.name)).map((r) => ({
      ...toProgramme(r),
      actions: Number(r.n_actions),
      indicators: Number(r.n_indicators),
    }));
  }

  get(id: number): Programme | null {
    return this.one('SELECT * FROM programme WHERE id = ?', [id], toProgramme);
  }

  byName(name: string): Programme | null {
    return this.one('SELECT * FROM programme WHERE name = ?', [name], toProgramme);
  }

  /**
   * The programmes named `name` exactly or up to case, accents, spaces and punctuation (nameKey, as a
   * district's name is read): what `arranjo programme --name` finds and the form refuses beside another.
   */
  lookAlikes(name: string): ProgrammeSummary[] {
    const key = nameKey(name);
    return this.list().filter((p) => p.name === name || (key !== '' && nameKey(p.name) === key));
  }

  insert(p: ProgrammeRow, batchId: number | null = null): number {
    this.conn.run(
      `INSERT INTO programme (name, description, start_date, end_date, rag_green, rag_amber, illustrative, source, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [p.name, p.description, p.startDate, p.endDate, p.ragGreen, p.ragAmber, p.illustrative ? 1 : 0, p.source, batchId],
    );
    return this.conn.lastInsertId();
  }

  update(id: number, p: ProgrammeRow): void {
    this.conn.run(
      `UPDATE programme SET name = ?, description = ?, start_date = ?, end_date = ?, rag_green = ?, rag_amber = ?,
              illustrative = ?, source = ? WHERE id = ?`,
      [p.name, p.description, p.startDate, p.endDate, p.ragGreen, p.ragAmber, p.illustrative ? 1 : 0, p.source, id],
    );
  }

  objectives(programmeId: number): Objective[] {
    return this.conn
      .all('SELECT * FROM programme_objective WHERE programme_id = ? ORDER BY code, id', [programmeId])
      .map((r) => ({ id: Number(r.id), code: String(r.code), title: String(r.title) }));
  }

  results(programmeId: number): ResultRow[] {
    return this.conn
      .all(
        `SELECT r.* FROM programme_result r JOIN programme_objective o ON o.id = r.objective_id
          WHERE o.programme_id = ? ORDER BY r.code, r.id`,
        [programmeId],
      )
      .map((r) => ({ id: Number(r.id), objectiveId: Number(r.objective_id), code: String(r.code), title: String(r.title) }));
  }

  upsertObjective(programmeId: number, id: number | null, code: string, title: string): number {
    if (id !== null) {
      this.conn.run('UPDATE programme_objective SET code = ?, title = ? WHERE id = ? AND programme_id = ?', [code, title, id, programmeId]);
      return id;
    }
    this.conn.run('INSERT INTO programme_objective (programme_id, code, title) VALUES (?, ?, ?)', [programmeId, code, title]);
    return this.conn.lastInsertId();
  }

  upsertResult(objectiveId: number, id: number | null, code: string, title: string): number {
    if (id !== null) {
      this.conn.run('UPDATE programme_result SET objective_id = ?, code = ?, title = ? WHERE id = ?', [objectiveId, code, title, id]);
      return id;
    }
    this.conn.run('INSERT INTO programme_result (objective_id, code, title) VALUES (?, ?, ?)', [objectiveId, code, title]);
    return this.conn.lastInsertId();
  }

  deleteObjective(id: number): void {
    this.conn.run('DELETE FROM programme_objective WHERE id = ?', [id]);
  }

  deleteResult(id: number): void {
    this.conn.run('DELETE FROM programme_result WHERE id = ?', [id]);
  }

  objectiveProgramme(id: number): number | null {
    return (this.conn.get<{ p: number }>('SELECT programme_id AS p FROM programme_objective WHERE id = ?', [id])?.p as number) ?? null;
  }

  resultProgramme(id: number): number | null {
    return (
      (this.conn.get<{ p: number }>(
        'SELECT o.programme_id AS p FROM programme_result r JOIN programme_objective o ON o.id = r.objective_id WHERE r.id = ?',
        [id],
      )?.p as number) ?? null
    );
  }

  indicators(programmeId: number): Indicator[] {
    return this.conn.all('SELECT * FROM programme_indicator WHERE programme_id = ? ORDER BY id', [programmeId]).map(toIndicator);
  }

  indicator(id: number): Indicator | null {
    return this.one('SELECT * FROM programme_indicator WHERE id = ?', [id], toIndicator);
  }

  /** The programme's indicator of that code up to case ("Renda_Media" is renda_media, not a second indicator). */
  indicatorByCode(programmeId: number, code: string): Indicator | null {
    return this.one(
      'SELECT * FROM programme_indicator WHERE programme_id = ? AND code = ? COLLATE NOCASE ORDER BY id LIMIT 1',
      [programmeId, code],
      toIndicator,
    );
  }

  insertIndicator(programmeId: number, i: IndicatorRow, batchId: number | null = null): number {
    this.conn.run(
      `INSERT INTO programme_indicator (programme_id, result_id, code, name, unit, direction, baseline, period_kind,
                                        cumulative, disaggregation, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        programmeId,
        i.resultId,
        i.code,
        i.name,
        i.unit,
        i.direction,
        i.baseline,
        i.periodKind,
        i.cumulative ? 1 : 0,
        i.disaggregation.join('|'),
        batchId,
      ],
    );
    return this.conn.lastInsertId();
  }

  updateIndicator(id: number, i: IndicatorRow): void {
    this.conn.run(
      `UPDATE programme_indicator SET result_id = ?, code = ?, name = ?, unit = ?, direction = ?, baseline = ?, period_kind = ?,
              cumulative = ?, disaggregation = ? WHERE id = ?`,
      [i.resultId, i.code, i.name, i.unit, i.direction, i.baseline, i.periodKind, i.cumulative ? 1 : 0, i.disaggregation.join('|'), id],
    );
  }

  deleteIndicator(id: number): void {
    this.conn.run('DELETE FROM programme_indicator WHERE id = ?', [id]);
  }

  targets(programmeId: number): Target[] {
    return this.conn
      .all(
        `SELECT t.* FROM programme_target t JOIN programme_indicator i ON i.id = t.indicator_id
          WHERE i.programme_id = ? ORDER BY t.indicator_id, t.period`,
        [programmeId],
      )
      .map(toTarget);
  }

  /**
   * Inserts or replaces one period's target; true when it replaced one. A changed actual takes the
   * period's parts with it: they broke down the old actual and would no longer add up to the new one
   * (an import's undo brings both back).
   */
  upsertTarget(t: Target, batchId: number | null = null): boolean {
    const existed = this.conn.get<{ actual: number | null }>('SELECT actual FROM programme_target WHERE indicator_id = ? AND period = ?', [
      t.indicatorId,
      t.period,
    ]);
    if (existed !== undefined && existed.actual !== t.actual) {
      this.conn.run('DELETE FROM programme_actual_part WHERE indicator_id = ? AND period = ?', [t.indicatorId, t.period]);
    }
    this.conn.run(
      `INSERT INTO programme_target (indicator_id, period, baseline, target, actual, batch_id) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (indicator_id, period) DO UPDATE SET baseline = excluded.baseline, target = excluded.target,
         actual = excluded.actual, batch_id = excluded.batch_id`,
      [t.indicatorId, t.period, t.baseline, t.target, t.actual, batchId],
    );
    return existed !== undefined;
  }

  deleteTargets(indicatorId: number): void {
    this.conn.run('DELETE FROM programme_target WHERE indicator_id = ?', [indicatorId]);
    this.conn.run('DELETE FROM programme_actual_part WHERE indicator_id = ?', [indicatorId]);
  }

  /** The custom indicators' actual parts of a programme (territory parts with the municipality's name). */
  parts(programmeId: number, indicatorId?: number): ActualPart[] {
    return this.conn
      .all(
        `SELECT p.indicator_id, p.period, p.dimension, p.part, p.value, m.name AS name
           FROM programme_actual_part p JOIN programme_indicator i ON i.id = p.indicator_id
           LEFT JOIN municipality m ON p.dimension = 'territory' AND m.code = CAST(p.part AS INTEGER)
          WHERE i.programme_id = ? AND (? IS NULL OR p.indicator_id = ?)
          ORDER BY p.indicator_id, p.period, p.dimension, p.value DESC, p.part`,
        [programmeId, indicatorId ?? null, indicatorId ?? null],
      )
      .map(toActualPart);
  }

  /** Removes a period's parts of the given dimensions (an import that gives them anew). */
  deleteParts(indicatorId: number, period: string, dimensions: readonly Disaggregation[]): void {
    for (const d of dimensions)
      this.conn.run('DELETE FROM programme_actual_part WHERE indicator_id = ? AND period = ? AND dimension = ?', [indicatorId, period, d]);
  }

  insertPart(p: Omit<ActualPart, 'name'>, batchId: number | null = null): void {
    this.conn.run('INSERT INTO programme_actual_part (indicator_id, period, dimension, part, value, batch_id) VALUES (?, ?, ?, ?, ?, ?)', [
      p.indicatorId,
      p.period,
      p.dimension,
      p.part,
      p.value,
      batchId,
    ]);
  }
}
