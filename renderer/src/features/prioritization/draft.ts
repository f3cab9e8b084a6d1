import type {
  AlternativeRef,
  CriterionSourceOption,
  Scenario,
  ScenarioCriterion,
  ScenarioDefinition,
} from '../../../../shared/features/prioritization/types';
import { pairwiseFor, withCriterion, withoutCriterion } from '../../components/weights/ahp-matrix';
import { normalizeTo100 } from '../../components/weights/weights';

/** The editable part of a scenario (what `updateScenario` takes). */
export type Draft = ScenarioDefinition;

export function draftOf(s: Scenario): Draft {
  return {
    name: s.name,
    description: s.description,
    method: s.method,
    vikorV: s.vikorV,
    normalization: s.normalization,
    topN: s.topN,
    missingPolicy: s.missingPolicy,
    weightOrigin: s.weightOrigin,
    ahpMatrix: s.ahpMatrix,
    alternatives: s.alternatives,
    criteria: s.criteria,
    weightSets: s.weightSets,
  };
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A new criterion from a picked source: its default label, direction, and an equal share of the weights. */
export function addCriterion(d: Draft, option: CriterionSourceOption, label: string): Draft {
  if (d.criteria.some((c) => c.source === option.source)) return d;
  const criterion: ScenarioCriterion = {
    source: option.source,
    label: uniqueLabel(label, d.criteria),
    direction: option.direction,
    weight: 0,
    preference: 'usual',
    q: null,
    p: null,
    s: null,
    min: null,
    max: null,
  };
  const criteria = [...d.criteria, criterion];
  const equal = normalizeTo100(criteria.map(() => 1));
  return {
    ...d,
    criteria: criteria.map((c, j) => ({ ...c, weight: equal[j] ?? 0 })),
    weightOrigin: d.weightOrigin === 'ahp' ? 'ahp' : 'direct',
    ahpMatrix: d.weightOrigin === 'ahp' ? withCriterion(pairwiseFor(d.ahpMatrix, d.criteria.length)) : d.ahpMatrix,
    weightSets: d.weightSets.map((w) => ({ ...w, weights: [...w.weights, 0], ahpMatrix: w.ahpMatrix ? withCriterion(w.ahpMatrix) : null })),
  };
}

export function removeCriterion(d: Draft, k: number): Draft {
  const criteria = d.criteria.filter((_, j) => j !== k);
  const ahpMatrix = d.ahpMatrix && d.ahpMatrix.length === d.criteria.length ? withoutCriterion(d.ahpMatrix, k) : null;
  const usable = (m: number[][] | null) => (m && m.length >= 2 ? m : null);
  return {
    ...d,
    criteria,
    ahpMatrix: usable(ahpMatrix),
    weightOrigin: d.weightOrigin === 'ahp' && !usable(ahpMatrix) ? 'direct' : d.weightOrigin,
    weightSets: d.weightSets.map((w) => {
      const m = w.ahpMatrix && w.ahpMatrix.length === d.criteria.length ? usable(withoutCriterion(w.ahpMatrix, k)) : null;
      return { ...w, weights: w.weights.filter((_, j) => j !== k), ahpMatrix: m };
    }),
  };
}

export function updateCriterion(d: Draft, k: number, patch: Partial<ScenarioCriterion>): Draft {
  return { ...d, criteria: d.criteria.map((c, j) => (j === k ? { ...c, ...patch } : c)) };
}

/** Weights typed or slid by hand: they no longer come from AHP or an objective method. */
export function setWeights(d: Draft, weights: readonly number[], origin: Draft['weightOrigin'] = 'direct'): Draft {
  return {
    ...d,
    weightOrigin: origin,
    ahpMatrix: origin === 'ahp' ? d.ahpMatrix : null,
    criteria: d.criteria.map((c, j) => ({ ...c, weight: weights[j] ?? 0 })),
  };
}

function uniqueLabel(label: string, criteria: readonly ScenarioCriterion[]): string {
  const taken = new Set(criteria.map((c) => c.label.toLowerCase()));
  if (!taken.has(label.toLowerCase())) return label;
  for (let k = 2; ; k++) if (!taken.has(`${label} (${k})`.toLowerCase())) return `${label} (${k})`;
}

export function alternativeKey(a: AlternativeRef): string {
  return `${a.kind}:${a.code}`;
}
