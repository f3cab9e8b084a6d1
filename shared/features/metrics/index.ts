/**
 * Metrics (the public entry of shared/features/metrics): the one grammar-to-values resolver for
 * "which number of a territory". Maps (dashboard, territories), prioritization criteria and their
 * pickers read through it, so the same metric id gives the same number everywhere.
 */
export type * from './types';
export { SUBJECT_KINDS } from './types';
export {
  alternativeKey,
  checkAlternatives,
  describeSubjects,
  listCriterionSources,
  resolveCriteria,
  resolveMetric,
  type Subject,
} from './metric-resolver';
export { listMapMetrics, mapMetricValues } from './map-metrics';
export { inputWords, inputWordsIn, type InputWord } from './input-words';
