/**
 * Windows-1252 as the WHATWG Encoding Standard defines it. Node's TextDecoder (without full ICU)
 * decodes the label as Latin-1, turning – “ ” € into C1 control characters; this table maps
 * 0x80–0x9F to what Windows means. The five bytes it leaves undefined (0x81 0x8D 0x8F 0x90 0x9D)
 * map to the same code points, as WHATWG says, and count as undecodable.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const MAPPED = HIGH.map((code) => String.fromCharCode(code));

export const WINDOWS_1252_UNDEFINED: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin = new TextDecoder('latin1').decode(bytes);
  // Latin-1 and Windows-1252 agree everywhere but 0x80–0x9F.
  return /[\u0080-\u009f]/.test(latin) ? latin.replace(/[\u0080-\u009f]/g, (c) => MAPPED[c.charCodeAt(0) - 0x80] ?? c) : latin;
}
