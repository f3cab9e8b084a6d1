import { utf16WithoutBom } from './decode-text';

/** What a file is, from its first bytes (never from its name: agency files are often misnamed). */
export type FileKind =
  | 'zip'
  | 'cfb-encrypted' // an OOXML workbook saved with a password: a CFB container with an EncryptedPackage stream
  | 'cfb-legacy' // Excel 97–2003 (.xls, BIFF) or another OLE document
  | 'html' // an HTML table saved with an .xls name, as some government portals serve
  | 'pdf'
  | 'binary'
  | 'text';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether `needle` occurs in `bytes` as UTF-16LE (how CFB stores directory entry names). */
function containsUtf16(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < needle.length; k++) {
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) return containsUtf16(bytes, 'EncryptedPackage') ? 'cfb-encrypted' : 'cfb-legacy';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\ufeff|^ï»¿/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table')) return 'html';
  // UTF-16 text, with a BOM or without (its NULs alternate with the letters); other NUL bytes early on mean a binary format.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16WithoutBom(bytes) !== null) return 'text';
  return looksBinary(bytes.subarray(0, 8192)) ? 'binary' : 'text';
}

/**
 * Many NUL bytes, or other control bytes, as binary formats have. A text file with a stray NUL or
 * two (a damaged export) is text: the CSV reader refuses it at the NUL's row. It was called "not a
 * spreadsheet or a text file" when the NUL was in its first 8 KB, and imported with the NUL inside a
 * name after that — whose canonical export was then refused so.
 */
function looksBinary(probe: Uint8Array): boolean {
  let nul = 0;
  let control = 0;
  for (const b of probe) {
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return nul > 0 && (nul > Math.max(8, probe.length / 64) || control > probe.length / 64);
}
