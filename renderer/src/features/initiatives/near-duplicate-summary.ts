/**
 * What a list of look-alike pairs amounts to: how many initiatives they name and in how many groups
 * (names linked by a chain of pairs). A registry's look-alikes are counted in pairs, and a few names
 * alike with each other make many pairs (ten make 45): "12188 pares" alone did not say whether that was
 * a dozen names or the whole registry.
 */
export function nearDuplicateSummary(pairs: readonly { a: string; b: string }[]): { pairs: number; initiatives: number; groups: number } {
  const parent = new Map<string, string>();
  const root = (code: string): string => {
    let r = code;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    // Each name on the way points at the root afterwards (path compression).
    for (let c = code; c !== r;) {
      const next = parent.get(c) ?? r;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const roots = new Set([...parent.keys()].map(root));
  return { pairs: pairs.length, initiatives: parent.size, groups: roots.size };
}
