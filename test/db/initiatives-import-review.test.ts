import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../renderer/src/features/importer/issue-codes';
import { initAppI18n } from '../support/i18n';
import { newEngine, readDataFile } from '../support/node-engine';

const FILE = 'rotas_integracao_polos_municipios.csv';

describe("the import review of the Rotas file: the 'dp' typo's warning", () => {
  it('shows the cell as it is in the file and names the spelling it looks like, with its row, in pt-BR, en and es', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const opened = await engine.importOpen(await readDataFile(`initiatives/${FILE}`), FILE);
    const sheet = opened.sheets[0]?.name ?? '';
    const { mapping } = await engine.importSuggest(opened.sessionId, sheet);
    await engine.importPreview(opened.sessionId, { sheet, mapping });
    const near = (await engine.importIssues(opened.sessionId, { severity: 'warning', limit: 100 })).issues.filter(
      (i) => i.code === 'initiative-near-duplicate',
    );
    await engine.importClose(opened.sessionId);
    // "Valor no arquivo" showed the two codes joined ("POLO-DO-MEL-DO-MEIO-DO-MUNDO|POLO-DP-…"), text no
    // cell holds, and the detail named neither spelling.
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({
      row: 147,
      value: 'Polo dp MEL do Meio do Mundo',
      params: { other: 'Polo do MEL do Meio do Mundo', otherRow: 119 },
    });
    const i18n = await initAppI18n();
    const said = (lng: 'pt-BR' | 'en' | 'es') => {
      const t: TFunction<'importer'> = i18n.getFixedT(lng, 'importer');
      return issueMessage(t, near[0]!, lng);
    };
    expect(said('pt-BR')).toBe(
      '«Polo dp MEL do Meio do Mundo» é muito parecido com «Polo do MEL do Meio do Mundo» (linha 119): se forem a mesma iniciativa, una-as em Polos e iniciativas depois de importar.',
    );
    expect(said('en')).toContain('“Polo dp MEL do Meio do Mundo” is very close to “Polo do MEL do Meio do Mundo” (row 119)');
    expect(said('es')).toContain('«Polo dp MEL do Meio do Mundo» es muy parecido a «Polo do MEL do Meio do Mundo» (fila 119)');
  }, 120_000);
});

describe('a member municipality given by a name four states share', () => {
  it('is refused naming all four, Minas Gerais included, and nothing is written', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const csv = 'route,initiative,territory_code,municipality,state\nRota do Mel,Polo Teste,,Santa Luzia,\n';
    const r = await engine.importFile(new TextEncoder().encode(csv), 'polos.csv', {});
    expect(r.batch).toBeNull();
    expect(r.errors).toHaveLength(1);
    // It named MA, PB and BA only: a planner of Minas read that Santa Luzia (MG) was not one of them.
    for (const place of ['(MA, 2110005)', '(PB, 2513406)', '(BA, 2928059)', '(MG, 3157807)']) expect(r.errors[0]?.message).toContain(place);
    expect(await engine.listInitiatives({})).toEqual([]);
  }, 120_000);

  it('with a state cell that names no state, says so at the state column (the refusal named the municipality only)', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const csv = 'route,initiative,territory_code,municipality,state\nRota do Mel,Polo Teste,,Santa Luzia,XX\n';
    const r = await engine.importFile(new TextEncoder().encode(csv), 'polos.csv', {});
    expect(r.batch).toBeNull();
    expect(r.warnings).toContainEqual({ row: 2, column: 'state', message: expect.stringMatching(/^"XX" is not a Brazilian state/) });
    expect(await engine.listInitiatives({})).toEqual([]);
  }, 120_000);
});
