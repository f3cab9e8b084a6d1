import { countsValues } from '../../../../shared/import/mapping/mapping-schema';

/**
 * What an import's counts count, as the i18n context of their sentences: values for employment,
 * indicators and population; records (a work, a lot, a company, an action…) for every other target,
 * where "2 valores novos" would misname two companies.
 */
export function countContext(target: string): { context?: 'records' } {
  return countsValues(target) ? {} : { context: 'records' };
}
