import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { DEMO_PROGRAMME_NAME } from '../../shared/features/programmes/demo';
import { programmeReport } from '../../shared/features/programmes/report';
import { newDemoEngine } from '../support/node-engine';

describe('the demo programme, its monitoring, workbook and undoable edits', () => {
  let engine: Engine;
  let id: number;
  beforeAll(async () => {
    engine = await newDemoEngine();
    const found = (await engine.listProgrammes()).find((p) => p.name === DEMO_PROGRAMME_NAME);
    if (!found) throw new Error('no demo programme');
    id = found.id;
  }, 180_000);

  it('is labelled illustrative, with 16 actions in five MG municipalities', async () => {
    const [p] = await engine.listProgrammes();
    expect(p).toMatchObject({ illustrative: true, actions: 16, indicators: 8 });
    expect(p?.source).toMatch(/^ILUSTRATIVO/);
    const places = new Set((await engine.programmeActions(id)).map((a) => a.municipalityName));
    expect([...places].sort()).toEqual(['Araçuaí', 'Janaúba', 'Montes Claros', 'Salinas', 'Teófilo Otoni']);
    // One action serves a real polo of the registry, linked by its code.
    const linked = (await engine.programmeActions(id)).filter((a) => a.initiativeCode !== null);
    expect(linked.map((a) => [a.code, a.initiativeCode])).toEqual([['P-005', 'POLO-APICOLA-DO-NORTE-DE-MINAS']]);
    expect((await engine.initiativeProfile('POLO-APICOLA-DO-NORTE-DE-MINAS')).municipalityList.map((m) => m.code)).toContain(3143302);
  });

  it('monitors target against actual (hand-checked: participants Q1 101/120, Q3 70/70)', async () => {
    const rows = await engine.programmeMonitor({ programmeId: id });
    const participants = rows.filter((r) => r.indicator === 'participants').map((r) => [r.period, r.target, r.actual, r.rag]);
    expect(participants).toEqual([
      ['2025-Q1', 120, 101, 'amber'],
      ['2025-Q2', 130, 102, 'amber'],
      ['2025-Q3', 70, 70, 'green'],
      ['2025-Q4', 100, 56, 'red'],
    ]);
    const renda = rows.find((r) => r.indicator === 'renda_media');
    // (930 − 850)/(1000 − 850) = 80/150
    expect(renda?.achievement).toBeCloseTo(0.533333333333333, 12);
    const drill = await engine.programmeDrill({ indicatorId: renda?.indicatorId ?? 0, period: '2025' });
    expect(drill).toEqual([]);
    const why = await engine.programmeDrill({ indicatorId: rows[0]?.indicatorId ?? 0, period: '2025-Q1' });
    expect(why.map((a) => a.code)).toEqual(['P-001', 'P-002', 'P-003', 'P-004']);
    expect(programmeReport(engine.connection(), DEMO_PROGRAMME_NAME, '2025')[0]).toEqual({
      indicator: 'participants',
      period: '2025',
      baseline: 0,
      target: 420,
      actual: 329,
      achievement: 0.783333333333333,
    });
  });

  it('counts the municipalities of each quarter as DESIGN §10 does (hand-checked: 2, 3, 4 and 3 with an action starting then)', () => {
    const rows = programmeReport(engine.connection(), DEMO_PROGRAMME_NAME).filter((r) => r.indicator === 'municipalities');
    expect(rows.map((r) => [r.period, r.target, r.actual, r.achievement])).toEqual([
      ['2025-Q1', 2, 2, 1],
      ['2025-Q2', 3, 3, 1],
      ['2025-Q3', 4, 4, 1],
      ['2025-Q4', 4, 3, 0.75],
    ]);
    // The year's distinct municipalities (5) against no target: the quarters' 2 + 3 + 4 + 4 = 13 is not one.
    expect(programmeReport(engine.connection(), DEMO_PROGRAMME_NAME, '2025').find((r) => r.indicator === 'municipalities')).toEqual({
      indicator: 'municipalities',
      period: '2025',
      baseline: null,
      target: null,
      actual: 5,
      achievement: null,
    });
  });

  it('writes the monitoring workbook with typed cells and RAG fills, in pt-BR and es', async () => {
    const bytes = await engine.exportProgrammeWorkbook({ programmeId: id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Quadro de resultados',
      'Indicadores por período',
      'Ações',
      'Participantes por território',
      'Notas',
    ]);
    const sheet = wb.getWorksheet('Indicadores por período');
    const row = sheet?.getRow(2);
    expect([row?.getCell(1).value, row?.getCell(3).value, row?.getCell(5).value, row?.getCell(6).value]).toEqual([
      'participants',
      // A quarter as Portuguese types it (trimestre), as the period fields show it; it read 2025-Q1.
      '2025-T1',
      120,
      101,
    ]);
    expect(row?.getCell(7).value).toBeCloseTo(101 / 120, 10);
    // One decimal, as the monitor shows 84,2 % (it read 84,17 %).
    expect(row?.getCell(7).numFmt).toBe('0.0%');
    expect((row?.getCell(7).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe('FFFFE08A');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const actions = wb.getWorksheet('Ações');
    expect(actions?.getRow(2).getCell(5).value).toBeInstanceOf(Date);
    const territory = wb.getWorksheet('Participantes por território');
    expect(territory?.getRow(1).values).toEqual([
      undefined,
      'Código IBGE',
      'Município',
      'Ações',
      'Participantes',
      'Mulheres',
      'Homens',
      'Jovens',
    ]);
    const notes = wb.getWorksheet('Notas');
    expect(notes?.getRow(2).getCell(2).text).toMatch(/ILUSTRATIVOS/);
    const es = new ExcelJS.Workbook();
    const esBytes = await engine.exportProgrammeWorkbook({ programmeId: id, language: 'es' });
    await es.xlsx.load(esBytes.buffer.slice(esBytes.byteOffset, esBytes.byteOffset + esBytes.byteLength) as ArrayBuffer);
    expect(es.worksheets[1]?.name).toBe('Indicadores por período');
    expect(es.worksheets[1]?.getRow(1).getCell(7).value).toBe('Logro');
    // A built-in indicator named as the monitor names it, in the language (its stored name is Portuguese).
    expect(es.worksheets[1]?.getRow(2).getCell(2).value).toBe('Participantes');
    expect(es.worksheets[1]?.getRow(6).getCell(2).value).toBe('Mujeres');
    expect(es.worksheets[1]?.getRow(2).getCell(3).value).toBe('2025-T1');
    const en = new ExcelJS.Workbook();
    const enBytes = await engine.exportProgrammeWorkbook({ programmeId: id, language: 'en' });
    await en.xlsx.load(enBytes.buffer.slice(enBytes.byteOffset, enBytes.byteOffset + enBytes.byteLength) as ArrayBuffer);
    expect(en.worksheets[1]?.getRow(2).getCell(3).value).toBe('2025-Q1');
    // The demo's source note (stored in Portuguese) in the workbook's language, still saying it is illustrative.
    const enNotes = en.worksheets.at(-1)!;
    const enSource = enNotes.getColumn(1).values.findIndex((v) => v === 'Source');
    expect(enNotes.getRow(enSource).getCell(2).text).toMatch(/^ILLUSTRATIVE: structure \(action types and indicators\)/);
    const esNotes = es.worksheets.at(-1)!;
    const esSource = esNotes.getColumn(1).values.findIndex((v) => v === 'Fuente');
    expect(esNotes.getRow(esSource).getCell(2).text).toMatch(/^ILUSTRATIVO: estructura .* para la demostración\.$/);
    // The framework's periodicity in words, not the stored code ('quarter').
    expect(wb.worksheets[0]?.getRow(1).getCell(7).value).toBe('Periodicidade');
    expect(wb.worksheets[0]?.getRow(2).getCell(7).value).toBe('Trimestre');
    expect(es.worksheets[0]?.getRow(4).getCell(7).value).toBe('Año');
    // The framework names a built-in indicator as the indicators sheet does (it gave the stored name there).
    const framework = es.worksheets[0]!;
    const codes = framework.getColumn(3).values.slice(2).map(String);
    expect(framework.getRow(2 + codes.indexOf('women')).getCell(4).value).toBe('Mujeres');
    // And its unit in the language: "pessoas" (stored in Portuguese) was written in every language.
    expect(framework.getRow(1).getCell(5).value).toBe('Unidad');
    expect(framework.getRow(2 + codes.indexOf('women')).getCell(5).value).toBe('personas');
    expect(framework.getRow(2 + codes.indexOf('actions')).getCell(5).value).toBe('acciones');
  });

  it('undoes and redoes edits of actions, targets and thresholds', async () => {
    const before = await engine.programmeMonitor({ programmeId: id });
    const action = (await engine.programmeActions(id))[0];
    if (!action) throw new Error('no action');
    await engine.saveProgrammeAction({ ...action, participants: 40, women: 9 });
    await engine.saveProgramme({ ...(await engine.programmeFramework(id)).programme, ragAmber: 0.8 });
    const after = await engine.programmeMonitor({ programmeId: id });
    expect(after[0]).toMatchObject({ actual: 123, rag: 'green' });
    await expect(engine.saveProgrammeAction({ ...action, id: undefined, code: 'P-002' })).rejects.toThrow(/has an action P-002/);
    await expect(engine.saveProgrammeAction({ ...action, women: 30 })).rejects.toThrow(/women cannot be more/);
    await expect(
      engine.setProgrammeTargets({ indicatorId: before[0]?.indicatorId ?? 0, targets: [{ period: '2027-Q1', target: 5 }] }),
    ).rejects.toThrow(/outside programme/);
    await engine.undo();
    await engine.undo();
    expect(await engine.programmeMonitor({ programmeId: id })).toEqual(before);
    await engine.redo();
    expect((await engine.programmeMonitor({ programmeId: id }))[0]).toMatchObject({ actual: 123 });
    await engine.undo();
  });
});
