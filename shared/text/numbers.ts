import { parseNumberText } from '../import/values/number';

/**
 * A number written the Brazilian way ("1.234,56", "53280,339999998" → 53280.34) or plainly
 * ("1234.5"): null for an empty cell, NaN for anything else that is not a number (missing-value
 * symbols included). A thin wrapper over the import's value parser (`parseNumberText`), which also
 * says what a non-number means; use that in new code.
 */
export function parseBrazilianNumber(raw: string): number | null {
  const result = parseNumberText(raw, 'comma');
  if (result.kind === 'number') return result.value;
  return result.kind === 'empty' ? null : Number.NaN;
}
