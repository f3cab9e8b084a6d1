/**
 * Tab-separated text, as Excel and LibreOffice put on the clipboard: cells split by tabs, rows by
 * newlines; a cell holding a tab, a newline or a quote is quoted, with quotes doubled.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const source = text.replace(/\r\n?/g, '\n');
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
    i += 1;
  }
  // Spreadsheets end the copied block with a newline: no empty last row for it.
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function quote(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quote).join('\t')).join('\r\n');
}

/**
 * A number typed or pasted in the user's locale: "1.234,5" in pt-BR and es, "1,234.5" in en.
 * Returns null for an empty cell and NaN for text that is not a number (the engine refuses it).
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const raw = text.trim().replace(/[\s\u00a0]/g, '');
  if (raw === '') return null;
  let normalized: string;
  if (locale === 'en') {
    normalized = raw.replace(/,/g, '');
  } else if (raw.includes(',')) {
    normalized = raw.replace(/\./g, '').replace(',', '.');
  } else if (/^[-+]?\d{1,3}(\.\d{3})+$/.test(raw)) {
    // "1.234" in pt-BR is one thousand two hundred thirty-four.
    normalized = raw.replace(/\./g, '');
  } else {
    normalized = raw;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}
