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
  // Each name and route folded once, not once per pair: 679 initiatives are 230,000 pairs, and folding
  // inside the loop (a Unicode normalization and three regexes each time) took ~260 ms per registry query.
  const folded = items.map((item) => {
    const name = foldName(item.name);
    return { item, route: foldName(item.route ?? ''), name, numbers: numbersOf(name) };
  });
  const out: [T, T][] = [];
  for (let i = 0; i < folded.length; i++) {
    const a = folded[i];
    if (!a) continue;
    for (let j = i + 1; j < folded.length; j++) {
      const b = folded[j];
      if (!b || a.route !== b.route) continue;
      if (a.name === b.name || Math.min(a.name.length, b.name.length) < 8 || a.numbers !== b.numbers) continue;
      if (editDistance(a.name, b.name) <= 2) out.push([a.item, b.item]);
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
