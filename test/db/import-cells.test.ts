import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { utf8 } from '../support/files';
import { newEngine } from '../support/node-engine';

describe('cell values as agencies write them', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  function values(indicator: string): Record<string, unknown>[] {
    return engine
      .connection()
      .all(
        'SELECT subject_code, period, value, missing_reason FROM indicator_value WHERE indicator_code = ? ORDER BY subject_code, period',
        [indicator],
      );
  }

  it('xlsx: formulas by their cached value, % cells in points, date cells as years, Excel errors as missing, rich-text headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dados');
    ws.getRow(1).values = ['Código', { richText: [{ text: 'Data de ' }, { text: 'referência', font: { bold: true } }] }, 'Taxa', 'Total'];
    ws.getRow(2).values = [3106200, new Date(Date.UTC(2020, 11, 31)), 0.125, { formula: 'C2*100', result: 12.5 }];
    ws.getRow(3).values = [3106705, new Date(Date.UTC(2021, 0, 1)), 0.5, { formula: '1/0', result: { error: '#DIV/0!' } }];
    ws.getCell('C2').numFmt = '0.0%';
    ws.getCell('C3').numFmt = '0%';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const opened = await engine.importOpen(bytes, 'celulas.xlsx');
    const layout = await engine.importLayout(opened.sessionId, 'Dados');
    expect(layout.columns.map((c) => [c.header, c.kind])).toEqual([
      ['Código', 'code'],
      ['Data de referência', 'date'],
      ['Taxa', 'number'],
      ['Total', 'number'],
    ]);
    const mapping = {
      target: 'indicator-values' as const,
      columns: [
        { column: 0, role: { role: 'territory' as const } },
        { column: 1, role: { role: 'year' as const } },
        { column: 2, role: { role: 'indicator-value' as const, indicator: 'TAXA' } },
        { column: 3, role: { role: 'indicator-value' as const, indicator: 'TOTAL' } },
      ],
    };
    const preview = await engine.importPreview(opened.sessionId, { sheet: 'Dados', mapping });
    expect(preview).toMatchObject({
      canCommit: true,
      counts: { read: 2, imported: 4 },
      years: [2020, 2021],
      newIndicators: ['TAXA', 'TOTAL'],
    });
    // The failed formula is said where it is (it was kept as missing without a word); still no error.
    expect(preview.warnings).toBe(1);
    expect(preview.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'excel-error', row: 3, column: 'Total', value: '#DIV/0!' }),
    ]);
    await engine.importCommit(opened.sessionId, { sheet: 'Dados', mapping });
    expect(values('TAXA')).toEqual([
      { subject_code: '3106200', period: '2020', value: 12.5, missing_reason: null },
      { subject_code: '3106705', period: '2021', value: 50, missing_reason: null },
    ]);
    expect(values('TOTAL')).toEqual([
      { subject_code: '3106200', period: '2020', value: 12.5, missing_reason: null },
      { subject_code: '3106705', period: '2021', value: null, missing_reason: 'erro do Excel na origem (#DIV/0!)' },
    ]);
  });

  it('text: pt-BR numbers, footnote markers, IBGE symbols with their meaning, "-" as zero when asked', async () => {
    const csv = [
      'municipio;ano;valor',
      'Betim;2019;1.234,5',
      'Contagem;2019;548.952(1)',
      'Nova Lima;2019;X',
      'Sabará;2019;...',
      'Ibirité;2019;-',
    ].join('\n');
    const mapping = {
      target: 'indicator-values',
      indicator: 'V',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'year' } },
        { column: 2, role: { role: 'value' } },
      ],
    };
    const result = await engine.importFile(utf8(csv), 'valores.csv', { mapping });
    expect(result).toMatchObject({
      refused: false,
      rows: { imported: 5 },
      warnings: [{ row: 3, column: 'valor', message: "footnote marker (1) after 548952 dropped; see the file's notes." }],
    });
    expect(values('V').map((v) => [v.value, v.missing_reason])).toEqual([
      [1234.5, null],
      [548952, null],
      [null, "IBGE '-': dado numérico igual a zero não resultante de arredondamento"],
      [null, "IBGE 'X': dado numérico omitido a fim de evitar a individualização da informação"],
      [null, "IBGE '...': dado numérico não disponível"],
    ]);
    await engine.importFile(utf8(csv), 'valores.csv', { mapping: { ...mapping, dashAsZero: true } });
    expect(values('V')[2]).toMatchObject({ value: 0, missing_reason: null });
  });
});
