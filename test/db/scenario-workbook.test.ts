import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../shared/text/locale-format';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function column(sheet: ExcelJS.Worksheet, header: string): ExcelJS.CellValue[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column "${header}" in ${sheet.name}: ${headers.join(' | ')}`);
  const out: ExcelJS.CellValue[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(row.getCell(index).value);
  });
  return out;
}

describe('scenario workbook', () => {
  it('holds inputs with sources, normalized matrix, weights with AHP, results, sensitivity, stakeholders and methods', async () => {
    const engine = await newDemoEngine();
    const criteria = demoCriteria().slice(0, 3);
    const s = await engine.createScenario({
      name: 'Distritos AHP',
      method: 'topsis',
      topN: 4,
      criteria,
      weightOrigin: 'ahp',
      ahpMatrix: [
        [1, 1 / 3, 1 / 5],
        [3, 1, 1 / 2],
        [5, 2, 1],
      ],
      weightSets: [
        { name: 'Codemig', weights: [20, 30, 50] },
        { name: 'SEBRAE', weights: [50, 30, 20] },
      ],
    });
    const run = await engine.runScenario(s.id);
    const wb = await read(await engine.exportScenarioWorkbook(s.id, 'pt-BR', { draws: 1000, seed: 3, spread: 0.25 }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Entradas',
      'Matriz normalizada',
      'Pesos',
      'AHP',
      'Resultados',
      'Excluídos e imputados',
      'Estabilidade dos pesos (N = 4)',
      'Aceitabilidade (Monte Carlo)',
      'Partes interessadas',
      'Correlações',
      'Métodos',
    ]);

    const inputs = wb.getWorksheet('Entradas')!;
    expect(inputs.rowCount).toBe(1 + 13 * 3);
    const values = column(inputs, 'Valor');
    expect(values.every((v) => typeof v === 'number' && Number.isFinite(v))).toBe(true);
    expect(column(inputs, 'Fonte do valor')).toContainEqual(expect.stringMatching(/^IBGE, Censo Demográfico 2022 /));
    expect(column(inputs, 'Lido do município')).toContain('Betim (3106705)');
    expect(column(inputs, 'Período')).toContain('2020');

    const results = wb.getWorksheet('Resultados')!;
    expect(column(results, 'Alternativa')).toEqual(run.ranked.map((r) => r.label));
    const scores = column(results, 'Pontuação (TOPSIS)') as number[];
    scores.forEach((score, i) => expect(score).toBeCloseTo(run.ranked[i]?.score ?? NaN, 12));
    expect(column(results, 'Entre os N primeiros (N = 4)').filter((v) => v === 'sim')).toHaveLength(4);
    expect(results.getRow(2).getCell(4).numFmt).toBe('0.0000');
    // TOPSIS's per-criterion numbers are shares of the distances to the ideal and to the anti-ideal, said so
    // (headed "Contribuição", the share of what keeps an alternative from the top read as what lifts it).
    const label = criteria[0]?.label ?? '';
    expect(() => column(results, `Contribuição: ${label}`)).toThrow(/no column/);
    expect(column(results, `Parcela na distância ao ideal: ${label}`)).toEqual(run.ranked.map((r) => r.contributions[0]));
    expect(column(results, `Parcela na distância ao anti-ideal: ${label}`)).toEqual(run.ranked.map((r) => r.secondary?.[0]));

    const weights = wb.getWorksheet('Pesos')!;
    const share = column(weights, 'Peso normalizado') as number[];
    expect(share.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(weights.getRow(2).getCell(5).numFmt).toBe('0.00%');

    const ahpSheet = wb.getWorksheet('AHP')!;
    const texts: string[] = [];
    ahpSheet.eachRow((row) => texts.push(row.getCell(1).text));
    expect(texts).toContain('Razão de consistência (CR)');

    const acceptability = wb.getWorksheet('Aceitabilidade (Monte Carlo)')!;
    const topShare = column(acceptability, 'Probabilidade nos N primeiros (N = 4)') as number[];
    expect(topShare.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 9);

    expect(column(wb.getWorksheet('Partes interessadas')!, 'Codemig')).toHaveLength(13);
    // The consensus method by its author's name (it read "Consenso (borda)", the stored code).
    expect(column(wb.getWorksheet('Partes interessadas')!, 'Consenso (Borda)')).toHaveLength(13);
    const methods: string[] = [];
    wb.getWorksheet('Métodos')!.eachRow((row) => methods.push(`${row.getCell(1).text}: ${row.getCell(2).text}`));
    expect(methods.join('\n')).toMatch(/TOPSIS \(Hwang & Yoon 1981\)/);
    expect(methods.join('\n')).toMatch(/Monte Carlo: sorteios = 1000, semente = 3, amplitude = ±25%/);
    expect(methods.join('\n')).toMatch(/Distritos: Os valores de um distrito são os do seu município/);
    // The criterion sources' forms explained in Portuguese only (it read "(s = IBGE sector 1–8)" and "or"),
    // and no pointer to a developer's document.
    expect(methods.join('\n')).toContain('activity-lq:<measure>:<classification>:<sector>:<year> (s = setor IBGE 1–8;');
    expect(methods.join('\n')).not.toMatch(/IBGE sector| or |DESIGN\.md/);
  });

  it('exports in English and Spanish', async () => {
    const engine = await newDemoEngine();
    const s = await engine.createScenario({ name: 'X', criteria: demoCriteria() });
    // VIKOR's v in the workbook's numbers (it read "(v = 0.5)" in Portuguese).
    const vikor = await engine.createScenario({ name: 'V', method: 'vikor', criteria: demoCriteria() });
    const notes: string[] = [];
    (await read(await engine.exportScenarioWorkbook(vikor.id, 'pt-BR')))
      .getWorksheet('Métodos')!
      .eachRow((row) => notes.push(row.getCell(2).text));
    expect(notes).toContain('VIKOR (v = 0,5)');
    expect((await read(await engine.exportScenarioWorkbook(s.id, 'en'))).worksheets[0]?.name).toBe('Inputs');
    expect((await read(await engine.exportScenarioWorkbook(s.id, 'es'))).worksheets.at(-1)?.name).toBe('Métodos');
  });

  it("says why an alternative was left out in the workbook's language (the engine's words are English)", async () => {
    const engine = await newDemoEngine();
    const criteria = demoCriteria().slice(0, 2);
    // Districts whose municipality had fewer than 300,000 inhabitants in 2022 are left out.
    criteria[0] = { ...criteria[0]!, min: 300_000 };
    const s = await engine.createScenario({ name: 'Grandes', criteria });
    const run = await engine.runScenario(s.id);
    const small = run.excluded[0];
    expect(small?.reasons[0]).toMatchObject({ kind: 'below-min', criterion: 0 });
    const population = (small?.reasons[0] as { value: number }).value;
    const details = async (locale: 'pt-BR' | 'es', sheet: string, header: string) =>
      column((await read(await engine.exportScenarioWorkbook(s.id, locale))).getWorksheet(sheet)!, header);
    const pt = await details('pt-BR', 'Excluídos e imputados', 'Detalhe');
    expect(pt[0]).toBe(`População 2022 é ${numberFormat('pt-BR').format(population)}, abaixo do mínimo 300.000`);
    const es = await details('es', 'Excluidos e imputados', 'Detalle');
    expect(es[0]).toBe(`População 2022 es ${numberFormat('es').format(population)}, por debajo del mínimo 300.000`);
  });

  it("gives each input's source and missing reason in the workbook's language (the engine records English)", async () => {
    const engine = await newDemoEngine();
    const base = demoCriteria()[3]!;
    const criteria = [base, { ...base, source: 'works:open-needs', label: 'Necessidades abertas', direction: 'cost' as const }];
    const s = await engine.createScenario({ name: 'Necessidades', criteria, missingPolicy: 'worst' });
    await engine.runScenario(s.id);
    const inputs = async (locale: 'pt-BR' | 'en' | 'es', sheet: string, headers: [string, string]) => {
      const ws = (await read(await engine.exportScenarioWorkbook(s.id, locale))).getWorksheet(sheet)!;
      return headers.map((h) => new Set(column(ws, h).map(String))) as [Set<string>, Set<string>];
    };
    // A demo district without a survey score and works has no open needs to count.
    const [ptSources, ptMissing] = await inputs('pt-BR', 'Entradas', ['Fonte do valor', 'Motivo (valor ausente)']);
    expect(ptMissing).toContain('o distrito não tem nota de levantamento nem obras');
    expect([...ptSources].filter((t) => t.includes('LQ') || t.includes('QL'))[0]).toMatch(/^RAIS \(.+\); QL frente a Minas Gerais$/);
    const [enSources] = await inputs('en', 'Inputs', ['Value source', 'Reason (missing value)']);
    expect(enSources).toContain("Infrastructure survey (score < 3) and the district's works");
    const [, esMissing] = await inputs('es', 'Entradas', ['Fuente del valor', 'Motivo (valor ausente)']);
    expect(esMissing).toContain('el distrito no tiene puntuación de relevamiento ni obras');
  });
});
