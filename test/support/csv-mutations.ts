import fc from 'fast-check';

/**
 * Seeded mutations of a real, valid table (a canonical CSV the engine wrote): the ways agency files
 * arrive broken. Cell mutations work on the grid; byte mutations on the written file. Each mutation is
 * plain data, so fast-check prints (and shrinks) a failing case as a readable list.
 */
export type Grid = string[][];

/** Cell texts a planner's spreadsheet holds where a number, date, code or name is expected. */
export const HOSTILE_CELLS = [
  '',
  '   ',
  '\t',
  '=1+1',
  '+5531999999999',
  '-3',
  '@SUM(A1:A2)',
  '=HYPERLINK("http://x","y")',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '1e-320',
  '1,5',
  '1.234,56',
  '1,234.56',
  '1.234.567',
  '2e3',
  '-0',
  '99999999999999999999999',
  '0x1F',
  '12%',
  'R$ 1.000,00',
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '31/12/2025',
  '2025-1-1',
  '9999-12-31',
  '"',
  '""',
  'a"b',
  'São José do Rio Preto',
  'null',
  'undefined',
  '\u0000',
  'x\u0000y',
  '\u00a0',
  'ção',
  '🏭',
] as const;

export type Mutation =
  | { kind: 'cell'; row: number; col: number; value: string }
  | { kind: 'long-cell'; row: number; col: number; length: number }
  | { kind: 'drop-cell'; row: number; col: number }
  | { kind: 'dup-cell'; row: number; col: number }
  | { kind: 'swap-cells'; row: number; a: number; b: number }
  | { kind: 'drop-column'; col: number }
  | { kind: 'dup-column'; col: number }
  | { kind: 'swap-columns'; a: number; b: number }
  | { kind: 'dup-row'; row: number }
  | { kind: 'drop-row'; row: number }
  | { kind: 'empty-line'; row: number; blank: string }
  | { kind: 'header-case'; col: number; how: 'upper' | 'title' | 'accent' | 'spaces' }
  | { kind: 'dup-header'; col: number; other: number };

export type ByteMutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'stray-quote'; at: number }
  | { kind: 'nul'; at: number }
  | { kind: 'line-ends'; style: 'cr' | 'crlf' | 'mixed' }
  | { kind: 'bom' }
  | { kind: 'utf16le' }
  | { kind: 'latin1' };

const index = fc.nat({ max: 1000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('cell' as const), row: index, col: index, value: fc.constantFrom(...HOSTILE_CELLS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('long-cell' as const), row: index, col: index, length: fc.constantFrom(300, 5000, 40_000) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop-cell' as const), row: index, col: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dup-cell' as const), row: index, col: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap-cells' as const), row: index, a: index, b: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-column' as const), col: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dup-column' as const), col: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-columns' as const), a: index, b: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dup-row' as const), row: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-row' as const), row: index }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('empty-line' as const), row: index, blank: fc.constantFrom('', '   ', ',,,', ' , ,') }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('header-case' as const),
      col: index,
      how: fc.constantFrom('upper' as const, 'title' as const, 'accent' as const, 'spaces' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dup-header' as const), col: index, other: index }) },
);

export const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: 10_000 }) }),
  fc.record({ kind: fc.constant('stray-quote' as const), at: fc.nat({ max: 10_000 }) }),
  fc.record({ kind: fc.constant('nul' as const), at: fc.nat({ max: 10_000 }) }),
  fc.record({ kind: fc.constant('line-ends' as const), style: fc.constantFrom('cr' as const, 'crlf' as const, 'mixed' as const) }),
  fc.constant({ kind: 'bom' as const }),
  fc.constant({ kind: 'utf16le' as const }),
  fc.constant({ kind: 'latin1' as const }),
);

/** A grid's mutations and then its file's: what one property run does to a real file. */
export const fileMutationsArb = fc.record({
  cells: fc.array(mutationArb, { minLength: 0, maxLength: 3 }),
  bytes: fc.array(byteMutationArb, { minLength: 0, maxLength: 2 }),
});

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ç' };

function headerVariant(header: string, how: 'upper' | 'title' | 'accent' | 'spaces'): string {
  if (how === 'upper') return header.toUpperCase();
  if (how === 'title') return header.replace(/(^|_)(\w)/g, (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`);
  if (how === 'spaces') return ` ${header.replaceAll('_', ' ')} `;
  const at = header.search(/[aeiouc]/);
  return at < 0 ? header : header.slice(0, at) + (ACCENTED[header[at]!] ?? header[at]) + header.slice(at + 1);
}

/** The grid with one mutation applied (indexes wrap, so every generated mutation lands somewhere). */
export function mutateGrid(grid: Grid, m: Mutation): Grid {
  const rows = grid.map((r) => [...r]);
  if (rows.length === 0) return rows;
  const width = Math.max(1, rows[0]!.length);
  // Data rows for row mutations (the header is row 0; header mutations say so).
  const dataRow = (n: number): number => (rows.length > 1 ? 1 + (n % (rows.length - 1)) : 0);
  const col = (n: number): number => n % width;
  switch (m.kind) {
    case 'cell': {
      const r = rows[dataRow(m.row)]!;
      r[col(m.col)] = m.value;
      break;
    }
    case 'long-cell': {
      const r = rows[dataRow(m.row)]!;
      r[col(m.col)] = (r[col(m.col)] || 'x').padEnd(m.length, '9');
      break;
    }
    case 'drop-cell':
      rows[dataRow(m.row)]!.splice(col(m.col), 1);
      break;
    case 'dup-cell': {
      const r = rows[dataRow(m.row)]!;
      r.splice(col(m.col), 0, r[col(m.col)] ?? '');
      break;
    }
    case 'swap-cells': {
      const r = rows[dataRow(m.row)]!;
      const [a, b] = [col(m.a), col(m.b)];
      [r[a], r[b]] = [r[b] ?? '', r[a] ?? ''];
      break;
    }
    case 'drop-column':
      for (const r of rows) r.splice(col(m.col), 1);
      break;
    case 'dup-column':
      for (const r of rows) r.splice(col(m.col), 0, r[col(m.col)] ?? '');
      break;
    case 'swap-columns':
      for (const r of rows) {
        const [a, b] = [col(m.a), col(m.b)];
        [r[a], r[b]] = [r[b] ?? '', r[a] ?? ''];
      }
      break;
    case 'dup-row':
      rows.splice(dataRow(m.row), 0, [...rows[dataRow(m.row)]!]);
      break;
    case 'drop-row':
      if (rows.length > 2) rows.splice(dataRow(m.row), 1);
      break;
    case 'empty-line':
      rows.splice(dataRow(m.row), 0, [m.blank]);
      break;
    case 'header-case':
      rows[0]![col(m.col)] = headerVariant(rows[0]![col(m.col)] ?? '', m.how);
      break;
    case 'dup-header':
      rows[0]![col(m.col)] = rows[0]![col(m.other)] ?? '';
      break;
  }
  return rows;
}

/** RFC 4180, as the canonical export writes: quoted when a cell holds a comma, quote or line break. */
export function writeCsv(grid: Grid): string {
  const cell = (c: string): string => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return grid.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** A simple RFC 4180 reader for the engine's own exports (quoted cells, "" inside). */
export function readCsv(text: string): Grid {
  const rows: Grid = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The file's bytes with one byte-level mutation applied. */
export function mutateBytes(text: string, bytes: Uint8Array, m: ByteMutation): { text: string; bytes: Uint8Array } {
  const encode = (t: string): Uint8Array => new TextEncoder().encode(t);
  switch (m.kind) {
    case 'truncate': {
      const at = bytes.length > 1 ? 1 + (m.at % (bytes.length - 1)) : bytes.length;
      return { text, bytes: bytes.slice(0, at) };
    }
    case 'stray-quote':
    case 'nul': {
      const at = m.at % (bytes.length + 1);
      const out = new Uint8Array(bytes.length + 1);
      out.set(bytes.subarray(0, at));
      out[at] = m.kind === 'nul' ? 0 : 0x22;
      out.set(bytes.subarray(at), at + 1);
      return { text, bytes: out };
    }
    case 'line-ends': {
      let n = 0;
      const changed = text.replace(/\r?\n/g, () =>
        m.style === 'cr' ? '\r' : m.style === 'crlf' ? '\r\n' : ['\n', '\r\n', '\r'][n++ % 3]!,
      );
      return { text: changed, bytes: encode(changed) };
    }
    case 'bom':
      return { text, bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) };
    case 'utf16le': {
      const out = new Uint8Array(2 + text.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        out[2 + i * 2] = code & 0xff;
        out[3 + i * 2] = code >> 8;
      }
      return { text, bytes: out };
    }
    case 'latin1':
      return { text, bytes: Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)) };
  }
}

/** A real file mutated: the grid's changes, written as CSV, then the bytes' changes. */
export function mutatedFile(
  grid: Grid,
  cells: readonly Mutation[],
  byteChanges: readonly ByteMutation[],
): { grid: Grid; bytes: Uint8Array } {
  const changed = cells.reduce(mutateGrid, grid);
  let text = writeCsv(changed);
  let bytes: Uint8Array = new TextEncoder().encode(text);
  for (const m of byteChanges) ({ text, bytes } = mutateBytes(text, bytes, m));
  return { grid: changed, bytes };
}
