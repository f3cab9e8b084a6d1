export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes a text file as agencies produce them: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
 * "Unicode text"), or — when the bytes are not valid UTF-8 — Windows-1252, the superset of
 * ISO-8859-1 that RAIS exports and Excel's Brazilian CSVs use.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

export type Delimiter = ';' | ',' | '\t' | '|';
const CANDIDATES: readonly Delimiter[] = [';', '\t', '|', ','];

/** Counts a delimiter on one line, outside double quotes. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter that splits the first lines most consistently: the one whose most common count per
 * line is highest, weighted by how many lines share it. Title lines ("Coluna;IBGE Setor") and
 * footers vary; the data block decides. ";" wins ties, as in Brazilian Excel.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 65_536)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  let best: Delimiter = ';';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, delimiter);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [n, lineCount] of counts) score = Math.max(score, Math.min(n, 50) * lineCount);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Records in the text (a quoted line break does not end a record). */
export function countRecords(text: string): number {
  let records = 0;
  let quoted = false;
  let pendingContent = false;
  const hasQuotes = text.includes('"');
  if (!hasQuotes) {
    let at = text.indexOf('\n');
    let last = 0;
    while (at >= 0) {
      records++;
      last = at + 1;
      at = text.indexOf('\n', last);
    }
    return last < text.length && text.slice(last).replace(/\r/g, '') !== '' ? records + 1 : records;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    if (ch === 10 && !quoted) {
      records++;
      pendingContent = false;
    } else if (ch !== 13) pendingContent = true;
  }
  return pendingContent ? records + 1 : records;
}
