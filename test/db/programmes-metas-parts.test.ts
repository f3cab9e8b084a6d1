import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newEngine } from '../support/node-engine';

// Two actions of the programme (the programme is created by its first import).
const ACOES = [
  'programme,action_code,type,territory_code,start_date,participants,women,youth',
  'Produzir MG,A1,field-training,3106705,2025-01-15,20,12,5',
  'Produzir MG,A2,multiplier-training,3118601,2025-02-10,10,4,6',
].join('\n');

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

function parts(engine: Engine, indicator: string): [string, string, string, number][] {
  return engine
    .connection()
    .all<{ period: string; dimension: string; part: string; value: number }>(
      `SELECT p.period, p.dimension, p.part, p.value FROM programme_actual_part p JOIN programme_indicator i ON i.id = p.indicator_id
        WHERE i.code = ? ORDER BY p.period, p.dimension, p.part`,
      [indicator],
    )
    .map((r) => [r.period, r.dimension, r.part, r.value]);
}

/** arranjo-metas with the parts of a custom indicator's actual, and with an entirely empty baseline column. */
describe('arranjo-metas: actual parts (by sex, by age group) and an empty baseline column', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    expect((await engine.importFile(enc(ACOES), 'acoes.csv', {})).errors).toEqual([]);
  }, 120_000);

  it('a canonical file whose baseline column is entirely empty is still arranjo-metas; the baseline reads 0', async () => {
    const file = [
      'programme,indicator,period,baseline,target,actual',
      'Produzir MG,participants,2025-Q1,,40,',
      'Produzir MG,women,2025-Q1,,20,',
    ].join('\n');
    const result = await engine.importFile(enc(file), 'metas.csv', {});
    expect(result.errors).toEqual([]);
    expect([result.template, result.target, result.rows.imported]).toEqual(['arranjo-metas', 'programme-targets', 2]);
    const baselines = engine.connection().all<{ baseline: number }>("SELECT baseline FROM programme_target WHERE period = '2025-Q1'");
    expect(baselines.map((b) => b.baseline)).toEqual([0, 0]);
  });

  it('imports the parts of a custom actual; the indicator is broken down by them; a re-import replaces them; undo brings the old ones back', async () => {
    const header = 'programme,indicator,period,baseline,target,actual,actual_women,actual_men,actual_youth,actual_other';
    const first = await engine.importFile(
      enc([header, 'Produzir MG,produtores_assistidos,2025,0,100,80,50,30,20,60'].join('\n')),
      'metas.csv',
      {},
    );
    expect(first.errors).toEqual([]);
    expect(first.template).toBe('arranjo-metas');
    expect(parts(engine, 'produtores_assistidos')).toEqual([
      ['2025', 'age', 'other', 60],
      ['2025', 'age', 'youth', 20],
      ['2025', 'sex', 'men', 30],
      ['2025', 'sex', 'women', 50],
    ]);
    const indicator = engine
      .connection()
      .get<{ disaggregation: string }>("SELECT disaggregation FROM programme_indicator WHERE code = 'produtores_assistidos'");
    expect(indicator?.disaggregation).toBe('sex|age');
    // The framework the UI reads carries them.
    const framework = await engine.programmeFramework(1);
    expect(
      framework.parts
        .filter((p) => p.dimension === 'sex')
        .map((p) => [p.part, p.value])
        .sort(),
    ).toEqual([
      ['men', 30],
      ['women', 50],
    ]);

    const second = await engine.importFile(
      enc([header, 'Produzir MG,produtores_assistidos,2025,0,100,90,60,30,,'].join('\n')),
      'metas.csv',
      {},
    );
    expect(second.errors).toEqual([]);
    // The sex parts replaced; the age parts described the old actual and went with it.
    expect(parts(engine, 'produtores_assistidos')).toEqual([
      ['2025', 'sex', 'men', 30],
      ['2025', 'sex', 'women', 60],
    ]);
    await engine.undoImport(second.batch ?? 0);
    expect(parts(engine, 'produtores_assistidos')).toHaveLength(4);
  });

  it('refuses parts that do not add up to the actual, parts without an actual and parts of a built-in indicator, at their column; nothing written', async () => {
    const before = parts(engine, 'produtores_assistidos');
    const file = [
      'programme,indicator,period,baseline,target,actual,actual_women,actual_men,actual_youth,actual_other',
      'Produzir MG,produtores_assistidos,2026,0,100,80,50,20,,',
      'Produzir MG,renda,2026,0,100,,10,,,',
      'Produzir MG,participants,2026-Q1,0,40,,10,,,',
    ].join('\n');
    const result = await engine.importFile(enc(file), 'metas.csv', {});
    expect(result.refused).toBe(true);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'actual_women'],
      [3, 'actual_women'],
      [4, 'actual_women'],
    ]);
    expect(result.errors[0]?.message).toMatch(/add up to 70, not to the actual 80/);
    expect(parts(engine, 'produtores_assistidos')).toEqual(before);
  });
});
