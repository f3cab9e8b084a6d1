import { inflateSync } from 'node:zlib';
import { PDFArray, type PDFDict, PDFDocument, PDFName, type PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

/** A stream's bytes as latin-1 text, inflated when FlateDecode. */
function streamText(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const bytes = filter ? inflateSync(stream.contents) : stream.contents;
  return Buffer.from(bytes).toString('latin1');
}

/** The ToUnicode CMap's `<glyph> <utf-16>` pairs (pdf-lib writes bfchar entries only). */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, glyph, utf16] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const units = (utf16 ?? '').match(/.{4}/g) ?? [];
      map.set((glyph ?? '').toUpperCase(), String.fromCharCode(...units.map((u) => parseInt(u, 16))));
    }
  return map;
}

/**
 * The text of each page, one shown string per line, read back through the embedded fonts' ToUnicode
 * maps: what a reader's search or copy would see. Enough for the PDFs pdf-lib writes with Tj.
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<{ doc: PDFDocument; pages: string[] }> {
  const doc = await PDFDocument.load(bytes);
  const lookup = <T extends PDFObject>(o: PDFObject | undefined): T | undefined => (o instanceof PDFRef ? (doc.context.lookup(o) as T) : (o as T | undefined));
  const pages = doc.getPages().map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = lookup<PDFDict>(lookup<PDFDict>(page.node.get(PDFName.of('Resources')))?.get(PDFName.of('Font')));
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const cmap = lookup<PDFRawStream>(lookup<PDFDict>(ref)?.get(PDFName.of('ToUnicode')));
      fonts.set(name.decodeText(), cmap ? toUnicode(streamText(cmap)) : new Map<string, string>());
    }
    const contents = lookup<PDFObject>(page.node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray().map((o) => lookup<PDFRawStream>(o)) : [contents as PDFRawStream];
    const lines: string[] = [];
    let font = new Map<string, string>();
    for (const stream of streams) {
      if (!stream) continue;
      for (const m of streamText(stream).matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
        if (m[1] !== undefined) font = fonts.get(m[1]) ?? new Map();
        else lines.push(((m[2] ?? '').toUpperCase().match(/.{4}/g) ?? []).map((g) => font.get(g) ?? '\uFFFD').join(''));
      }
    }
    return lines.join('\n');
  });
  return { doc, pages };
}
