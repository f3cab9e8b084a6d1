import type { DecisionMatrix, PreferenceFunction, PreferenceParams } from './types';
import { invalid } from './validate';

/** A preference function with its thresholds checked and filled in. */
export interface ResolvedPreference {
  fn: PreferenceFunction;
  q: number;
  p: number;
  s: number;
}

/**
 * The six generalized criteria of Brans & Vincke (1985, Management Science 31:647),
 * P(d) for a positive difference d = g(a) − g(b) on a criterion (higher better); P = 0 when d ≤ 0.
 *
 * - usual (type I):        P = 1 for d > 0.
 * - ushape (II, quasi):    P = 0 for d ≤ q, else 1.
 * - vshape (III):          P = d/p for d ≤ p, else 1.
 * - level (IV):            P = 0 for d ≤ q, ½ for q < d ≤ p, 1 for d > p.
 * - linear (V):            P = 0 for d ≤ q, (d − q)/(p − q) for q < d ≤ p, 1 for d > p.
 * - gaussian (VI):         P = 1 − exp(−d²/(2s²)).
 */
export function preference(d: number, pref: ResolvedPreference): number {
  if (d <= 0) return 0;
  switch (pref.fn) {
    case 'usual':
      return 1;
    case 'ushape':
      return d <= pref.q ? 0 : 1;
    case 'vshape':
      return d >= pref.p ? 1 : d / pref.p;
    case 'level':
      return d <= pref.q ? 0 : d <= pref.p ? 0.5 : 1;
    case 'linear':
      return d <= pref.q ? 0 : d >= pref.p ? 1 : (d - pref.q) / (pref.p - pref.q);
    case 'gaussian':
      return 1 - Math.exp(-(d * d) / (2 * pref.s * pref.s));
  }
}

/** Checks the thresholds a preference function needs; q defaults to 0. */
export function resolvePreference(params: PreferenceParams, criterion: string): ResolvedPreference {
  const { fn } = params;
  const q = params.q ?? 0;
  const p = params.p ?? Number.NaN;
  const s = params.s ?? Number.NaN;
  const where = `criterion "${criterion}" (${fn} preference)`;
  const finite = (v: number | undefined, name: Threshold): void => {
    if (v !== undefined && !Number.isFinite(v))
      throw invalid(`The threshold ${name} of ${where} is not a number.`, { threshold: name, reason: 'number' });
  };
  finite(params.q, 'q');
  finite(params.p, 'p');
  finite(params.s, 's');
  if (q < 0)
    throw invalid(`The indifference threshold q of ${where} is negative (${q}); it must be 0 or more.`, {
      threshold: 'q',
      reason: 'negative',
    });
  switch (fn) {
    case 'usual':
    case 'ushape':
      return { fn, q, p: 0, s: 0 };
    case 'vshape':
      if (!(p > 0)) throw invalid(`${capital(where)} needs a preference threshold p greater than 0.`, thresholdRefusal('p', params.p, 0));
      return { fn, q: 0, p, s: 0 };
    case 'level':
    case 'linear':
      if (!(p > q))
        throw invalid(
          `${capital(where)} needs a preference threshold p greater than q (q = ${q}, p = ${Number.isNaN(p) ? 'missing' : p}).`,
          thresholdRefusal('p', params.p, q),
        );
      return { fn, q, p, s: 0 };
    case 'gaussian':
      if (!(s > 0)) throw invalid(`${capital(where)} needs an inflection parameter s greater than 0.`, thresholdRefusal('s', params.s, 0));
      return { fn, q: 0, p: 0, s };
    default:
      throw invalid(`Unknown preference function "${String(fn)}" for criterion "${criterion}".`);
  }
}

/** One preference function for all criteria, or one per criterion; default: the usual criterion. */
export function resolvePreferences(prefs: PreferenceParams | PreferenceParams[] | undefined, matrix: DecisionMatrix): ResolvedPreference[] {
  const names = matrix.criteria.map((c) => c.name);
  if (Array.isArray(prefs)) {
    if (prefs.length !== names.length) throw invalid(`${prefs.length} preference functions were given for ${names.length} criteria.`);
    return prefs.map((p, j) => resolvePreference(p, names[j] ?? String(j + 1)));
  }
  return names.map((name) => resolvePreference(prefs ?? { fn: 'usual' }, name));
}

/** A PROMETHEE threshold: indifference q, preference p, Gaussian inflection s. */
export type Threshold = 'q' | 'p' | 's';

/**
 * The params of a refused threshold, for a caller that says it in the user's language: which one
 * (`threshold`), and the field-refusal reason, `required` when it was left empty, else `above` its
 * lower bound `min` (exclusive).
 */
function thresholdRefusal(threshold: Threshold, given: number | undefined, min: number): Record<string, string | number> {
  return given === undefined ? { threshold, reason: 'required' } : { threshold, reason: 'above', min };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
