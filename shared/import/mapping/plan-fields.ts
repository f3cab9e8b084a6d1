/**
 * Columns of the canonical layouts `arranjo-lotes` and `arranjo-empresas` (DESIGN.md §10), as the
 * import's `plan-field` role names them.
 */
export const LOT_FIELDS = ['siteCode', 'lotCode', 'areaM2', 'pricePerM2', 'status', 'zoning', 'pollutionClass', 'infrastructure', 'notes'] as const;
export const PROSPECT_FIELDS = [
  'siteCode',
  'company',
  'cnpj',
  'cnae',
  'investment',
  'jobs',
  'areaNeededM2',
  'stage',
  'nextAction',
  'nextActionDate',
  'contact',
  'notes',
] as const;
/** What a lot or a prospect cannot be read without: the wizard asks for these columns before the check. */
export const LOT_REQUIRED_FIELDS = ['siteCode', 'lotCode', 'areaM2', 'status'] as const satisfies readonly (typeof LOT_FIELDS)[number][];
export const PROSPECT_REQUIRED_FIELDS = ['siteCode', 'company', 'stage'] as const satisfies readonly (typeof PROSPECT_FIELDS)[number][];
export const PLAN_FIELDS = [...new Set([...LOT_FIELDS, ...PROSPECT_FIELDS])] as [string, ...string[]];
export type PlanField = (typeof LOT_FIELDS)[number] | (typeof PROSPECT_FIELDS)[number];
