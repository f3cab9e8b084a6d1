import Papa from 'papaparse';

/** Splits delimited text into rows of cells; quoted cells may hold the delimiter and line breaks. */
export function parseDelimited(text: string, delimiter: ',' | ';' | '\t' | '|'): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return result.data;
}

/** Rows of a CSV with a header line, as objects keyed by the header's names. */
export function parseCsvRecords(text: string, delimiter: ',' | ';' = ','): { header: string[]; records: Record<string, string>[] } {
  const rows = parseDelimited(text, delimiter).filter((r) => r.some((cell) => cell.trim() !== ''));
  const header = (rows[0] ?? []).map((h) => h.trim());
  const records = rows.slice(1).map((cells) => {
    const record: Record<string, string> = {};
    header.forEach((name, i) => (record[name] = (cells[i] ?? '').trim()));
    return record;
  });
  return { header, records };
}
