/**
 * The state the app focuses on: Minas Gerais (IBGE 31), the only state whose map ships today.
 * Below the features (which read it) and the app shell, so no feature needs to import `app/`.
 */
export const FOCUS_STATE_CODE = 31;
