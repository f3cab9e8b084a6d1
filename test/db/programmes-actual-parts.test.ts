import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newEngine } from '../support/node-engine';

/**
 * A custom indicator's actuals broken down by sex and territory (schema 11): entered with the
 * targets, checked to add up to the actual, shown in the drill-down in every view, undoable.
 * Hand-worked: 2025-Q1 actual 100 = 60 women + 40 men = 70 in Belo Horizonte + 30 in Betim;
 * 2025-Q2 actual 50 = 20 women + 30 men. Cumulative at Q2: 80 women, 70 men.
 */
describe('disaggregated actuals of a custom indicator', () => {
  let engine: Engine;
  let programmeId: number;
  let indicatorId: number;
  const q1 = {
    period: '2025-Q1',
    target: 120,
    actual: 100,
    parts: [
      { dimension: 'sex' as const, part: 'women', value: 60 },
      { dimension: 'sex' as const, part: 'men', value: 40 },
      { dimension: 'territory' as const, part: '3106200', value: 70 },
      { dimension: 'territory' as const, part: '3106705', value: 30 },
    ],
  };
  const q2 = {
    period: '2025-Q2',
    target: 60,
    actual: 50,
    parts: [
      { dimension: 'sex' as const, part: 'women', value: 20 },
      { dimension: 'sex' as const, part: 'men', value: 30 },
    ],
  };
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    programmeId = (await engine.saveProgramme({ name: 'Programa partes', startDate: '2025-01-01', endDate: '2025-12-31' })).id;
    indicatorId = (
      await engine.saveProgrammeIndicator({
        programmeId,
        code: 'familias_atendidas',
        name: 'Famílias atendidas',
        disaggregation: ['sex', 'territory'],
      })
    ).id;
  }, 120_000);

  it('stores the parts with the actuals and breaks the actual down in each view', async () => {
    const fw = await engine.setProgrammeTargets({ indicatorId, targets: [q1, q2] });
    expect(fw.parts).toHaveLength(6);
    const native = await engine.programmeDisaggregation({ indicatorId, period: '2025-Q1' });
    expect(native.map((t) => [t.dimension, t.parts.map((p) => [p.key, p.name, p.value])])).toEqual([
      [
        'sex',
        [
          ['women', null, 60],
          ['men', null, 40],
        ],
      ],
      [
        'territory',
        [
          ['3106200', 'Belo Horizonte', 70],
          ['3106705', 'Betim', 30],
        ],
      ],
    ]);
    const running = await engine.programmeDisaggregation({ indicatorId, period: '2025-Q2', view: 'cumulative' });
    expect(running.map((t) => [t.dimension, t.parts.map((p) => [p.key, p.value])])).toEqual([
      [
        'sex',
        [
          ['women', 80],
          ['men', 70],
        ],
      ],
      [
        'territory',
        [
          ['3106200', 70],
          ['3106705', 30],
        ],
      ],
    ]);
  });

  it('refuses parts that do not add up, unknown parts, a dimension the indicator lacks, parts of a built-in: nothing written', async () => {
    const before = (await engine.programmeFramework(programmeId)).parts;
    const bad = (parts: { dimension: 'sex' | 'age' | 'territory'; part: string; value: number }[]) =>
      engine.setProgrammeTargets({ indicatorId, targets: [{ ...q1, parts }] });
    await expect(
      bad([
        { dimension: 'sex', part: 'women', value: 60 },
        { dimension: 'sex', part: 'men', value: 30 },
      ]),
    ).rejects.toThrow(/parts by sex add up to 90, not to the actual 100/);
    await expect(bad([{ dimension: 'sex', part: 'girls', value: 100 }])).rejects.toMatchObject({
      params: { field: 'targets.0.parts', reason: 'choice' },
    });
    await expect(bad([{ dimension: 'territory', part: '3199999', value: 100 }])).rejects.toMatchObject({
      params: { reason: 'not-a-municipality' },
    });
    await expect(bad([{ dimension: 'age', part: 'youth', value: 100 }])).rejects.toThrow(/not broken down by age/);
    await expect(engine.setProgrammeTargets({ indicatorId, targets: [{ ...q1, actual: null }] })).rejects.toThrow(/parts but no actual/);
    const builtin = await engine.saveProgrammeIndicator({ programmeId, code: 'participants', disaggregation: ['sex'] });
    await expect(
      engine.setProgrammeTargets({
        indicatorId: builtin.id,
        targets: [{ period: '2025-Q1', target: 10, parts: [{ dimension: 'sex', part: 'women', value: 1 }] }],
      }),
    ).rejects.toThrow(/computed from the actions/);
    expect((await engine.programmeFramework(programmeId)).parts).toEqual(before);
  });

  it('exports the parts to their own sheet of the monitoring workbook, values as numbers, names in the language', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await engine.exportProgrammeWorkbook({ programmeId })) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Realizado desagregado');
    expect(sheet?.rowCount).toBe(1 + 6);
    const rows = (sheet?.getSheetValues() ?? []).slice(2).map((r) => Array.from({ length: 7 }, (_, c) => (r as unknown[])[c + 1] ?? null));
    expect(rows).toContainEqual(['familias_atendidas', 'Famílias atendidas', '2025-T1', 'Território', '3106705', 'Betim', 30]);
    expect(rows).toContainEqual(['familias_atendidas', 'Famílias atendidas', '2025-T2', 'Sexo', null, 'Mulheres', 20]);
  });

  it('undo takes the parts back with the actuals; deleting the indicator takes its parts', async () => {
    await engine.setProgrammeTargets({ indicatorId, targets: [{ ...q1, parts: q1.parts.slice(0, 2) }] });
    expect((await engine.programmeFramework(programmeId)).parts).toHaveLength(2);
    await engine.undo();
    expect((await engine.programmeFramework(programmeId)).parts).toHaveLength(6);
    await engine.deleteProgrammeIndicator(indicatorId);
    expect((await engine.programmeFramework(programmeId)).parts).toEqual([]);
    await engine.undo();
    expect((await engine.programmeFramework(programmeId)).parts).toHaveLength(6);
  });

  it("an import that changes a period's actual drops that period's parts (they no longer add up); undo brings them back", async () => {
    const parts = async () => (await engine.programmeFramework(programmeId)).parts.map((p) => `${p.period} ${p.dimension} ${p.part}`);
    expect(await parts()).toHaveLength(6);
    const csv = [
      'programme,indicator,period,baseline,target,actual',
      'Programa partes,familias_atendidas,2025-Q1,0,120,110', // actual 100 → 110: the Q1 parts went with it
      'Programa partes,familias_atendidas,2025-Q2,0,70,50', // target changed, actual kept: the Q2 parts stay
    ].join('\n');
    const result = await engine.importFile(new TextEncoder().encode(csv), 'metas.csv', {});
    expect(result.errors).toEqual([]);
    expect([result.template, result.rows.imported + result.rows.updated]).toEqual(['arranjo-metas', 2]);
    expect(await parts()).toEqual(['2025-Q2 sex men', '2025-Q2 sex women']);
    await engine.undo();
    expect(await parts()).toHaveLength(6);
  });
});
