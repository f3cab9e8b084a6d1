import { decodeWindows1252, WINDOWS_1252_UNDEFINED } from '../../text/windows-1252';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
/** What the user may pick in the wizard (or --encoding): auto-detection or one encoding. */
export const ENCODING_CHOICES = ['auto', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Lines (1-based) whose bytes do not fit the encoding used: mixed encodings or another one. */
  suspectLines: number[];
  /** Why those lines are suspect, for the warning. */
  suspectReason: string | null;
}

type LineKind = 'ascii' | 'utf8' | 'invalid';

/** Whether bytes [start, end) are ASCII, valid UTF-8 with non-ASCII characters, or not UTF-8. */
function utf8Kind(b: Uint8Array, start: number, end: number): LineKind {
  let kind: LineKind = 'ascii';
  for (let i = start; i < end; i++) {
    const c = b[i] ?? 0;
    if (c < 0x80) continue;
    kind = 'utf8';
    const extra = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= end) return 'invalid';
    for (let k = 1; k <= extra; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return 'invalid';
    i += extra;
  }
  return kind;
}

/** Line ranges of the bytes (split at LF). */
function lineRanges(b: Uint8Array): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 10) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  if (start < b.length) ranges.push([start, b.length]);
  return ranges;
}

/**
 * In a Windows-1252 reading, a line is suspect when it holds bytes Windows-1252 leaves undefined,
 * or two or more bytes of 0x80–0x9F besides its typographic marks (– — ‘ ’ “ ” … • €) — what
 * Shift-JIS, Big5 or similar text looks like — or valid UTF-8 sequences ("SÃ£o" once decoded).
 */
function suspectIn1252(b: Uint8Array, start: number, end: number): boolean {
  let odd = 0;
  for (let i = start; i < end; i++) {
    const c = b[i] ?? 0;
    if (c < 0x80 || c > 0x9f) continue;
    if (WINDOWS_1252_UNDEFINED.has(c)) return true;
    if (![0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97].includes(c)) odd++;
  }
  return odd >= 2 || utf8Kind(b, start, end) === 'utf8';
}

const UTF8 = new TextDecoder('utf-8');

/**
 * UTF-16 text without a BOM, as some Windows tools export it: in its first 8 KB most character pairs
 * have a NUL high byte (ASCII letters, digits and separators; Latin-1 accents too) on one side, and
 * the other side of the pairs is almost never NUL. It was refused as "not a spreadsheet or a text
 * file". A UTF-8 or Windows-1252 file with a stray NUL is not taken for it (its NUL is refused at its row).
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  const few = Math.max(1, pairs / 100);
  if (oddNul >= pairs * 0.6 && evenNul <= few) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= few) return 'utf-16be';
  return null;
}

/**
 * Decodes a text file as agencies produce them: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
 * "Unicode text") or without (utf16WithoutBom), or — when the bytes are not valid UTF-8 — Windows-1252, the superset of
 * ISO-8859-1 that RAIS exports and Excel's Brazilian CSVs use. A UTF-8 file with a few lines in
 * another encoding keeps UTF-8 for the rest; lines that fit neither are named for a warning.
 */
export function decodeTextFile(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  const plain = (text: string, encoding: TextEncoding): DecodedText => ({ text, encoding, suspectLines: [], suspectReason: null });
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  const bare = choice === 'auto' && !le && !be ? utf16WithoutBom(bytes) : null;
  if (choice === 'utf-16le' || (choice === 'auto' && le) || bare === 'utf-16le')
    return plain(new TextDecoder('utf-16le').decode(bytes.subarray(le ? 2 : 0)), 'utf-16le');
  if (choice === 'utf-16be' || (choice === 'auto' && be) || bare === 'utf-16be')
    return plain(new TextDecoder('utf-16be').decode(bytes.subarray(be ? 2 : 0)), 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (choice === 'windows-1252') {
    const suspect = lineRanges(body).flatMap(([s, e], i) => (suspectIn1252(body, s, e) ? [i + 1] : []));
    return { text: decodeWindows1252(body), encoding: 'windows-1252', suspectLines: suspect, suspectReason: 'not-1252' };
  }
  try {
    return plain(new TextDecoder('utf-8', { fatal: true }).decode(body), bom ? 'utf-8-bom' : 'utf-8');
  } catch {
    // Not UTF-8 throughout: decide line by line below.
  }
  const ranges = lineRanges(body);
  const kinds = ranges.map(([s, e]) => utf8Kind(body, s, e));
  const utf8Lines = kinds.filter((k) => k === 'utf8').length;
  const invalid = kinds.flatMap((k, i) => (k === 'invalid' ? [i + 1] : []));
  if (choice === 'utf-8' || bom || utf8Lines > invalid.length) {
    // A UTF-8 file with some lines in another encoding: those lines read as Windows-1252.
    const parts = ranges.map(([s, e], i) =>
      kinds[i] === 'invalid'
        ? choice === 'utf-8'
          ? UTF8.decode(body.subarray(s, e))
          : decodeWindows1252(body.subarray(s, e))
        : UTF8.decode(body.subarray(s, e)),
    );
    const text = parts.join('\n') + (body[body.length - 1] === 10 ? '\n' : '');
    return {
      text,
      encoding: bom ? 'utf-8-bom' : 'utf-8',
      suspectLines: invalid,
      suspectReason: choice === 'utf-8' ? 'undecodable' : 'mixed',
    };
  }
  const suspect = ranges.flatMap(([s, e], i) => (suspectIn1252(body, s, e) ? [i + 1] : []));
  return { text: decodeWindows1252(body), encoding: 'windows-1252', suspectLines: suspect, suspectReason: 'not-1252' };
}

/** The warning for suspect lines, naming the first of them. */
export function encodingWarning(decoded: DecodedText): string | null {
  const lines = decoded.suspectLines;
  if (lines.length === 0) return null;
  const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ` and ${lines.length - 10} more` : '');
  return decoded.suspectReason === 'mixed'
    ? `line${lines.length > 1 ? 's' : ''} ${shown} ${lines.length > 1 ? 'are' : 'is'} not UTF-8 like the rest of the file (mixed encodings); read as Windows-1252. Check their accents, or pick the encoding in the import's sheet step (--encoding).`
    : `line${lines.length > 1 ? 's' : ''} ${shown} ${lines.length > 1 ? 'hold' : 'holds'} bytes that do not read as ${decoded.encoding === 'windows-1252' ? 'Windows-1252' : decoded.encoding} text, so their letters may be wrong: the file may be in another encoding. Pick the encoding in the import's sheet step (--encoding), or save the file as UTF-8.`;
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
