/**
 * The built-in infrastructure survey of a district (migration 0004): one indicator per item, scored
 * 0–4 on one scale. Codemig's programme diagnosed each district's infrastructure needs along these
 * axes before choosing its priorities; the scores are entered or imported by the planner.
 */
export const SURVEY_CODES = [
  'INFRA_WATER',
  'INFRA_SEWAGE',
  'INFRA_POWER',
  'INFRA_PAVING',
  'INFRA_DRAINAGE',
  'INFRA_LIGHTING',
  'INFRA_TELECOM',
  'INFRA_ROAD',
  'INFRA_RAIL',
  'INFRA_SECURITY',
  'INFRA_WASTE',
  'INFRA_VACANT_LOTS',
] as const;

export const SURVEY_SCALE = [0, 1, 2, 3, 4] as const;

/** Indicators shipped with Arranjo: their code, unit and scale are fixed (names and texts may be edited). */
export const BUILT_IN_INDICATORS: ReadonlySet<string> = new Set<string>(['POP', ...SURVEY_CODES]);
