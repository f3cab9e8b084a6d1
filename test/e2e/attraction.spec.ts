import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { pdfPageTexts } from '../support/pdf-text';
import { chooseOption } from './helpers';

async function openPlan(page: Page, site: string): Promise<void> {
  await page.getByTestId('nav-attraction').click();
  await page.getByTestId('attraction-site').click();
  await page.getByRole('option', { name: site }).click();
  await page.getByTestId('attraction-period').fill('2027');
  await page.getByTestId('attraction-open').click();
  await expect(page.getByTestId('attraction-plan-title')).toContainText('2027');
  await expect(page.getByTestId('attraction-area')).toHaveAttribute('data-ready', 'true');
}

test('attraction: a district plan from target sectors to the exported workbook', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await page.goto('/');
  // The demo workspace is built at first start; on a loaded machine that can take over a minute.
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 150_000 });
  // Before any choice the area lists the workspace's plans: the demo's illustrative Divinópolis plan opens in one click.
  await page.getByTestId('nav-attraction').click();
  const demoPlan = page.getByTestId('attraction-plans').locator('.attraction-plan-row', { hasText: 'DI-DIVINOPOLIS' });
  await expect(demoPlan).toContainText('2026');
  await expect(demoPlan).toContainText('Ilustrativo');
  await demoPlan.getByRole('button', { name: 'Abrir plano' }).click();
  await expect(page.getByTestId('attraction-plan-title')).toContainText('Divinópolis — 2026');
  await expect(page.getByTestId('attraction-illustrative')).toBeVisible();
  // The banner says "illustrative" once (it read "Plano ilustrativo: … ILUSTRATIVO — plano de exemplo…"), then the source.
  const note = page.getByTestId('attraction-illustrative-note');
  await expect(note).toContainText(
    'Plano ilustrativo: dados de exemplo, não são dados reais do distrito. Lotes no formato de um edital público real',
  );
  expect((await note.innerText()).match(/ilustrativ/gi)).toHaveLength(1);
  await expect(page.getByTestId('attraction-plans')).toHaveCount(0);
  // Another district picked while a plan is open closes it (Divinópolis' figures went on showing under
  // a picker naming Betim) and lists the plans again.
  await page.getByTestId('attraction-site').click();
  await page.getByRole('option', { name: 'Distrito Industrial de Betim (DI-BETIM)' }).click();
  await expect(page.getByTestId('attraction-plan-title')).toHaveCount(0);
  await expect(page.getByTestId('attraction-plans')).toBeVisible();
  await page.getByTestId('attraction-period').fill('2027');
  await page.getByTestId('attraction-open').click();
  await expect(page.getByTestId('attraction-plan-title')).toHaveText('Distrito Industrial de Betim — 2027');
  await expect(page.getByTestId('attraction-area')).toHaveAttribute('data-ready', 'true');

  // Target sectors proposed from Betim's diagnosis, each with its figures; accept the first two.
  await page.getByTestId('attraction-tab-targets').click();
  await page.getByTestId('attraction-propose').click();
  const accept = page.locator('[data-testid^="attraction-accept-"]');
  await expect(accept.first()).toBeVisible();
  await accept.first().click();
  await expect(page.locator('[data-testid^="attraction-target-"][data-state="accepted"]')).toHaveCount(1);
  await accept.first().click();
  await expect(page.locator('[data-testid^="attraction-target-"][data-state="accepted"]')).toHaveCount(2);
  // A sector already in the plan is refused, and what was typed stays to be corrected (it was cleared).
  const taken = ((await page.locator('[data-testid^="attraction-target-"]').first().getAttribute('data-testid')) ?? '').replace(
    'attraction-target-',
    '',
  );
  // The code is chosen among the IBGE sectors (a typed "29" matched no prospect); choosing names it.
  await page.getByTestId('attraction-new-target').click();
  await page.getByRole('option', { name: new RegExp(`^${taken} — `) }).click();
  await expect(page.getByRole('textbox', { name: 'Setor', exact: true })).not.toHaveValue('');
  await page.getByRole('textbox', { name: 'Setor', exact: true }).fill('Setor repetido');
  await page.getByRole('button', { name: 'Incluir setor' }).click();
  await expect(page.getByTestId('error-alert')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Setor', exact: true })).toHaveValue('Setor repetido');
  await page.screenshot({ path: testInfo.outputPath('attraction-targets-pt.png') });

  // A lot.
  await page.getByTestId('attraction-tab-lots').click();
  await page.getByTestId('attraction-lot-code').fill('L-01');
  await page.getByTestId('attraction-lot-area').fill('1500');
  await page.getByTestId('attraction-lot-price').fill('160,25');
  await page.getByTestId('attraction-lot-add').click();
  await expect(page.getByTestId('attraction-lot-totals')).toContainText('1 lote, 1 disponível: 1.500 m²');
  // The lot saved: the refusal of the repeated sector above is stale and gone.
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
  await expect(page.locator('[data-testid="attraction-lots-grid"] [row-index="0"]')).toContainText('L-01');
  // The totals row: "Total" whole in the narrow code cell (it read "Total (1 l…"), and no area bar of its own.
  const lotTotals = page.getByTestId('attraction-lots-grid').getByRole('row', { name: /^Total/ });
  await expect(lotTotals.locator('[col-id="code"]')).toHaveText('Total');
  await expect(lotTotals.locator('[col-id="areaM2"]')).toHaveText('1.500');
  await expect(lotTotals.locator('.attraction-area-bar')).toHaveCount(0);
  // On the map: Betim's point and its one lot as an area bar, with the available totals.
  const lotsMap = page.getByTestId('attraction-lots-map');
  await expect(lotsMap).toHaveAttribute('data-render-finished', 'true');
  await expect(lotsMap).toHaveAttribute('data-lots', '1');
  await expect(lotsMap).toHaveAttribute('data-placed', '1');
  await expect(page.getByTestId('attraction-lots-map-totals')).toContainText('Disponível: 1.500 m² de 1.500 m² (1 de 1 lote), valor R$');
  await lotsMap.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('attraction-lots-map-pt.png'), fullPage: true });

  // Two prospects: a name a spreadsheet would run as a formula, and one with a valid CNPJ.
  await page.getByTestId('attraction-tab-prospects').click();
  const addProspect = async (company: string, cnpj: string, investment: string, jobs: string, area: string) => {
    await page.getByTestId('attraction-prospect-company').fill(company);
    await page.getByTestId('attraction-prospect-cnpj').fill(cnpj);
    await page.getByTestId('attraction-prospect-investment').fill(investment);
    await page.getByTestId('attraction-prospect-jobs').fill(jobs);
    await page.getByTestId('attraction-prospect-area').fill(area);
    await page.getByTestId('attraction-prospect-add').click();
    await expect(page.getByTestId('attraction-column-lead')).toContainText(company);
  };
  await addProspect('=HYPERLINK("x")', '', '1000000', '10', '1000');
  await addProspect('Beta Metalúrgica', '11.222.333/0001-81', '3000000', '50', '800');

  // Move one on the board: drag to "Visita", then the keyboard alternative one stage further.
  const card = page.locator('[data-testid^="attraction-card-"]', { hasText: 'Beta Metalúrgica' }).first();
  await card.dragTo(page.getByTestId('attraction-column-visit'));
  await expect(page.getByTestId('attraction-column-visit')).toContainText('Beta Metalúrgica');
  await page.getByRole('button', { name: 'Avançar etapa de Beta Metalúrgica' }).click();
  await expect(page.getByTestId('attraction-column-proposal')).toContainText('Beta Metalúrgica');
  await page.screenshot({ path: testInfo.outputPath('attraction-board-pt.png') });

  // Edit the formula-like prospect after creation: a wrong CNPJ is refused as typed, then fixed;
  // its stage history stays.
  const formulaCard = page.locator('[data-testid^="attraction-card-"]', { hasText: '=HYPERLINK("x")' }).first();
  await formulaCard.locator('[data-testid^="attraction-card-edit-"]').click();
  const editor = page.getByTestId('prospect-editor');
  await expect(editor.getByTestId('prospect-edit-cnpj')).toBeVisible();
  // The investment in the language's digits, as the grids show it (it read "1000000").
  await expect(editor.getByTestId('prospect-edit-investment')).toHaveValue('1.000.000');
  await editor.getByTestId('prospect-edit-cnpj').fill('11.444.777/0001-62');
  await expect(editor).toContainText('Dígitos verificadores errados (esperado …61)');
  await expect(editor.getByTestId('prospect-edit-save')).toBeDisabled();
  // The alphanumeric CNPJ (IN RFB 2.229/2024) is checked as typed, not refused as "not 14 digits".
  await editor.getByTestId('prospect-edit-cnpj').fill('12.abc.345/01de-36');
  await expect(editor).toContainText('Dígitos verificadores errados (esperado …35)');
  await editor.getByTestId('prospect-edit-cnpj').fill('12.ABC.345/01DE-35');
  await expect(editor).not.toContainText('Dígitos verificadores errados');
  await expect(editor).not.toContainText('O CNPJ tem 14');
  await editor.getByTestId('prospect-edit-cnpj').fill('11.444.777/0001-61');
  await editor.getByTestId('prospect-edit-jobs').fill('25');
  await editor.getByTestId('prospect-edit-contact').fill('Joana, (31) 3333-0000');
  await editor.getByTestId('prospect-edit-nextAction').fill('Visita técnica');
  // A date that is none (31 February) keeps Save off while the field says so.
  await editor.getByTestId('prospect-edit-nextActionDate').fill('31/02/2026');
  await expect(editor.getByTestId('prospect-edit-save')).toBeDisabled();
  await editor.getByTestId('prospect-edit-nextActionDate').fill('');
  await expect(editor.getByTestId('prospect-history')).toContainText('Prospecção');
  await page.screenshot({ path: testInfo.outputPath('attraction-prospect-edit-pt.png') });
  await editor.getByTestId('prospect-edit-save').click();
  await expect(editor.getByTestId('prospect-edit-cnpj')).toHaveCount(0);
  await expect(formulaCard).toContainText('25 empregos');
  await expect(formulaCard).toContainText('Visita técnica');
  // Its lot, chosen in the editor (no screen could set a company's lot: imports only), suggested by
  // the area it needs; a second company is refused that lot, with the name of the one holding it.
  await formulaCard.locator('[data-testid^="attraction-card-edit-"]').click();
  await expect(editor).toContainText('Lotes disponíveis do tamanho de que precisa: L-01');
  await editor.getByTestId('prospect-edit-lot').click();
  await page.getByRole('option', { name: 'L-01 — Disponível' }).click();
  await editor.getByTestId('prospect-edit-save').click();
  await expect(editor).toHaveCount(0);
  await card.locator('[data-testid^="attraction-card-edit-"]').click();
  await editor.getByTestId('prospect-edit-lot').click();
  await page.getByRole('option', { name: 'L-01 — Disponível' }).click();
  await editor.getByTestId('prospect-edit-save').click();
  await expect(page.getByTestId('error-alert').first()).toContainText('o lote já é da empresa «=HYPERLINK("x")»');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await page.getByTestId('error-alert').first().getByRole('button').click();
  // The table view writes the CNPJ as the editor does, and "Atrasada" in words.
  await page.getByText('Tabela', { exact: true }).click();
  const grid = page.getByTestId('attraction-prospects-grid');
  await expect(grid.locator('[col-id="cnpj"]').filter({ hasText: '11.444.777/0001-61' })).toHaveCount(1);
  await expect(grid.locator('[row-index] [col-id="overdue"]').first()).toHaveText(/^(sim|não)$/i);
  await page.getByText('Quadro', { exact: true }).click();

  // Score applicants with the plan's criteria (multi-criteria engine): both ranked. The weights are
  // edited in the prioritization area's editor: AHP judgements, then saved.
  await page.getByTestId('attraction-tab-criteria').click();
  await expect(page.getByTestId('attraction-ranking-row')).toHaveCount(2);
  await expect(page.getByTestId('attraction-ranking-row').first()).toContainText('Beta Metalúrgica');
  await expect(page.getByTestId('weights-sum')).toHaveAttribute('data-value', '100');
  await page.getByTestId('weights-mode').getByText('AHP (comparação par a par)').click();
  await expect(page.getByTestId('ahp-editor')).toBeVisible();
  await page.getByTestId('ahp-cell-0-1').click();
  await page.getByRole('option', { name: '3', exact: true }).click();
  await expect(page.getByTestId('ahp-cr')).toBeVisible();
  await page.getByTestId('attraction-save-weights').click();
  await expect(page.getByTestId('attraction-save-weights')).toBeDisabled();
  // Their sensitivity in the prioritization's own view: walking weights and the stability of first place.
  const sensitivity = page.getByTestId('attraction-sensitivity');
  await expect(sensitivity.getByTestId('stability-table')).toBeVisible();
  await expect(sensitivity.getByTestId('walk-row')).toHaveCount(2);
  await expect(sensitivity.getByTestId('walking')).toHaveAttribute('data-moved', '0');
  await page.screenshot({ path: testInfo.outputPath('attraction-ranking-pt.png'), fullPage: true });

  // Export the workbook and read it back.
  const download = page.waitForEvent('download');
  await page.getByTestId('attraction-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('plano-atracao-DI-BETIM-2027.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual([
    'Resumo',
    'Setores-alvo',
    'Lotes',
    'Incentivos',
    'Critérios de venda',
    // The weights came from AHP judgements: the matrix, λmax, CI and CR.
    'AHP',
    'Classificação',
    'Empresas',
    'Ações',
    'Notas',
  ]);
  const lots = wb.getWorksheet('Lotes');
  expect(lots?.getCell('A2').value).toBe('L-01');
  expect(lots?.getCell('B2').value).toBe(1500);
  // Typed "160,25" in pt-BR: R$ 160,25 the m² (Mantine's own input read 16025).
  expect(lots?.getCell('C2').value).toBe(160.25);
  expect(lots?.getCell('D2').value).toBe(240_375);
  const targets = wb.getWorksheet('Setores-alvo');
  expect(targets?.getCell('D2').value).toBe('Aceito');
  expect(typeof targets?.getCell('E2').value === 'number' || typeof targets?.getCell('G2').value === 'number').toBe(true);
  const companies = wb.getWorksheet('Empresas');
  const names = [2, 3].map((r) => companies?.getCell(`B${r}`));
  const formulaLike = names.find((c) => c?.value === '=HYPERLINK("x")');
  expect(formulaLike?.type).toBe(ExcelJS.ValueType.String);
  expect(formulaLike?.formula).toBeUndefined();
  const beta = [2, 3].find((r) => companies?.getCell(`B${r}`).value === 'Beta Metalúrgica');
  expect(companies?.getCell(`A${beta}`).value).toBe('Proposta');
  expect(companies?.getCell(`C${beta}`).value).toBe('11.222.333/0001-81');
  expect(companies?.getCell(`E${beta}`).value).toBe(3_000_000);
  const ranking = wb.getWorksheet('Classificação');
  expect(ranking?.getCell('A2').value).toBe(1);
  expect(typeof ranking?.getCell('C2').value).toBe('number');
  // The AHP weights were saved: "Empregos por m²" 3 times as important as "Investimento" (the
  // other pairs equal) gives it the largest share.
  const criteria = wb.getWorksheet('Critérios de venda');
  const shares = [2, 3, 4, 5, 6, 7].map((r) => Number(criteria?.getCell(`E${r}`).value));
  expect(Math.max(...shares)).toBe(shares[0]);
  expect(shares[0]).toBeGreaterThan(shares[1] ?? 1);

  // The summary for meetings as a PDF: a real file with the district, period and figures.
  await page.getByTestId('attraction-tab-summary').click();
  const pdfDownload = page.waitForEvent('download');
  await page.getByTestId('attraction-pdf').click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('resumo-plano-atracao-DI-BETIM-2027.pdf');
  const { doc, pages } = await pdfPageTexts(new Uint8Array(await readFile(await pdf.path())));
  expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
  // Read as running text: the criteria column wraps its lines (at spaces).
  const pdfText = pages.join('\n').replace(/\n/g, ' ');
  expect(pdfText).toContain('Plano de atração de empresas — Distrito Industrial de Betim');
  expect(pdfText).toContain('2027');
  expect(pdfText).toContain('Empresas por etapa do funil');
  expect(pdfText).toContain('Área disponível (m²)');
  expect(pdfText).toContain('Como os pesos foram definidos: AHP (comparação par a par, Saaty)');
  expect(pdfText).toContain('1.500 m²');

  // The same plan in English.
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-attraction').click();
  await openPlan(page, 'Distrito Industrial de Betim (DI-BETIM)');
  // Beside the period, the district's plans say what they are.
  await expect(page.getByTestId('attraction-site-periods')).toHaveText('Plans of this district: 2027');
  await page.getByTestId('attraction-tab-prospects').click();
  await expect(page.getByTestId('attraction-column-proposal')).toContainText('Proposal');
  await page.screenshot({ path: testInfo.outputPath('attraction-board-en.png') });
  await page.getByTestId('attraction-tab-summary').click();
  await expect(page.getByTestId('attraction-stage-chart')).toHaveAttribute('data-render-finished', 'true');
  // The pipeline chart says what it counts.
  await expect(page.getByTestId('attraction-summary')).toContainText('Companies by stage');
  await page.screenshot({ path: testInfo.outputPath('attraction-summary-en.png') });
  // The AHP judgements were saved with the plan: reopened, the editor shows them again.
  await page.getByTestId('attraction-tab-criteria').click();
  await expect(page.getByTestId('ahp-editor')).toBeVisible();
  await expect(page.getByTestId('ahp-cell-0-1')).toHaveValue('3');
  await expect(page.getByTestId('attraction-sensitivity')).toContainText('Sensitivity to the weights');
  // The default criteria are named in English too (the plan was made in the Portuguese UI).
  await expect(page.getByTestId('attraction-criteria')).toContainText('Jobs per m²');
  await expect(page.getByTestId('attraction-criteria')).toContainText('Environmental risk (1–5)');
  await expect(page.getByTestId('attraction-criteria')).not.toContainText('Empregos');
  await expect(page.getByTestId('attraction-sensitivity')).toContainText('Jobs per m²');
  await page.screenshot({ path: testInfo.outputPath('attraction-sensitivity-en.png'), fullPage: true });
});
