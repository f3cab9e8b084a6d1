import { ahp, type AhpResult } from '../../analysis/mcda/ahp';
import { ahpRefusal } from '../../analysis/mcda/ahp-refusals';
import type { ObjectiveWeighting } from '../../analysis/mcda/objective-weights';
import { resolvePreference } from '../../analysis/mcda/preference';
import type { Connection } from '../../db/connection';
import type {
  CriterionSourceOption,
  Scenario,
  ScenarioComparison,
  ScenarioDefinition,
  ScenarioRun,
  ScenarioSensitivity,
  ScenarioStakeholders,
  ScenarioSummary,
} from './types';
import { ArranjoError } from '../../errors';
import { ChangeLogRepository } from '../../repositories/change-log-repository';
import { ScenarioRepository, type SnapshotRow, type StoredScenario } from './scenario-repository';
import { SiteRepository } from '../../repositories/site-repository';
import {
  consensusMethodSchema,
  exportLocaleSchema,
  objectiveMethodSchema,
  pairwiseSchema,
  scenarioIdSchema,
  scenarioIdsSchema,
  scenarioInputSchema,
  scenarioPatchSchema,
  SCENARIO_NAME_MAX,
  sensitivityOptionsSchema,
  type ScenarioInput,
  type ScenarioPatch,
  type SensitivityInput,
} from './schemas';
import { parseInput, refuseField } from '../../rpc/validate';
import { checkAlternatives, describeSubjects, inputWords, listCriterionSources, resolveCriteria } from '../metrics';
import type { History } from '../../engine/history';
import { compareRuns, objective, sensitivity, stakeholders } from './scenario-analyses';
import { exportScenario } from './scenario-workbook';
import { loadInputs, prepareScenario, runPrepared, type PreparedScenario } from './scenario-run';
import { runIn, scenarioIn, stakeholdersIn } from './scenario-language';
import { thresholdRefused } from './scenario-refusals';

/**
 * Prioritization scenarios: edits validated, written in one transaction, logged and undoable (each
 * change stores the whole scenario before and after, so undo puts back exactly what was there, frozen
 * inputs included); runs, sensitivity, stakeholders and the workbook read through here.
 */
export class ScenarioService {
  private readonly repo: ScenarioRepository;
  private readonly log: ChangeLogRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
  ) {
    this.repo = new ScenarioRepository(conn);
    this.log = new ChangeLogRepository(conn);
  }

  list(): ScenarioSummary[] {
    return this.repo.list();
  }

  get(id: number): Scenario {
    return this.stored(id).scenario;
  }

  private stored(id: number): StoredScenario {
    const stored = this.repo.read(parseInput(scenarioIdSchema, id, 'id'));
    if (!stored) throw new ArranjoError('NOT_FOUND', `Scenario ${id} does not exist.`);
    return stored;
  }

  /** The scenario of that name (the CLI's --scenario). */
  byName(name: string): Scenario {
    const id = this.repo.idByName(name);
    if (id === undefined) {
      const names = this.repo.list().map((s) => `"${s.name}"`);
      throw new ArranjoError(
        'INVALID_INPUT',
        `No scenario named "${name}" in this workspace${names.length ? ` (it has ${names.join(', ')})` : ' (it has none)'}.`,
      );
    }
    return this.get(id);
  }

  criterionSources(): CriterionSourceOption[] {
    return listCriterionSources(this.conn);
  }

  create(input: ScenarioInput): Scenario {
    const data = parseInput(scenarioInputSchema, input, 'scenario');
    const alternatives =
      data.alternatives ?? new SiteRepository(this.conn).list().map((s) => ({ kind: 'site' as const, code: String(s.id) }));
    const at = this.now();
    const definition = this.checked({ ...data, alternatives }, null);
    const scenario: Scenario = { ...definition, id: 0, createdAt: at, updatedAt: at, frozenAt: null };
    return this.change('insert', null, { scenario, labels: {}, snapshot: [] });
  }

  update(id: number, patch: ScenarioPatch): Scenario {
    const before = this.stored(id);
    const scenario: Scenario = { ...this.patched(before, patch, true), updatedAt: this.now() };
    return this.change('update', before, { ...before, scenario });
  }

  /** The stored scenario with a patch applied and checked (the name only when it is to be written). */
  private patched(before: StoredScenario, patch: ScenarioPatch, checkName: boolean): Scenario {
    const changes = parseInput(scenarioPatchSchema, patch, 'scenario');
    const merged: ScenarioDefinition = { ...before.scenario, ...changes };
    if (before.scenario.frozenAt) this.checkFrozen(before.scenario, merged);
    return { ...before.scenario, ...this.checked(merged, before.scenario, checkName) };
  }

  delete(id: number): void {
    this.change('delete', this.stored(id), null);
  }

  /** A copy under a new name; a frozen scenario's copy keeps the frozen inputs (same data, other weights). */
  duplicate(id: number, name?: string): Scenario {
    const source = this.stored(id);
    const wanted = name === undefined ? this.freeName(source.scenario.name) : parseInput(scenarioPatchSchema, { name }, 'scenario').name;
    if (!wanted) throw refuseField('name', 'required', {}, 'is required');
    this.checkName(wanted, undefined);
    const at = this.now();
    return this.change('insert', null, { ...source, scenario: { ...source.scenario, id: 0, name: wanted, createdAt: at, updatedAt: at } });
  }

  /** Snapshots the inputs as they are now: later runs read the snapshot, whatever is imported after. */
  freeze(id: number): Scenario {
    const before = this.stored(id);
    if (before.scenario.frozenAt) return before.scenario;
    const s = before.scenario;
    const subjects = describeSubjects(this.conn, s.alternatives);
    const cells = resolveCriteria(
      this.conn,
      subjects,
      s.criteria.map((c) => c.source),
    );
    const snapshot: SnapshotRow[] = subjects.flatMap((subject, i) =>
      s.criteria.map((c, j) => {
        const cell = cells[i]?.[j];
        return {
          subjectKind: subject.ref.kind,
          subjectCode: subject.ref.code,
          criterionSource: c.source,
          value: cell?.value ?? null,
          missingReason: cell?.value === null || cell === undefined ? (cell?.missingReason ?? inputWords('missing')) : null,
          source: cell?.source ?? '',
          period: cell?.period ?? '',
          via: cell?.via ?? null,
        };
      }),
    );
    const labels = Object.fromEntries(subjects.map((subject) => [subject.key, subject.label]));
    const at = this.now();
    return this.change('update', before, { scenario: { ...s, frozenAt: at, updatedAt: at }, labels, snapshot });
  }

  unfreeze(id: number): Scenario {
    const before = this.stored(id);
    if (!before.scenario.frozenAt) return before.scenario;
    return this.change('update', before, {
      scenario: { ...before.scenario, frozenAt: null, updatedAt: this.now() },
      labels: {},
      snapshot: [],
    });
  }

  /**
   * The scenario ready to run: as stored, or with the planner's unsaved draft applied (checked as a
   * save would be, nothing written), so results, sensitivity and stakeholders follow the draft.
   */
  private prepared(id: number, draft?: ScenarioPatch): PreparedScenario {
    const stored = this.stored(id);
    const scenario = draft === undefined ? stored.scenario : this.patched(stored, draft, false);
    return prepareScenario(loadInputs(this.conn, { ...stored, scenario }));
  }

  run(id: number, draft?: ScenarioPatch): ScenarioRun {
    return runPrepared(this.conn, this.prepared(id, draft));
  }

  sensitivity(id: number, options: SensitivityInput = {}, draft?: ScenarioPatch): ScenarioSensitivity {
    const o = parseInput(sensitivityOptionsSchema, options, 'options');
    const p = this.prepared(id, draft);
    return sensitivity(p, runPrepared(this.conn, p), o);
  }

  stakeholders(id: number, consensus: 'borda' | 'copeland' = 'borda', draft?: ScenarioPatch): ScenarioStakeholders {
    const method = parseInput(consensusMethodSchema, consensus, 'consensus');
    const p = this.prepared(id, draft);
    return stakeholders(p, runPrepared(this.conn, p), method);
  }

  objectiveWeights(
    id: number,
    method: ObjectiveWeighting,
    draft?: ScenarioPatch,
  ): { weights: number[]; measure: number[]; criteria: string[] } {
    return objective(this.prepared(id, draft), parseInput(objectiveMethodSchema, method, 'method'));
  }

  compare(ids: number[]): ScenarioComparison {
    return compareRuns(parseInput(scenarioIdsSchema, ids, 'ids').map((id) => this.run(id)));
  }

  ahp(matrix: number[][]): AhpResult {
    return ahp(parseInput(pairwiseSchema, matrix, 'matrix'));
  }

  async exportWorkbook(id: number, locale: string, options: SensitivityInput = {}): Promise<Uint8Array> {
    const lang = parseInput(exportLocaleSchema, locale, 'locale');
    const o = parseInput(sensitivityOptionsSchema, options, 'options');
    const p = this.prepared(id);
    const run = runPrepared(this.conn, p);
    const scenario = p.inputs.scenario;
    // Its criteria, name and weight sets as the screen in `lang` shows them (the demo's stored in Portuguese).
    const sources = listCriterionSources(this.conn);
    return exportScenario({
      locale: lang,
      scenario: scenarioIn(scenario, sources, lang),
      run: runIn(run, sources, lang),
      sensitivity: sensitivity(p, run, o),
      stakeholders: scenario.weightSets.length > 0 ? stakeholdersIn(stakeholders(p, run, 'borda'), lang) : null,
      ahp: scenario.weightOrigin === 'ahp' && scenario.ahpMatrix ? ahp(scenario.ahpMatrix) : null,
      generatedAt: this.now(),
    });
  }

  // ——— validation ———

  /** Checks a whole definition against the workspace; derives AHP weights from their matrices. */
  private checked(d: ScenarioDefinition, before: Scenario | null, checkName = true): ScenarioDefinition {
    if (checkName) this.checkName(d.name, before?.id);
    const altered = !before || JSON.stringify(before.alternatives) !== JSON.stringify(d.alternatives);
    if (altered) checkAlternatives(this.conn, d.alternatives);
    const n = d.criteria.length;
    const seen = { source: new Set<string>(), label: new Set<string>() };
    d.criteria.forEach((c, j) => {
      if (seen.source.has(c.source)) {
        throw refuseField(`criteria.${j}.source`, 'duplicate', { value: c.source }, `${c.source} is already a criterion of this scenario.`);
      }
      if (seen.label.has(c.label.toLowerCase()))
        throw refuseField(`criteria.${j}.label`, 'duplicate', { value: c.label }, `"${c.label}" is already used by another criterion.`);
      seen.source.add(c.source);
      seen.label.add(c.label.toLowerCase());
      if (c.min !== null && c.max !== null && c.min > c.max)
        throw refuseField(
          `criteria.${j}.min`,
          'min-above-max',
          { min: c.min, max: c.max },
          `the minimum (${c.min}) is above the maximum (${c.max}).`,
        );
      if (d.method === 'promethee2') {
        try {
          resolvePreference(
            {
              fn: c.preference,
              ...(c.q !== null ? { q: c.q } : {}),
              ...(c.p !== null ? { p: c.p } : {}),
              ...(c.s !== null ? { s: c.s } : {}),
            },
            c.label,
          );
        } catch (error) {
          throw thresholdRefused(error, j, c.label);
        }
      }
    });
    let criteria = d.criteria;
    let ahpMatrix: number[][] | null = null;
    if (d.weightOrigin === 'ahp') {
      if (!d.ahpMatrix) throw refuseField('ahpMatrix', 'ahp-matrix-missing', {}, 'AHP weights need the pairwise comparison matrix.');
      const weights = this.ahpWeights(d.ahpMatrix, n, 'ahpMatrix');
      criteria = criteria.map((c, j) => ({ ...c, weight: (weights[j] ?? 0) * 100 }));
      ahpMatrix = d.ahpMatrix;
    }
    const names = new Set<string>();
    const weightSets = d.weightSets.map((w, k) => {
      if (names.has(w.name.toLowerCase()))
        throw refuseField(`weightSets.${k}.name`, 'duplicate', { value: w.name }, `"${w.name}" is already a weight set of this scenario.`);
      names.add(w.name.toLowerCase());
      if (w.ahpMatrix) return { ...w, weights: this.ahpWeights(w.ahpMatrix, n, `weightSets.${k}.ahpMatrix`).map((x) => x * 100) };
      if (w.weights.length !== n) {
        const count = w.weights.length;
        throw refuseField(`weightSets.${k}.weights`, 'weights-count', { count, criteria: n }, `has ${count} weights for ${n} criteria.`);
      }
      // A set with nothing to rank by would block the stakeholder analysis and the workbook.
      if (n > 0 && !w.weights.some((x) => x > 0)) {
        throw refuseField(
          `weightSets.${k}.weights`,
          'zero-weights',
          {},
          `"${w.name}": all weights are zero; give at least one criterion a positive weight.`,
        );
      }
      return w;
    });
    return { ...d, criteria, ahpMatrix, weightSets };
  }

  private ahpWeights(matrix: number[][], n: number, field: string): number[] {
    if (matrix.length !== n) {
      const size = matrix.length;
      throw refuseField(field, 'matrix-size', { size, criteria: n }, `is ${size} × ${size}, but the scenario has ${n} criteria.`);
    }
    try {
      return ahp(matrix).weights;
    } catch (error) {
      // The AHP refusal's reason and cell ride along (as `ahpReason`), so the editor says it in the UI language.
      const refusal = error instanceof ArranjoError ? ahpRefusal(error.params) : null;
      const extra = refusal ? { extra: { ...refusal, ahpReason: refusal.reason } } : {};
      throw refuseField(field, 'invalid', {}, error instanceof Error ? error.message : String(error), extra);
    }
  }

  private checkName(name: string, exceptId: number | undefined): void {
    if (this.repo.nameTaken(name, exceptId)) {
      throw refuseField('name', 'duplicate', { value: name }, `"${name}" is already used by another scenario.`, { code: 'CONSTRAINT' });
    }
  }

  private checkFrozen(before: Scenario, after: ScenarioDefinition): void {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const fixed = !same(before.alternatives, after.alternatives)
      ? 'alternatives'
      : !same(
            before.criteria.map((c) => c.source),
            after.criteria.map((c) => c.source),
          )
        ? 'criteria'
        : null;
    if (fixed) {
      throw refuseField(
        fixed,
        'frozen',
        {},
        `scenario "${before.name}" is frozen (its inputs were snapshotted on ${before.frozenAt ?? ''}), so its alternatives and criterion sources are fixed. Duplicate it, or unfreeze it, to change them.`,
        { code: 'CONSTRAINT' },
      );
    }
  }

  /** The first of "name (2)", "name (3)"… not taken, the name shortened so that it stays a name the editor can save. */
  private freeName(base: string): string {
    for (let k = 2; ; k++) {
      const suffix = ` (${k})`;
      const name = `${base.slice(0, SCENARIO_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
      if (!this.repo.nameTaken(name)) return name;
    }
  }

  // ——— writing ———

  /** Writes `after` in place of `before` in one transaction, logs it, and records the undo step. */
  private change(action: 'insert' | 'update' | 'delete', before: StoredScenario | null, after: StoredScenario | null): Scenario {
    const id = this.conn.transaction(() => {
      const written = this.write(before, after);
      this.log.append({
        at: this.now(),
        entity: 'scenario',
        entityId: String(written),
        action,
        before: before ? before.scenario : null,
        after: after ? { ...after.scenario, id: written } : null,
      });
      return written;
    });
    const saved = after ? (this.repo.read(id) ?? null) : null;
    const undoTo = before;
    this.history.record({
      label: `scenario.${action}`,
      undo: () => this.write(saved, undoTo),
      redo: () => this.write(undoTo, saved),
    });
    return saved?.scenario ?? (before as StoredScenario).scenario;
  }

  /** Replaces what `from` stored by `to` (either may be null); returns the scenario id. */
  private write(from: StoredScenario | null, to: StoredScenario | null): number {
    if (from && to && from.scenario.id === to.scenario.id) {
      this.repo.update(to.scenario, to.labels);
      this.repo.writeSnapshot(to.scenario.id, to.snapshot);
      return to.scenario.id;
    }
    if (from) this.repo.delete(from.scenario.id);
    return to ? this.repo.insert(to) : (from?.scenario.id ?? 0);
  }
}
