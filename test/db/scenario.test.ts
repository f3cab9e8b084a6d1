import { beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { IndicatorValueRepository } from '../../shared/repositories/indicator-value-repository';
import { DEMO_SCENARIO_NAME } from '../../shared/features/prioritization';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

describe('prioritization scenarios on the demo districts', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await newDemoEngine();
  });

  it('a new scenario ranks the 13 districts with the values of their municipalities, with provenance', async () => {
    const scenario = await engine.createScenario({ name: 'Distritos 2020', method: 'topsis', topN: 5, criteria: demoCriteria() });
    expect(scenario.alternatives).toHaveLength(13);
    expect(scenario.alternatives.every((a) => a.kind === 'site')).toBe(true);
    const run = await engine.runScenario(scenario.id);
    expect(run.ranked).toHaveLength(13);
    expect(run.excluded).toEqual([]);
    expect(run.ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(run.ranked.filter((r) => r.inTop)).toHaveLength(5);
    for (const r of run.ranked) {
      expect(Number.isFinite(r.score)).toBe(true);
      expect(r.values.every(Number.isFinite)).toBe(true);
      expect(r.contributions.every(Number.isFinite)).toBe(true);
    }
    const jatoba = run.inputs.find((a) => a.label === 'Distrito Industrial do Jatobá');
    expect(jatoba?.cells[0]).toMatchObject({
      source: expect.stringMatching(/^IBGE, Censo Demográfico 2022 /),
      period: '2022',
      via: 'Belo Horizonte (3106200)',
    });
    expect(jatoba?.cells[0]?.value).toBeGreaterThan(2_000_000);
    expect(jatoba?.cells[3]?.source).toMatch(/^RAIS \(.*2020.*\); LQ vs Minas Gerais$/);
    expect(jatoba?.cells[4]?.period).toBe('2019–2020');
    expect(run.criteria.map((c) => c.weight.toFixed(2))).toEqual(['0.20', '0.20', '0.20', '0.25', '0.15']);
    expect(run.warnings).toEqual([]);
  });

  it('lists criterion sources: indicators by period and the employment measures', async () => {
    const sources = await engine.criterionSources();
    const ids = sources.map((s) => s.source);
    expect(ids).toContain('indicator:POP:2022');
    expect(ids).toContain('jobs:total:2020');
    expect(ids).toContain('lq:2:2020');
    expect(ids).toContain('growth:total:2019:2020');
    expect(sources.find((s) => s.source === 'lq:2:2020')?.label.en).toBe('LQ manufacturing 2020');
  });
});

describe('freezing', () => {
  it('a frozen scenario keeps its ranking after the data changes; an unfrozen one follows the data', async () => {
    const engine = await newDemoEngine();
    const criteria = demoCriteria();
    const frozen = await engine.createScenario({ name: 'Congelado', method: 'wsm', criteria });
    const live = await engine.createScenario({ name: 'Ao vivo', method: 'wsm', criteria });
    const before = await engine.runScenario(frozen.id);
    await engine.freezeScenario(frozen.id);
    expect((await engine.getScenario(frozen.id)).frozenAt).not.toBeNull();

    // A new import changes Ituiutaba's population to something enormous: it must climb in the live ranking.
    new IndicatorValueRepository(engine.connection()).upsertValues([
      {
        indicatorCode: 'POP',
        subjectKind: 'municipality',
        subjectCode: '3134202',
        period: '2022',
        value: 50_000_000,
        missingReason: null,
        source: 'test',
        illustrative: false,
        batchId: null,
        sourceRow: null,
      },
    ]);
    const after = await engine.runScenario(frozen.id);
    expect(after.ranked.map((r) => [r.label, r.score])).toEqual(before.ranked.map((r) => [r.label, r.score]));
    expect(after.warnings.map((w) => w.code)).toContain('frozen');
    const changed = await engine.runScenario(live.id);
    expect(changed.ranked.map((r) => r.label)).not.toEqual(before.ranked.map((r) => r.label));
    expect(changed.inputs.find((a) => a.label.includes('Ituiutaba'))?.cells[0]).toMatchObject({ value: 50_000_000, source: 'test' });

    // Frozen: the sources are fixed, the weights are not.
    await expect(engine.updateScenario(frozen.id, { criteria: criteria.slice(0, 3) })).rejects.toMatchObject({
      code: 'CONSTRAINT',
      params: { field: 'criteria', reason: 'frozen' },
    });
    const reweighted = await engine.updateScenario(frozen.id, { criteria: criteria.map((c, j) => ({ ...c, weight: j === 0 ? 60 : 10 })) });
    expect(reweighted.frozenAt).not.toBeNull();

    // A duplicate of a frozen scenario keeps the frozen inputs.
    const copy = await engine.duplicateScenario(frozen.id);
    expect(copy.name).toBe('Congelado (2)');
    expect(copy.frozenAt).not.toBeNull();
    expect((await engine.runScenario(copy.id)).inputs).toEqual((await engine.runScenario(frozen.id)).inputs);

    // Unfrozen, it reads the new data.
    await engine.unfreezeScenario(frozen.id);
    const thawed = await engine.runScenario(frozen.id);
    expect(thawed.inputs.find((a) => a.label.includes('Ituiutaba'))?.cells[0]?.value).toBe(50_000_000);
  });
});

describe('editing scenarios', () => {
  it('create, update, duplicate, freeze and delete are each undoable and redoable, and logged', async () => {
    const engine = await newDemoEngine();
    const s = await engine.createScenario({ name: 'A', criteria: demoCriteria() });
    await engine.updateScenario(s.id, { name: 'B', method: 'vikor', topN: 3 });
    const copy = await engine.duplicateScenario(s.id, 'C');
    await engine.freezeScenario(s.id);
    await engine.deleteScenario(s.id);
    expect((await engine.listScenarios()).map((x) => x.name)).toEqual(['C', DEMO_SCENARIO_NAME]);

    await engine.undo(); // delete
    expect(await engine.getScenario(s.id)).toMatchObject({ name: 'B', method: 'vikor', topN: 3 });
    expect((await engine.getScenario(s.id)).frozenAt).not.toBeNull();
    await engine.undo(); // freeze
    expect((await engine.getScenario(s.id)).frozenAt).toBeNull();
    await engine.undo(); // duplicate
    expect((await engine.listScenarios()).map((x) => x.name)).toEqual(['B', DEMO_SCENARIO_NAME]);
    await engine.undo(); // update
    expect(await engine.getScenario(s.id)).toMatchObject({ name: 'A', method: 'topsis', topN: 5 });
    await engine.undo(); // create
    expect((await engine.listScenarios()).map((x) => x.name)).toEqual([DEMO_SCENARIO_NAME]);

    await engine.redo();
    await engine.redo();
    await engine.redo();
    expect((await engine.getScenario(copy.id)).name).toBe('C');
    expect((await engine.getScenario(s.id)).criteria).toHaveLength(5);

    const log = engine
      .connection()
      .all<{ entity: string; action: string }>(
        "SELECT entity, action FROM change_log WHERE entity = 'scenario' AND entity_id IN (?, ?) ORDER BY id",
        [String(s.id), String(copy.id)],
      );
    expect(log.map((r) => r.action)).toEqual(['insert', 'update', 'insert', 'update', 'delete']);
  });

  it('refuses bad input with the field, changing nothing', async () => {
    const engine = await newDemoEngine();
    const s = await engine.createScenario({ name: 'A', criteria: demoCriteria() });
    await expect(engine.createScenario({ name: 'a' })).rejects.toMatchObject({
      code: 'CONSTRAINT',
      params: { field: 'name', reason: 'duplicate', value: 'a' },
    });
    const bad = (patch: object, field: string, values: object = {}) =>
      expect(engine.updateScenario(s.id, patch)).rejects.toMatchObject({ code: 'INVALID_INPUT', params: { field, ...values } });
    const c = demoCriteria();
    await bad({ criteria: [{ ...c[0], source: 'pop:2022' }] }, 'criteria.0.source', { reason: 'criterion-source' });
    await bad({ criteria: [c[0], { ...c[1], source: c[0]?.source }] }, 'criteria.1.source', { reason: 'duplicate', value: c[0]?.source });
    await bad({ criteria: [{ ...c[0], weight: -5 }] }, 'criteria.0.weight', { reason: 'negative' });
    await bad({ criteria: [{ ...c[0], min: 10, max: 1 }] }, 'criteria.0.min', { reason: 'min-above-max', min: 10, max: 1 });
    await bad({ alternatives: [{ kind: 'site', code: '999' }] }, 'alternatives.0', { reason: 'not-found', value: '999' });
    await bad({ alternatives: [{ kind: 'municipality', code: '3199999' }] }, 'alternatives.0', {
      reason: 'not-a-municipality',
      value: '3199999',
      count: 1,
    });
    const bh = { kind: 'municipality', code: '3106200' } as const;
    await bad({ alternatives: [bh, { kind: 'municipality', code: '3106705' }, bh] }, 'alternatives.2', {
      reason: 'duplicate',
      value: 'Belo Horizonte (MG)',
    });
    await bad({ method: 'promethee2', criteria: [{ ...c[0], preference: 'vshape' }] }, 'criteria.0.p', { reason: 'required' });
    await bad({ topN: 0 }, 'topN', { reason: 'at-least', min: 1 });
    await bad({ weightSets: [{ name: 'FIEMG', weights: [1, 2] }] }, 'weightSets.0.weights', {
      reason: 'weights-count',
      count: 2,
      criteria: 5,
    });
    await bad({ name: ' ' }, 'name', { reason: 'required' });
    // AHP: not reciprocal, or with a zero.
    const three = c.slice(0, 3);
    const ahp = (m: number[][]) => ({ criteria: three, weightOrigin: 'ahp' as const, ahpMatrix: m });
    await expect(
      engine.updateScenario(
        s.id,
        ahp([
          [1, 3, 5],
          [3, 1, 2],
          [1 / 5, 1 / 2, 1],
        ]),
      ),
    ).rejects.toMatchObject({
      // The AHP refusal's reason and cell ride along, for the editor to say in the UI language.
      params: { field: 'ahpMatrix', reason: 'invalid', ahpReason: 'ahp-not-reciprocal', row: 2, column: 1, value: 3, other: 3 },
      message: expect.stringContaining('not reciprocal'),
    });
    await expect(
      engine.updateScenario(
        s.id,
        ahp([
          [1, 0, 5],
          [0, 1, 2],
          [1 / 5, 1 / 2, 1],
        ]),
      ),
    ).rejects.toMatchObject({
      message: expect.stringContaining('must be positive'),
    });
    expect((await engine.getScenario(s.id)).criteria).toHaveLength(5);
  });

  it('derives AHP weights from the pairwise matrix and keeps it', async () => {
    const engine = await newDemoEngine();
    const three = demoCriteria().slice(0, 3);
    const s = await engine.createScenario({
      name: 'AHP',
      criteria: three,
      weightOrigin: 'ahp',
      ahpMatrix: [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
    });
    const weights = s.criteria.map((c) => c.weight);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(weights.map((w) => Math.round(w))).toEqual([64, 26, 10]);
    expect(s.ahpMatrix?.[0]).toEqual([1, 3, 5]);
    const result = await engine.ahpWeights([
      [1, 3, 1 / 5],
      [1 / 3, 1, 3],
      [5, 1 / 3, 1],
    ]);
    expect(result.consistent).toBe(false);
    expect(result.cr).toBeGreaterThan(0.1);
  });
});

describe('bad data: clear messages, no NaN', () => {
  it('excludes alternatives with missing values, or imputes them with the rule shown', async () => {
    const engine = await newDemoEngine();
    const criteria = demoCriteria();
    const s = await engine.createScenario({ name: 'Faltantes', criteria });
    // Betim loses its population value (as an import with "..." would leave it).
    engine
      .connection()
      .run(
        "UPDATE indicator_value SET value = NULL, missing_reason = '...' WHERE indicator_code = 'POP' AND subject_code = '3106705' AND period = '2022'",
      );
    const excluded = await engine.runScenario(s.id);
    expect(excluded.ranked).toHaveLength(12);
    expect(excluded.excluded).toEqual([
      expect.objectContaining({ label: 'Distrito Industrial de Betim', reasons: [{ kind: 'missing', criterion: 0 }] }),
    ]);
    await engine.updateScenario(s.id, { missingPolicy: 'median' });
    const imputed = await engine.runScenario(s.id);
    expect(imputed.ranked).toHaveLength(13);
    expect(imputed.imputed).toEqual([
      expect.objectContaining({
        label: 'Distrito Industrial de Betim',
        criterion: 0,
        policy: 'median',
        known: 12,
        rule: 'median of the 12 known values',
      }),
    ]);
    expect(imputed.inputs.find((a) => a.label.includes('Betim'))?.cells[0]).toMatchObject({ value: null, missingReason: '...' });
  });

  it('eligibility thresholds exclude with the reason; fewer than two left is refused', async () => {
    const engine = await newDemoEngine();
    const criteria = demoCriteria();
    criteria[3] = { ...criteria[3]!, min: 1 }; // LQ of manufacturing ≥ 1: specialized in industry
    const s = await engine.createScenario({ name: 'Elegíveis', criteria });
    const run = await engine.runScenario(s.id);
    const out = run.excluded.map((e) => e.label).sort();
    expect(out).toEqual([
      'Distrito Industrial de Governador Valadares',
      'Distrito Industrial de Juiz de Fora',
      'Distrito Industrial de Montes Claros',
      'Distrito Industrial de Uberlândia',
      'Distrito Industrial do Jatobá',
    ]);
    expect(run.excluded[0]?.reasons[0]).toMatchObject({ kind: 'below-min', criterion: 3, threshold: 1 });
    criteria[3] = { ...criteria[3], min: 2.2 };
    await engine.updateScenario(s.id, { criteria });
    await expect(engine.runScenario(s.id)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('at least two are needed'),
      params: { reason: 'too-few', ranked: expect.any(Number), excluded: expect.any(Number) },
    });
  });

  it('warns about a constant criterion and about weights that do not sum to 100%', async () => {
    const engine = await newDemoEngine();
    const s = await engine.createScenario({ name: 'Constante', topN: 3, criteria: demoCriteria().map((c) => ({ ...c, weight: 1 })) });
    // A district survey value of its own takes precedence over the municipality's: here the same for all.
    new IndicatorValueRepository(engine.connection()).upsertValues(
      s.alternatives.map((a) => ({
        indicatorCode: 'POP',
        subjectKind: 'site' as const,
        subjectCode: a.code,
        period: '2022',
        value: 100,
        missingReason: null,
        source: 'levantamento (teste)',
        illustrative: true,
        batchId: null,
        sourceRow: null,
      })),
    );
    const run = await engine.runScenario(s.id);
    expect(run.warnings.map((w) => [w.code, w.params])).toEqual([
      ['weights-sum', { sum: 5 }],
      ['constant-criterion', { criterion: 0, value: 100 }],
    ]);
    expect(run.warnings[0]?.message).toContain('sum to 5, not 100%');
    expect(run.inputs[0]?.cells[0]).toMatchObject({ value: 100, source: 'levantamento (teste)', via: null });
    run.ranked.forEach((r) => expect(Number.isFinite(r.score)).toBe(true));
    // Two sites of the same municipality give the same values on every criterion.
    const site = await engine.createSite({
      code: 'DI-BH-2',
      kind: 'industrial-district',
      name: 'Outro distrito BH',
      municipalityCode: 3106200,
    });
    const jatoba = (await engine.listSites()).find((x) => x.name === 'Distrito Industrial do Jatobá');
    const same = await engine.createScenario({
      name: 'Iguais',
      alternatives: [
        { kind: 'site', code: String(site.id) },
        { kind: 'site', code: String(jatoba?.id) },
      ],
      criteria: [demoCriteria()[1]!],
    });
    await expect(engine.runScenario(same.id)).rejects.toMatchObject({
      message: expect.stringContaining('same value for all alternatives'),
      params: { reason: 'all-constant' },
    });
    const zero = await engine.createScenario({ name: 'Zero', criteria: demoCriteria().map((c) => ({ ...c, weight: 0 })) });
    await expect(engine.runScenario(zero.id)).rejects.toMatchObject({
      message: expect.stringContaining('All weights are zero'),
      params: { reason: 'zero-weights' },
    });
    const none = await engine.createScenario({ name: 'Sem critérios' });
    await expect(engine.runScenario(none.id)).rejects.toMatchObject({
      message: expect.stringContaining('no criteria'),
      params: { reason: 'no-criteria' },
    });
    await expect(engine.scenarioStakeholders(none.id)).rejects.toMatchObject({ params: { reason: 'no-criteria' } });
    await expect(engine.compareScenarios([])).rejects.toMatchObject({ params: { reason: 'compare-two' } });
  });
});

describe('methods, sensitivity and stakeholders', () => {
  it('runs every method; sensitivity gives stability intervals and acceptabilities summing to N', async () => {
    const engine = await newDemoEngine();
    const criteria = demoCriteria().map((c) => ({ ...c, preference: 'linear' as const, q: 0.05, p: 0.3 }));
    const s = await engine.createScenario({ name: 'Métodos', criteria, normalization: 'minmax', topN: 4 });
    for (const method of ['wsm', 'topsis', 'promethee2', 'vikor'] as const) {
      await engine.updateScenario(s.id, { method });
      const run = await engine.runScenario(s.id);
      expect(run.ranked).toHaveLength(13);
      expect(run.higherIsBetter).toBe(method !== 'vikor');
      if (method === 'wsm' || method === 'promethee2') {
        run.ranked.forEach((r) => expect(r.contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(r.score, 9));
      }
      const sens = await engine.scenarioSensitivity(s.id, { draws: 2000, seed: 7, spread: 0.3 });
      expect(sens.stability).toHaveLength(5);
      for (const st of sens.stability) expect(st.lower <= st.weight && st.weight <= st.upper).toBe(true);
      expect(sens.acceptability.reduce((a, r) => a + r.topNShare, 0)).toBeCloseTo(4, 9);
    }
    const again = await engine.scenarioSensitivity(s.id, { draws: 2000, seed: 7, spread: 0.3 });
    expect(again).toEqual(await engine.scenarioSensitivity(s.id, { draws: 2000, seed: 7, spread: 0.3 }));
  });

  it('compares stakeholder weight sets: rankings side by side, Spearman and Kendall, a consensus', async () => {
    const engine = await newDemoEngine();
    const s = await engine.createScenario({
      name: 'Partes',
      criteria: demoCriteria(),
      weightSets: [
        { name: 'Codemig', weights: [10, 10, 30, 40, 10] },
        { name: 'FIEMG', weights: [5, 15, 40, 30, 10] },
        { name: 'Prefeitura', weights: [40, 30, 10, 10, 10] },
      ],
    });
    const st = await engine.scenarioStakeholders(s.id);
    expect(st.names).toEqual(['Codemig', 'FIEMG', 'Prefeitura']);
    expect(st.rows).toHaveLength(13);
    expect(st.spearman[0]?.[0]).toBeCloseTo(1, 12);
    expect(st.kendall[1]?.[2]).toBeLessThan(1);
    expect(st.rows.map((r) => r.consensusRank).sort((a, b) => a - b)[0]).toBe(1);
    const entropy = await engine.scenarioObjectiveWeights(s.id, 'critic');
    expect(entropy.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    await expect(engine.scenarioObjectiveWeights(s.id, 'entropy')).rejects.toMatchObject({
      message: expect.stringContaining('values of 0 or more'),
      params: { reason: 'negative-values', by: 'entropy', criterion: expect.any(Number), value: expect.any(Number) },
    });
    const sum = await engine.duplicateScenario(s.id, 'Partes soma');
    await engine.updateScenario(sum.id, { method: 'wsm', normalization: 'sum' });
    await expect(engine.runScenario(sum.id)).rejects.toMatchObject({
      message: expect.stringMatching(
        /^Sum normalization needs values of 0 or more, but criterion ".+" is -[\d.]+ for ".+"\. Use min-max or z-score\.$/,
      ),
      params: { reason: 'negative-values', by: 'sum' },
    });
    await engine.deleteScenario(sum.id);

    const other = await engine.duplicateScenario(s.id, 'Partes VIKOR');
    await engine.updateScenario(other.id, { method: 'vikor' });
    const cmp = await engine.compareScenarios([s.id, other.id]);
    expect(cmp.rows).toHaveLength(13);
    expect(cmp.spearman[0]?.[1]).toBeGreaterThan(0);
  });
});
