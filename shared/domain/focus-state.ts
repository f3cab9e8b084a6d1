/**
 * The state the app focuses on: Minas Gerais (IBGE 31), the only state whose map ships today. In the
 * domain because both the app (the dashboard, the areas' maps) and the demo's build (its first screen,
 * made for this state) read it.
 */
export const FOCUS_STATE_CODE = 31;
/** Its abbreviation: the state proposed for municipalities an imported file gives by name only. */
export const FOCUS_STATE_ABBR = 'MG';
