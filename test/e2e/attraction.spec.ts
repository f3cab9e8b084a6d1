import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
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
  await openPlan(page, 'Distrito Industrial de Betim (DI-BETIM)');

  // Target sectors proposed from Betim's diagnosis, each with its figures; accept the first two.
  await page.getByTestId('attraction-tab-targets').click();
  await page.getByTestId('attraction-propose').click();
  const accept = page.locator('[data-testid^="attraction-accept-"]');
  await expect(accept.first()).toBeVisible();
  await accept.first().click();
  await expect(page.locator('[data-testid^="attraction-target-"][data-state="accepted"]')).toHaveCount(1);
  await accept.first().click();
  await expect(page.locator('[data-testid^="attraction-target-"][data-state="accepted"]')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('attraction-targets-pt.png') });

  // A lot.
  await page.getByTestId('attraction-tab-lots').click();
  await page.getByTestId('attraction-lot-code').fill('L-01');
  await page.getByTestId('attraction-lot-area').fill('1500');
  await page.getByTestId('attraction-lot-price').fill('160');
  await page.getByTestId('attraction-lot-add').click();
  await expect(page.getByTestId('attraction-lot-totals')).toContainText('1 lotes, 1 disponíveis: 1.500 m²');
  await expect(page.locator('[data-testid="attraction-lots-grid"] [row-index="0"]')).toContainText('L-01');

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

  // Score applicants with the plan's criteria (multi-criteria engine): both ranked.
  await page.getByTestId('attraction-tab-criteria').click();
  await expect(page.getByTestId('attraction-ranking-row')).toHaveCount(2);
  await expect(page.getByTestId('attraction-ranking-row').first()).toContainText('Beta Metalúrgica');
  await page.screenshot({ path: testInfo.outputPath('attraction-ranking-pt.png') });

  // Export the workbook and read it back.
  const download = page.waitForEvent('download');
  await page.getByTestId('attraction-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('plano-atracao-DI-BETIM-2027.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(['Resumo', 'Setores-alvo', 'Lotes', 'Incentivos', 'Critérios de venda', 'Classificação', 'Empresas', 'Ações', 'Notas']);
  const lots = wb.getWorksheet('Lotes');
  expect(lots?.getCell('A2').value).toBe('L-01');
  expect(lots?.getCell('B2').value).toBe(1500);
  expect(lots?.getCell('D2').value).toBe(240_000);
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

  // The same plan in English.
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-attraction').click();
  await openPlan(page, 'Distrito Industrial de Betim (DI-BETIM)');
  await page.getByTestId('attraction-tab-prospects').click();
  await expect(page.getByTestId('attraction-column-proposal')).toContainText('Proposal');
  await page.screenshot({ path: testInfo.outputPath('attraction-board-en.png') });
  await page.getByTestId('attraction-tab-summary').click();
  await expect(page.getByTestId('attraction-stage-chart')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('attraction-summary-en.png') });
});
