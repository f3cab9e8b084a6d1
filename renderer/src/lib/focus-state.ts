/**
 * The state the app focuses on: Minas Gerais (IBGE 31), the only state whose map ships today.
 * Below the features (which read it) and the app shell, so no feature needs to import `app/`.
 */
export const FOCUS_STATE_CODE = 31;
/** Its abbreviation: the state proposed for municipalities an imported file gives by name only. */
export const FOCUS_STATE_ABBR = 'MG';
