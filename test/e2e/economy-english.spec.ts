import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, openApp, waitForDashboard } from './helpers';

/**
 * The economic diagnosis as a planner working in English sees it at 1280 × 720: the LQ heat map's
 * workbook and the LQ map's tooltip.
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

test("the LQ map's tooltip stays inside the chart: its source wraps", async ({ page }) => {
  await openEconomyInEnglish(page, 'Uberlândia');
  await page.getByTestId('economy-tab-map').click();
  const chart = page.getByTestId('economy-map');
  await expect(chart).toHaveAttribute('data-render-finished', 'true');
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart');
  // A municipality under the pointer: ECharts turns the cursor into a pointer over one.
  const point = await chart.evaluate((element) => {
    const canvas = element.querySelector('canvas');
    const root = canvas?.parentElement;
    const r = element.getBoundingClientRect();
    for (let y = r.top + r.height * 0.4; y < r.bottom - 20; y += 10) {
      for (let x = r.left + r.width * 0.4; x < r.right - 60; x += 10) {
        canvas?.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
        if (root?.style.cursor === 'pointer') return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no municipality found on the map');
  await page.mouse.move(point.x, point.y);
  const tooltip = chart.locator('xpath=..').locator('div[style*="z-index: 9999999"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Source: RAIS_vinculos_ativos');
  await expect(tooltip).toContainText('2020');
  const tip = await tooltip.boundingBox();
  expect(tip?.x ?? -1).toBeGreaterThanOrEqual(box.x - 1);
  expect((tip?.x ?? 0) + (tip?.width ?? Infinity)).toBeLessThanOrEqual(box.x + box.width + 1);
  expect((tip?.x ?? 0) + (tip?.width ?? Infinity)).toBeLessThanOrEqual(1280);
});
