import { describe, expect, it } from 'vitest';
import { dragHasFiles, fileExtension, isImportFileName, pickImportFile } from '../../../renderer/src/features/importer/file-kinds';
import { progressPercent } from '../../../renderer/src/features/importer/progress';
import { isTemplateId, templateIdFrom } from '../../../renderer/src/features/importer/template-id';
import { BUILT_IN_TEMPLATE_IDS } from '../../../renderer/src/features/importer/template-text';
import { BUILT_IN_TEMPLATES } from '../../../shared/import/templates/built-ins';

describe('importer: which files go to the wizard', () => {
  it('reads the extension case-insensitively, from a path or a bare name', () => {
    expect(fileExtension('C:\\dados\\RAIS 2020.CSV')).toBe('csv');
    expect(fileExtension('pasta/POP2022.xlsx')).toBe('xlsx');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('LEIAME')).toBe('');
  });

  it('takes spreadsheets and text tables, legacy .xls included (the engine explains how to convert it)', () => {
    for (const name of ['a.xlsx', 'a.XLS', 'a.csv', 'a.txt', 'a.tsv', 'a.ods', 'a.xlsm']) expect(isImportFileName(name)).toBe(true);
    for (const name of ['a.arranjo', 'a.pdf', 'a.docx', 'a', 'a.zip']) expect(isImportFileName(name)).toBe(false);
  });

  it('picks the first importable file of a drop and names the others', () => {
    const files = [{ name: 'ws.arranjo' }, { name: 'rais.csv' }, { name: 'pop.xlsx' }];
    expect(pickImportFile(files)).toEqual({ file: files[1], ignored: ['ws.arranjo', 'pop.xlsx'] });
    expect(pickImportFile([{ name: 'nota.pdf' }])).toEqual({ file: null, ignored: ['nota.pdf'] });
  });

  it('only drags that carry files are taken', () => {
    expect(dragHasFiles(['Files'])).toBe(true);
    expect(dragHasFiles(['text/plain'])).toBe(false);
    expect(dragHasFiles(undefined)).toBe(false);
  });
});

describe('importer: template ids and progress', () => {
  it('makes a CLI-friendly id from a label', () => {
    expect(templateIdFrom('Empresas ativas (Secretaria)')).toBe('empresas-ativas-secretaria');
    expect(templateIdFrom('  População — Censo 2022! ')).toBe('populacao-censo-2022');
    expect(templateIdFrom('---')).toBe('');
    expect(templateIdFrom('x'.repeat(100))).toHaveLength(80);
    expect(isTemplateId('rais-2020')).toBe(true);
    expect(isTemplateId('-rais')).toBe(false);
    expect(isTemplateId('RAIS')).toBe(false);
  });

  it('has a translated description for every built-in template of the engine', () => {
    expect([...BUILT_IN_TEMPLATE_IDS].sort()).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id).sort());
  });

  it('reports percent done, or null while the total is unknown', () => {
    expect(progressPercent(null)).toBeNull();
    expect(progressPercent({ phase: 'reading', done: 0, total: 0 })).toBeNull();
    expect(progressPercent({ phase: 'reading', done: 48_000, total: 96_001 })).toBe(50);
    expect(progressPercent({ phase: 'writing', done: 2, total: 1 })).toBe(100);
  });
});
