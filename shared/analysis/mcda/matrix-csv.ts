import { ArranjoError } from '../../errors';
import { parseDelimited } from '../../text/delimited';
import { printable } from '../../text/printable';
import { detectDelimiter, parseCellNumber } from './csv-number';
import type { Direction, RawDecisionMatrix } from './types';

export interface MatrixCsvOptions {
  weights?: 'required' | 'optional';
  missing?: 'keep' | 'refuse';
  missingHint?: string;
}

const DIRECTIONS: Record<string, Direction> = {
  benefit: 'benefit',
  max: 'benefit',
  beneficio: 'benefit',
  benefício: 'benefit',
  cost: 'cost',
  min: 'cost',
  custo: 'cost',
};

/**
 * Reads a decision matrix file (DESIGN.md §10, `arranjo rank --matrix`):
 *
 *     alternative,<criterion 1>,<criterion 2>,…
 *     weight,<w1>,<w2>,…
 *     direction,benefit|cost,…
 *     <alternative name>,<value>,<value>,…
 *
 * Comma-separated (a semicolon file from Excel pt-BR is recognized too); numbers as read by
 * `parseCellNumber`. Empty value cells are missing (null) — or refused with `missing: 'refuse'`,
 * the message ending with `missingHint`. With `weights: 'optional'` the weight row may be absent
 * (objective weighting ignores it); its weights are then 0. Refusals name the file, row (line) and
 * column.
 */
export function parseMatrixCsv(text: string, file: string, options: MatrixCsvOptions = {}): RawDecisionMatrix {
  const delimiter = detectDelimiter(text);
  const lines = parseDelimited(text.replace(/^\uFEFF/, ''), delimiter)
    .map((cells, index) => ({ cells: cells.map((c) => c.trim()), row: index + 1 }))
    .filter((l) => l.cells.some((c) => c !== ''));
  const refuse = (message: string, row?: number, column?: string): ArranjoError => {
    const where = [file, row !== undefined ? `row ${row}` : '', column ? `column ${column}` : ''].filter(Boolean).join(', ');
    return new ArranjoError('INVALID_INPUT', `${where}: ${message}`, {
      file,
      ...(row !== undefined ? { row } : {}),
      ...(column ? { column } : {}),
    });
  };
  const header = lines[0];
  if (!header) throw refuse('the file is empty; expected a header "alternative,<criterion>,…".');
  const first = (header.cells[0] ?? '').toLowerCase();
  if (first !== 'alternative' && first !== 'alternativa') {
    throw refuse(`the header must start with "alternative", not "${printable(header.cells[0] ?? '', 40)}".`, header.row, 'A');
  }
  const names = trimTrailingEmpty(header.cells).slice(1);
  if (names.length === 0) throw refuse('the header names no criterion after "alternative".', header.row);
  names.forEach((name, j) => {
    if (name === '') throw refuse(`criterion ${j + 1} has no name in the header.`, header.row, columnLetter(j + 1));
    if (names.indexOf(name) !== j) throw refuse(`criterion "${name}" appears twice in the header.`, header.row, columnLetter(j + 1));
  });
  const n = names.length;
  const cellsOf = (line: { cells: string[]; row: number }): string[] => {
    const cells = line.cells;
    if (cells.length > n + 1 && cells.slice(n + 1).some((c) => c !== '')) {
      throw refuse(`the row has ${trimTrailingEmpty(cells).length - 1} values for ${n} criteria.`, line.row, columnLetter(n + 1));
    }
    return Array.from({ length: n }, (_, j) => cells[j + 1] ?? '');
  };
  const number = (raw: string, row: number, j: number): number | null => {
    const parsed = parseCellNumber(raw, delimiter);
    if (!parsed.ok) throw refuse(`${parsed.reason} (criterion "${names[j] ?? ''}").`, row, columnLetter(j + 1));
    return parsed.value;
  };

  let next = 1;
  let weights: number[] = new Array<number>(n).fill(0);
  const weightLine = lines[next];
  const isWeightRow =
    weightLine !== undefined && ['weight', 'weights', 'peso', 'pesos'].includes((weightLine.cells[0] ?? '').toLowerCase());
  if (isWeightRow) {
    weights = cellsOf(weightLine).map((raw, j) => {
      const w = number(raw, weightLine.row, j);
      if (w === null && options.weights === 'optional') return 0;
      if (w === null) throw refuse(`the weight of criterion "${names[j] ?? ''}" is empty.`, weightLine.row, columnLetter(j + 1));
      return w;
    });
    next++;
  } else if (options.weights !== 'optional') {
    throw refuse(
      `the second row must be the weights ("weight,…"), not "${weightLine?.cells[0] ?? '(nothing)'}".`,
      weightLine?.row ?? header.row + 1,
      'A',
    );
  }

  const directionLine = lines[next];
  const label = (directionLine?.cells[0] ?? '').toLowerCase();
  if (!directionLine || !['direction', 'direção', 'direcao', 'sentido'].includes(label)) {
    throw refuse(
      `expected the directions here ("direction,benefit|cost,…" after the ${isWeightRow ? 'weight row' : 'header'}), not "${directionLine?.cells[0] ?? '(nothing)'}".`,
      directionLine?.row ?? header.row + next,
      'A',
    );
  }
  const directions = cellsOf(directionLine).map((raw, j) => {
    const d = DIRECTIONS[raw.toLowerCase()];
    if (!d)
      throw refuse(
        `the direction of criterion "${names[j] ?? ''}" must be benefit or cost, not "${raw}".`,
        directionLine.row,
        columnLetter(j + 1),
      );
    return d;
  });
  next++;

  const alternatives: string[] = [];
  const values: (number | null)[][] = [];
  for (const line of lines.slice(next)) {
    const name = line.cells[0] ?? '';
    if (name === '') throw refuse('the alternative has no name.', line.row, 'A');
    if (alternatives.includes(name)) throw refuse(`alternative "${name}" appears twice.`, line.row, 'A');
    alternatives.push(name);
    values.push(
      cellsOf(line).map((raw, j) => {
        const v = number(raw, line.row, j);
        if (v === null && options.missing === 'refuse') {
          throw refuse(
            `"${name}" has no value for criterion "${names[j] ?? ''}".${options.missingHint ? ` ${options.missingHint}` : ''}`,
            line.row,
            columnLetter(j + 1),
          );
        }
        return v;
      }),
    );
  }
  return {
    alternatives,
    criteria: names.map((name, j) => ({ name, direction: directions[j] ?? 'benefit', weight: weights[j] ?? 0 })),
    values,
  };
}

/** "A" for the first column, "B" for the second… (spreadsheet letters, as the user sees the file in Excel). */
export function columnLetter(zeroBased: number): string {
  let n = zeroBased + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
