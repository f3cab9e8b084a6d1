import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, openApp, pickMunicipalities } from './helpers';

const RAIS_2020_FILE = 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv';
const RAIS_2020 = fileURLToPath(new URL(`../../resources/data/employment/${RAIS_2020_FILE}`, import.meta.url));
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

/**
 * A point of a drawn chart where a data element sits (a bubble, a municipality): found in the page
 * by moving a synthetic mouse over the canvas until ECharts turns the cursor into a pointer, so a
 * real click can then land on it.
 */
async function dataPoint(page: Page, testId: string, step = 8): Promise<{ x: number; y: number }> {
  const found = await page.getByTestId(testId).evaluate((chart, gap) => {
    const canvas = chart.querySelector('canvas');
    const root = canvas?.parentElement;
    if (!canvas || !root) return null;
    const box = chart.getBoundingClientRect();
    // Away from the export button in the top-right corner.
    for (let y = box.top + 40; y < box.bottom - gap; y += gap) {
      for (let x = box.left + gap; x < box.right - 60; x += gap) {
        canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
        if (root.style.cursor === 'pointer') return { x, y };
      }
    }
    return null;
  }, step);
  if (!found) throw new Error(`No data element found on ${testId}`);
  return found;
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
  const firstPotential = (await potential.locator('[data-testid^="potential-sector-"]').first().getAttribute('data-testid'))?.replace(
    'potential-sector-',
    '',
  );
  await page.screenshot({ path: testInfo.outputPath('economy-vocations.png'), fullPage: true });
  // Each sector's LQ as the vocations table shows it, by sector name (the charts' clicks must agree).
  const lqTexts = new Map<string, string>();
  for (const row of await page.locator('[data-testid^="vocations-sector-"]').all()) {
    const name = ((await row.locator('td').first().textContent()) ?? '').replace(/especializado$/, '').trim();
    lqTexts.set(name, ((await row.locator('[data-testid^="vocations-lq-"]').textContent()) ?? '').trim());
  }
  expect(lqTexts.get('Indústria de transformação')).toBe(ptBr2(expected));
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

  // A bubble is a sector of Betim: clicking it explains that LQ, the same number as the vocations table.
  await page.getByTestId('economy-tab-bubble').click();
  await chartDrawn(page, 'economy-bubble');
  const bubble = await dataPoint(page, 'economy-bubble');
  await page.mouse.click(bubble.x, bubble.y);
  await expect(why.getByTestId('why-formula')).toContainText('LQ = (E_ij / E_j) / (E_i / E)');
  await expect(why.getByTestId('why-inputs')).toContainText('E_ij');
  const bubbleTitle = (await page.getByRole('dialog').locator('.mantine-Modal-title').textContent()) ?? '';
  expect(bubbleTitle).toMatch(/^Quociente locacional — .+, Betim, 2020$/);
  const bubbleValue = (await why.getByTestId('why-value').textContent()) ?? '';
  expect(bubbleValue).toMatch(/^\d+,\d\d$/);
  expect(lqTexts.get(bubbleTitle.replace(/^Quociente locacional — (.+), Betim, 2020$/, '$1'))).toBe(bubbleValue);
  await page.screenshot({ path: '/tmp/eco-bubble-why.png' });
  await page.keyboard.press('Escape');
  await expect(why).toBeHidden();

  // A municipality on the LQ map explains its own LQ in the map's sector.
  await page.getByTestId('economy-tab-map').click();
  await chartDrawn(page, 'economy-map');
  const area = await dataPoint(page, 'economy-map', 12);
  await page.mouse.click(area.x, area.y);
  await expect(why.getByTestId('why-formula')).toContainText('LQ = (E_ij / E_j) / (E_i / E)');
  await expect(page.getByRole('dialog').locator('.mantine-Modal-title')).toHaveText(
    /^Quociente locacional — Indústria de transformação, .+, 2020$/,
  );
  await expect(why.getByTestId('why-reference')).toContainText('Minas Gerais');
  await page.screenshot({ path: '/tmp/eco-map-why.png' });
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
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    'Quociente locacional',
    'Shift-share',
    'Diversificação',
    'Setores potenciais',
    'Métodos',
  ]);
  // The potential sectors, in the order the page ranks them, with their reasons.
  const potentialSheet = workbook.getWorksheet('Setores potenciais');
  expect(potentialSheet?.getRow(2).getCell(1).value).toBe(1);
  expect(potentialSheet?.getRow(2).getCell(4).value).toBe(firstPotential);
  expect(typeof potentialSheet?.getRow(2).getCell(6).value).toBe('number');
  const sheet = workbook.getWorksheet('Quociente locacional');
  const header = (sheet?.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const column = (name: string) => header.indexOf(name);
  let workbookLq: unknown = null;
  sheet?.eachRow((row, index) => {
    if (index === 1) return;
    if (row.getCell(column('Código IBGE')).value === '3106705' && row.getCell(column('Código do setor')).value === MANUFACTURING) {
      workbookLq = row.getCell(column('QL')).value;
    }
  });
  expect(typeof workbookLq).toBe('number');
  expect(workbookLq as number).toBeCloseTo(uiLq, 12);
  expect(ptBr2(workbookLq as number)).toBe(ptBr2(expected));
  const methods = workbook.getWorksheet('Métodos');
  const methodsText = JSON.stringify(methods?.getSheetValues());
  expect(methodsText).toContain('QL_ij = (E_ij / E_j) / (E_i / E)');
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

const CONTAGEM_IBGE6 = '311860';
const SET_NAME = 'Entorno do Distrito Industrial de Betim';

/** The LQ in manufacturing of Betim + Contagem summed, straight from the RAIS export. */
async function expectedPairManufacturingLq(): Promise<{ lq: number; jobs: number; manufacturing: number }> {
  const text = new TextDecoder('latin1').decode(await readFile(RAIS_2020));
  const rows = text
    .split(/\r?\n/)
    .filter((line) => /^\d{6}:MG-/.test(line))
    .map((line) => {
      const [name = '', ...cells] = line.split(';');
      return { code: name.slice(0, 6), sectors: cells.slice(0, 8).map(Number) };
    });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const members = rows.filter((r) => r.code === BETIM_IBGE6 || r.code === CONTAGEM_IBGE6);
  const jobs = sum(members.map((r) => sum(r.sectors)));
  const manufacturing = sum(members.map((r) => r.sectors[1] ?? 0));
  const state = sum(rows.map((r) => sum(r.sectors)));
  const stateManufacturing = sum(rows.map((r) => r.sectors[1] ?? 0));
  return { lq: manufacturing / jobs / (stateManufacturing / state), jobs, manufacturing };
}

test('a custom territory around a district: its municipalities summed, explained, mapped and exported', async ({ page }) => {
  const expected = await expectedPairManufacturingLq();
  await openApp(page);

  // The planner saves the municipalities around the district as a custom territory.
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-sets').click();
  await page.getByTestId('territory-set-new').click();
  await page.getByTestId('territory-set-name').fill(SET_NAME);
  await pickMunicipalities(page, 'territory-set-members', ['Betim', 'Contagem'], 'territory-set-name');
  await page.getByTestId('territory-set-submit').click();
  await expect(page.getByTestId('territory-set-form')).toBeHidden();

  // …and picks it as the subject of the diagnosis.
  await page.getByTestId('nav-economy').click();
  await page.getByTestId('economy-territory').click();
  await page.getByTestId('economy-territory').fill('entorno');
  await page.getByRole('option', { name: `${SET_NAME} (2 municípios)`, exact: true }).click();
  await expect(page.getByTestId('vocations-title')).toHaveText(`${SET_NAME} — vocações produtivas, 2020`);
  await expect(page.getByTestId('vocations-members')).toContainText('soma de 2 municípios, setor a setor — Betim, Contagem');
  await expect(page.getByTestId('vocations-total-jobs')).toHaveText(new Intl.NumberFormat('pt-BR').format(expected.jobs));
  const lqCell = page.getByTestId(`vocations-lq-${MANUFACTURING}`);
  await expect(lqCell).toHaveText(ptBr2(expected.lq));
  expect(Number(await lqCell.getAttribute('data-value'))).toBeCloseTo(expected.lq, 9);
  await expect(page.getByTestId('vocations-diversity')).toContainText('HHI');
  await expect(page.getByTestId('potential-sectors')).toBeVisible();
  await page.screenshot({ path: '/tmp/eco-set-vocations.png', fullPage: true });

  // Why this value: E_ij and E_j are sums over the members, each member's part listed.
  await lqCell.click();
  const why = page.getByTestId('why-modal');
  await expect(why.getByTestId('why-value')).toHaveText(ptBr2(expected.lq));
  await expect(why.getByTestId('why-formula')).toContainText('E_ij = Σ_m E_mi');
  await expect(why.getByTestId('why-inputs')).toContainText(new Intl.NumberFormat('pt-BR').format(expected.manufacturing));
  const membersTable = why.getByTestId('why-members');
  await expect(membersTable).toContainText('Betim');
  await expect(membersTable).toContainText('40.173');
  await expect(membersTable).toContainText('Contagem');
  await page.screenshot({ path: '/tmp/eco-set-why.png' });
  await page.keyboard.press('Escape');
  await expect(why).toBeHidden();

  // The heat map has the custom territory's row first, above the municipalities.
  await page.getByTestId('economy-tab-grid').click();
  const first = page.locator('[data-testid="economy-lq-grid"] [row-index="0"]');
  await expect(first.locator('[col-id="territoryName"]')).toHaveText(SET_NAME);
  await expect(first.locator('[col-id="territoryCode"]')).toHaveText('personalizado');
  await expect(first.locator(`[col-id="lq-${MANUFACTURING}"]`)).toHaveText(ptBr2(expected.lq));
  await page.screenshot({ path: '/tmp/eco-set-grid.png' });

  // The map outlines both members; the bubbles are the territory's sectors, and a click explains one.
  await page.getByTestId('economy-tab-map').click();
  await chartDrawn(page, 'economy-map');
  await expect(page.getByTestId('economy-map')).toHaveAttribute('data-outlined', '2');
  await page.screenshot({ path: '/tmp/eco-set-map.png' });
  await page.getByTestId('economy-tab-bubble').click();
  await chartDrawn(page, 'economy-bubble');
  const bubble = await dataPoint(page, 'economy-bubble');
  await page.mouse.click(bubble.x, bubble.y);
  await expect(page.getByRole('dialog').locator('.mantine-Modal-title')).toHaveText(
    new RegExp(`^Quociente locacional — .+, ${SET_NAME}, 2020$`),
  );
  await expect(why.getByTestId('why-members')).toContainText('Contagem');
  await page.keyboard.press('Escape');
  await expect(why).toBeHidden();
  await page.screenshot({ path: '/tmp/eco-set-bubble.png' });

  // The workbook: the territory's rows coded set:<name>, its potential sectors, its members in the methods.
  await page.getByTestId('economy-export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('economy-export-territory').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('diagnostico-entorno-do-distrito-industrial-de-betim-2020.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toContain('Setores potenciais');
  const lqSheet = workbook.getWorksheet('Quociente locacional');
  expect(lqSheet?.rowCount).toBe(1 + 8);
  const manufacturing = lqSheet?.getRow(3);
  expect(manufacturing?.getCell(1).value).toBe(`set:${SET_NAME}`);
  expect(manufacturing?.getCell(3).value).toBe(MANUFACTURING);
  expect(manufacturing?.getCell(7).value as number).toBeCloseTo(expected.lq, 12);
  expect(JSON.stringify(workbook.getWorksheet('Métodos')?.getSheetValues())).toContain('Betim (3106705), Contagem (3118601)');
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
});
