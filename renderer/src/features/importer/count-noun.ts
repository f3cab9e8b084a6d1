/** The targets whose rows become values: a number per territory, sector or indicator and period. */
const VALUE_TARGETS: readonly string[] = ['employment', 'indicator-values', 'population'];

/**
 * What an import's counts count, as the i18n context of their sentences: values for employment,
 * indicators and population; records (a work, a lot, a company, an action…) for every other target,
 * where "2 valores novos" would misname two companies.
 */
export function countContext(target: string): { context?: 'records' } {
  return VALUE_TARGETS.includes(target) ? {} : { context: 'records' };
}
