import type { Action } from './types';

/** A municipality a programme reached: its actions and participants (by sex and age). */
export interface Reach {
  code: number;
  /** The municipality's name, or null when the workspace does not hold it. */
  name: string | null;
  actions: number;
  participants: number;
  women: number;
  youth: number;
}

/**
 * The actions summed by municipality, most participants first (then by name): the programme area's
 * reach table and map, and the monitoring workbook's sheet by territory.
 */
export function reachOf(actions: readonly Action[]): Reach[] {
  const by = new Map<number, Reach>();
  for (const a of actions) {
    const r = by.get(a.municipalityCode) ?? {
      code: a.municipalityCode,
      name: a.municipalityName,
      actions: 0,
      participants: 0,
      women: 0,
      youth: 0,
    };
    r.actions += 1;
    r.participants += a.participants;
    r.women += a.women;
    r.youth += a.youth;
    by.set(a.municipalityCode, r);
  }
  return [...by.values()].sort((a, b) => b.participants - a.participants || (a.name ?? '').localeCompare(b.name ?? ''));
}
