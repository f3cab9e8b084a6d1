type Tree = { readonly [key: string]: string | Tree };

/**
 * CLDR puts 0 in Portuguese's singular (`one`: i = 0..1), so i18next wrote "0 linha", "0 obra"; in
 * Brazilian Portuguese a count of zero takes the plural ("0 linhas"). Every text with a singular
 * and a plural form gets a `_zero` form (the key i18next looks up first for a count of 0) with the
 * plural's words, unless it has one already.
 */
export function zeroAsPlural<T extends Tree>(tree: T): T {
  const out: Record<string, string | Tree> = {};
  for (const [key, value] of Object.entries(tree)) out[key] = typeof value === 'string' ? value : zeroAsPlural(value);
  for (const [key, value] of Object.entries(tree)) {
    const base = key.endsWith('_other') ? key.slice(0, -'_other'.length) : null;
    if (base !== null && typeof value === 'string' && `${base}_one` in tree && !(`${base}_zero` in tree)) out[`${base}_zero`] = value;
  }
  return out as T;
}
