import { ArranjoError, readRefusal, type ErrorParams, type NoValues, type Refusal, type RefusalVocabulary } from '../../errors';

/**
 * Why a pairwise comparison matrix cannot give AHP weights: `params.reason` of the ArranjoError, next
 * to the cell (`row`, `column`, 1-based) and the values its texts need. The English message is for the
 * CLI and logs ("Row 1, column 2: the judgement is 12, outside Saaty's scale…"); the UI translates by
 * the reason, and the CLI says the place once, with the file, before `ahpReasonText`.
 */
export const AHP_REFUSALS = [
  /** Fewer than two items. */
  'ahp-too-small',
  /** More items (`size`) than Saaty's random index is tabulated for (`max`). */
  'ahp-too-large',
  /** Row `row` has `count` values in a `size` × `size` matrix. */
  'ahp-row-length',
  /** A judgement that is no finite number. */
  'ahp-not-number',
  /** A judgement (`value`) of 0 or less. */
  'ahp-not-positive',
  /** A judgement (`value`) off Saaty's 1/9–9 scale. */
  'ahp-off-scale',
  /** A diagonal (`value`) other than 1. */
  'ahp-diagonal',
  /** The cell (`value`) is not the reciprocal of its mirror (row `column`, column `row`: `other`); `expected` = 1/other. */
  'ahp-not-reciprocal',
] as const;
export type AhpRefusal = (typeof AHP_REFUSALS)[number];

type Cell = { row: number; column: number };
export type AhpRefusalValues = RefusalVocabulary<
  AhpRefusal,
  {
    'ahp-too-small': NoValues;
    'ahp-too-large': { size: number; max: number };
    'ahp-row-length': { row: number; count: number; size: number };
    'ahp-not-number': Cell;
    'ahp-not-positive': Cell & { value: number };
    'ahp-off-scale': Cell & { value: number };
    'ahp-diagonal': Cell & { value: number };
    'ahp-not-reciprocal': Cell & { value: number; other: number; expected: number };
  }
>;

/** An AHP refusal as its params: a switch on `reason` narrows the values. */
export type AhpRefusalParams = Refusal<AhpRefusal, AhpRefusalValues>;

/** The AHP refusal an error's params name, or null (another kind of error). */
export function ahpRefusal(params: Readonly<ErrorParams> | undefined): AhpRefusalParams | null {
  return readRefusal<AhpRefusal, AhpRefusalValues>(params, AHP_REFUSALS);
}

/** How `judgementNumber` writes a judgement off the scale's whole numbers and reciprocals. */
export interface JudgementFormat {
  /** Digits after the decimal mark (the editor: 2, "1,50"); without, four significant digits ("12.35", the CLI). */
  decimals?: number;
  /** The decimal mark of the language ('.' by default). */
  decimal?: string;
  /** What a value of 0 or less, or no finite number, reads as (the editor: "–"); without, the number itself. */
  notPositive?: string;
}

/**
 * A judgement as it is written: "3", "1/5" (within rounding: a stored 1/3 reads "1/3"), else as the
 * format says. The CLI's English refusals write it with the defaults; the AHP editor with two
 * decimals in the UI language's mark, and "–" for a value that is no positive number.
 */
export function judgementNumber(x: number, format: JudgementFormat = {}): string {
  if (format.notPositive !== undefined && (!Number.isFinite(x) || x <= 0)) return format.notPositive;
  const whole = Math.round(x);
  // A tiny judgement (1e-10) is no 0: it reads as its reciprocal below.
  if (Math.abs(x - whole) < 1e-9 && (whole !== 0 || x === 0)) return String(whole);
  const inverse = 1 / x;
  if (x < 1 && Math.abs(inverse - Math.round(inverse)) < 1e-9) return `1/${Math.round(inverse)}`;
  const text = format.decimals === undefined ? String(Number(x.toPrecision(4))) : x.toFixed(format.decimals);
  return text.replace('.', format.decimal ?? '.');
}

/** Why the matrix is refused, in English, without the cell's place (the caller says where). */
export function ahpReasonText(r: AhpRefusalParams): string {
  switch (r.reason) {
    case 'ahp-too-small':
      return 'A pairwise comparison matrix needs at least two items.';
    case 'ahp-too-large':
      return `A pairwise comparison matrix of ${r.size} items is too large: Saaty's random index is tabulated up to ${r.max}. Group the items in a hierarchy.`;
    case 'ahp-row-length':
      return `the row has ${r.count} values; the matrix must be ${r.size} × ${r.size}.`;
    case 'ahp-not-number':
      return 'the judgement is not a number.';
    case 'ahp-not-positive':
      return `the judgement is ${judgementNumber(r.value)}; judgements must be positive (1/9 … 9, 1 for equal importance).`;
    case 'ahp-off-scale':
      return `the judgement is ${judgementNumber(r.value)}, outside Saaty's scale: write 1 to 9 (9: extremely more important) or their reciprocals 1/2 to 1/9.`;
    case 'ahp-diagonal':
      return `the diagonal is ${judgementNumber(r.value)}; an item compared with itself is 1.`;
    case 'ahp-not-reciprocal':
      return `the matrix is not reciprocal: this judgement is ${judgementNumber(r.value)}, but row ${r.column}, column ${r.row} is ${judgementNumber(r.other)}, so this one should be ${judgementNumber(r.expected)}.`;
  }
}

/** Where the refusal is, as the CLI and logs say it ("row 1, column 2"; "" for the whole matrix). */
function place(r: AhpRefusalParams): string {
  if (r.reason === 'ahp-row-length') return `row ${r.row}`;
  if ('column' in r) return `row ${r.row}, column ${r.column}`;
  return '';
}

/** The refusal as an ArranjoError: the place said once, then the reason ("Row 1, column 2: the judgement is 0; …"). */
export function refuseAhp(r: AhpRefusalParams): ArranjoError {
  const where = place(r);
  const message = where ? `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${ahpReasonText(r)}` : ahpReasonText(r);
  return new ArranjoError('INVALID_INPUT', message, {}, r);
}
