import ExcelJS from 'exceljs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive with stored (uncompressed) entries: enough for "a zip that is not a workbook". */
export function makeZip(files: { name: string; text: string }[]): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], v: number): void => void a.push(v & 255, (v >> 8) & 255);
  const u32 = (a: number[], v: number): void => void a.push(v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255);
  for (const f of files) {
    const name = new TextEncoder().encode(f.name);
    const data = new TextEncoder().encode(f.text);
    const offset = parts.length;
    const crc = crc32(data);
    u32(parts, 0x04034b50);
    u16(parts, 20);
    u16(parts, 0);
    u16(parts, 0);
    u16(parts, 0);
    u16(parts, 0);
    u32(parts, crc);
    u32(parts, data.length);
    u32(parts, data.length);
    u16(parts, name.length);
    u16(parts, 0);
    parts.push(...name, ...data);
    u32(central, 0x02014b50);
    u16(central, 20);
    u16(central, 20);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, crc);
    u32(central, data.length);
    u32(central, data.length);
    u16(central, name.length);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, offset);
    central.push(...name);
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, files.length);
  u16(end, files.length);
  u32(end, central.length);
  u32(end, parts.length);
  u16(end, 0);
  return new Uint8Array([...parts, ...central, ...end]);
}

/**
 * The container of a password-protected OOXML workbook as far as a reader can tell: a Compound
 * File header and a directory naming the "EncryptedPackage" stream (what Excel writes when a
 * workbook is saved with a password).
 */
export function makeEncryptedWorkbook(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'];
  names.forEach((name, i) => {
    [...name].forEach((ch, k) => bytes.set([ch.charCodeAt(0), 0], 1024 + i * 128 + k * 2));
  });
  return bytes;
}

/** An xlsx built with exceljs: one sheet per entry, rows as given (null for an empty cell). */
export async function makeXlsx(sheets: Record<string, (string | number | null)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => {
      ws.getRow(i + 1).values = row.map((v) => (v === null ? undefined : v));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
