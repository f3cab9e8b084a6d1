/**
 * A bar chart as a PNG, drawn pixel by pixel — no browser, no canvas, no native module — so the
 * plan workbook gets its chart image in the CLI, in tests and in the worker alike. The PNG uses
 * stored (uncompressed) deflate blocks: larger than a compressed one, but a few kB for this size.
 * Bars only: the labels and values are in the cells beside the image, each label keyed by its bar's
 * colour (barColourArgb).
 */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function chunk(type: string, data: Uint8Array): number[] {
  const body = new Uint8Array(4 + data.length);
  body.set([...type].map((c) => c.charCodeAt(0)));
  body.set(data, 4);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib stream of stored blocks (≤ 65535 bytes each). */
function zlibStored(raw: Uint8Array): Uint8Array {
  const out: number[] = [0x78, 0x01];
  for (let i = 0; i < raw.length || i === 0; i += 65535) {
    const block = raw.subarray(i, Math.min(raw.length, i + 65535));
    const last = i + 65535 >= raw.length ? 1 : 0;
    out.push(last, block.length & 255, block.length >>> 8, ~block.length & 255, (~block.length >>> 8) & 255);
    for (const b of block) out.push(b);
    if (raw.length === 0) break;
  }
  out.push(...u32(adler32(raw)));
  return Uint8Array.from(out);
}

/** RGB pixels (row-major, 3 bytes each) → PNG bytes. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 3)] = 0; // filter: none
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (1 + width * 3) + 1);
  }
  const header = Uint8Array.from([...u32(width), ...u32(height), 8, 2, 0, 0, 0]);
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', header),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}

const PALETTE: readonly [number, number, number][] = [
  [34, 139, 230],
  [250, 176, 5],
  [64, 192, 87],
  [250, 82, 82],
  [121, 80, 242],
  [21, 170, 191],
  [253, 126, 20],
];

function barRgb(index: number): readonly [number, number, number] {
  return PALETTE[index % PALETTE.length] ?? [34, 139, 230];
}

/** The colour of bar `index` as Excel's ARGB ("FF228BE6"): the key the workbook sets beside its label. */
export function barColourArgb(index: number): string {
  return `FF${barRgb(index)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

/** Vertical bars of the given values (≥ 0) on a white ground with a baseline. */
export function barChartPng(values: readonly number[], width = 480, height = 240): Uint8Array {
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const set = (x: number, y: number, [r, g, b]: readonly [number, number, number]): void => {
    const i = (y * width + x) * 3;
    rgb[i] = r;
    rgb[i + 1] = g;
    rgb[i + 2] = b;
  };
  const margin = 12;
  const base = height - margin;
  for (let x = margin; x < width - margin; x++) set(x, base, [73, 80, 87]);
  const max = Math.max(0, ...values);
  const n = Math.max(1, values.length);
  const slot = (width - 2 * margin) / n;
  values.forEach((v, i) => {
    const h = max > 0 ? Math.round(((v > 0 ? v : 0) / max) * (base - margin)) : 0;
    const x0 = Math.round(margin + i * slot + slot * 0.15);
    const x1 = Math.round(margin + (i + 1) * slot - slot * 0.15);
    const colour = barRgb(i);
    for (let x = x0; x < x1; x++) for (let y = base - h; y < base; y++) set(x, y, colour);
  });
  return encodePng(width, height, rgb);
}
