import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, openApp } from './helpers';

const RAIS_2020_FILE = 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv';
const RAIS_2020 = fileURLToPath(new URL(`../../../shared/data/employment/${RAIS_2020_FILE}`, import.meta.url));
const BETIM_IBGE6 = '310670';
const MANUFACTURING = '2';

/**
 * Betim's location quotient in manufacturing, straight from the RAIS export (ISO-8859-1, ";",
 * one row per municipality "310670:MG-BETIM", sectors 1–8 then the total): independent of the app.
 */
async function expectedBetimManufacturingLq(): Promise<number> {
  const text = new TextDecoder('latin1').decode(await readFile(RAIS_2020));
  const rows = text
    .split(/\r?\n/)
    .filter((line) => /^\d{6}:MG-/.test(line))
    .map((line) => {
      const [name = '', ...cells] = line.split(';');
      return { code: name.slice(0, 6), sectors: cells.slice(0, 8).map(Number) };
    });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const betim = rows.find((r) => r.code === BETIM_IBGE6);
  if (!betim) throw new Error('Betim is missing from the RAIS file');
  const state = sum(rows.map((r) => sum(r.sectors)));
  const stateManufacturing = sum(rows.map((r) => r.sectors[1] ?? 0));
  return (betim.sectors[1] ?? 0) / sum(betim.sectors) / (stateManufacturing / state);
}

const ptBr2 = (value: number) => new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

async function chartDrawn(page: Page, testId: string): Promise<void> {
  const chart = page.getByTestId(testId);
  await expect(chart).toHaveAttribute('data-render-finished', 'true');
  await expect(chart.locator('canvas').first()).toBeVisible();
}

test('economic diagnosis of Betim: LQ, potential sectors, why this value, the views and the workbook', async ({ page }, testInfo) => {
  const expected = await expectedBetimManufacturingLq();
  await openApp(page);
  await page.getByTestId('nav-economy').click();
  await expect(page.getByTestId('area-economy')).toBeVisible();

  // Betim, picked through the searchable territory select (accent- and case-insensitive).
  await page.getByTestId('economy-territory').click();
  await page.getByTestId('economy-territory').fill('betim');
  await page.getByRole('option', { name: 'Betim', exact: true }).click();
  await expect(page.getByTestId('vocations-title')).toHaveText('Betim — vocações produtivas, 2020');

  // Manufacturing's LQ: the engine's value, in pt-BR, equal to the ratio computed from the RAIS file.
  const lqCell = page.getByTestId(`vocations-lq-${MANUFACTURING}`);
  await expect(lqCell).toHaveText(ptBr2(expected));
  const uiLq = Number(await lqCell.getAttribute('data-value'));
  expect(uiLq).toBeCloseTo(expected, 9);
  await expect(page.getByTestId(`vocations-sector-${MANUFACTURING}`)).toHaveAttribute('data-specialized', 'true');
  await expect(page.getByTestId('vocations-diversity')).toContainText('HHI');

  // Potential sectors, each with the specialization that makes it one.
  const potential = page.getByTestId('potential-sectors');
  await expect(potential).toBeVisible();
  expect(Number(await potential.getAttribute('data-count'))).toBeGreaterThan(0);
  const firstReason = potential.locator('[data-testid^="potential-reasons-"]').first();
  await expect(firstReason).toContainText('próximo de:');
  await expect(firstReason).toContainText('Indústria de transformação');
  await page.screenshot({ path: testInfo.outputPath('economy-vocations.png'), fullPage: true });
  // Printed, the page is the vocations summary alone: no navigation, controls or tabs.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('economy-territory')).toBeHidden();
  await expect(page.getByTestId('nav-economy')).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('economy-vocations-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Why this value: formula, inputs, the source file and the reference region.
  await lqCell.click();
  const why = page.getByTestId('why-modal');
  await expect(why.getByTestId('why-formula')).toContainText('LQ = (E_ij / E_j) / (E_i / E)');
  await expect(why.getByTestId('why-value')).toHaveText(ptBr2(expected));
  await expect(why.getByTestId('why-inputs')).toContainText('E_ij');
  await expect(why.getByTestId('why-inputs')).toContainText('40.173');
  await expect(why.getByTestId('why-sources')).toContainText(RAIS_2020_FILE);
  await expect(why.getByTestId('why-reference')).toContainText('Minas Gerais');
  await page.screenshot({ path: testInfo.outputPath('economy-why.png') });
  await page.keyboard.press('Escape');
  await expect(why).toBeHidden();

  // LQ heat map: Betim's row first, its manufacturing cell the same value; a click explains it.
  await page.getByTestId('economy-tab-grid').click();
  const betimRow = page.locator('[data-testid="economy-lq-grid"] [row-index="0"]');
  await expect(betimRow.locator('[col-id="territoryName"]')).toHaveText('Betim');
  const gridCell = betimRow.locator(`[col-id="lq-${MANUFACTURING}"]`);
  await expect(gridCell).toHaveText(ptBr2(expected));
  await page.screenshot({ path: testInfo.outputPath('economy-grid.png') });
  await gridCell.locator('button').click();
  await expect(why.getByTestId('why-value')).toHaveText(ptBr2(expected));
  await page.keyboard.press('Escape');
  await expect(why).toBeHidden();

  // The charts: bubbles, waterfall, treemap, map — each drawn, each looked at in its screenshot.
  const views = [
    ['bubble', 'economy-bubble'],
    ['waterfall', 'economy-waterfall'],
    ['treemap', 'economy-treemap'],
    ['map', 'economy-map'],
  ] as const;
  for (const [tab, chart] of views) {
    await page.getByTestId(`economy-tab-${tab}`).click();
    await chartDrawn(page, chart);
    await page.screenshot({ path: testInfo.outputPath(`economy-${tab}.png`) });
  }
  await expect(page.getByTestId('economy-map')).toHaveAttribute('data-sector', MANUFACTURING);

  // Export the territory's workbook and read it back.
  await page.getByTestId('economy-export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('economy-export-territory').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('diagnostico-betim-2020.xlsx');
  await file.saveAs(testInfo.outputPath('diagnostico-betim-2020.xlsx'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Quociente locacional', 'Shift-share', 'Diversificação', 'Métodos']);
  const sheet = workbook.getWorksheet('Quociente locacional');
  const header = (sheet?.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const column = (name: string) => header.indexOf(name);
  let workbookLq: unknown = null;
  sheet?.eachRow((row, index) => {
    if (index === 1) return;
    if (row.getCell(column('Código IBGE')).value === '3106705' && row.getCell(column('Código do setor')).value === MANUFACTURING) {
      workbookLq = row.getCell(column('LQ')).value;
    }
  });
  expect(typeof workbookLq).toBe('number');
  expect(workbookLq as number).toBeCloseTo(uiLq, 12);
  expect(ptBr2(workbookLq as number)).toBe(ptBr2(expected));
  const methods = workbook.getWorksheet('Métodos');
  const methodsText = JSON.stringify(methods?.getSheetValues());
  expect(methodsText).toContain('LQ_ij = (E_ij / E_j) / (E_i / E)');
  expect(methodsText).toContain(RAIS_2020_FILE);
});

test('bad input says why: the country as reference with only MG data', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByTestId('nav-economy').click();
  await expect(page.getByTestId(`vocations-lq-${MANUFACTURING}`)).toBeVisible();
  await chooseOption(page, 'economy-reference', 'País (Brasil)');
  const alert = page.getByTestId('economy-error');
  await expect(alert).toContainText('O país não pode ser a referência');
  await expect(alert).toContainText('1 dos 27 estados');
  await expect(page.getByTestId('vocations-empty')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
  await page.screenshot({ path: testInfo.outputPath('economy-country-refused.png') });
});

test('in English and the dark theme, reached through a district: translated labels and numbers', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('arranjo.locale', 'en');
    window.localStorage.setItem('arranjo.color-scheme', 'dark');
  });
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
  await page.getByTestId('nav-economy').click();

  // A district is analysed through its municipality.
  await page.getByTestId('economy-territory').click();
  await page.getByTestId('economy-territory').fill('distrito industrial de betim');
  await page.getByRole('option', { name: 'Distrito Industrial de Betim → Betim', exact: true }).click();
  await expect(page.getByTestId('vocations-title')).toHaveText('Betim — productive vocations, 2020');
  await expect(page.getByText('Analysed through Distrito Industrial de Betim (municipality: Betim).')).toBeVisible();
  await expect(page.getByTestId(`vocations-sector-${MANUFACTURING}`)).toContainText('Manufacturing');
  await expect(page.getByTestId(`vocations-lq-${MANUFACTURING}`)).toHaveText(/^\d\.\d\d$/);
  await expect(page.getByTestId('vocations-total-jobs')).toHaveText('106,740');
  await page.screenshot({ path: testInfo.outputPath('economy-vocations-en-dark.png'), fullPage: true });

  await page.getByTestId('economy-tab-bubble').click();
  await chartDrawn(page, 'economy-bubble');
  await page.screenshot({ path: testInfo.outputPath('economy-bubble-en-dark.png') });
  await page.getByTestId('economy-tab-map').click();
  await chartDrawn(page, 'economy-map');
  await page.screenshot({ path: testInfo.outputPath('economy-map-en-dark.png') });
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
});
