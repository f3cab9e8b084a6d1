import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';

/**
 * UTF-16 text without a BOM, as some Windows tools export it, was refused as "not a spreadsheet or
 * a text file". It is read now; a NUL character inside such a file, or inside a UTF-8 one, is still
 * refused at its row.
 */
const WORKS = 'site_code,work_code,title,category,budget_planned,planned_start,planned_end\n';
const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const utf16be = (text: string): Uint8Array => {
  const le = utf16le(text);
  return le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
};

describe('import: UTF-16 text without a BOM', () => {
  it('reads a works file in UTF-16LE and UTF-16BE without BOM, accents included; a NUL in it is refused at its row', async () => {
    const engine = await newDemoEngine();
    const text = `${WORKS}DI-BETIM,OBR-U16,Pavimentação e drenagem,paving,1000,2026-01-01,2026-12-31\n`;
    for (const bytes of [utf16le(text), utf16be(text)]) {
      const r = await engine.importFile(bytes, 'obras.csv', { dryRun: true });
      expect(r.errors).toEqual([]);
      expect(r.rows).toMatchObject({ read: 1, imported: 1 });
    }
    const done = await engine.importFile(utf16le(text), 'obras.csv', {});
    expect(done.refused).toBe(false);
    expect((await engine.worksPortfolio()).find((w) => w.workCode === 'OBR-U16')?.title).toBe('Pavimentação e drenagem');

    const before = await engine.exportWorkspace();
    const withNul = `${WORKS}DI-BETIM,OBR-U17,Obra,paving,1000,2026-01-01,2026-12-31\nDI-BETIM,OBR-U18,Ob\0ra,paving,1000,2026-01-01,2026-12-31\n`;
    const refused = await engine.importFile(utf16le(withNul), 'obras.csv', {});
    expect(refused.refused).toBe(true);
    expect(refused.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^obras\.csv, row 3: the file holds a NUL character \(byte 0\)/),
    ]);
    const utf8 = await engine.importFile(new TextEncoder().encode(withNul), 'obras.csv', {});
    expect(utf8.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^obras\.csv, row 3: the file holds a NUL character/)]);
    expect(Buffer.compare(await engine.exportWorkspace(), before)).toBe(0);
  }, 120_000);
});
