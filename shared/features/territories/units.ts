/**
 * The units an indicator may carry, as stored (Portuguese, like the rest of the data). A planner
 * picks one of these when defining an indicator; anything else is refused as an unknown unit.
 * `additive`: summing values over municipalities makes sense (people, jobs, money, area), so a
 * state's or a territory's value can be the sum of its municipalities'.
 */
export const UNITS = {
  '': { additive: false },
  'hab.': { additive: true },
  habitantes: { additive: true },
  pessoas: { additive: true },
  empregos: { additive: true },
  estabelecimentos: { additive: true },
  empresas: { additive: true },
  lotes: { additive: true },
  unidades: { additive: true },
  R$: { additive: true },
  'R$ mil': { additive: true },
  'R$ milhões': { additive: true },
  'R$/hab.': { additive: false },
  '%': { additive: false },
  índice: { additive: false },
  'escala 0–4': { additive: false },
  ha: { additive: true },
  'm²': { additive: true },
  km: { additive: true },
  'km²': { additive: true },
  MW: { additive: true },
  kVA: { additive: true },
  anos: { additive: false },
  dias: { additive: false },
} as const satisfies Record<string, { additive: boolean }>;

export type KnownUnit = keyof typeof UNITS;
export const KNOWN_UNITS = Object.keys(UNITS) as KnownUnit[];

export function isKnownUnit(unit: string): unit is KnownUnit {
  return Object.prototype.hasOwnProperty.call(UNITS, unit);
}

export function isAdditiveUnit(unit: string): boolean {
  return isKnownUnit(unit) && UNITS[unit].additive;
}

/** The survey scale's unit, shared by the built-in infrastructure indicators (migration 0004). */
export const SURVEY_UNIT = 'escala 0–4';
export const SURVEY_CATEGORY = 'infrastructure';
