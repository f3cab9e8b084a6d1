/**
 * CNPJ check digits (Receita Federal, "módulo 11"): each of the two check digits is
 * 11 − (Σ valueᵢ × weightᵢ mod 11), or 0 when that is 10 or 11; weights 5,4,3,2,9,8,7,6,5,4,3,2 for
 * the first and 6,5,4,3,2,9,8,7,6,5,4,3,2 for the second. Since July 2026 (IN RFB 2.229/2024) the
 * first 12 characters may be capital letters as well as digits, each counted as its ASCII code − 48
 * ("0"–"9" stay 0–9, "A" is 17 … "Z" is 42); the two check digits stay numeric. A numeric CNPJ is
 * worked exactly as before.
 */
const FIRST = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const SECOND = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
/** 12 digits or capital letters (the root and the branch), then the 2 numeric check digits. */
const SHAPE = /^[0-9A-Z]{12}\d{2}$/;

function checkDigit(values: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * (values[i] ?? 0), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

export type CnpjCheck =
  { ok: true; digits: string } | { ok: false; reason: 'length' | 'repeated' | 'check-digits'; digits: string; expected?: string };

/**
 * The CNPJ as it is kept: its 14 characters, punctuation (. / - spaces) dropped and letters in
 * capitals ("12.abc.345/01de-35" → "12ABC34501DE35").
 */
export function cnpjCharacters(text: string): string {
  return text.replace(/[.\-/\s]/g, '').toUpperCase();
}

/** Reads "11.222.333/0001-81", "11222333000181" or the alphanumeric "12.ABC.345/01DE-35". */
export function checkCnpj(text: string): CnpjCheck {
  const digits = cnpjCharacters(text);
  if (!SHAPE.test(digits)) return { ok: false, reason: 'length', digits };
  // Repeated digits pass the arithmetic but the Receita never issues them.
  if (/^(\d)\1{13}$/.test(digits)) return { ok: false, reason: 'repeated', digits };
  const values = [...digits].map((c) => c.charCodeAt(0) - 48);
  const d1 = checkDigit(values, FIRST);
  const d2 = checkDigit([...values.slice(0, 12), d1], SECOND);
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

/** "11222333000181" → "11.222.333/0001-81"; "12ABC34501DE35" → "12.ABC.345/01DE-35". */
export function formatCnpj(digits: string): string {
  if (!SHAPE.test(digits)) return digits;
  return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}/${digits.slice(8, 12)}-${digits.slice(12)}`;
}
