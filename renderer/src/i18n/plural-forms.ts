type Tree = { readonly [key: string]: string | Tree };

/**
 * The plural forms CLDR asks for that the texts do not write, taken from the plural (`_other`) of
 * every text with a singular and a plural form, unless the text has them already:
 * - `_zero` (the key i18next looks up first for a count of 0): CLDR puts 0 in Portuguese's singular
 *   (`one`: i = 0..1), so i18next wrote "0 linha", "0 obra"; in Brazilian Portuguese a count of zero
 *   takes the plural ("0 linhas"). English and Spanish already take their plural for 0.
 * - `_many`: Portuguese and Spanish put exact millions in `many` ("1.000.000 de filas"), and i18next
 *   showed the text's key for a count of 1,000,000 or 2,000,000 rows.
 */
export function completePlurals<T extends Tree>(tree: T): T {
  // One pass per object, no entry arrays: the first start runs this over the ~2,800 texts of its
  // language (two Object.entries passes took ~11 ms of the page's main thread there; issue 16).
  const out: Record<string, string | Tree> = { ...tree };
  for (const key in tree) {
    const value = tree[key] as string | Tree;
    if (typeof value !== 'string') out[key] = completePlurals(value);
    else if (key.endsWith('_other')) {
      const base = key.slice(0, -'_other'.length);
      if (!(`${base}_one` in tree)) continue;
      if (!(`${base}_zero` in tree)) out[`${base}_zero`] = value;
      if (!(`${base}_many` in tree)) out[`${base}_many`] = value;
    }
  }
  return out as T;
}
