import { clip } from './text';

/** The CNAE 2.x level each length of code is, as the workspace stores codes (digits only). */
const LEVEL_OF_DIGITS: ReadonlyMap<number, string> = new Map([
  [2, 'division'],
  [3, 'group'],
  [5, 'class'],
  [7, 'subclass'],
]);

/** How IBGE writes a code of each level: 25, 25.1, 25.12-8, 2512-8/00. */
export function writtenCnae(digits: string): string {
  if (digits.length === 3) return `${digits.slice(0, 2)}.${digits.slice(2)}`;
  if (digits.length === 5) return `${digits.slice(0, 2)}.${digits.slice(2, 4)}-${digits.slice(4)}`;
  if (digits.length === 7) return `${digits.slice(0, 4)}-${digits.slice(4, 5)}/${digits.slice(5)}`;
  return digits;
}

/** A cell read as a CNAE code: the code as IBGE writes it, or why it is none, in words. */
export type CnaeReading = { ok: true; code: string } | { ok: false; message: string };

/**
 * A company's activity as an agency sheet writes it ("2512-8/00", "25.12-8", "2512800", "25"),
 * checked against the CNAE 2.x codes of the workspace (`known`: digits only, every level). A code of
 * no level ("ABC", "2512") or one the classification lacks ("9999999") was stored as typed, and
 * matched no target sector afterwards without a word.
 */
export function readCnae(text: string, known: ReadonlySet<string>): CnaeReading {
  const digits = text.replace(/[\s./-]/g, '');
  const level = /^\d+$/.test(digits) ? LEVEL_OF_DIGITS.get(digits.length) : undefined;
  if (level === undefined)
    return {
      ok: false,
      message: `"${clip(text, 20)}" is not a CNAE code: write a division (25), group (25.1), class (25.12-8) or subclass (2512-8/00).`,
    };
  if (!known.has(digits))
    return {
      ok: false,
      message: `"${clip(text, 20)}" is no CNAE 2.x ${level}: check the code (IBGE's CNAE search, concla.ibge.gov.br) or leave the cell empty.`,
    };
  return { ok: true, code: writtenCnae(digits) };
}
