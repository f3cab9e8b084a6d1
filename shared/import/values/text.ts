import { foldAccents } from '../../text/fold';
import { printable } from '../../text/printable';

/**
 * Name normalization for matching agency spellings against the workspace: "São Thomé das Letras",
 * "SAO THOME DAS LETRAS" and "Sao Tome das Letras" differ only in accents, case and punctuation.
 */

/** Upper case, no accents, punctuation as single spaces: for display-level comparison. */
export function normalizeName(text: string): string {
  // "Área (m²)": a superscript digit is the digit ("AREA M2"), not punctuation ("AREA M").
  return foldAccents(text)
    .replace(/[¹²³]/g, (d) => String('¹²³'.indexOf(d) + 1))
    .toUpperCase()
    .replace(/['’`´]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/**
 * The matching key: `normalizeName` without spaces, so "D'OESTE", "D OESTE" and "DOESTE" meet.
 * Distinct municipality names never collide on it within a state.
 */
export function nameKey(text: string): string {
  return normalizeName(text).replace(/ /g, '');
}

/** Header text for synonym lookup: lower case, no accents, words separated by one space. */
export function headerKey(text: string): string {
  return normalizeName(text).toLowerCase();
}

/** Trims the spaces agency files carry, including the non-breaking ones Excel exports leave. */
export function cleanText(text: string): string {
  return text.replace(/^[\s\u00a0\u202f\ufeff]+|[\s\u00a0\u202f\ufeff]+$/g, '');
}

/** Cell text for a message or a sample: printable, and at most 80 characters with its real length said. */
export function clip(text: string, max = 80): string {
  return printable(text, max);
}

/** Excel column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
