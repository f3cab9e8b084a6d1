import { ArranjoError } from '../../shared/errors';
import { decodeText } from '../../shared/text/decode';
import { parseDelimited } from '../../shared/text/delimited';
import { parseNumberText } from '../../shared/import/values/number';

/**
 * A number written the Brazilian way ("1.234,56", "53280,339999998" → 53280.34) or plainly
 * ("1234.5"): null for an empty cell, NaN for anything else that is not a number (missing-value
 * symbols included). The tests' independent reading of the RAIS export; the product reads it through
 * the import pipeline.
 */
export function parseBrazilianNumber(raw: string): number | null {
  const result = parseNumberText(raw, 'comma');
  if (result.kind === 'number') return result.value;
  return result.kind === 'empty' ? null : Number.NaN;
}

/** One municipality row of a RAIS "município × IBGE Setor" export. */
export interface RaisSectorRow {
  /** 1-based line number in the file, for provenance and messages. */
  line: number;
  ibge6: number;
  label: string;
  /** Values of sectors 1–8, by sector code. */
  values: Map<string, number>;
}

export interface RaisSectorExport {
  year: number;
  rows: RaisSectorRow[];
  /** The file's own "Total" row, by sector code (for checking). */
  totals: Map<string, number>;
}

const SECTOR_HEADER = /^([1-8])\s*-\s*/;
const TERRITORY_CELL = /^(\d{6}):([A-Z]{2})-(.+)$/;

/**
 * Reads the RAIS export layout (MTE/RAIS via FJP): row 1 "Coluna;IBGE Setor", row 2 the header with
 * "1 - Extrativa mineral" … "8 - Agropecuária…" and "Total"; one row per municipality labelled
 * "310010:MG-ABADIA DOS DOURADOS"; a "Total" row; a blank line; and a "Seleções vigentes" block
 * whose "Ano" line gives the year. ISO-8859-1, `;`, decimal comma.
 */
export function parseRaisSectorExport(bytes: Uint8Array, fileName: string): RaisSectorExport {
  const lines = parseDelimited(decodeText(bytes).text, ';');
  const headerIndex = lines.findIndex((cells) => cells.some((c) => SECTOR_HEADER.test(c.trim())));
  if (headerIndex < 0) {
    throw new ArranjoError('BAD_SOURCE_FILE', `${fileName}: no header with IBGE sectors ("1 - Extrativa mineral" …) found.`, {
      file: fileName,
    });
  }
  const header = lines[headerIndex] ?? [];
  const sectorColumns = header
    .map((cell, index) => ({ index, match: SECTOR_HEADER.exec(cell.trim()) }))
    .filter((c): c is { index: number; match: RegExpExecArray } => c.match !== null)
    .map((c) => ({ index: c.index, code: c.match[1] ?? '' }));

  const rows: RaisSectorRow[] = [];
  const totals = new Map<string, number>();
  let year: number | null = null;
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i] ?? [];
    const first = (cells[0] ?? '').trim();
    const line = i + 1;
    if (first === 'Ano') year = Number.parseInt((cells[2] ?? '').trim(), 10);
    const readValues = (): Map<string, number> => {
      const values = new Map<string, number>();
      for (const { index, code } of sectorColumns) {
        const value = parseBrazilianNumber(cells[index] ?? '');
        if (value === null || Number.isNaN(value)) {
          throw new ArranjoError(
            'BAD_SOURCE_FILE',
            `${fileName}, row ${line}, column "${header[index] ?? index}": "${cells[index] ?? ''}" is not a number.`,
            { file: fileName, row: line, column: header[index] ?? String(index) },
          );
        }
        values.set(code, value);
      }
      return values;
    };
    if (first === 'Total') {
      for (const [code, value] of readValues()) totals.set(code, value);
      continue;
    }
    const territory = TERRITORY_CELL.exec(first);
    if (!territory) continue;
    rows.push({ line, ibge6: Number(territory[1]), label: territory[3] ?? '', values: readValues() });
  }
  if (year === null || !Number.isInteger(year)) {
    throw new ArranjoError('BAD_SOURCE_FILE', `${fileName}: the year ("Ano" in "Seleções vigentes") is missing.`, { file: fileName });
  }
  return { year, rows, totals };
}
