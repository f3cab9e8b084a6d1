type Tree = { readonly [key: string]: string | Tree };

/**
 * CLDR puts 0 in Portuguese's singular (`one`: i = 0..1), so i18next wrote "0 linha", "0 obra"; in
 * Brazilian Portuguese a count of zero takes the plural ("0 linhas"). Every text with a singular
 * and a plural form gets a `_zero` form (the key i18next looks up first for a count of 0) with the
 * plural's words, unless it has one already.
 */
export function zeroAsPlural<T extends Tree>(tree: T): T {
  // One pass per object, no entry arrays: the first start runs this over pt-BR's ~2,800 texts (the
  // two Object.entries passes it had took ~11 ms of the page's main thread there; issue 16).
  const out: Record<string, string | Tree> = { ...tree };
  for (const key in tree) {
    const value = tree[key] as string | Tree;
    if (typeof value !== 'string') out[key] = zeroAsPlural(value);
    else if (key.endsWith('_other')) {
      const base = key.slice(0, -'_other'.length);
      if (`${base}_one` in tree && !(`${base}_zero` in tree)) out[`${base}_zero`] = value;
    }
  }
  return out as T;
}
