/** "Polo Apícola" and "polo apicola " meet: names equal up to case, accents and spaces. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Levenshtein distance, small strings only (initiative names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * Names of one route that differ by one or two letters once folded ("Polo dp Mel do Meio do Mundo"
 * beside "Polo do MEL do Meio do Mundo"): shown, never merged without the planner.
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
      if (fa === fb || Math.min(fa.length, fb.length) < 8) continue;
      if (editDistance(fa, fb) <= 2) out.push([a, b]);
    }
  }
  return out;
}
