import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { crc32 } from '../../shared/text/crc32';
import { readZipDirectory } from '../../shared/import/read/zip-directory';

/**
 * A deterministic generator of small hostile files (issue 15): zip bombs within test limits,
 * bit-flipped workbook parts, stray quotes, mixed encodings, formula-like names, bad patterns.
 * Everything is made at test time from fixed inputs; nothing random, nothing large on disk.
 */

export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflate (default). */
  method?: 0 | 8;
  /** Lie about the size or checksum in both headers. */
  declaredSize?: number;
  declaredCrc?: number;
  /** Already-compressed bytes to store as they are (with method 8). */
  raw?: Uint8Array;
}

/** The parts of a zip (an xlsx), inflated. */
export function unzip(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error('not a zip');
  return dir.entries.map((e) => {
    const at = e.localHeaderOffset;
    const start = at + 30 + (bytes[at + 26]! | (bytes[at + 27]! << 8)) + (bytes[at + 28]! | (bytes[at + 29]! << 8));
    const data = bytes.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 8 ? new Uint8Array(inflateRawSync(data)) : data.slice() };
  });
}

export function zip(parts: readonly ZipPart[]): Uint8Array {
  const central: number[] = [];
  const u16 = (a: number[], v: number): void => void a.push(v & 255, (v >> 8) & 255);
  const u32 = (a: number[], v: number): void => void a.push(v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255);
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = new TextEncoder().encode(p.name);
    const method = p.method ?? 8;
    const body = p.raw ?? (method === 8 ? new Uint8Array(deflateRawSync(p.data)) : p.data);
    const crc = p.declaredCrc ?? crc32(p.data);
    const size = p.declaredSize ?? p.data.length;
    const header: number[] = [];
    u32(header, 0x04034b50);
    u16(header, 20);
    u16(header, 0);
    u16(header, method);
    u16(header, 0);
    u16(header, 0);
    u32(header, crc);
    u32(header, body.length);
    u32(header, size);
    u16(header, name.length);
    u16(header, 0);
    chunks.push(Uint8Array.from(header), name, body);
    u32(central, 0x02014b50);
    u16(central, 20);
    u16(central, 20);
    u16(central, 0);
    u16(central, method);
    u16(central, 0);
    u16(central, 0);
    u32(central, crc);
    u32(central, body.length);
    u32(central, size);
    u16(central, name.length);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, offset);
    central.push(...name);
    offset += header.length + name.length + body.length;
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, parts.length);
  u16(end, parts.length);
  u32(end, central.length);
  u32(end, offset);
  u16(end, 0);
  chunks.push(Uint8Array.from(central), Uint8Array.from(end));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const result = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    result.set(c, at);
    at += c.length;
  }
  return result;
}

/** `n` bytes of one value, deflated once (a bomb: tiny compressed, large inflated). */
export function deflatedFill(n: number, byte = 0x20): Uint8Array {
  return new Uint8Array(deflateRawSync(new Uint8Array(n).fill(byte), { level: 9 }));
}

/** A workbook's parts with one part replaced, added or changed. */
export function rezip(xlsx: Uint8Array, change: (parts: ZipPart[]) => ZipPart[]): Uint8Array {
  return zip(change(unzip(xlsx)));
}
