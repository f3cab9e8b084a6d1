/**
 * CNPJ check digits (Receita Federal, "módulo 11"): each of the two check digits is
 * 11 − (Σ digitᵢ × weightᵢ mod 11), or 0 when that is 10 or 11; weights 5,4,3,2,9,8,7,6,5,4,3,2 for
 * the first and 6,5,4,3,2,9,8,7,6,5,4,3,2 for the second. Numeric CNPJs only, as the CLI contract
 * (DESIGN.md §10) states; the alphanumeric CNPJ of IN RFB 2.229/2024 would need letters mapped to
 * ASCII − 48 before the same sums.
 */
const FIRST = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const SECOND = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

export type CnpjCheck =
  { ok: true; digits: string } | { ok: false; reason: 'length' | 'repeated' | 'check-digits'; digits: string; expected?: string };

/** Reads "11.222.333/0001-81" or "11222333000181"; punctuation (. / - spaces) is ignored. */
export function checkCnpj(text: string): CnpjCheck {
  const digits = text.replace(/[.\-/\s]/g, '');
  if (!/^\d{14}$/.test(digits)) return { ok: false, reason: 'length', digits };
  // Repeated digits pass the arithmetic but the Receita never issues them.
  if (/^(\d)\1{13}$/.test(digits)) return { ok: false, reason: 'repeated', digits };
  const n = [...digits].map(Number);
  const d1 = checkDigit(n, FIRST);
  const d2 = checkDigit([...n.slice(0, 12), d1], SECOND);
  const expected = `${d1}${d2}`;
  if (digits.slice(12) !== expected) return { ok: false, reason: 'check-digits', digits, expected };
  return { ok: true, digits };
}

/**
 * A CNPJ as a spreadsheet may have kept it: Excel stores "01234567000195" typed without punctuation
 * as the number 1234567000195, its leading zeros gone, and a CSV saved from it has 13 digits. Fewer
 * than 14 bare digits are read with the zeros put back when the check digits then hold (they are
 * what tells the lost zeros from a number mistyped); otherwise the answer is checkCnpj's.
 */
export function checkCnpjCell(text: string): CnpjCheck {
  const check = checkCnpj(text);
  if (check.ok || check.reason !== 'length' || !/^\d{1,13}$/.test(check.digits)) return check;
  const padded = checkCnpj(check.digits.padStart(14, '0'));
  return padded.ok ? padded : check;
}

export function isValidCnpj(text: string): boolean {
  return checkCnpj(text).ok;
}

/** "11222333000181" → "11.222.333/0001-81". */
export function formatCnpj(digits: string): string {
  if (!/^\d{14}$/.test(digits)) return digits;
  return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}/${digits.slice(8, 12)}-${digits.slice(12)}`;
}
