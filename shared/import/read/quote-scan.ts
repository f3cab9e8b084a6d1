/**
 * One linear pass over delimited text that reads double quotes as the parser does (a quote opens a
 * quoted cell only at the start of a cell; `""` inside is a quote; elsewhere a quote is a plain
 * character), so record counts and slice boundaries agree with the parse, and a quote that opens a
 * cell and never closes is found at its row instead of silently swallowing the rest of the file.
 */

export interface QuoteScan {
  /** Records (a quoted line break does not end one). */
  records: number;
  /** Offsets of record-ending line breaks, about `sliceChars` apart: where parse slices may end. */
  sliceEnds: number[];
  /** 1-based record where a quoted cell opens that the text never closes; null when all close. */
  unclosedRow: number | null;
}

export function scanQuotes(text: string, delimiter: string, sliceChars: number): QuoteScan {
  const delim = delimiter.charCodeAt(0);
  const sliceEnds: number[] = [];
  let records = 0;
  let nextSlice = sliceChars;
  let cellStart = true;
  let pendingContent = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (cellStart && ch === 34) {
      // A quoted cell: to its closing quote (a doubled quote is a quote inside it).
      const openedAt = records + 1;
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) return { records: records + 1, sliceEnds, unclosedRow: openedAt };
        if (text.charCodeAt(close + 1) === 34) {
          j = close + 2;
          continue;
        }
        i = close;
        break;
      }
      cellStart = false;
      pendingContent = true;
      continue;
    }
    if (ch === 10) {
      records++;
      pendingContent = false;
      cellStart = true;
      if (i >= nextSlice) {
        sliceEnds.push(i);
        nextSlice = i + sliceChars;
      }
      continue;
    }
    cellStart = ch === delim;
    if (ch !== 13) pendingContent = true;
  }
  return { records: pendingContent ? records + 1 : records, sliceEnds, unclosedRow: null };
}
