import type { FieldRefusal, FieldRefusalValues } from '../../shared/domain/field-refusals';

/**
 * Values for every field reason, to check that each has a text. Typed by the vocabulary: a reason
 * added to FIELD_REFUSALS fails the type check until it has its sample here.
 */
export const FIELD_REFUSAL_SAMPLES: { [K in FieldRefusal]: FieldRefusalValues[K] } = {
  required: {},
  number: {},
  'whole-number': {},
  negative: {},
  'at-least': { min: 1 },
  'at-most': { max: 4 },
  above: { min: 0 },
  below: { max: 100 },
  'too-short': { min: 3 },
  'too-long': { max: 64 },
  'too-few-items': { min: 1 },
  'too-many-items': { max: 10 },
  choice: { options: 'a,b' },
  format: {},
  'code-chars': {},
  'period-format': {},
  'criterion-source': {},
  'min-above-max': { min: 10, max: 1 },
  'unknown-unit': { value: 'dólares' },
  'built-in': {},
  'has-values': { count: 2 },
  'site-in-use': { works: 3, plans: 1, lots: 2, prospects: 0, actions: 1 },
  duplicate: { value: 'X' },
  'not-a-municipality': { value: '3199999', count: 1 },
  'not-found': { value: 'NOPE' },
  'ahp-matrix-missing': {},
  'weights-count': { count: 1, criteria: 2 },
  'matrix-size': { size: 2, criteria: 3 },
  frozen: {},
  'initiative-owned': { value: 'Polo Apícola do Norte de Minas' },
  'progress-below-previous': { value: 30, previous: 40, date: '2025-06-30' },
  'before-start': { start: '2025-09-01' },
  'above-participants': { max: 12 },
  invalid: {},
};
