import { slug } from '../../text/fold';
import { editDistance } from '../../text/edit-distance';

/**
 * "Polo Apícola do Norte de Minas" → "POLO-APICOLA-DO-NORTE-DE-MINAS": an initiative's code made
 * from its name (an imported file that gives none, a new initiative entered by hand).
 */
export function initiativeCode(name: string): string {
  return slug(name).toUpperCase().slice(0, 80).replace(/-$/, '') || 'INICIATIVA';
}

/** The name's code, or the first of CODE-2, CODE-3… that none of `taken` is (a new initiative never takes one). */
export function freeInitiativeCode(name: string, taken: ReadonlySet<string>): string {
  const base = initiativeCode(name);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const code = `${base.slice(0, 80 - suffix.length).replace(/-$/, '')}${suffix}`;
    if (!taken.has(code)) return code;
  }
}

/** "Polo Apícola" and "polo apicola " meet: names equal up to case, accents and spaces. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** The numbers a folded name carries, in order ("arranjo007" → "007"; none → ""). */
const numbersOf = (folded: string): string => (folded.match(/\d+/g) ?? []).join(' ');

/**
 * Names of one route that differ by one or two letters once folded ("Polo dp Mel do Meio do Mundo"
 * beside "Polo do MEL do Meio do Mundo"): shown, never merged without the planner. Names told apart
 * by their numbers ("Núcleo 1" and "Núcleo 2", "Arranjo 007" and "Arranjo 001") are numbered
 * siblings, not two spellings of one: an agency's list of 600 numbered initiatives made ~30,000
 * such pairs, each a warning of the import and a line of the registry's merge list.
 */
export function findNearDuplicates<T extends { name: string; route: string | null }>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (!a || !b || foldName(a.route ?? '') !== foldName(b.route ?? '')) continue;
      const fa = foldName(a.name);
      const fb = foldName(b.name);
      if (fa === fb || Math.min(fa.length, fb.length) < 8 || numbersOf(fa) !== numbersOf(fb)) continue;
      if (editDistance(fa, fb) <= 2) out.push([a, b]);
    }
  }
  return out;
}

/**
 * Initiatives whose names are the same once folded, whatever their route: a second "Polo Apícola do
 * Norte de Minas" entered by hand beside the imported one. Shown for the planner to merge or tell
 * apart (two same-named initiatives of different states can both be real), never refused.
 */
export function findExactDuplicates<T extends { name: string }>(items: readonly T[]): [T, T][] {
  const byName = new Map<string, T[]>();
  for (const item of items) {
    const key = foldName(item.name);
    if (key === '') continue;
    byName.set(key, [...(byName.get(key) ?? []), item]);
  }
  const out: [T, T][] = [];
  for (const same of byName.values())
    for (let i = 0; i < same.length; i++) for (let j = i + 1; j < same.length; j++) out.push([same[i] as T, same[j] as T]);
  return out;
}

/** The initiatives already called `name` (folded): what the new-initiative form warns of before creating. */
export function sameNamed<T extends { name: string }>(name: string, items: readonly T[]): T[] {
  const key = foldName(name);
  return key === '' ? [] : items.filter((i) => foldName(i.name) === key);
}
