import type { ImportMapping } from '../mapping/mapping-schema';
import { cellToText, type SourceRow, type TableSource } from '../read/table-source';
import type { ImportLayout } from '../types';
import { cleanText } from '../values/text';
import { decimalEvidence, detectDecimalStyle, type DecimalStyle } from '../values/number';
import type { IssueLog } from './issues';

/**
 * A numeral whose one separator is followed by exactly three digits ("1.234", "12,500"): a
 * thousand and more in one convention, a decimal in the other. Only the rest of the file can tell.
 */
const AMBIGUOUS = /^[-+−]?[1-9]\d{0,2}[.,]\d{3}%?$/;

/** What the data rows of the sample tell about the decimal separator, column by column. */
function textNumerals(rows: readonly SourceRow[], column: number): string[] {
  return rows.map((r) => r.cells[column]).filter((c): c is string => typeof c === 'string');
}

/**
 * The decimal separator of each number column, by one rule whatever the container, so a CSV's text
 * and an xlsx's text cells read alike: the column's own values when they settle it ("12,5",
 * "1.234,5", "0.25"); else the file's, from every text numeral of its first data rows in any
 * column; else the file's convention: a comma-separated text file writes dot decimals (as every
 * CSV Arranjo exports, so they import back as they were), anything else is read as pt-BR, in which
 * "1.234" is a thousand two hundred and thirty-four. When only the convention decided a column
 * holding such a two-way numeral, the reading is said once per column, with its row, so no value
 * differs silently between two copies of the same table.
 */
export function decimalStyles(
  source: TableSource,
  layout: ImportLayout,
  mapping: ImportMapping,
  issues: IssueLog,
  columnLabel: (column: number) => string,
): (column: number) => DecimalStyle | 'auto' {
  if (mapping.decimal !== 'auto') return () => mapping.decimal;
  const rows = source.head(layout.sheet, 250).filter((r) => r.row >= layout.dataStart && r.row <= layout.dataEnd);
  const convention: DecimalStyle = source.format === 'csv' && source.delimiter === ',' ? 'dot' : 'comma';
  let fileStyle: DecimalStyle | null | undefined;
  const styles = new Map<number, DecimalStyle>();
  return (column) => {
    let style = styles.get(column);
    if (style) return style;
    const evidence = decimalEvidence(textNumerals(rows, column));
    style = evidence.style ?? undefined;
    if (style && evidence.comma > 0 && evidence.dot > 0) warnMixed(rows, column, style, evidence, issues, columnLabel(column));
    if (!style) {
      if (fileStyle === undefined) {
        const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
        fileStyle = detectDecimalStyle(Array.from({ length: width }, (_, c) => textNumerals(rows, c)).flat());
      }
      style = fileStyle ?? convention;
      if (fileStyle === null) warnIfTwoWay(rows, column, convention, issues, columnLabel(column));
    }
    styles.set(column, style);
    return style;
  };
}

/**
 * The first two-way numeral ("1.234", "1,234") among the rows' text cells of a column, and how it
 * reads in a style: its value, and whether its separator was taken as the decimal one.
 */
function firstTwoWay(
  rows: readonly SourceRow[],
  column: number,
  style: DecimalStyle,
): { row: number; cell: string; text: string; read: string; separator: string; asDecimal: boolean } | null {
  for (const r of rows) {
    const cell = r.cells[column];
    if (typeof cell !== 'string') continue;
    const text = cleanText(cell);
    if (!AMBIGUOUS.test(text)) continue;
    const separator = text.includes(',') ? ',' : '.';
    const asDecimal = separator === (style === 'comma' ? ',' : '.');
    return { row: r.row, cell, text, read: asDecimal ? text.replace(separator, '.') : text.replace(separator, ''), separator, asDecimal };
  }
  return null;
}

/**
 * A column written in both conventions ("1,234.5" and "1.234.567"): each of those reads right, but a
 * numeral with one separator and three digits ("1,234") can only be read by the majority's. Said
 * once, at the first such numeral of the rows looked at.
 */
function warnMixed(
  rows: readonly SourceRow[],
  column: number,
  style: DecimalStyle,
  evidence: { firstComma: string | null; firstDot: string | null },
  issues: IssueLog,
  label: string,
): void {
  const at = firstTwoWay(rows, column, style);
  if (!at) return;
  issues.warning(
    'mixed-decimal',
    at.row,
    label,
    `the column mixes numbers with a decimal dot ("${evidence.firstDot ?? ''}") and with a decimal comma ("${evidence.firstComma ?? ''}"): ` +
      `"${at.text}" was read as ${at.read}, taking the ${style} as the decimal separator (the one more of the column's numbers show; the comma on a tie), ` +
      'as is every number with one separator and three digits after it. ' +
      'Check the numbers in the file, and choose the decimal separator in the mapping (CLI: --decimal) if the reading is wrong.',
    cellToText(at.cell),
    { dot: evidence.firstDot ?? '', comma: evidence.firstComma ?? '', read: Number(at.read) },
  );
}

function warnIfTwoWay(rows: readonly SourceRow[], column: number, style: DecimalStyle, issues: IssueLog, label: string): void {
  const at = firstTwoWay(rows, column, style);
  if (!at) return;
  const other = style === 'comma' ? 'dot' : 'comma';
  issues.warning(
    'ambiguous-decimal',
    at.row,
    label,
    `numbers such as "${at.text}" were read as ${at.read} (the "${at.separator}" taken as the ${at.asDecimal ? 'decimal' : 'thousands'} separator, ` +
      `${style === 'comma' ? 'as in pt-BR' : 'as in a comma-separated file'}), since nothing else in the file shows its decimal separator. ` +
      `If that is wrong, choose the decimal separator "${other === 'dot' ? '.' : ','}" in the mapping (CLI: --decimal ${other}) and import again.`,
    cellToText(at.cell),
    { read: Number(at.read) },
  );
}
