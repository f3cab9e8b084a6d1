import type { SqlValue } from 'sql.js';
import type { MissingPolicy } from '../../analysis/mcda/missing';
import type { Direction, Method, Normalization, PreferenceFunction } from '../../analysis/mcda/types';
import type { Connection } from '../../db/connection';
import { byName } from '../../text/name-order';
import { alternativeKey } from '../metrics';
import type { Scenario, ScenarioCriterion, ScenarioSummary, SubjectKind, WeightOrigin, WeightSet } from './types';

/** A frozen input value: alternative × criterion source. */
export interface SnapshotRow {
  subjectKind: SubjectKind;
  subjectCode: string;
  criterionSource: string;
  value: number | null;
  missingReason: string | null;
  source: string;
  period: string;
  via: string | null;
}

/** Everything stored for one scenario: what undo puts back. */
export interface StoredScenario {
  scenario: Scenario;
  /** Alternative names at freezing time, by `kind:code`. */
  labels: Record<string, string>;
  snapshot: SnapshotRow[];
}

interface ScenarioDbRow extends Record<string, SqlValue> {
  id: number;
  name: string;
  description: string;
  method: Method;
  method_options: string;
  normalization: Normalization | null;
  top_n: number;
  missing_policy: MissingPolicy;
  weight_origin: WeightOrigin;
  ahp_matrix: string | null;
  created_at: string;
  updated_at: string;
  frozen_at: string | null;
}

interface CriterionDbRow extends Record<string, SqlValue> {
  position: number;
  source: string;
  label: string;
  direction: Direction;
  weight: number;
  preference: PreferenceFunction;
  pref_q: number | null;
  pref_p: number | null;
  pref_s: number | null;
  min_value: number | null;
  max_value: number | null;
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Scenarios and their alternatives, criteria, stakeholder weight sets and frozen inputs. */
export class ScenarioRepository {
  constructor(private readonly conn: Connection) {}

  /** In name order (byName: "Água" among the A's; SQLite's NOCASE put every accented initial after Z). */
  list(): ScenarioSummary[] {
    return byName(
      this.conn.all<{
        id: number;
        name: string;
        method: Method;
        updated_at: string;
        frozen_at: string | null;
        alternatives: number;
        criteria: number;
        sets: number;
      }>(
        `SELECT s.id, s.name, s.method, s.updated_at, s.frozen_at,
                (SELECT count(*) FROM scenario_alternative a WHERE a.scenario_id = s.id) AS alternatives,
                (SELECT count(*) FROM scenario_criterion c WHERE c.scenario_id = s.id) AS criteria,
                (SELECT count(*) FROM scenario_weight_set w WHERE w.scenario_id = s.id) AS sets
           FROM scenario s`,
      ),
      (r) => r.name,
    ).map((r) => ({
      id: r.id,
      name: r.name,
      method: r.method,
      alternatives: r.alternatives,
      criteria: r.criteria,
      weightSets: r.sets,
      updatedAt: r.updated_at,
      frozenAt: r.frozen_at,
    }));
  }

  idByName(name: string): number | undefined {
    return this.conn.get<{ id: number }>('SELECT id FROM scenario WHERE name = ?', [name])?.id;
  }

  nameTaken(name: string, exceptId?: number): boolean {
    return !!this.conn.get('SELECT 1 AS x FROM scenario WHERE casefold(name) = casefold(?) AND id IS NOT ?', [name, exceptId ?? null]);
  }

  get(id: number): Scenario | undefined {
    const row = this.conn.get<ScenarioDbRow>('SELECT * FROM scenario WHERE id = ?', [id]);
    if (!row) return undefined;
    const alternatives = this.conn
      .all<{ subject_kind: SubjectKind; subject_code: string }>(
        'SELECT subject_kind, subject_code FROM scenario_alternative WHERE scenario_id = ? ORDER BY position',
        [id],
      )
      .map((r) => ({ kind: r.subject_kind, code: r.subject_code }));
    const criteria = this.conn
      .all<CriterionDbRow>('SELECT * FROM scenario_criterion WHERE scenario_id = ? ORDER BY position', [id])
      .map((r): ScenarioCriterion => ({
        source: r.source,
        label: r.label,
        direction: r.direction,
        weight: r.weight,
        preference: r.preference,
        q: r.pref_q,
        p: r.pref_p,
        s: r.pref_s,
        min: r.min_value,
        max: r.max_value,
      }));
    const options = parseJson<{ v?: number }>(row.method_options, {});
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      method: row.method,
      vikorV: typeof options.v === 'number' ? options.v : 0.5,
      normalization: row.normalization,
      topN: row.top_n,
      missingPolicy: row.missing_policy,
      weightOrigin: row.weight_origin,
      ahpMatrix: parseJson<number[][] | null>(row.ahp_matrix, null),
      alternatives,
      criteria,
      weightSets: this.weightSets(id, criteria.length),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      frozenAt: row.frozen_at,
    };
  }

  private weightSets(id: number, n: number): WeightSet[] {
    const sets = this.conn.all<{ position: number; name: string; ahp_matrix: string | null }>(
      'SELECT position, name, ahp_matrix FROM scenario_weight_set WHERE scenario_id = ? ORDER BY position',
      [id],
    );
    const weights = this.conn.all<{ set_position: number; criterion_position: number; weight: number }>(
      'SELECT set_position, criterion_position, weight FROM scenario_weight WHERE scenario_id = ?',
      [id],
    );
    return sets.map((s) => {
      const w = new Array<number>(n).fill(0);
      for (const r of weights) if (r.set_position === s.position && r.criterion_position < n) w[r.criterion_position] = r.weight;
      return { name: s.name, weights: w, ahpMatrix: parseJson<number[][] | null>(s.ahp_matrix, null) };
    });
  }

  labels(id: number): Record<string, string> {
    const rows = this.conn.all<{ subject_kind: SubjectKind; subject_code: string; label: string }>(
      'SELECT subject_kind, subject_code, label FROM scenario_alternative WHERE scenario_id = ? AND label IS NOT NULL',
      [id],
    );
    return Object.fromEntries(rows.map((r) => [alternativeKey({ kind: r.subject_kind, code: r.subject_code }), r.label]));
  }

  snapshot(id: number): SnapshotRow[] {
    return this.conn
      .all<{
        subject_kind: SubjectKind;
        subject_code: string;
        criterion_source: string;
        value: number | null;
        missing_reason: string | null;
        source: string;
        period: string;
        via: string | null;
      }>('SELECT * FROM scenario_snapshot WHERE scenario_id = ? ORDER BY subject_kind, subject_code, criterion_source', [id])
      .map((r) => ({
        subjectKind: r.subject_kind,
        subjectCode: r.subject_code,
        criterionSource: r.criterion_source,
        value: r.value,
        missingReason: r.missing_reason,
        source: r.source,
        period: r.period,
        via: r.via,
      }));
  }

  read(id: number): StoredScenario | undefined {
    const scenario = this.get(id);
    return scenario ? { scenario, labels: this.labels(id), snapshot: this.snapshot(id) } : undefined;
  }

  /** Inserts a scenario with its children; `scenario.id` > 0 restores it under that id (undo). */
  insert(stored: StoredScenario): number {
    const s = stored.scenario;
    this.conn.run(
      `INSERT INTO scenario (id, name, description, method, method_options, normalization, top_n, missing_policy,
                             weight_origin, ahp_matrix, created_at, updated_at, frozen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        s.id > 0 ? s.id : null,
        s.name,
        s.description,
        s.method,
        JSON.stringify({ v: s.vikorV }),
        s.normalization,
        s.topN,
        s.missingPolicy,
        s.weightOrigin,
        s.ahpMatrix ? JSON.stringify(s.ahpMatrix) : null,
        s.createdAt,
        s.updatedAt,
        s.frozenAt,
      ],
    );
    const id = s.id > 0 ? s.id : this.conn.lastInsertId();
    this.writeChildren(id, s, stored.labels);
    this.writeSnapshot(id, stored.snapshot);
    return id;
  }

  /** Replaces a scenario's definition (row and children); the snapshot stays. */
  update(s: Scenario, labels: Record<string, string>): void {
    this.conn.run(
      `UPDATE scenario SET name = ?, description = ?, method = ?, method_options = ?, normalization = ?, top_n = ?,
              missing_policy = ?, weight_origin = ?, ahp_matrix = ?, updated_at = ?, frozen_at = ? WHERE id = ?`,
      [
        s.name,
        s.description,
        s.method,
        JSON.stringify({ v: s.vikorV }),
        s.normalization,
        s.topN,
        s.missingPolicy,
        s.weightOrigin,
        s.ahpMatrix ? JSON.stringify(s.ahpMatrix) : null,
        s.updatedAt,
        s.frozenAt,
        s.id,
      ],
    );
    for (const table of ['scenario_weight', 'scenario_weight_set', 'scenario_criterion', 'scenario_alternative'] as const) {
      this.conn.run(`DELETE FROM ${table} WHERE scenario_id = ?`, [s.id]);
    }
    this.writeChildren(s.id, s, labels);
  }

  private writeChildren(id: number, s: Scenario, labels: Record<string, string>): void {
    this.conn.runMany(
      'INSERT INTO scenario_alternative (scenario_id, position, subject_kind, subject_code, label) VALUES (?, ?, ?, ?, ?)',
      s.alternatives.map((a, i) => [id, i, a.kind, a.code, labels[alternativeKey(a)] ?? null]),
    );
    this.conn.runMany(
      `INSERT INTO scenario_criterion (scenario_id, position, source, label, direction, weight, preference, pref_q, pref_p, pref_s,
                                       min_value, max_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      s.criteria.map((c, i) => [id, i, c.source, c.label, c.direction, c.weight, c.preference, c.q, c.p, c.s, c.min, c.max]),
    );
    this.conn.runMany(
      'INSERT INTO scenario_weight_set (scenario_id, position, name, ahp_matrix) VALUES (?, ?, ?, ?)',
      s.weightSets.map((w, i) => [id, i, w.name, w.ahpMatrix ? JSON.stringify(w.ahpMatrix) : null]),
    );
    this.conn.runMany(
      'INSERT INTO scenario_weight (scenario_id, set_position, criterion_position, weight) VALUES (?, ?, ?, ?)',
      s.weightSets.flatMap((w, i) => s.criteria.map((_, j) => [id, i, j, w.weights[j] ?? 0])),
    );
  }

  writeSnapshot(id: number, rows: readonly SnapshotRow[]): void {
    this.conn.run('DELETE FROM scenario_snapshot WHERE scenario_id = ?', [id]);
    this.conn.runMany(
      `INSERT INTO scenario_snapshot (scenario_id, subject_kind, subject_code, criterion_source, value, missing_reason, source, period, via)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      rows.map((r) => [id, r.subjectKind, r.subjectCode, r.criterionSource, r.value, r.missingReason, r.source, r.period, r.via]),
    );
  }

  delete(id: number): void {
    this.conn.run('DELETE FROM scenario WHERE id = ?', [id]);
  }
}
