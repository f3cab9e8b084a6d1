import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, openApp, waitForDashboard } from './helpers';

/**
 * The economic diagnosis as a planner working in English sees it at 1280 × 720: the LQ heat map's
 * workbook.
 */
test.use({ viewport: { width: 1280, height: 720 } });

async function openEconomyInEnglish(page: Page, town: string): Promise<void> {
  await openApp(page);
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);
  await page.getByTestId('nav-economy').click();
  await page.getByTestId('economy-territory').click();
  await page.getByTestId('economy-territory').fill(town.slice(0, 5));
  await page.getByRole('option', { name: town, exact: true }).click();
  await expect(page.getByTestId('area-economy')).toHaveAttribute('data-ready', 'true');
}

test('the LQ heat map exports each IBGE code as the code, not as a number with thousands separators', async ({ page }) => {
  await openEconomyInEnglish(page, 'Uberlândia');
  await page.getByTestId('economy-tab-grid').click();
  await expect(page.locator('[data-testid="economy-lq-grid"] [row-index="0"] [col-id="territoryCode"]')).toHaveText('3170206');
  const download = page.waitForEvent('download');
  await page.getByTestId('economy-lq-grid-export-xlsx').click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await download).path());
  const sheet = book.worksheets[0];
  expect(sheet?.getRow(1).getCell(2).value).toBe('IBGE code');
  // Shown as "3170206" on screen; as a number formatted #,##0 Excel showed "3,170,206" (pt-BR "3.170.206"),
  // and a lookup against an IBGE table of codes found nothing.
  const code = sheet?.getRow(2).getCell(2);
  expect(code?.value).toBe('3170206');
  expect(code?.numFmt ?? '').not.toContain('#');
  expect(sheet?.getRow(2).getCell(1).value).toBe('Uberlândia');
  // The LQs stay numbers.
  expect(typeof sheet?.getRow(2).getCell(5).value).toBe('number');
});
