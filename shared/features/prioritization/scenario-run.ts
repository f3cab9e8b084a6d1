import { ahp, CR_THRESHOLD } from '../../analysis/mcda/ahp';
import { prepareMatrix } from '../../analysis/mcda/prepare';
import { methodMatrix, rankAlternatives } from '../../analysis/mcda/ranking';
import type { EligibilityRule } from '../../analysis/mcda/eligibility';
import type { DecisionMatrix, MethodOptions, Normalization, PreferenceParams, RawDecisionMatrix } from '../../analysis/mcda/types';
import { DEFAULT_NORMALIZATION } from '../../analysis/mcda/normalize';
import type { Connection } from '../../db/connection';
import { criterionUnit, parseCriterionSource } from '../../domain/metric-id';
import type { ExclusionReason, InputCell, RunWarning, Scenario, ScenarioRun } from './types';
import type { ScenarioRefusal, ScenarioRefusalValues } from './scenario-refusals';
import { ArranjoError } from '../../errors';
import { IndicatorRepository } from '../../repositories/indicator-repository';
import type { StoredScenario } from './scenario-repository';
import { describeSubjects, inputWords, resolveCriteria, type Subject } from '../metrics';

/** A scenario with its alternatives described and its input values read (live, or from the snapshot). */
export interface ScenarioInputs {
  scenario: Scenario;
  subjects: Subject[];
  /** [alternative][criterion] */
  cells: InputCell[][];
}

/** Reads a scenario's inputs: a frozen scenario reads its snapshot, others the workspace as it is now. */
export function loadInputs(conn: Connection, stored: StoredScenario): ScenarioInputs {
  const { scenario } = stored;
  const subjects = describeSubjects(conn, scenario.alternatives).map((s) => {
    const frozenLabel = stored.labels[s.key];
    return scenario.frozenAt && frozenLabel ? { ...s, label: frozenLabel, exists: true } : s;
  });
  const sources = scenario.criteria.map((c) => c.source);
  if (!scenario.frozenAt) return { scenario, subjects, cells: resolveCriteria(conn, subjects, sources) };
  const snap = new Map(stored.snapshot.map((r) => [`${r.subjectKind}:${r.subjectCode}|${r.criterionSource}`, r]));
  const cells = subjects.map((s) =>
    sources.map((source): InputCell => {
      const r = snap.get(`${s.key}|${source}`);
      if (!r) return { value: null, missingReason: inputWords('notInSnapshot'), source: '', period: '', via: null };
      return { value: r.value, missingReason: r.missingReason, source: r.source, period: r.period, via: r.via };
    }),
  );
  return { scenario, subjects, cells };
}

/** The method options a scenario asks for (per-criterion PROMETHEE preference functions included). */
export function methodOptions(scenario: Scenario): MethodOptions {
  const normalization = scenario.normalization ?? undefined;
  switch (scenario.method) {
    case 'vikor':
      return { method: 'vikor', v: scenario.vikorV };
    case 'promethee2':
      return {
        method: 'promethee2',
        ...(normalization ? { normalization } : {}),
        preferences: scenario.criteria.map((c): PreferenceParams => {
          const p: PreferenceParams = { fn: c.preference };
          if (c.q !== null) p.q = c.q;
          if (c.p !== null) p.p = c.p;
          if (c.s !== null) p.s = c.s;
          return p;
        }),
      };
    default:
      return normalization ? { method: scenario.method, normalization } : { method: scenario.method };
  }
}

export interface PreparedScenario {
  inputs: ScenarioInputs;
  matrix: DecisionMatrix;
  /** Index into inputs.subjects of each row of `matrix`. */
  rows: number[];
  excluded: ScenarioRun['excluded'];
  imputed: ScenarioRun['imputed'];
  warnings: RunWarning[];
  options: MethodOptions;
  weightSum: number;
}

/** Eligibility rules, the missing-value policy and the checks that keep NaN out: the matrix a method can rank. */
export function prepareScenario(inputs: ScenarioInputs): PreparedScenario {
  const { scenario, subjects, cells } = inputs;
  const { criteria } = scenario;
  if (criteria.length === 0) throw scenarioRefusal('no-criteria', {}, `Scenario "${scenario.name}" has no criteria yet: add at least one.`);
  const present = subjects.map((s, i) => ({ s, i })).filter(({ s }) => s.exists);
  const excluded: ScenarioRun['excluded'] = subjects
    .filter((s) => !s.exists)
    .map((s) => ({ key: s.key, label: s.label, reasons: [{ kind: 'not-found' }], messages: ['no longer in the workspace'] }));
  const raw: RawDecisionMatrix = {
    alternatives: present.map(({ s }) => s.key),
    criteria: criteria.map((c) => ({ name: c.label, direction: c.direction, weight: c.weight })),
    values: present.map(({ i }) => (cells[i] ?? []).map((cell) => cell.value)),
  };
  const rules: EligibilityRule[] = criteria.flatMap((c) => [
    ...(c.min !== null ? [{ criterion: c.label, operator: '>=' as const, value: c.min }] : []),
    ...(c.max !== null ? [{ criterion: c.label, operator: '<=' as const, value: c.max }] : []),
  ]);
  if (scenario.missingPolicy !== 'exclude' && present.length > 0) {
    const empty = criteria.findIndex((_, j) => raw.values.every((row) => row[j] === null || row[j] === undefined));
    if (empty >= 0) {
      throw scenarioRefusal(
        'no-values',
        { criterion: empty, label: criteria[empty]?.label ?? '' },
        `Criterion "${criteria[empty]?.label ?? ''}" has no value for any alternative; nothing to impute from. Pick another period or source, or remove the criterion.`,
      );
    }
  }
  const prepared = prepareMatrix(raw, { rules, missing: scenario.missingPolicy });
  const byKey = new Map(present.map(({ s, i }) => [s.key, { s, i }]));
  for (const e of prepared.excluded) {
    const entry = byKey.get(e.alternative);
    if (!entry) continue;
    excluded.push({ key: e.alternative, label: entry.s.label, reasons: reasonsFor(scenario, cells[entry.i] ?? []), messages: e.reasons });
  }
  const imputed = prepared.imputed.map((imp) => {
    const j = criteria.findIndex((c) => c.label === imp.criterion);
    // Imputation never excludes: every ranked alternative had a value on j except the imputed ones.
    const known = prepared.matrix.alternatives.length - prepared.imputed.filter((x) => x.criterion === imp.criterion).length;
    return {
      key: imp.alternative,
      label: byKey.get(imp.alternative)?.s.label ?? imp.alternative,
      criterion: j,
      value: imp.value,
      policy: scenario.missingPolicy,
      known,
      rule: imp.rule,
    };
  });
  const m = prepared.matrix.alternatives.length;
  if (m < 2) {
    const left =
      m === 0 ? 'No alternative is' : `Only one alternative (${byKey.get(prepared.matrix.alternatives[0] ?? '')?.s.label ?? ''}) is`;
    throw scenarioRefusal(
      'too-few',
      { ranked: m, excluded: excluded.length },
      `${left} left to rank after the eligibility rules and the missing-value policy (${excluded.length} excluded); at least two are needed. ` +
        'Relax the thresholds, impute missing values, or add alternatives.',
    );
  }
  const weights = criteria.map((c) => c.weight);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (!(weightSum > 0)) throw scenarioRefusal('zero-weights', {}, 'All weights are zero: give at least one criterion a positive weight.');
  const warnings: RunWarning[] = [];
  if (Math.abs(weightSum - 100) > 0.5 && Math.abs(weightSum - 1) > 0.005) {
    warnings.push({
      code: 'weights-sum',
      params: { sum: round(weightSum) },
      message: `The weights sum to ${round(weightSum)}, not 100%; they were used as relative importances (each divided by the sum).`,
    });
  }
  const cr = scenario.weightOrigin === 'ahp' && scenario.ahpMatrix ? consistencyRatio(scenario.ahpMatrix) : null;
  if (cr !== null && cr > CR_THRESHOLD) {
    // Saaty: above 0.10 the judgements call for revision. Saved as they are, but every result says so.
    warnings.push({
      code: 'ahp-inconsistent',
      params: { cr: round(cr), threshold: CR_THRESHOLD },
      message: `The AHP judgements the weights come from are inconsistent (consistency ratio ${round(cr)}, above ${CR_THRESHOLD}): revise the judgements the weights contradict most.`,
    });
  }
  criteria.forEach((c, j) => {
    const first = prepared.matrix.values[0]?.[j];
    if (prepared.matrix.values.every((row) => row[j] === first)) {
      warnings.push({
        code: 'constant-criterion',
        params: { criterion: j, value: first ?? 0 },
        message: `Criterion "${c.label}" has the same value (${first}) for every ranked alternative; it cannot separate them.`,
      });
    }
  });
  const rows = prepared.matrix.alternatives.map((key) => byKey.get(key)?.i ?? 0);
  return { inputs, matrix: prepared.matrix, rows, excluded, imputed, warnings, options: methodOptions(scenario), weightSum };
}

function reasonsFor(scenario: Scenario, cells: readonly InputCell[]): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  scenario.criteria.forEach((c, j) => {
    const v = cells[j]?.value ?? null;
    const ruled = c.min !== null || c.max !== null;
    if (v === null) {
      if (ruled || scenario.missingPolicy === 'exclude') reasons.push({ kind: 'missing', criterion: j });
      return;
    }
    if (c.min !== null && v < c.min) reasons.push({ kind: 'below-min', criterion: j, value: v, threshold: c.min });
    if (c.max !== null && v > c.max) reasons.push({ kind: 'above-max', criterion: j, value: v, threshold: c.max });
  });
  return reasons;
}

/** Ranks a scenario: scores, ranks, contributions, who was excluded and why, what was imputed. */
export function runPrepared(conn: Connection, p: PreparedScenario): ScenarioRun {
  const { scenario, subjects, cells } = p.inputs;
  checkRankable(p);
  const result = rankAlternatives(p.matrix, p.options);
  const m = p.matrix.alternatives.length;
  const warnings = [...p.warnings];
  const topN = Math.min(scenario.topN, m - 1);
  if (topN < scenario.topN) {
    warnings.push({
      code: 'top-n-reduced',
      params: { requested: scenario.topN, used: topN, ranked: m },
      message: `The top ${scenario.topN} was reduced to the top ${topN}: only ${m} alternatives are ranked.`,
    });
  }
  if (scenario.frozenAt) {
    warnings.push({
      code: 'frozen',
      params: { at: scenario.frozenAt },
      message: `Frozen on ${scenario.frozenAt}: the values are those snapshotted then, not the workspace's current data.`,
    });
  }
  const normalized = methodMatrix(p.matrix, p.options);
  const n = p.matrix.criteria.length;
  const units = indicatorUnits(conn);
  const ranked = result.order.map((r, position) => {
    const subject = subjects[p.rows[r] ?? 0] as Subject;
    return {
      key: subject.key,
      kind: subject.ref.kind,
      code: subject.ref.code,
      label: subject.label,
      municipality: subject.municipality?.name ?? null,
      lat: subject.lat,
      lon: subject.lon,
      values: [...(p.matrix.values[r] ?? [])],
      normalized: Array.from(normalized.data.subarray(r * n, (r + 1) * n), clean),
      score: clean(result.scores[r] ?? 0),
      rank: result.ranks[r] ?? position + 1,
      inTop: position < topN,
      contributions: (result.contributions.values[r] ?? []).map(clean),
      secondary: result.contributions.secondary ? (result.contributions.secondary[r] ?? []).map(clean) : null,
    };
  });
  const normalization: Normalization =
    p.options.method === 'vikor' ? 'minmax' : (p.options.normalization ?? DEFAULT_NORMALIZATION[p.options.method]);
  return {
    scenarioId: scenario.id,
    name: scenario.name,
    frozenAt: scenario.frozenAt,
    method: scenario.method,
    normalization,
    higherIsBetter: result.higherIsBetter,
    topN,
    criteria: scenario.criteria.map((c, j) => {
      const source = parseCriterionSource(c.source);
      return {
        label: c.label,
        source: c.source,
        direction: c.direction,
        weight: result.weights[j] ?? 0,
        unit: source ? criterionUnit(source, source.kind === 'indicator' ? (units.get(source.code) ?? '') : '') : '',
        period: cells.find((row) => row[j]?.period)?.[j]?.period ?? '',
      };
    }),
    ranked,
    excluded: p.excluded,
    imputed: p.imputed,
    warnings,
    contributionKind: result.contributions.kind,
    inputs: subjects.map((s, i) => ({ key: s.key, label: s.label, cells: cells[i] ?? [] })),
    weightSum: p.weightSum,
    compromise: result.vikor ? result.vikor.compromise.map((i) => subjects[p.rows[i] ?? 0]?.key ?? '') : null,
    model: { matrix: p.matrix, options: p.options },
  };
}

function indicatorUnits(conn: Connection): Map<string, string> {
  return new Map(new IndicatorRepository(conn).list().map((d) => [d.code, d.unit]));
}

/**
 * The method's own refusals of a prepared matrix, said with their reason: every criterion constant,
 * or sum normalization over a negative value. (The MCDA engine refuses them too, in English only.)
 */
function checkRankable(p: PreparedScenario): void {
  const { matrix, options } = p;
  const constant = matrix.criteria.every((_, j) => matrix.values.every((row) => row[j] === matrix.values[0]?.[j]));
  if (constant)
    throw scenarioRefusal('all-constant', {}, 'Every criterion has the same value for all alternatives; there is nothing to rank them by.');
  const normalization = options.method === 'vikor' ? 'minmax' : (options.normalization ?? DEFAULT_NORMALIZATION[options.method]);
  const negative = normalization === 'sum' ? lowestNegative(matrix) : null;
  if (negative) {
    throw scenarioRefusal(
      'negative-values',
      { criterion: negative.criterion, value: negative.value, by: 'sum' },
      `Sum normalization needs values of 0 or more, but criterion "${negative.name}" is ${negative.value} for "${negative.alternative}". Use min-max or z-score.`,
    );
  }
}

/** The first criterion with a negative value: its index, name, lowest value and the alternative with it. */
export function lowestNegative(matrix: DecisionMatrix): { criterion: number; name: string; value: number; alternative: string } | null {
  for (let j = 0; j < matrix.criteria.length; j++) {
    let at = -1;
    let value = 0;
    matrix.values.forEach((row, i) => {
      const x = row[j] ?? 0;
      if (x < value) [at, value] = [i, x];
    });
    if (at >= 0) return { criterion: j, name: matrix.criteria[j]?.name ?? '', value, alternative: matrix.alternatives[at] ?? '' };
  }
  return null;
}

/** A refusal the UI can say in the user's language: `params.reason` names it, with its values. */
export function scenarioRefusal<K extends ScenarioRefusal>(reason: K, values: ScenarioRefusalValues[K], message: string): ArranjoError {
  return new ArranjoError('INVALID_INPUT', message, {}, { reason, ...values });
}

function clean(x: number): number {
  return Number.isFinite(x) ? x || 0 : 0;
}

/** The consistency ratio of a stored pairwise matrix, or null when it cannot be read as one. */
function consistencyRatio(matrix: number[][]): number | null {
  try {
    return ahp(matrix).cr;
  } catch {
    return null;
  }
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}
