import { cleanText, normalizeName } from './text';

/**
 * IBGE's check digit of a municipality code (the 7th digit): weights 1,2,1,2,1,2 over the six
 * digits, products above 9 reduced to the sum of their digits, then the complement to ten.
 * Nine municipalities created without following the rule keep their published codes
 * (`CHECK_DIGIT_EXCEPTIONS`), which is why matching uses the 6-digit prefix, not this digit.
 */
export function ibgeCheckDigit(sixDigits: number): number {
  let sum = 0;
  let n = sixDigits;
  for (let position = 0; position < 6; position++) {
    const digit = n % 10;
    n = Math.floor(n / 10);
    // Counting from the right, the weights are 2,1,2,1,2,1.
    const product = digit * (position % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

export const CHECK_DIGIT_EXCEPTIONS: ReadonlySet<number> = new Set([
  2201919, 2201988, 2202251, 2611533, 3117836, 3152131, 4305871, 5203939, 5203962,
]);

/** What a territory cell says, before looking anything up. */
export type TerritoryToken =
  | { kind: 'code7'; code: number }
  | { kind: 'code6'; code: number }
  /** 5 digits: the municipality part of a 7-digit code, needing the state (IBGE's "COD. MUNIC"). */
  | { kind: 'code5'; suffix: number }
  | { kind: 'state-code'; code: number }
  /** "310620:MG-BELO HORIZONTE" (RAIS/FJP exports), "3106200 - Belo Horizonte" */
  | { kind: 'label'; code: number; digits: 6 | 7; state: string | null; name: string }
  | { kind: 'name'; name: string; state: string | null }
  | { kind: 'empty' };

const LABEL = /^(\d{6,7})\s*[:\-–]\s*(?:([A-Za-z]{2})\s*[-–]\s*)?(.+)$/;
const NAME_WITH_STATE = /^(.+?)\s*(?:\(([A-Za-z]{2})\)|[-–/]\s*([A-Za-z]{2}))$/;

/** Classifies a territory cell: a code (7, 6, 5 or 2 digits), a RAIS-style label, or a name. */
export function parseTerritoryToken(value: string | number): TerritoryToken {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return { kind: 'name', name: String(value), state: null };
    return digitsToken(String(value));
  }
  const text = cleanText(value);
  if (text === '') return { kind: 'empty' };
  const digits = /^(\d+)(?:\.0+)?$/.exec(text);
  if (digits) return digitsToken(digits[1] ?? '');
  const label = LABEL.exec(text);
  if (label) {
    const code = label[1] ?? '';
    return {
      kind: 'label',
      code: Number(code),
      digits: code.length === 6 ? 6 : 7,
      state: label[2]?.toUpperCase() ?? null,
      name: cleanText(label[3] ?? ''),
    };
  }
  const withState = NAME_WITH_STATE.exec(text);
  if (withState && normalizeName(withState[1] ?? '') !== '') {
    return { kind: 'name', name: cleanText(withState[1] ?? ''), state: (withState[2] ?? withState[3] ?? '').toUpperCase() };
  }
  return { kind: 'name', name: text, state: null };
}

function digitsToken(digits: string): TerritoryToken {
  const n = Number(digits);
  switch (digits.length) {
    case 7:
      return { kind: 'code7', code: n };
    case 6:
      return { kind: 'code6', code: n };
    case 5:
    case 4:
    case 3:
      // Only a 5-digit text keeps its leading zeros; shorter ones are 5-digit codes read as numbers.
      return { kind: 'code5', suffix: n };
    case 2:
    case 1:
      return { kind: 'state-code', code: n };
    default:
      return { kind: 'name', name: digits, state: null };
  }
}
