import { ArranjoError } from '../../errors';
import { crc32Update } from '../../text/crc32';
import type { ZipEntry } from './zip-directory';
import { englishCount } from '../../text/locale-format';

/**
 * Resource limits checked before exceljs sees a workbook (it holds everything in memory, about ten
 * times the XML it reads): a small file must not expand into gigabytes. Every entry is inflated
 * once here, as a stream, and stopped as soon as it passes a limit or its declared size; its
 * CRC-32 is verified (a bit flipped in transit must not import altered numbers). Listed in the
 * README. The plain xlsx reader (xlsx-plain.ts) reads the parts as they are inflated here, within
 * the limits; what it read is used only once the whole check passed.
 */
export const WORKBOOK_LIMITS = {
  /** Sum of the entries' uncompressed sizes. */
  uncompressedBytes: 256 * 2 ** 20,
  entries: 10_000,
  /** Cells (`<c …>` elements) over all sheets. */
  cells: 3_000_000,
  /** Longest text between two tags, in bytes: Excel's cell limit is 32,767 characters. */
  textBytes: 32_767 * 4,
} as const;

const LOCAL_SIGNATURE = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

export function formatBytes(n: number): string {
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(1)} GB`;
  if (n >= 2 ** 20) return `${Math.round(n / 2 ** 20)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

function refuse(fileName: string, reason: string, message: string): ArranjoError {
  return new ArranjoError('BAD_SOURCE_FILE', `${fileName}: ${message}`, { file: fileName }, { reason });
}

const DAMAGED = 'Open it in Excel to repair it, or get the file again.';

/** Counts cells and the longest text run of sheet XML, across chunk boundaries. */
class XmlMeter {
  cells = 0;
  longestText = 0;
  private run = 0;
  private afterLt = false;
  private afterLtC = false;

  feed(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] ?? 0;
      if (this.afterLtC) {
        if (b === 0x20 || b === 0x3e || b === 0x2f) this.cells++;
        this.afterLtC = false;
      }
      if (this.afterLt) {
        this.afterLtC = b === 0x63; // "c"
        this.afterLt = false;
      }
      if (b === 0x3c) {
        this.afterLt = true;
        if (this.run > this.longestText) this.longestText = this.run;
        this.run = 0;
      } else this.run++;
    }
    if (this.run > this.longestText) this.longestText = this.run;
  }
}

async function inflate(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = (input.pipeThrough(new DecompressionStream('deflate-raw')) as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const next = (await reader.read()) as { done: true; value?: undefined } | { done: false; value: Uint8Array };
    if (next.done) return;
    try {
      onChunk(next.value);
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
  }
}

/**
 * Reads parts of the workbook as this check inflates them, so that nothing inflates them again
 * (the plain xlsx reader). `first` parts are inflated before the others; `open` returns where a
 * part's chunks go (or null), `close` says the part is whole. What it read counts only once the
 * whole check passed.
 */
export interface PartReader {
  first(name: string): boolean;
  open(name: string): ((chunk: Uint8Array) => void) | null;
  close(name: string): void;
}

/**
 * Refuses, with what/where/what to do, a workbook that would expand past the limits, has an entry
 * that does not inflate to its declared size, or whose checksum does not match. Hands the parts
 * `reader` asks for to it as they are inflated.
 */
export async function checkWorkbookZip(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  fileName: string,
  L: { [K in keyof typeof WORKBOOK_LIMITS]: number } = WORKBOOK_LIMITS,
  reader: PartReader | null = null,
): Promise<void> {
  if (entries.length > L.entries) {
    throw refuse(
      fileName,
      'too-many-entries',
      `the workbook holds ${entries.length} files; the limit is ${L.entries}. It is not an ordinary spreadsheet: save it again from Excel, or export the sheet as CSV.`,
    );
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const zip64 = entries.some((e) => e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff);
  if (declared > L.uncompressedBytes || zip64) {
    throw refuse(
      fileName,
      'expands-too-much',
      `this workbook expands to ${zip64 ? 'more than 4 GB' : formatBytes(declared)}; the limit is ${formatBytes(L.uncompressedBytes)}. Delete unused sheets and pictures, or save the sheet you need as CSV and import that.`,
    );
  }
  const meter = new XmlMeter();
  const ordered = reader ? [...entries.filter((e) => reader.first(e.name)), ...entries.filter((e) => !reader.first(e.name))] : entries;
  for (const entry of ordered) {
    if (entry.name.endsWith('/')) continue;
    const at = entry.localHeaderOffset;
    if (u32(bytes, at) !== LOCAL_SIGNATURE)
      throw refuse(
        fileName,
        'corrupt-xlsx',
        `the workbook is damaged and cannot be read (the part ${entry.name} cannot be found). ${DAMAGED}`,
      );
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize)
      throw refuse(fileName, 'corrupt-xlsx', `the workbook is truncated (the part ${entry.name} is cut off). Get the file again.`);
    const measured = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(entry.name);
    const sink = reader?.open(entry.name) ?? null;
    let size = 0;
    let crc = 0xffffffff;
    const take = (chunk: Uint8Array): void => {
      size += chunk.length;
      if (size > entry.uncompressedSize) {
        throw refuse(
          fileName,
          'corrupt-xlsx',
          `the workbook is damaged and cannot be read: the part ${entry.name} expands beyond the size it declares (${formatBytes(entry.uncompressedSize)}). ${DAMAGED}`,
        );
      }
      crc = crc32Update(crc, chunk);
      if (measured) {
        meter.feed(chunk);
        if (meter.cells > L.cells) {
          throw refuse(
            fileName,
            'too-many-cells',
            `the workbook has more than ${englishCount(L.cells)} cells; the limit is ${englishCount(L.cells)}. Split it, or save the sheet as CSV (read without this limit).`,
          );
        }
        if (meter.longestText > L.textBytes) {
          throw refuse(
            fileName,
            'text-too-long',
            `${entry.name} holds a text of more than 32,767 characters (Excel's own limit for a cell). The file was not made by Excel or is damaged; save it again from Excel, or export the sheet as CSV.`,
          );
        }
      }
      sink?.(chunk); // after the limits: a reader never sees more than they allow
    };
    if (entry.method === 0) take(data);
    else if (entry.method === 8) {
      try {
        await inflate(data, take);
      } catch (error) {
        if (error instanceof ArranjoError) throw error;
        throw refuse(
          fileName,
          'corrupt-xlsx',
          `the workbook is damaged and cannot be read (the part ${entry.name} cannot be decompressed). ${DAMAGED}`,
        );
      }
    } else {
      throw refuse(
        fileName,
        'corrupt-xlsx',
        `the part ${entry.name} uses a compression Excel does not write (method ${entry.method}). Save the workbook again from Excel.`,
      );
    }
    if (size !== entry.uncompressedSize || (crc ^ 0xffffffff) >>> 0 !== entry.crc32) {
      throw refuse(
        fileName,
        'checksum',
        `the workbook is damaged and cannot be read: the part ${entry.name} does not match its checksum (its bytes were altered in transit or on disk). ${DAMAGED}`,
      );
    }
    if (sink) reader?.close(entry.name);
  }
}
