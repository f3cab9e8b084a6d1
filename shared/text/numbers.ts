/**
 * Parses a number written the Brazilian way ("1.234,56", "53280,339999998") or plainly ("1234.5").
 * Returns null for an empty cell. A lone comma or a dot followed by exactly three digits with a
 * comma elsewhere are read as pt-BR separators.
 */
export function parseBrazilianNumber(raw: string): number | null {
  const text = raw.trim().replace(/\s/g, '');
  if (text === '') return null;
  let normalized = text;
  if (text.includes(',')) {
    normalized = text.replace(/\./g, '').replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}
