import type { ImportMapping } from '../mapping/mapping-schema';
import type { ImportLayout } from '../types';
import { normalizeName } from '../values/text';

/** The 27 states by abbreviation and name (IBGE), as a file name may carry them. */
const STATES: Readonly<Record<string, string>> = {
  AC: 'Acre',
  AL: 'Alagoas',
  AP: 'Amapá',
  AM: 'Amazonas',
  BA: 'Bahia',
  CE: 'Ceará',
  DF: 'Distrito Federal',
  ES: 'Espírito Santo',
  GO: 'Goiás',
  MA: 'Maranhão',
  MT: 'Mato Grosso',
  MS: 'Mato Grosso do Sul',
  MG: 'Minas Gerais',
  PA: 'Pará',
  PB: 'Paraíba',
  PR: 'Paraná',
  PE: 'Pernambuco',
  PI: 'Piauí',
  RJ: 'Rio de Janeiro',
  RN: 'Rio Grande do Norte',
  RS: 'Rio Grande do Sul',
  RO: 'Rondônia',
  RR: 'Roraima',
  SC: 'Santa Catarina',
  SP: 'São Paulo',
  SE: 'Sergipe',
  TO: 'Tocantins',
};

/**
 * The state a file name names: an upper-case abbreviation standing alone ("VAF_MG_2021.xlsx"; lower
 * case is left alone, "es", "pa", "to" being words) or a state's full name ("vaf minas gerais.xlsx").
 */
export function stateOfFileName(fileName: string): string | null {
  const base = fileName.replace(/\.[^.]+$/, '');
  const abbr = base.split(/[^A-Za-z]+/).find((token) => token.length === 2 && token in STATES);
  if (abbr) return abbr;
  const words = ` ${normalizeName(base)} `;
  // Longest names first: "Mato Grosso do Sul" before "Mato Grosso".
  const named = Object.entries(STATES)
    .sort((a, b) => b[1].length - a[1].length)
    .find(([, name]) => words.includes(` ${normalizeName(name)} `));
  return named?.[0] ?? null;
}

export type StateOrigin = 'file-name' | 'focus';

/**
 * The state to propose for territories given by name only, when the mapping neither names one nor
 * reads it from a column: the one the file name names, else the workspace's focus state. Null when the
 * territories are not names (codes need no state) or are states themselves.
 */
export function proposeNameState(
  mapping: ImportMapping,
  layout: ImportLayout,
  fileName: string,
  focusState: string,
): { state: string; origin: StateOrigin } | null {
  if (mapping.state || mapping.subject === 'state') return null;
  if (mapping.columns.some((c) => c.role.role === 'state')) return null;
  const territory = mapping.columns.find((c) => c.role.role === 'territory');
  const kind = territory ? layout.columns[territory.column]?.kind : undefined;
  if (kind !== 'text' && kind !== 'mixed') return null;
  const named = stateOfFileName(fileName);
  return named ? { state: named, origin: 'file-name' } : { state: focusState, origin: 'focus' };
}
