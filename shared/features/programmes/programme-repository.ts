import type { SqlValue } from 'sql.js';
import type { Connection } from '../../db/connection';
import type {
  Action,
  ActionType,
  Disaggregation,
  Indicator,
  Objective,
  PeriodKind,
  Programme,
  ProgrammeSummary,
  ResultRow,
  Target,
} from './types';
import { isBuiltin } from './types';

type Row = Record<string, SqlValue>;

/** Every row of one programme as stored: what undo and redo put back. */
export interface ProgrammeImage {
  programme: Row;
  objectives: Row[];
  results: Row[];
  indicators: Row[];
  targets: Row[];
  actions: Row[];
}

// Table and column names below are this file's own constants, never user input.
const IMAGE_TABLES: readonly [keyof Omit<ProgrammeImage, 'programme'>, string, string][] = [
  ['objectives', 'programme_objective', 'SELECT * FROM programme_objective WHERE programme_id = ? ORDER BY id'],
  [
    'results',
    'programme_result',
    'SELECT r.* FROM programme_result r JOIN programme_objective o ON o.id = r.objective_id WHERE o.programme_id = ? ORDER BY r.id',
  ],
  ['indicators', 'programme_indicator', 'SELECT * FROM programme_indicator WHERE programme_id = ? ORDER BY id'],
  [
    'targets',
    'programme_target',
    'SELECT t.* FROM programme_target t JOIN programme_indicator i ON i.id = t.indicator_id WHERE i.programme_id = ? ORDER BY t.indicator_id, t.period',
  ],
  ['actions', 'programme_action', 'SELECT * FROM programme_action WHERE programme_id = ? ORDER BY id'],
];

function toProgramme(r: Row): Programme {
  return {
    id: Number(r.id),
    name: String(r.name),
    description: String(r.description ?? ''),
    startDate: (r.start_date as string | null) ?? null,
    endDate: (r.end_date as string | null) ?? null,
    ragGreen: Number(r.rag_green),
    ragAmber: Number(r.rag_amber),
    illustrative: Number(r.illustrative) === 1,
    source: String(r.source ?? ''),
  };
}

function toIndicator(r: Row): Indicator {
  const code = String(r.code);
  return {
    id: Number(r.id),
    programmeId: Number(r.programme_id),
    resultId: r.result_id === null ? null : Number(r.result_id),
    code,
    name: String(r.name),
    unit: String(r.unit),
    direction: r.direction === 'lower-better' ? 'lower-better' : 'higher-better',
    baseline: Number(r.baseline),
    periodKind: String(r.period_kind) as PeriodKind,
    cumulative: Number(r.cumulative) === 1,
    disaggregation: String(r.disaggregation)
      .split('|')
      .filter((d): d is Disaggregation => d === 'sex' || d === 'age' || d === 'territory'),
    builtin: isBuiltin(code),
  };
}

function toAction(r: Row): Action {
  return {
    id: Number(r.id),
    programmeId: Number(r.programme_id),
    code: String(r.code),
    type: String(r.type) as ActionType,
    municipalityCode: Number(r.municipality_code),
    municipalityName: (r.municipality_name as string | null) ?? null,
    startDate: String(r.start_date),
    endDate: (r.end_date as string | null) ?? null,
    partner: String(r.partner),
    participants: Number(r.participants),
    women: Number(r.women),
    youth: Number(r.youth),
    enterprisesFormed: Number(r.enterprises_formed),
    enterprisesLegalized: Number(r.enterprises_legalized),
    notes: String(r.notes),
    siteId: r.site_id === null ? null : Number(r.site_id),
    initiativeCode: (r.initiative_code as string | null) ?? null,
  };
}

export interface ProgrammeRow {
  name: string;
  description: string;
  startDate: string | null;
  endDate: string | null;
  ragGreen: number;
  ragAmber: number;
  illustrative: boolean;
  source: string;
}

export interface IndicatorRow {
  resultId: number | null;
  code: string;
  name: string;
  unit: string;
  direction: 'higher-better' | 'lower-better';
  baseline: number;
  periodKind: PeriodKind;
  cumulative: boolean;
  disaggregation: readonly Disaggregation[];
}

export type ActionRow = Omit<Action, 'id' | 'programmeId' | 'municipalityName'>;

/** Programmes, their results framework and actions: the only SQL of the feature. */
export class ProgrammeRepository {
  constructor(private readonly conn: Connection) {}

  list(): ProgrammeSummary[] {
    return this.conn
      .all(
        `SELECT p.*, (SELECT count(*) FROM programme_action a WHERE a.programme_id = p.id) AS n_actions,
                (SELECT count(*) FROM programme_indicator i WHERE i.programme_id = p.id) AS n_indicators
           FROM programme p ORDER BY p.name`,
      )
      .map((r) => ({ ...toProgramme(r), actions: Number(r.n_actions), indicators: Number(r.n_indicators) }));
  }

  get(id: number): Programme | null {
    const r = this.conn.get('SELECT * FROM programme WHERE id = ?', [id]);
    return r ? toProgramme(r) : null;
  }

  byName(name: string): Programme | null {
    const r = this.conn.get('SELECT * FROM programme WHERE name = ?', [name]);
    return r ? toProgramme(r) : null;
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
    const r = this.conn.get('SELECT * FROM programme_indicator WHERE id = ?', [id]);
    return r ? toIndicator(r) : null;
  }

  indicatorByCode(programmeId: number, code: string): Indicator | null {
    const r = this.conn.get('SELECT * FROM programme_indicator WHERE programme_id = ? AND code = ?', [programmeId, code]);
    return r ? toIndicator(r) : null;
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
      .map((r) => ({
        indicatorId: Number(r.indicator_id),
        period: String(r.period),
        baseline: Number(r.baseline),
        target: Number(r.target),
        actual: r.actual === null ? null : Number(r.actual),
      }));
  }

  /** Inserts or replaces one period's target; true when it replaced one. */
  upsertTarget(t: Target, batchId: number | null = null): boolean {
    const existed = this.conn.get('SELECT 1 AS x FROM programme_target WHERE indicator_id = ? AND period = ?', [t.indicatorId, t.period]);
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
  }

  actions(programmeId: number): Action[] {
    return this.conn
      .all(
        `SELECT a.*, m.name AS municipality_name FROM programme_action a
           LEFT JOIN municipality m ON m.code = a.municipality_code
          WHERE a.programme_id = ? ORDER BY a.start_date, a.code`,
        [programmeId],
      )
      .map(toAction);
  }

  action(id: number): Action | null {
    const r = this.conn.get(
      'SELECT a.*, m.name AS municipality_name FROM programme_action a LEFT JOIN municipality m ON m.code = a.municipality_code WHERE a.id = ?',
      [id],
    );
    return r ? toAction(r) : null;
  }

  actionCodeTaken(programmeId: number, code: string, exceptId: number | null): boolean {
    return (
      this.conn.get('SELECT 1 AS x FROM programme_action WHERE programme_id = ? AND code = ? AND id IS NOT ?', [
        programmeId,
        code,
        exceptId,
      ]) !== undefined
    );
  }

  /** Inserts the action or, when the programme has its code, updates it; true when it updated. */
  upsertAction(programmeId: number, a: ActionRow, batchId: number | null = null): boolean {
    const existing = this.conn.get<{ id: number }>('SELECT id FROM programme_action WHERE programme_id = ? AND code = ?', [
      programmeId,
      a.code,
    ]);
    const values: SqlValue[] = [
      a.type,
      a.municipalityCode,
      a.startDate,
      a.endDate,
      a.partner,
      a.participants,
      a.women,
      a.youth,
      a.enterprisesFormed,
      a.enterprisesLegalized,
      a.notes,
      a.siteId,
      a.initiativeCode,
    ];
    if (existing) {
      this.conn.run(
        `UPDATE programme_action SET type = ?, municipality_code = ?, start_date = ?, end_date = ?, partner = ?, participants = ?,
                women = ?, youth = ?, enterprises_formed = ?, enterprises_legalized = ?, notes = ?, site_id = ?, initiative_code = ?,
                batch_id = coalesce(?, batch_id) WHERE id = ?`,
        [...values, batchId, existing.id],
      );
      return true;
    }
    this.conn.run(
      `INSERT INTO programme_action (type, municipality_code, start_date, end_date, partner, participants, women, youth,
                                     enterprises_formed, enterprises_legalized, notes, site_id, initiative_code, programme_id, code, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...values, programmeId, a.code, batchId],
    );
    return false;
  }

  updateAction(id: number, a: ActionRow): void {
    this.conn.run(
      `UPDATE programme_action SET code = ?, type = ?, municipality_code = ?, start_date = ?, end_date = ?, partner = ?,
              participants = ?, women = ?, youth = ?, enterprises_formed = ?, enterprises_legalized = ?, notes = ?, site_id = ?,
              initiative_code = ? WHERE id = ?`,
      [
        a.code,
        a.type,
        a.municipalityCode,
        a.startDate,
        a.endDate,
        a.partner,
        a.participants,
        a.women,
        a.youth,
        a.enterprisesFormed,
        a.enterprisesLegalized,
        a.notes,
        a.siteId,
        a.initiativeCode,
        id,
      ],
    );
  }

  deleteAction(id: number): void {
    this.conn.run('DELETE FROM programme_action WHERE id = ?', [id]);
  }

  municipalityExists(code: number): boolean {
    return this.conn.get('SELECT 1 AS x FROM municipality WHERE code = ?', [code]) !== undefined;
  }

  siteExists(id: number): boolean {
    return this.conn.get('SELECT 1 AS x FROM site WHERE id = ?', [id]) !== undefined;
  }

  /** The programme's rows as stored, or null when it does not exist. */
  image(programmeId: number): ProgrammeImage | null {
    const programme = this.conn.get('SELECT * FROM programme WHERE id = ?', [programmeId]);
    if (!programme) return null;
    const image: ProgrammeImage = { programme, objectives: [], results: [], indicators: [], targets: [], actions: [] };
    for (const [key, , sql] of IMAGE_TABLES) image[key] = this.conn.all(sql, [programmeId]);
    return image;
  }

  /** Puts the programme back as the image has it (or removes it: null), with the same ids. */
  restore(programmeId: number, image: ProgrammeImage | null): void {
    this.conn.run('DELETE FROM programme WHERE id = ?', [programmeId]);
    if (!image) return;
    this.insertRaw('programme', image.programme);
    for (const [key, table] of IMAGE_TABLES) for (const row of image[key]) this.insertRaw(table, row);
  }

  private insertRaw(table: string, row: Row): void {
    const columns = Object.keys(row);
    this.conn.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      columns.map((c) => row[c] ?? null),
    );
  }
}
