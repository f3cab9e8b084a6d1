import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

/** What a planner can type that no method can rank: refused with a reason the UI says in its language. */
describe('scenarios: hostile weights and criteria', () => {
  it('a stakeholder weight set whose weights are all zero is refused at save, naming the set (it blocked the stakeholders and the workbook)', async () => {
    const engine = await newDemoEngine();
    const weightSets = [
      { name: 'Agência', weights: [20, 20, 20, 20, 20] },
      { name: 'FIEMG', weights: [0, 0, 0, 0, 0] },
    ];
    await expect(engine.createScenario({ name: 'Partes', criteria: demoCriteria(), weightSets })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { field: 'weightSets.1.weights', reason: 'zero-weights' },
    });
    const s = await engine.createScenario({ name: 'Partes', criteria: demoCriteria(), weightSets: [weightSets[0]!] });
    await expect(engine.updateScenario(s.id, { weightSets })).rejects.toMatchObject({
      params: { field: 'weightSets.1.weights', reason: 'zero-weights' },
    });
    // Unsaved drafts are checked the same way before a stakeholder analysis runs.
    await expect(engine.scenarioStakeholders(s.id, 'borda', { weightSets })).rejects.toMatchObject({
      params: { field: 'weightSets.1.weights', reason: 'zero-weights' },
    });
    expect((await engine.getScenario(s.id)).weightSets.map((w) => w.name)).toEqual(['Agência']);
  });

  it('a criterion without any value cannot be imputed: refused with its index (the message was English only)', async () => {
    const engine = await newDemoEngine();
    const criteria = [...demoCriteria().slice(0, 2), { ...demoCriteria()[0]!, source: 'indicator:POP:1900', label: 'População 1900' }];
    for (const missingPolicy of ['mean', 'median', 'worst'] as const) {
      const s = await engine.createScenario({ name: `Sem valores ${missingPolicy}`, missingPolicy, criteria });
      await expect(engine.runScenario(s.id)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('"População 1900" has no value for any alternative'),
        params: { reason: 'no-values', criterion: 2 },
      });
    }
  });

  it('options of a wrong shape are refused, naming the unknown field, not read as the defaults', async () => {
    const engine = await newDemoEngine();
    const s = await engine.createScenario({ name: 'VIKOR', method: 'vikor', vikorV: 0.3, criteria: demoCriteria() });
    const refused = (field: string, keys: string): unknown =>
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(new RegExp(`has unknown fields?: ${keys}$`)),
        params: expect.objectContaining({ field }),
      });
    // A typo of vikorV left v at 0.5, silently.
    await expect(engine.updateScenario(s.id, { vikorv: 0.1 } as never)).rejects.toEqual(refused('scenario', 'vikorv'));
    await expect(
      engine.createScenario({ name: 'V2', method: 'vikor', options: { v: 0.2 }, criteria: demoCriteria() } as never),
    ).rejects.toEqual(refused('scenario', 'options'));
    // A PROMETHEE preference under another name was read as "usual" with no thresholds.
    const criteria = demoCriteria().map((c) => ({ ...c, pref: 'linear', Q: 1 }));
    await expect(engine.createScenario({ name: 'P', method: 'promethee2', criteria } as never)).rejects.toEqual(
      refused('criteria.0', 'pref, Q'),
    );
    await expect(
      engine.updateScenario(s.id, { weightSets: [{ name: 'FIEMG', weights: [1, 1, 1, 1, 1], ahp: null }] } as never),
    ).rejects.toEqual(refused('weightSets.0', 'ahp'));
    await expect(engine.updateScenario(s.id, { alternatives: [{ kind: 'site', code: '1', label: 'x' }] } as never)).rejects.toEqual(
      refused('alternatives.0', 'label'),
    );
    // Monte Carlo options: "draw" for "draws" ran 10 000 draws.
    await expect(engine.scenarioSensitivity(s.id, { draw: 100 } as never)).rejects.toEqual(refused('options', 'draw'));
    // An unsaved draft with a misspelt field ranked the saved scenario as if the draft applied.
    await expect(engine.runScenario(s.id, { methd: 'wsm' } as never)).rejects.toEqual(refused('scenario', 'methd'));
    expect((await engine.getScenario(s.id)).vikorV).toBe(0.3);
  });

  it('weights from inconsistent AHP judgements (CR above 0.10) are saved, and every result says so (DESIGN §4: warn above)', async () => {
    const engine = await newDemoEngine();
    const criteria = demoCriteria().slice(0, 3);
    // Population ≻ jobs ≻ LQ ≻ population: a cycle, CR far above 0.10.
    const cyclic = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const s = await engine.createScenario({ name: 'AHP cíclico', criteria, weightOrigin: 'ahp', ahpMatrix: cyclic });
    const run = await engine.runScenario(s.id);
    const warning = run.warnings.find((w) => w.code === 'ahp-inconsistent');
    expect(warning?.params).toEqual({ cr: expect.closeTo(6.13027, 4) as unknown, threshold: 0.1 });
    expect(warning?.message).toContain('inconsistent (consistency ratio 6.13027, above 0.1)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await engine.exportScenarioWorkbook(s.id, 'es', { draws: 100 })) as unknown as ArrayBuffer);
    const notes: string[] = [];
    workbook.getWorksheet('Métodos')!.eachRow((row) => notes.push(`${row.getCell(1).text}: ${row.getCell(2).text}`));
    expect(notes.find((n) => n.startsWith('Avisos:'))).toContain('razón de consistencia 6,1303, por encima de 0,1');
    // Judgements within Saaty's 0.10 give no warning.
    const fine = await engine.createScenario({
      name: 'AHP coerente',
      criteria,
      weightOrigin: 'ahp',
      ahpMatrix: [
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 1 / 2, 1],
      ],
    });
    expect((await engine.runScenario(fine.id)).warnings.map((w) => w.code)).not.toContain('ahp-inconsistent');
  });
});

describe('a copy of a scenario with a name as long as a name may be', () => {
  it('is named within the limit, so that the editor can save it (a 200-character name gave a 204-character copy)', async () => {
    const engine = await newDemoEngine();
    const name = `Priorização dos distritos industriais ${'de Minas Gerais '.repeat(20)}`.slice(0, 200);
    const s = await engine.createScenario({ name, criteria: demoCriteria() });
    const copy = await engine.duplicateScenario(s.id);
    expect(copy.name.length).toBeLessThanOrEqual(200);
    expect(copy.name.endsWith(' (2)')).toBe(true);
    expect(copy.name.startsWith(name.slice(0, 190))).toBe(true);
    // Saved again as the editor sends it: accepted.
    expect((await engine.updateScenario(copy.id, { name: copy.name, vikorV: 0.3 })).vikorV).toBe(0.3);
    expect((await engine.duplicateScenario(s.id)).name.endsWith(' (3)')).toBe(true);
  });
});
