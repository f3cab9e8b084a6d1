import type { Cell, SourceRow } from '../read/table-source';
import { isFooterRow, isHeaderLike, isTotalRow, rowShape } from './row-kinds';

export type RowVerdict = 'data' | 'blank' | 'total' | 'end';
export type EndReason = 'sheet-end' | 'footer' | 'new-block' | 'user';

const NON_SPACE = /[^\s\u00a0\u202f\ufeff]/;
// What a footer's first cell can start with; only such rows get the full (slower) look.
const FOOTER_START = /^[\s\u00a0]*(fonte|nota|obs|elabora|sele|legenda|sinais|dados|atualiz|extra|gerado|\(|\d{1,2}\s*[-–)]|[¹²³⁴⁵⁶⁷⁸⁹*])/i;
const TOTAL_START = /^[\s\u00a0]*[tsbTSB]/;

/** Whether a character code is printable ASCII other than the space: certainly not a blank. */
function isAsciiMark(code: number): boolean {
  return code > 32 && code < 127;
}

function filled(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return false;
  if (typeof cell !== 'string') return true;
  // Nearly every cell starts with a letter, digit or sign: no need for the regular expression.
  return isAsciiMark(cell.charCodeAt(0)) || NON_SPACE.test(cell);
}

/** Whether a text can start with T(otal), S(oma) or B(rasil), possibly after spaces (TOTAL_START). */
function mayStartTotal(text: string): boolean {
  const code = text.charCodeAt(0) | 32; // lower case, for letters
  if (isAsciiMark(text.charCodeAt(0))) return code === 116 || code === 115 || code === 98;
  return TOTAL_START.test(text);
}

/**
 * Where the data stops, row by row: at a footer ("Fonte: …", "Seleções vigentes", a numbered
 * footnote), or at a header-like row after blank lines (a second table below the first). Blank
 * rows and totals inside the data are skipped, not an end. The layout preview and the import pass
 * share this, so what the user is shown is what is imported. Data rows take the fast path: a
 * million-row file is classified in well under a second.
 */
export class EndDetector {
  private afterBlank = false;
  reason: EndReason = 'sheet-end';

  constructor(private readonly lastRow: number | null = null) {}

  classify(source: SourceRow): RowVerdict {
    if (this.lastRow !== null && source.row > this.lastRow) {
      this.reason = 'user';
      return 'end';
    }
    const cells = source.cells;
    let nonEmpty = 0;
    let first: Cell | undefined;
    // Three filled cells are enough to know the row is neither blank nor a one- or two-cell footer.
    for (let i = 0; i < cells.length && nonEmpty < 3; i++) {
      const cell = cells[i];
      if (!filled(cell)) continue;
      if (nonEmpty === 0) first = cell;
      nonEmpty++;
    }
    if (nonEmpty === 0) {
      this.afterBlank = true;
      return 'blank';
    }
    if (nonEmpty <= 2 || this.afterBlank || (typeof first === 'string' && FOOTER_START.test(first))) {
      const shape = rowShape(cells);
      if (isFooterRow(shape)) {
        this.reason = 'footer';
        return 'end';
      }
      if (this.afterBlank && shape.numbers === 0 && isHeaderLike(shape, 3)) {
        this.reason = 'new-block';
        return 'end';
      }
    }
    this.afterBlank = false;
    return this.mayBeTotal(cells) && isTotalRow(cells) ? 'total' : 'data';
  }

  /** A cheap test before the accent-folding one: totals start with T(otal), S(oma) or B(rasil). */
  private mayBeTotal(cells: readonly Cell[]): boolean {
    let looked = 0;
    for (const cell of cells) {
      if (!filled(cell)) continue;
      if (typeof cell === 'string' && cell.length < 40 && mayStartTotal(cell)) return true;
      if (++looked >= 3) break;
    }
    return false;
  }
}
