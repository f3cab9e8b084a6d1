import { ArranjoError } from '../../errors';
import { parseDelimited } from '../../text/delimited';
import { detectDelimiter, parseCellNumber } from './csv-number';

/**
 * Reads a pairwise comparison matrix file (DESIGN.md §10, `arranjo ahp --pairwise`): n lines of n
 * numbers, no header; a cell may be a fraction such as 1/3. Refusals name file, row and column.
 * Whether the matrix is square, positive and reciprocal is checked by `ahp`.
 */
export function parsePairwiseCsv(text: string, file: string): number[][] {
  const delimiter = detectDelimiter(text);
  const rows = parseDelimited(text.replace(/^\uFEFF/, ''), delimiter)
    .map((cells, index) => ({ cells: cells.map((c) => c.trim()), row: index + 1 }))
    .filter((l) => l.cells.some((c) => c !== ''));
  if (rows.length === 0)
    throw new ArranjoError('INVALID_INPUT', `${file}: the file is empty; expected an n × n matrix of judgements.`, { file });
  return rows.map(({ cells, row }) => {
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells.map((raw, j) => {
      const refuse = (why: string): ArranjoError =>
        new ArranjoError('INVALID_INPUT', `${file}, row ${row}, column ${j + 1}: ${why}.`, { file, row, column: String(j + 1) });
      const fraction = /^([^/]+)\/([^/]+)$/.exec(raw);
      if (fraction) {
        const a = parseCellNumber(fraction[1] ?? '', delimiter);
        const b = parseCellNumber(fraction[2] ?? '', delimiter);
        if (!a.ok || !b.ok || a.value === null || b.value === null) throw refuse(`"${raw}" is not a number or a fraction like 1/3`);
        if (b.value === 0) throw refuse(`"${raw}" divides by zero`);
        return a.value / b.value;
      }
      const v = parseCellNumber(raw, delimiter);
      if (!v.ok) throw refuse(v.reason);
      if (v.value === null) throw refuse('the judgement is empty');
      return v.value;
    });
  });
}
