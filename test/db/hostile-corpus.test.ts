import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { readZipDirectory } from '../../shared/import/read/zip-directory';
import { checkWorkbookZip, WORKBOOK_LIMITS } from '../../shared/import/read/zip-limits';
import { makeXlsx } from '../support/files';
import { deflatedFill, rezip } from '../support/hostile-corpus';
import { newEngine } from '../support/node-engine';

/**
 * The hostile corpus (issue 15) through the engine in-process: every file is generated here,
 * deterministic and small; each is refused with a clear message or imported with a warning, and
 * the workspace is untouched by a refusal.
 */
describe('hostile corpus through the engine', () => {
  let engine: Engine;
  let workbook: Uint8Array;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    workbook = await makeXlsx({
      Plan1: [
        ['territory_code', 'classification', 'sector_code', 'year', 'jobs'],
        ['3106200', 'ibge-setor', '1', 2015, 1111],
        ['3106200', 'ibge-setor', '2', 2015, 2222],
      ],
    });
  }, 120_000);

  async function refusedWith(bytes: Uint8Array, pattern: RegExp): Promise<void> {
    const before = await engine.exportWorkspace();
    const r = await engine.importFile(bytes, 'hostil.xlsx', { template: 'arranjo-long' });
    expect(r.refused, JSON.stringify(r).slice(0, 300)).toBe(true);
    expect(r.message).toMatch(pattern);
    expect(r.message).not.toMatch(/Bug :|Cannot set properties|\bat \w+ \(|line: ?\d+.*column/i);
    expect(Buffer.compare(await engine.exportWorkspace(), before)).toBe(0);
  }

  it('the plain generated workbook imports (the corpus baseline)', async () => {
    const r = await engine.importFile(workbook, 'ok.xlsx', { template: 'arranjo-long', dryRun: true });
    expect(r.refused).toBe(false);
    expect(r.rows.read).toBe(2);
  });

  describe('decompression bombs (issue 15 #5)', () => {
    it('an unused media entry declared at 1.2 GB: refused from the directory, before inflating', async () => {
      const bomb = rezip(workbook, (parts) => [
        ...parts,
        { name: 'xl/media/image1.png', data: new Uint8Array(0), raw: deflatedFill(1 << 20), declaredSize: 1_288_490_189 },
      ]);
      await refusedWith(bomb, /^hostil\.xlsx: this workbook expands to 1\.2 GB; the limit is 256 MB\./);
    });

    it('an entry that inflates past the size it declares is stopped at that size', async () => {
      const liar = rezip(workbook, (parts) => [
        ...parts,
        { name: 'xl/media/image1.png', data: new Uint8Array(0), raw: deflatedFill(8 << 20), declaredSize: 1 << 20 },
      ]);
      await refusedWith(liar, /the part xl\/media\/image1\.png expands beyond the size it declares \(1 MB\)/);
    });

    it('a sheet of spaces longer than any cell text is refused while reading', async () => {
      const spaces = rezip(workbook, (parts) =>
        parts.map((p) =>
          p.name === 'xl/worksheets/sheet1.xml'
            ? { ...p, data: new Uint8Array(0), raw: deflatedFill(8 << 20), declaredSize: 8 << 20, declaredCrc: 0 }
            : p,
        ),
      );
      await refusedWith(spaces, /holds a text of more than 32,767 characters/);
    });

    it('too many cells is refused while counting, before exceljs builds them (a lower limit here)', async () => {
      const cell = '<c r="A1" t="n"><v>1</v></c>';
      const xml = new TextEncoder().encode(
        `<?xml version="1.0"?><worksheet><sheetData><row r="1">${cell.repeat(5001)}</row></sheetData></worksheet>`,
      );
      const many = rezip(workbook, (parts) => parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: xml } : p)));
      const dir = readZipDirectory(many);
      if (!dir.ok) throw new Error('zip');
      const error = await checkWorkbookZip(many, dir.entries, 'muitas.xlsx', { ...WORKBOOK_LIMITS, cells: 5000 }).catch((e: unknown) => e);
      expect((error as Error).message).toBe(
        'muitas.xlsx: the workbook has more than 5,000 cells; the limit is 5,000. Split it, or save the sheet as CSV (read without this limit).',
      );
    });
  });

  describe('xlsx checksums (issue 15 #8)', () => {
    it('a bit flipped in a sheet is refused, not imported as other numbers', async () => {
      // Stored (uncompressed) parts: the sheet's text is in the file as it is.
      const stored = rezip(workbook, (parts) => parts.map((p) => ({ ...p, method: 0 })));
      const at = Buffer.from(stored).indexOf('<v>1111</v>') + 3;
      expect(at).toBeGreaterThan(3);
      const flipped = stored.slice();
      flipped[at] = flipped[at]! ^ 0x02; // "1" → "3": 3111 jobs, same checksum in the directory
      await refusedWith(flipped, /the part xl\/worksheets\/sheet1\.xml does not match its checksum/);
    });
  });

  it('peak memory of the corpus stays under 1 GiB', () => {
    expect(process.resourceUsage().maxRSS * 1024).toBeLessThan(2 ** 30);
  });
});
