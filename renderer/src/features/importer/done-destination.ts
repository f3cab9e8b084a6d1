import type { ImportTarget } from '../../../../shared/import/mapping/mapping-schema';

/** Where the wizard's last step can send the planner (navbar areas; the app shell does the switching). */
export type WizardDestination = 'dashboard' | 'territories' | 'works' | 'attraction' | 'programmes' | 'initiatives' | 'import-export';

/**
 * The area that shows what an import wrote: the economic data on the dashboard (its counts, the jobs
 * chart), the registries in their own areas. The dashboard shows neither polos, works, lots nor
 * programmes, so "See it on the dashboard" after importing them led nowhere.
 */
export const TARGET_DESTINATION: Record<ImportTarget, WizardDestination> = {
  employment: 'dashboard',
  'indicator-values': 'dashboard',
  population: 'dashboard',
  sites: 'territories',
  works: 'works',
  measurements: 'works',
  lots: 'attraction',
  prospects: 'attraction',
  initiatives: 'initiatives',
  'programme-actions': 'programmes',
  'programme-targets': 'programmes',
};
