/**
 * Just enough of the zip format to tell a workbook from other archives and a whole file from a
 * truncated one, before handing it to exceljs (whose errors on damaged zips say little).
 */

/** One entry as the central directory describes it (sizes as declared: checked while inflating). */
export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; names: string[]; entries: ZipEntry[] } | { ok: false; problem: 'truncated' | 'damaged' };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

/** The names in a zip's central directory (which sits at the very end: a cut file has none). */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 65_535);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'truncated' };
  const entries = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (at >= bytes.length) return { ok: false, problem: 'truncated' };
  const names: string[] = [];
  const list: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) return { ok: false, problem: 'damaged' };
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    names.push(name);
    list.push({
      name,
      method: u16(bytes, at + 10),
      crc32: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return { ok: true, names, entries: list };
}
