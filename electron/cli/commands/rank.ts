import { MISSING_POLICIES, resolveMissing, type MissingPolicy } from '../../../shared/analysis/mcda/missing';
import { parseMatrixCsv } from '../../../shared/analysis/mcda/matrix-csv';
import { rankAlternatives } from '../../../shared/analysis/mcda/ranking';
import {
  METHODS,
  NORMALIZATIONS,
  PREFERENCE_FUNCTIONS,
  type DecisionMatrix,
  type MethodOptions,
  type Method,
  type Normalization,
  type PreferenceFunction,
  type RawDecisionMatrix,
} from '../../../shared/analysis/mcda/types';
import { weightSumKind } from '../../../shared/analysis/mcda/weights';
import { ArranjoError } from '../../../shared/errors';
import { ROW_FORMATS, type CliCommand, type CommandResult, type ParsedCommand } from '../command';
import { openWorkspace } from '../context';
import { readTextFile } from './read-text-file';

/** → alternative,score,rank (best first; vikor: score = Q, rank 1 = lowest Q) */
export const rankCommand: CliCommand = {
  name: 'rank',
  maxArguments: 1,
  usage:
    'arranjo rank <ws> --scenario <name> [--format csv|json]   a saved scenario of the workspace → alternative,score,rank\n' +
    '  arranjo rank --matrix m.csv --method wsm|topsis|promethee2|vikor [--normalization minmax|vector|sum|zscore|none]\n' +
    '             [--preference usual|ushape|vshape|level|linear|gaussian] [--q x] [--p x] [--s x] [--v x]\n' +
    '             [--missing exclude|mean|median|worst] [--normalize-weights] [--format csv|json]\n' +
    '      m.csv: header "alternative,<criterion>,…"; row "weight,…"; row "direction,benefit|cost,…"; then one row\n' +
    '      per alternative; decimals with a dot ("0,25" only quoted; a ;-separated pt-BR file takes decimal commas)\n' +
    '      → alternative,score,rank, best first (vikor: score = Q, rank 1 = lowest Q). Default normalization: wsm\n' +
    "      minmax, topsis vector, promethee2 none (thresholds q, p, s in each criterion's units, one preference\n" +
    '      function for all criteria, default usual); vikor scales by best and worst values itself. Weights must\n' +
    '      sum to 1 or to 100 (within half a point); any other sum is refused unless --normalize-weights, which\n' +
    '      takes them as relative importances. An empty cell is refused unless --missing says what to do.',
  options: {
    scenario: { type: 'string' },
    matrix: { type: 'string' },
    method: { type: 'string' },
    normalization: { type: 'string' },
    preference: { type: 'string' },
    q: { type: 'string' },
    p: { type: 'string' },
    s: { type: 'string' },
    v: { type: 'string' },
    missing: { type: 'string' },
    'normalize-weights': { type: 'boolean' },
  },
  formats: ROW_FORMATS,
  async run(cmd) {
    if (cmd.string('scenario') !== undefined || cmd.optionalPositional(0) !== undefined) return rankScenario(cmd);
    const file = cmd.requiredString('matrix');
    if (cmd.string('method') === undefined) throw new ArranjoError('INVALID_INPUT', `--method is required: ${METHODS.join(', ')}.`);
    const method = cmd.choice<Method>('method', METHODS, 'wsm');
    const options = methodOptions(cmd, method);
    const missing = cmd.string('missing') !== undefined;
    const raw = parseMatrixCsv(await readTextFile(file, 'matrix'), file, {
      missing: missing ? 'keep' : 'refuse',
      missingHint: `Fill it in, or pass --missing ${MISSING_POLICIES.join('|')}.`,
    });
    checkWeightSum(raw, file, cmd.flag('normalize-weights'));
    const { matrix, notes } = completeMatrix(raw, cmd, file);
    const result = rankAlternatives(matrix, options);
    const top = largest(result.scores);
    return {
      warnings: [...notes, ...result.warnings],
      rows: {
        header: ['alternative', 'score', 'rank'],
        rows: result.order.map((i) => [result.alternatives[i] ?? '', score(result.scores[i] ?? 0, top), result.ranks[i] ?? 0]),
      },
    };
  },
};

/** `arranjo rank <ws> --scenario <name>`: the scenario defines its method, weights and data (frozen or live). */
async function rankScenario(cmd: ParsedCommand): Promise<CommandResult> {
  const workspace = cmd.optionalPositional(0);
  const name = cmd.string('scenario');
  if (workspace === undefined)
    throw new ArranjoError('INVALID_INPUT', 'arranjo rank --scenario needs the workspace file: arranjo rank <ws> --scenario <name>.');
  // A matrix given a workspace too, or as one (`rank m.csv --method wsm`): "--scenario is required" misled.
  if ((name === undefined || name.trim() === '') && (cmd.string('matrix') !== undefined || /\.csv$/i.test(workspace)))
    throw new ArranjoError(
      'INVALID_INPUT',
      `arranjo rank: a matrix is ranked without a workspace (arranjo rank --matrix m.csv --method …); ${workspace} is taken as a workspace, whose saved scenario --scenario <name> would be ranked.`,
    );
  if (name === undefined || name.trim() === '')
    throw new ArranjoError('INVALID_INPUT', `arranjo rank ${workspace}: --scenario <name> is required.`);
  const extra = ['matrix', 'method', 'normalization', 'preference', 'q', 'p', 's', 'v', 'missing'].filter(
    (o) => cmd.string(o) !== undefined,
  );
  if (cmd.flag('normalize-weights')) extra.push('normalize-weights');
  if (extra.length > 0) {
    throw new ArranjoError(
      'INVALID_INPUT',
      `${extra.map((o) => `--${o}`).join(', ')} cannot be combined with --scenario: the saved scenario defines its matrix, method and options.`,
    );
  }
  const engine = await openWorkspace(workspace);
  const scenario = (await engine.listScenarios()).find((s) => s.name === name);
  if (!scenario) {
    const names = (await engine.listScenarios()).map((s) => `"${s.name}"`);
    throw new ArranjoError(
      'INVALID_INPUT',
      `${workspace}: no scenario named "${name}"${names.length > 0 ? ` (the workspace has ${names.join(', ')})` : ' (the workspace has none)'}.`,
      { file: workspace },
    );
  }
  const run = await engine.runScenario(scenario.id);
  const top = largest(run.ranked.map((r) => r.score));
  return {
    warnings: [
      ...run.excluded.map((e) => `${e.label} excluded: ${e.messages.join('; ')}`),
      ...run.imputed.map((i) => `${i.label}, ${run.criteria[i.criterion]?.label ?? ''}: imputed ${round(i.value)} (${i.rule})`),
      ...run.warnings.map((w) => w.message),
    ],
    rows: { header: ['alternative', 'score', 'rank'], rows: run.ranked.map((r) => [r.label, score(r.score, top), r.rank]) },
  };
}

function methodOptions(cmd: ParsedCommand, method: Method): MethodOptions {
  const given = (name: string): boolean => cmd.string(name) !== undefined;
  const refuse = (message: string): ArranjoError => new ArranjoError('INVALID_INPUT', message);
  if (method !== 'promethee2') {
    const extra = ['preference', 'q', 'p', 's'].filter(given);
    if (extra.length > 0)
      throw refuse(`${extra.map((o) => `--${o}`).join(', ')} ${extra.length > 1 ? 'apply' : 'applies'} only to --method promethee2.`);
  }
  if (method !== 'vikor' && given('v')) throw refuse('--v applies only to --method vikor.');
  const normalization = given('normalization') ? cmd.choice<Normalization>('normalization', NORMALIZATIONS, 'minmax') : undefined;
  switch (method) {
    case 'vikor': {
      if (normalization !== undefined)
        throw refuse('--normalization does not apply to vikor: it scales each criterion by its own best and worst values.');
      const v = cmd.number('v');
      return v === undefined ? { method } : { method, v };
    }
    case 'promethee2': {
      const fn = cmd.choice<PreferenceFunction>('preference', PREFERENCE_FUNCTIONS, 'usual');
      const q = cmd.number('q');
      const p = cmd.number('p');
      const s = cmd.number('s');
      return {
        method,
        ...(normalization ? { normalization } : {}),
        preferences: { fn, ...(q !== undefined ? { q } : {}), ...(p !== undefined ? { p } : {}), ...(s !== undefined ? { s } : {}) },
      };
    }
    default:
      return normalization ? { method, normalization } : { method };
  }
}

/** Weights must be typed as fractions of 1 or percentages; anything else only with --normalize-weights. */
function checkWeightSum(raw: RawDecisionMatrix, file: string, normalize: boolean): void {
  const weights = raw.criteria.map((c) => c.weight);
  const { sum, kind } = weightSumKind(weights);
  if (kind !== 'other' || normalize || sum <= 0) return;
  const relative = weights.map((w) => round(w / sum, 4)).join(', ');
  throw new ArranjoError(
    'INVALID_INPUT',
    `${file}, row 2: the weights sum to ${round(sum, 6)}, not 1 or 100. Fix the weight row, or pass --normalize-weights ` +
      `to use them as relative importances (${relative}).`,
    { file, row: 2 },
  );
}

/**
 * Missing cells were refused by the parser unless --missing says what to do with them. When
 * `exclude` leaves fewer than two alternatives, the refusal names who was left out and why ("There
 * are no alternatives to rank" said nothing of the exclusions, whose warnings were never printed).
 */
function completeMatrix(raw: RawDecisionMatrix, cmd: ParsedCommand, file: string): { matrix: DecisionMatrix; notes: string[] } {
  const policy = cmd.choice<MissingPolicy>('missing', MISSING_POLICIES, 'exclude');
  const resolved = resolveMissing(raw, policy);
  const left = resolved.matrix.alternatives.length;
  if (left < 2 && resolved.excluded.length > 0) {
    const shown = resolved.excluded.slice(0, 5).map((e) => `${e.alternative}: ${e.reasons.join(', ')}`);
    const more = resolved.excluded.length - shown.length;
    throw new ArranjoError(
      'INVALID_INPUT',
      `${file}: --missing exclude left out ${resolved.excluded.length} of ${raw.alternatives.length} alternatives ` +
        `(${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}), leaving ${left}; at least two are needed. ` +
        'Fill in the values, or pass --missing mean|median|worst to impute them.',
      { file },
    );
  }
  const notes = [
    ...resolved.excluded.map((e) => `${e.alternative} excluded: ${e.reasons.join('; ')}`),
    ...resolved.imputed.map((i) => `${i.alternative}, ${i.criterion}: imputed ${i.value} (${i.rule})`),
  ];
  return { matrix: resolved.matrix, notes };
}

/** 12 significant digits: no 0.30000000000000004 in a CSV meant for people and scripts. */
function round(x: number, digits = 12): number {
  const r = Number(x.toPrecision(digits));
  return r === 0 ? 0 : r;
}

/**
 * A score as printed: one within 1e-12 of zero, relative to the largest score, is zero. Two
 * PROMETHEE alternatives that tie printed net flows of -5.55111512313e-17 and 5.55111512313e-17.
 * Relative, because a weighted sum without normalization is in the values' own units: values near
 * 1e-13 all printed 0, with ranks 1, 2, 3.
 */
function score(x: number, largestScore: number): number {
  return Math.abs(x) < 1e-12 * largestScore ? 0 : round(x);
}

/** The largest magnitude among the scores, the scale `score` judges zero against. */
function largest(scores: readonly number[]): number {
  return scores.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
}
