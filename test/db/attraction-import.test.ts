import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

const LOTS = [
  'site_code,lot_code,area_m2,price_per_m2,status,zoning,pollution_class',
  'DI-BETIM,L01,1000,160,disponível,ZI-1,baixa',
  'DI-BETIM,L02,2500.5,150,available,ZI-1,',
  'DI-BETIM,L03,800,170,vendido,ZI-2,média',
].join('\n');

const COMPANIES = [
  'site_code,company,cnpj,cnae,investment,jobs,area_needed_m2,stage,next_action,next_action_date,contact',
  'DI-BETIM,Metalúrgica Exemplo,11.222.333/0001-81,2512-8/00,2500000,40,900,Negociação,Enviar minuta,2020-01-10,ana@example.org',
  'DI-BETIM,"=HYPERLINK(""x"")",,4930-2/02,100000,5,300,lead,,,',
].join('\n');

describe('attraction import, plan and export through the CLI (DESIGN.md §10)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-attraction-'));
  const ws = path.join(dir, 'ws.arranjo');
  const file = (name: string, text: string): string => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  beforeAll(async () => {
    expect((await cli('init', ws, '--demo')).status).toBe(0);
  }, 240_000);

  async function refusedUnchanged(...argv: string[]): Promise<{ errors: { row: number; column: string; message: string }[] }> {
    const before = readFileSync(ws);
    const result = await cli(...argv, '--format', 'json');
    expect(result.status, result.err).toBe(2);
    expect(Buffer.compare(readFileSync(ws), before), 'workspace file').toBe(0);
    return JSON.parse(result.out) as { errors: { row: number; column: string; message: string }[] };
  }

  it('recognizes arranjo-lotes and arranjo-empresas by their header, pt-BR names included', async () => {
    const lots = await cli('import', ws, file('lotes.csv', LOTS), '--format', 'json');
    expect(lots.status, lots.out + lots.err).toBe(0);
    expect(JSON.parse(lots.out)).toMatchObject({ target: 'lots', template: 'arranjo-lotes', rows: { read: 3, imported: 3, updated: 0 } });
    const companies = await cli('import', ws, file('empresas.csv', COMPANIES), '--format', 'json');
    expect(companies.status, companies.out + companies.err).toBe(0);
    expect(JSON.parse(companies.out)).toMatchObject({ target: 'prospects', template: 'arranjo-empresas', rows: { imported: 2 } });

    const plan = await cli('plan', ws, '--site', 'DI-BETIM', '--format', 'json');
    expect(plan.status, plan.err).toBe(0);
    expect(JSON.parse(plan.out)).toMatchObject({
      site: { code: 'DI-BETIM', name: 'Distrito Industrial de Betim' },
      lots: { total: 3, available: 2, areaAvailableM2: 3500.5 },
      prospects: {
        total: 2,
        byStage: { lead: 1, contact: 0, visit: 0, proposal: 0, negotiation: 1, installed: 0, lost: 0 },
        investment: 2_600_000,
        jobs: 45,
      },
      targetSectors: [],
    });
    // §10's keys in its order, then the period it does not list (it came second).
    expect(Object.keys(JSON.parse(plan.out) as object)).toEqual(['site', 'lots', 'prospects', 'targetSectors', 'period']);
    const info = JSON.parse((await cli('info', ws, '--format', 'json')).out) as { counts: { lots: number; prospects: number } };
    // Plus the demo's illustrative plan of DI-DIVINOPOLIS: 13 lots, 6 prospects.
    expect(info.counts).toMatchObject({ lots: 16, prospects: 8 });
  });

  it('re-imports update instead of duplicating, and undo per batch restores the previous state', async () => {
    const changed = LOTS.replace('DI-BETIM,L01,1000,160,disponível', 'DI-BETIM,L01,1000,180,reservado');
    const again = await cli('import', ws, file('lotes2.csv', changed), '--format', 'json');
    expect(again.status, again.out).toBe(0);
    const result = JSON.parse(again.out) as { batch: number; rows: { imported: number; updated: number } };
    expect(result.rows).toMatchObject({ imported: 0, updated: 3 });
    let plan = JSON.parse((await cli('plan', ws, '--site', 'Distrito Industrial de Betim', '--format', 'json')).out);
    expect(plan.lots).toEqual({ total: 3, available: 1, areaAvailableM2: 2500.5 });
    expect((await cli('undo-import', ws, String(result.batch))).status).toBe(0);
    plan = JSON.parse((await cli('plan', ws, '--site', 'DI-BETIM', '--format', 'json')).out);
    expect(plan.lots).toEqual({ total: 3, available: 2, areaAvailableM2: 3500.5 });
  });

  it('reads a district given by its name, as agency sheets give it, in any case or accents', async () => {
    const named = LOTS.replace('DI-BETIM,L01', 'Distrito Industrial de Betim,L01')
      .replace('DI-BETIM,L02', 'DISTRITO INDUSTRIAL DE BETIM,L02')
      .replace('DI-BETIM,L03', 'di-betim,L03');
    const result = await cli('import', ws, file('lotes-nomes.csv', named), '--format', 'json');
    expect(result.status, result.out + result.err).toBe(0);
    // The same three lots of DI-BETIM: updated in place, not new lots of an unknown site.
    expect(JSON.parse(result.out)).toMatchObject({ rows: { read: 3, imported: 0, updated: 3 } });
    const plan = JSON.parse((await cli('plan', ws, '--site', 'distrito industrial de betim', '--format', 'json')).out);
    expect(plan.site.code).toBe('DI-BETIM');
    expect(plan.lots.total).toBe(3);
  });

  it('a lot code in another case is the same lot: a re-import updates it', async () => {
    // "l01" where the workspace has "L01" was added as a fourth lot, its area counted twice.
    const result = await cli('import', ws, file('lotes-caixa.csv', LOTS.replace('DI-BETIM,L01,', 'DI-BETIM,l01,')), '--format', 'json');
    expect(result.status, result.out + result.err).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ rows: { read: 3, imported: 0, updated: 3 } });
    const plan = JSON.parse((await cli('plan', ws, '--site', 'DI-BETIM', '--format', 'json')).out);
    expect(plan.lots).toEqual({ total: 3, available: 2, areaAvailableM2: 3500.5 });
    // Within one file too: the same lot given twice is refused at its row.
    const twice = await refusedUnchanged('import', ws, file('lotes-caixa2.csv', `${LOTS}\nDI-BETIM,l02,10,1,available,,`));
    expect(twice.errors[0]).toMatchObject({ row: 5, column: 'lot_code' });
  });

  it('a company without CNPJ is the same one in any case, accents included: a re-import updates it', async () => {
    const header = COMPANIES.split('\n')[0];
    const first = await cli(
      'import',
      ws,
      file('sem-cnpj-1.csv', `${header}\nDI-BETIM,MECÂNICA ÚNICA,,,100000,5,300,lead,,,`),
      '--format',
      'json',
    );
    expect(first.status, first.out + first.err).toBe(0);
    const before = JSON.parse((await cli('plan', ws, '--site', 'DI-BETIM', '--format', 'json')).out).prospects.total as number;
    // SQLite's lower() folds only ASCII: "mecÂnica Única" ≠ "mecânica única", and the row was added a second time.
    const again = await cli(
      'import',
      ws,
      file('sem-cnpj-2.csv', `${header}\nDI-BETIM,Mecânica  Única,,,150000,8,300,visita,,,`),
      '--format',
      'json',
    );
    expect(again.status, again.out + again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ rows: { read: 1, imported: 0, updated: 1 } });
    const plan = JSON.parse((await cli('plan', ws, '--site', 'DI-BETIM', '--format', 'json')).out);
    expect(plan.prospects.total).toBe(before);
    expect(plan.prospects.byStage).toMatchObject({ lead: 1, visit: 1 });
  });

  it('refuses bad input with row, column and what to do, writing nothing', async () => {
    const badCnpj = await refusedUnchanged('import', ws, file('e1.csv', COMPANIES.replace('0001-81', '0001-82')));
    expect(badCnpj.errors[0]).toMatchObject({ row: 2, column: 'cnpj' });
    expect(badCnpj.errors[0]?.message).toMatch(/check digits.*81/);

    const twice = await refusedUnchanged('import', ws, file('l1.csv', `${LOTS}\nDI-BETIM,L03,800,170,sold,,`));
    expect(twice.errors[0]).toMatchObject({ row: 5, column: 'lot_code' });
    expect(twice.errors[0]?.message).toMatch(/sold .*once/);

    const negative = await refusedUnchanged('import', ws, file('l2.csv', LOTS.replace('2500.5,150', '-2500.5,150')));
    expect(negative.errors[0]).toMatchObject({ row: 3, column: 'area_m2' });
    // A lot of 0 m² was imported as one more available lot, of no area.
    const zero = await refusedUnchanged('import', ws, file('l5.csv', LOTS.replace('2500.5,150', '0,150')));
    expect(zero.errors[0]).toMatchObject({ row: 3, column: 'area_m2' });
    expect(zero.errors[0]?.message).toMatch(/is 0: give the lot's area/);
    const price = await refusedUnchanged('import', ws, file('l3.csv', LOTS.replace('1000,160', '1000,-160')));
    expect(price.errors[0]).toMatchObject({ row: 2, column: 'price_per_m2' });

    const stage = await refusedUnchanged('import', ws, file('e2.csv', COMPANIES.replace('Negociação', 'Fechamento')));
    expect(stage.errors[0]).toMatchObject({ row: 2, column: 'stage' });
    expect(stage.errors[0]?.message).toMatch(/negotiation/);

    // A CNAE the classification lacks, or no CNAE at all, was stored as typed and matched no sector.
    const unknownCnae = await refusedUnchanged('import', ws, file('e4.csv', COMPANIES.replace('2512-8/00', '9999999')));
    expect(unknownCnae.errors[0]).toMatchObject({ row: 2, column: 'cnae' });
    expect(unknownCnae.errors[0]?.message).toMatch(/"9999999" is no CNAE 2.x subclass/);
    const notCnae = await refusedUnchanged('import', ws, file('e5.csv', COMPANIES.replace('4930-2/02', 'ABC')));
    expect(notCnae.errors[0]).toMatchObject({ row: 3, column: 'cnae' });
    expect(notCnae.errors[0]?.message).toMatch(/"ABC" is not a CNAE code: write a division/);

    const site = await refusedUnchanged('import', ws, file('e3.csv', COMPANIES.replace('DI-BETIM,Metal', 'DI-NOWHERE,Metal')));
    expect(site.errors[0]).toMatchObject({ row: 2, column: 'site_code' });
    expect(site.errors[0]?.message).toMatch(/neither the code nor the name of a site/);

    // Past any district: 1e20 jobs ended the import as an internal error (SQLite's integer column).
    const jobs = await refusedUnchanged('import', ws, file('e6.csv', COMPANIES.replace('2500000,40,', '2500000,100000000000000000000,')));
    expect(jobs.errors[0]).toMatchObject({ row: 2, column: 'jobs' });
    expect(jobs.errors[0]?.message).toMatch(/above 10000000/);
    const money = await refusedUnchanged('import', ws, file('e7.csv', COMPANIES.replace('2500000,40,', '25000000000000000,40,')));
    expect(money.errors[0]).toMatchObject({ row: 2, column: 'investment' });
    const area = await refusedUnchanged('import', ws, file('l4.csv', LOTS.replace('1000,160', '100000000000000,160')));
    expect(area.errors[0]).toMatchObject({ row: 2, column: 'area_m2' });
  });

  it('exports the plan workbook: typed cells, a formula-looking name kept as text', async () => {
    const out = path.join(dir, 'plan.xlsx');
    const result = await cli('export', ws, '--plan', 'DI-BETIM', '--out', out);
    expect(result.status, result.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Resumo',
      'Setores-alvo',
      'Lotes',
      'Incentivos',
      'Critérios de venda',
      'Classificação',
      'Empresas',
      'Ações',
      'Notas',
    ]);
    // The chart's bars carry no text: each stage beside it is keyed by its bar's colour (blue first,
    // as the image draws it), seven colours for seven stages; the bars alone did not say which was which.
    const summary = wb.getWorksheet('Resumo');
    const keys: string[] = [];
    summary?.eachRow((row) => {
      const fill = row.getCell(3).fill;
      const label = row.getCell(4).value;
      if (typeof label === 'string' && fill?.type === 'pattern' && fill.pattern === 'solid')
        keys.push(`${label}=${fill.fgColor?.argb ?? ''}`);
    });
    expect(keys[0]).toBe('Prospecção=FF228BE6');
    expect(keys.map((k) => k.split('=')[0])).toEqual(['Prospecção', 'Contato', 'Visita', 'Proposta', 'Negociação', 'Instalada', 'Perdida']);
    expect(new Set(keys.map((k) => k.split('=')[1])).size).toBe(7);
    const lots = wb.getWorksheet('Lotes');
    expect(lots?.getCell('A2').value).toBe('L01');
    expect(lots?.getCell('B3').value).toBe(2500.5);
    expect(lots?.getCell('C2').numFmt).toContain('R$');
    expect(lots?.getCell('E4').value).toBe('Vendido');
    expect(lots?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(lots?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
    // The ranking's investment criterion in R$, as the companies' sheet writes money (it read as a bare count).
    const ranking = wb.getWorksheet('Classificação');
    const headers = (ranking?.getRow(1).values ?? []) as unknown[];
    const investment = headers.findIndex((h) => typeof h === 'string' && /^Investimento/.test(h));
    expect(investment).toBeGreaterThan(0);
    expect(ranking?.getRow(2).getCell(investment).numFmt).toContain('R$');
    // Number headers stand over their numbers (right), text headers over their text (left): the
    // land discount's "0" read under "Empregos por m²" when every header was left-aligned.
    expect(ranking?.getRow(1).getCell(investment).alignment?.horizontal).toBe('right');
    expect(ranking?.getRow(1).getCell(2).alignment?.horizontal).toBeUndefined();
    // Jobs per m² with four decimals: at two, 40/900 and 5/300 read "0,04" and "0,02".
    const perM2 = headers.findIndex((h) => h === 'Empregos por m²');
    expect(perM2).toBeGreaterThan(0);
    expect(ranking?.getRow(2).getCell(perM2).numFmt).toBe('0.0000');
    const companies = wb.getWorksheet('Empresas');
    const names = [companies?.getCell('B2'), companies?.getCell('B3')];
    const hyperlink = names.find((c) => typeof c?.value === 'string' && c.value.startsWith('=HYPERLINK'));
    expect(hyperlink?.type).toBe(ExcelJS.ValueType.String);
    expect(hyperlink?.formula).toBeUndefined();
    const date = companies?.getColumn(9).values.find((v) => v instanceof Date);
    expect(date).toEqual(new Date('2020-01-10T00:00:00Z'));
  });

  it('a CNPJ whose leading zero a spreadsheet dropped (a number cell, or 13 digits) is read with it, when its check digits hold', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Empresas');
    sheet.addRow(COMPANIES.split('\n')[0]?.split(','));
    // 01.234.567/0001-95 typed bare: Excel keeps the number 1234567000195.
    sheet.addRow(['DI-IPATINGA', 'Zero à Esquerda', 1234567000195, '2512-8/00', 100000, 5, 300, 'lead']);
    const xlsx = path.join(dir, 'empresas-numero.xlsx');
    writeFileSync(xlsx, new Uint8Array(await book.xlsx.writeBuffer()));
    const result = await cli('import', ws, xlsx, '--format', 'json');
    expect(result.status, result.out + result.err).toBe(0);
    // The same company from a CSV saved from that sheet (13 digits): updated, not a second one.
    const header = COMPANIES.split('\n')[0];
    const again = await cli(
      'import',
      ws,
      file('empresas-13.csv', `${header}\nDI-IPATINGA,Zero à Esquerda,1234567000195,2512-8/00,200000,5,300,lead,,,`),
      '--format',
      'json',
    );
    expect(again.status, again.out + again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ rows: { imported: 0, updated: 1 } });
    const exported = path.join(dir, 'empresas-zero.csv');
    expect((await cli('export', ws, '--csv', 'arranjo-empresas', '--site', 'DI-IPATINGA', '--out', exported)).status).toBe(0);
    expect(readFileSync(exported, 'utf8')).toContain('DI-IPATINGA,Zero à Esquerda,01234567000195,2512-8/00,200000,');
    // Thirteen digits whose check digits fail with the zero put back are still refused, said as before.
    const wrong = await refusedUnchanged('import', ws, file('empresas-13b.csv', `${header}\nDI-IPATINGA,Outra,1234567000196,,,,,lead,,,`));
    expect(wrong.errors[0]).toMatchObject({ row: 2, column: 'cnpj' });
    expect(wrong.errors[0]?.message).toMatch(/is not 12 digits or capital letters and 2 check digits/);
  });

  it('an alphanumeric CNPJ (IN RFB 2.229/2024) is imported, keyed, exported and written punctuated in the plan workbook', async () => {
    // 12.ABC.345/01DE-35, the Receita's published example (worked by hand in test/unit/attraction/cnpj.test.ts).
    const header = COMPANIES.split('\n')[0];
    const first = await cli(
      'import',
      ws,
      file('empresas-alfanumerico.csv', `${header}\nDI-DIVINOPOLIS,Nova Alfanumérica,12.abc.345/01de-35,2512-8/00,300000,12,500,lead,,,`),
      '--format',
      'json',
    );
    expect(first.status, first.out + first.err).toBe(0);
    // The same company given bare and in capitals is updated, not added a second time.
    const again = await cli(
      'import',
      ws,
      file('empresas-alfanumerico-2.csv', `${header}\nDI-DIVINOPOLIS,Nova Alfanumérica,12ABC34501DE35,2512-8/00,350000,12,500,visita,,,`),
      '--format',
      'json',
    );
    expect(again.status, again.out + again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ rows: { imported: 0, updated: 1 } });
    const csv = path.join(dir, 'empresas-alfanumerico-out.csv');
    expect((await cli('export', ws, '--csv', 'arranjo-empresas', '--site', 'DI-DIVINOPOLIS', '--out', csv)).status).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('DI-DIVINOPOLIS,Nova Alfanumérica,12ABC34501DE35,2512-8/00,350000,');
    const out = path.join(dir, 'plan-alfanumerico.xlsx');
    const exported = await cli('export', ws, '--plan', 'DI-DIVINOPOLIS', '--out', out);
    expect(exported.status, exported.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.getWorksheet('Empresas')?.eachRow((row) => row.eachCell((cell) => void cells.push(cell.value)));
    expect(cells).toContain('12.ABC.345/01DE-35');
    // Wrong check digits are refused with the right ones, as for a numeric CNPJ.
    const wrong = await refusedUnchanged(
      'import',
      ws,
      file('empresas-alfa-errado.csv', `${header}\nDI-DIVINOPOLIS,Outra,12.ABC.345/01DE-53,,,,,lead,,,`),
    );
    expect(wrong.errors[0]).toMatchObject({ row: 2, column: 'cnpj' });
    expect(wrong.errors[0]?.message).toMatch(/would be 35/);
  });

  it('reads a stage written as the state a company is in ("Em negociação", "En negociación", "In negotiation")', async () => {
    const header = COMPANIES.split('\n')[0];
    const rows = ['Em negociação', 'EN NEGOCIACIÓN', 'In negotiation', 'em contato'].map(
      (stage, i) => `DI-SETE-LAGOAS,Estado ${i + 1},,,,,,${stage},,,`,
    );
    const result = await cli('import', ws, file('empresas-estado.csv', [header, ...rows].join('\n')), '--format', 'json');
    expect(result.status, result.out + result.err).toBe(0);
    const plan = JSON.parse((await cli('plan', ws, '--site', 'DI-SETE-LAGOAS', '--format', 'json')).out) as {
      prospects: { byStage: Record<string, number> };
    };
    expect(plan.prospects.byStage).toMatchObject({ negotiation: 3, contact: 1 });
  });

  it('arranjo plan --format json writes summed areas and money without float noise, as the CSV layouts do', async () => {
    const lots = file(
      'lotes-decimais.csv',
      `${LOTS.split('\n')[0]}\nDI-UBERLANDIA,U-01,1200.55,160,available,,\nDI-UBERLANDIA,U-02,823.13,160,available,,`,
    );
    expect((await cli('import', ws, lots, '--format', 'json')).status).toBe(0);
    const header = COMPANIES.split('\n')[0];
    const companies = file(
      'empresas-decimais.csv',
      `${header}\nDI-UBERLANDIA,Decimal Um,,,2500000.1,10,,lead,,,\nDI-UBERLANDIA,Decimal Dois,,,100000.2,5,,lead,,,`,
    );
    expect((await cli('import', ws, companies, '--format', 'json')).status).toBe(0);
    const plan = await cli('plan', ws, '--site', 'DI-UBERLANDIA', '--format', 'json');
    expect(plan.status, plan.err).toBe(0);
    // 1200.55 + 823.13 printed 2023.6799999999998, and 2500000.1 + 100000.2 printed 2600000.3000000003.
    expect(plan.out).not.toMatch(/\d\.\d{12,}/);
    const json = JSON.parse(plan.out) as { lots: { areaAvailableM2: number }; prospects: { investment: number } };
    expect(json.lots.areaAvailableM2).toBe(2023.68);
    expect(json.prospects.investment).toBe(2600000.3);
    const text = await cli('plan', ws, '--site', 'DI-UBERLANDIA');
    expect(text.out).toContain('2023.68 m²');
  });

  it('money in R$ tells the file\'s decimal comma: "1.800" m² beside "R$ 2.500.000,00" is 1800, not 1.8', async () => {
    // The decimal evidence left out numbers written with "R$", so the area column was read by the
    // comma-separated file's convention (dot decimals) "since nothing else in the file shows".
    const header = COMPANIES.split('\n')[0];
    const rows = [
      'DI-UBERABA,Alfa Alimentos,,1091-1/01,"R$ 2.500.000,00",80,"1.800",negociação,,,',
      'DI-UBERABA,Beta Química,,2029-1/00,"R$ 7.250.000,50",45,"4.000",proposta,,,',
    ];
    const result = await cli('import', ws, file('empresas-rs.csv', [header, ...rows].join('\n')), '--format', 'json');
    expect(result.status, result.out + result.err).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ rows: { imported: 2 }, warnings: [] });
    const exported = path.join(dir, 'empresas-rs-out.csv');
    expect((await cli('export', ws, '--csv', 'arranjo-empresas', '--site', 'DI-UBERABA', '--out', exported)).status).toBe(0);
    const areas = readFileSync(exported, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').slice(4, 7));
    expect(areas).toEqual([
      ['2500000', '80', '1800'],
      ['7250000.5', '45', '4000'],
    ]);
  });
});
