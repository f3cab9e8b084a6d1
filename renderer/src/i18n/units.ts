import type { TFunction } from 'i18next';

/** Units the engine stores in Portuguese, mapped to translation keys; unknown units show as stored. */
const UNIT_KEYS = {
  empregos: 'units.jobs',
  'hab.': 'units.inhabitants',
  habitantes: 'units.inhabitants',
  estabelecimentos: 'units.establishments',
  necessidades: 'units.needs',
} as const;

export function translateUnit(t: TFunction, unit: string): string {
  const key = UNIT_KEYS[unit as keyof typeof UNIT_KEYS];
  return key ? t(key) : unit;
}
