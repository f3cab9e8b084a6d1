import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseOption, openApp, waitForDialogSettled } from './helpers';

/**
 * Territories and districts: the catalog (filter, sort, edit, undo, xlsx export), a comparison of
 * three districts checked against the source files, a classed map whose legend is checked against
 * the data, and meeting mode stepping through a saved sequence. Expected values come straight from
 * the shipped files, read here independently of the app.
 */
const DATA = fileURLToPath(new URL('../../resources/data/', import.meta.url));

/** Formal jobs on 31/12/2020 per municipality (6-digit IBGE code → total), from the RAIS export's Total column. */
async function raisTotals(): Promise<Map<number, number>> {
  const text = (await readFile(`${DATA}employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv`)).toString('latin1');
  const totals = new Map<number, number>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{6}):MG-[^;]*;(.*)$/.exec(line);
    if (!m) continue;
    const cells = (m[2] ?? '').split(';');
    totals.set(Number(m[1]), Number(cells[cells.length - 1]));
  }
  return totals;
}

/** MG's 2022 population per municipality, from the IBGE Census 2022 workbook (sheet "Municípios": COD. UF in C, POP. TOTAL in H). */
async function population2022(): Promise<number[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(`${DATA}population/POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx`);
  const values: number[] = [];
  book.getWorksheet('Municípios')?.eachRow((row) => {
    const total = row.getCell(8).value;
    if (row.getCell(3).text === '31' && /^\d{5}$/.test(row.getCell(4).text) && typeof total === 'number') values.push(total);
  });
  return values;
}

function cell(page: Page, grid: string, rowIndex: number, colId: string): Locator {
  // Data rows carry their display index; the totals row below them is "b-0".
  return page.locator(`[data-testid="${grid}"] [row-index="${rowIndex}"] [col-id="${colId}"]`);
}

async function editCell(page: Page, grid: string, rowIndex: number, colId: string, text: string): Promise<void> {
  await cell(page, grid, rowIndex, colId).dblclick();
  const editor = page.locator(`[data-testid="${grid}"] .ag-cell-inline-editing input`);
  await editor.fill(text);
  await editor.press('Enter');
}

const digits = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('sites catalog: filter, sort, edit a value and undo, export the view to xlsx and read it back', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  const rows = page.getByTestId('sites-grid-row-count');
  await expect(rows).toHaveAttribute('data-value', '13');
  // A view with no rows has nothing to export: a file of headers alone is not offered.
  await expect(page.getByTestId('sites-grid-export-xlsx')).toBeEnabled();
  await page.getByTestId('sites-grid-search').fill('nenhum distrito assim');
  await expect(rows).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('sites-grid-export-csv')).toBeDisabled();
  await expect(page.getByTestId('sites-grid-export-xlsx')).toBeDisabled();
  await page.getByTestId('sites-grid-search').fill('');
  await expect(rows).toHaveAttribute('data-value', '13');
  // Each district's code, its key, reads whole: the column widens to the longest code drawn
  // (DI-JUVENTINO-DIAS-CIDADE-INDUSTRIAL and DI-GOVERNADOR-VALADARES were cut at a fixed 200 px).
  const codes = page.locator('[data-testid="sites-grid"] [row-index] [col-id="code"]');
  await expect(codes.filter({ hasText: 'DI-JUVENTINO-DIAS-CIDADE-INDUSTRIAL' })).toHaveCount(1);
  await expect
    .poll(() => codes.evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent)))
    .toEqual([]);

  // Filter by municipality through the column's own filter, then sort by it (both ways).
  const header = page.locator('[data-testid="sites-grid"] .ag-header-cell[col-id="municipalityName"]');
  await header.locator('.ag-header-cell-filter-button').click();
  await page.locator('.ag-filter-body input').first().fill('Uber');
  await expect(rows).toHaveAttribute('data-value', '2');
  await page.keyboard.press('Escape');
  await header.locator('.ag-header-cell-label').click();
  await expect(cell(page, 'sites-grid', 0, 'municipalityName')).toHaveText('Uberaba');
  await header.locator('.ag-header-cell-label').click();
  await expect(cell(page, 'sites-grid', 0, 'municipalityName')).toHaveText('Uberlândia');
  await expect(cell(page, 'sites-grid', 1, 'municipalityName')).toHaveText('Uberaba');

  // Hide a column with the column chooser: the export follows what is shown.
  await page.getByTestId('sites-grid-columns').click();
  await expect(page.getByTestId('sites-grid-columns-menu')).toBeVisible();
  await page.getByTestId('sites-grid-column-notes').click();
  await page.getByTestId('sites-grid-heat-jobs').click();
  await page.keyboard.press('Escape');
  // The menu closes with a transition: a click that lands before it ends is lost.
  await expect(page.getByTestId('sites-grid-columns-menu')).toBeHidden();

  // Edit an area (pt-BR decimal comma), see the total follow, undo.
  await editCell(page, 'sites-grid', 1, 'areaHa', '123,5');
  await expect(cell(page, 'sites-grid', 1, 'areaHa')).toHaveText('123,5');
  await expect(page.locator('[data-testid="sites-grid"] [row-index="b-0"] [col-id="areaHa"]')).toHaveText('123,5');
  await page.screenshot({ path: testInfo.outputPath('catalog-filtered-edited.png') });

  const download = page.waitForEvent('download');
  await page.getByTestId('sites-grid-export-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('distritos.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())).buffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(headers.slice(0, 7)).toEqual(['Código', 'Nome', 'Tipo', 'Município', 'Situação', 'Órgão gestor', 'Área (ha)']);
  expect(headers).not.toContain('Observações');
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getCell('D2').value).toBe('Uberlândia');
  expect(sheet.getCell('C2').value).toBe('Distrito industrial');
  expect(sheet.getCell('G3').value).toBe(123.5);
  expect(sheet.getCell('G3').numFmt).toBe('#,##0.00');
  const notes = workbook.getWorksheet('Notas')!;
  const noteText = (notes.getColumn(2).values as unknown[]).join(' | ');
  expect(noteText).toContain('Município: contém "Uber"');

  await page.getByTestId('sites-undo').click();
  await expect(cell(page, 'sites-grid', 1, 'areaHa')).toHaveText('');
  await page.getByTestId('sites-redo').click();
  await expect(cell(page, 'sites-grid', 1, 'areaHa')).toHaveText('123,5');
  await page.getByTestId('sites-undo').click();
  await expect(cell(page, 'sites-grid', 1, 'areaHa')).toHaveText('');

  // Save the view (filter, sort, hidden column, heat map), put the columns back, apply the view again.
  await page.getByTestId('sites-grid-views').click();
  await page.getByTestId('sites-grid-save-view').click();
  await page.getByTestId('sites-grid-view-name').fill('Uber');
  await page.getByTestId('sites-grid-view-submit').click();
  await expect(page.getByText('Vista salva').first()).toBeVisible();
  await page.getByTestId('sites-grid-columns').click();
  await expect(page.getByTestId('sites-grid-columns-menu')).toBeVisible();
  await page.getByRole('button', { name: 'Restaurar colunas' }).click();
  await expect(page.getByTestId('sites-grid-column-notes')).toBeChecked();
  await page.keyboard.press('Escape');
  // The menu closes with a transition: a click that lands before it ends is lost.
  await expect(page.getByTestId('sites-grid-columns-menu')).toBeHidden();
  await expect(cell(page, 'sites-grid', 0, 'municipalityName')).toHaveText('Uberaba');
  await page.getByTestId('sites-grid-views').click();
  await page.getByTestId('sites-grid-view-Uber').click();
  await expect(cell(page, 'sites-grid', 0, 'municipalityName')).toHaveText('Uberlândia');
  await page.getByTestId('sites-grid-columns').click();
  await expect(page.getByTestId('sites-grid-columns-menu')).toBeVisible();
  await expect(page.getByTestId('sites-grid-column-notes')).not.toBeChecked();
  await page.keyboard.press('Escape');
  // The menu closes with a transition: a click that lands before it ends is lost.
  await expect(page.getByTestId('sites-grid-columns-menu')).toBeHidden();

  // Group by kind: the group's value and size on its first row, the group column moved first.
  await page.getByTestId('sites-grid-columns').click();
  await expect(page.getByTestId('sites-grid-columns-menu')).toBeVisible();
  await chooseOption(page, 'sites-grid-group-by', 'Tipo');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sites-grid')).toHaveAttribute('data-group-by', 'kind');
  await expect(cell(page, 'sites-grid', 0, 'kind')).toHaveText('Distrito industrial (2)');
  await expect(cell(page, 'sites-grid', 1, 'kind')).toHaveText('');
  await page.screenshot({ path: testInfo.outputPath('catalog-grouped.png') });
});

test('bad input is refused at the cell, nothing half-saved: text, negative area, duplicate code, unknown unit, score off the scale', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  await expect(cell(page, 'sites-grid', 0, 'name')).not.toHaveText('');
  const alert = page.getByTestId('error-alert').last();

  await editCell(page, 'sites-grid', 0, 'lotsTotal', 'muitos');
  await expect(alert).toContainText('Lotes (total): deve ser um número');
  await expect(cell(page, 'sites-grid', 0, 'lotsTotal')).toHaveText('');
  await expect(cell(page, 'sites-grid', 0, 'lotsTotal')).toHaveClass(/arranjo-cell-error/);

  await editCell(page, 'sites-grid', 1, 'areaHa', '-3');
  await expect(page.getByText('Área (ha): não pode ser negativo').first()).toBeVisible();
  await expect(cell(page, 'sites-grid', 1, 'areaHa')).toHaveText('');

  const firstCode = (await cell(page, 'sites-grid', 0, 'code').textContent()) ?? '';
  const secondCode = (await cell(page, 'sites-grid', 1, 'code').textContent()) ?? '';
  await editCell(page, 'sites-grid', 1, 'code', firstCode);
  await expect(page.getByText('Código: já é usado por outro item').first()).toBeVisible();
  await expect(cell(page, 'sites-grid', 1, 'code')).toHaveText(secondCode);

  // A pasted block with one bad cell: the whole paste is refused, the good cells are not written.
  await cell(page, 'sites-grid', 0, 'areaHa').click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '10,5\t4\r\n-2\t5\r\n');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(cell(page, 'sites-grid', 1, 'areaHa')).toHaveClass(/arranjo-cell-error/);
  await expect(cell(page, 'sites-grid', 0, 'areaHa')).toHaveText('');
  await expect(cell(page, 'sites-grid', 0, 'lotsTotal')).toHaveText('');
  // The same block without the bad cell is written as one step, and undone as one.
  await cell(page, 'sites-grid', 0, 'areaHa').click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '10,5\t4\r\n2\t5\r\n');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(cell(page, 'sites-grid', 0, 'areaHa')).toHaveText('10,5');
  await expect(cell(page, 'sites-grid', 1, 'lotsTotal')).toHaveText('5');
  await page.getByTestId('sites-undo').click();
  await expect(cell(page, 'sites-grid', 0, 'areaHa')).toHaveText('');
  await expect(cell(page, 'sites-grid', 1, 'lotsTotal')).toHaveText('');
  await page.screenshot({ path: testInfo.outputPath('catalog-refused.png') });

  // An unknown unit in the indicator catalog.
  await page.getByTestId('tab-indicators').click();
  await page.getByTestId('indicator-new').click();
  const form = page.getByTestId('indicator-form');
  await form.getByLabel('Código').fill('PIB_PC');
  await form.getByLabel('Nome (pt)').fill('PIB per capita');
  await page.getByTestId('indicator-submit').click();
  await expect(form).toBeHidden();
  const row = page.locator('[data-testid="indicators-grid"] [row-id="PIB_PC"]');
  await row.locator('[col-id="unit"]').dblclick();
  const editor = page.locator('[data-testid="indicators-grid"] .ag-cell-inline-editing input');
  await editor.fill('dólares');
  await editor.press('Enter');
  await expect(page.getByText('"dólares" não é uma unidade conhecida').first()).toBeVisible();
  await expect(row.locator('[col-id="unit"]')).toHaveClass(/arranjo-cell-error/);

  // A survey score off its 0–4 scale.
  await page.getByTestId('indicators-view').getByText('Valores por distrito ou município').click();
  await expect(page.getByTestId('values-no-survey')).toBeVisible();
  const water = page.locator('[data-testid="values-grid"] [row-id^="INFRA_WATER|"] [col-id="entry"]');
  await water.dblclick();
  const scoreEditor = page.locator('[data-testid="values-grid"] .ag-cell-inline-editing input');
  await scoreEditor.fill('5');
  await scoreEditor.press('Enter');
  await expect(page.getByText('Valor: deve ser no máximo 4').first()).toBeVisible();
  await expect(water).toHaveText('');
  await water.dblclick();
  await scoreEditor.fill('3');
  await scoreEditor.press('Enter');
  await expect(water).toHaveText('3 / 4');
  await expect(page.getByTestId('values-no-survey')).toHaveCount(0);
  await expect(page.locator('[data-testid="values-grid"] [row-id^="INFRA_WATER|"] [col-id="provenance"]')).toContainText(
    'Informado pelo usuário',
  );
  await page.screenshot({ path: testInfo.outputPath('survey-entered.png') });
});

test('compare three districts: table with the best marked, radar and bars, values from the source files; profile', async ({
  page,
}, testInfo) => {
  const totals = await raisTotals();
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-compare').click();
  const picker = page.getByTestId('compare-subjects');
  for (const town of ['Betim', 'Uberlândia', 'Montes Claros']) {
    await picker.click();
    await picker.fill(town);
    await page.getByRole('option', { name: `Distrito Industrial de ${town} (${town})` }).click();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-panel')).toHaveAttribute('data-ready', 'true');

  const radar = page.getByTestId('compare-radar');
  await expect(radar).toHaveAttribute('data-render-finished', 'true');
  await expect(radar).toHaveAttribute('data-series', '3');
  await expect(page.getByTestId('compare-bar')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('compare-no-survey')).toBeVisible();

  const expected = [310670, 317020, 314330].map((c) => totals.get(c) ?? -1);
  const jobsRow = page.locator('[data-testid="compare-grid"] [row-id="context:jobs"]');
  for (let i = 0; i < 3; i++) expect(digits(await jobsRow.locator(`[col-id="s${i}"]`).textContent())).toBe(expected[i]);
  // The most formal jobs is marked best; the differences are to the baseline (Betim).
  const best = expected.indexOf(Math.max(...expected));
  await expect(jobsRow.locator(`[col-id="s${best}"]`)).toHaveClass(/arranjo-best/);
  await expect(jobsRow.locator(`[col-id="s${best}"]`)).toContainText('★');
  const diff = (await jobsRow.locator('[col-id="d1"]').textContent()) ?? '';
  expect(digits(diff)).toBe(Math.abs((expected[1] ?? 0) - (expected[0] ?? 0)));
  expect(diff.startsWith((expected[1] ?? 0) > (expected[0] ?? 0) ? '+' : '-')).toBe(true);
  // A long indicator name reads whole, on two lines, not cut to "…"; the six rows fit without a scroll.
  const longName = page.getByTestId('compare-grid').locator('.ag-cell[col-id="indicator"]', { hasText: 'transformação (município)' });
  expect((await longName.boundingBox())?.height ?? 0).toBeGreaterThan(40);
  const lastRow = await page.getByTestId('compare-grid').locator('.ag-cell[col-id="indicator"]', { hasText: 'Variação' }).boundingBox();
  const grid = await page.getByTestId('compare-grid').boundingBox();
  expect((lastRow?.y ?? Infinity) + (lastRow?.height ?? 0)).toBeLessThanOrEqual((grid?.y ?? 0) + (grid?.height ?? 0));
  await page.screenshot({ path: testInfo.outputPath('compare-three-districts.png'), fullPage: true });

  // Radar exports: the chart's own menu.
  await page.getByTestId('compare-radar-export').click();
  const png = page.waitForEvent('download');
  await page.getByTestId('compare-radar-export-png').click();
  expect((await png).suggestedFilename()).toMatch(/^Comparação - Distrito Industrial de Betim, .*\.png$/);

  // Profile of the first district: figures, radar against the other districts, sectors, series, map.
  await page.getByRole('button', { name: 'Perfil: Distrito Industrial de Betim' }).click();
  const drawer = page.getByTestId('profile-content');
  await expect(drawer).toBeVisible();
  await expect(page.getByTestId('profile-figure-context:jobs')).toHaveAttribute('data-value', String(expected[0]));
  await expect(page.getByTestId('profile-no-survey')).toBeVisible();
  for (const chart of ['profile-radar', 'profile-sectors', 'profile-series', 'profile-location']) {
    await expect(page.getByTestId(chart)).toHaveAttribute('data-render-finished', 'true');
  }
  // Each chart says its source on screen: the population series which years are Census counts (its
  // 2022 drop is the Census, not a loss), the radar each file once.
  await expect(page.getByTestId('profile-series-source')).toContainText('Censo Demográfico 2022');
  await expect(page.getByTestId('profile-series-source')).toContainText('estimativa da população 2011–2021, 2024');
  const radarSource = (await page.getByTestId('profile-radar-source').getAttribute('title')) ?? '';
  expect(radarSource.split('RAIS 2020 (').length - 1).toBe(1);
  await waitForDialogSettled(page);
  await page.screenshot({ path: testInfo.outputPath('profile-betim.png') });

  // "Enter the survey" from the comparison opens the first district's survey values (it opened the catalog).
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await page.getByTestId('compare-enter-survey').click();
  await expect(page.getByTestId('values-subject')).toHaveValue('Distrito Industrial de Betim (Betim)');
  await expect(page.getByTestId('values-no-survey')).toBeVisible();
});

test('map: colour MG by an indicator, legend classes match the data; meeting mode steps through saved views', async ({
  page,
}, testInfo) => {
  const population = await population2022();
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-maps').click();
  await chooseOption(page, 'map-metric', 'População residente 2022');
  const map = page.getByTestId('compare-map');
  await expect(map).toHaveAttribute('data-metric', 'indicator:POP:2022');
  await expect(map).toHaveAttribute('data-render-finished', 'true');

  // Quantiles of the 853 values, computed here: class i takes the values of ranks ⌊i·n/5⌋ … ⌊(i+1)·n/5⌋−1.
  const sorted = [...population].sort((a, b) => a - b);
  const n = sorted.length;
  expect(n).toBe(853);
  const bounds = [sorted[0] as number, ...[1, 2, 3, 4, 5].map((i) => sorted[Math.floor((i * n) / 5) - 1] as number)];
  const legend = page.getByTestId('map-legend-class');
  await expect(legend).toHaveCount(5);
  const classes = await legend.evaluateAll((els) =>
    els
      .map((e) => ({
        min: Number(e.getAttribute('data-min')),
        max: Number(e.getAttribute('data-max')),
        count: Number(e.getAttribute('data-count')),
      }))
      .reverse(),
  );
  classes.forEach((c, i) => {
    expect(c.min).toBe(bounds[i]);
    expect(c.max).toBe(bounds[i + 1]);
    expect(c.count).toBe(population.filter((v) => (i === 0 ? v >= c.min : v > c.min) && v <= c.max).length);
  });
  expect(classes.reduce((s, c) => s + c.count, 0)).toBe(853);
  await expect(page.getByTestId('map-legend-missing')).toHaveCount(0);

  // Natural breaks: still every municipality in exactly one class; markers sized by the municipality's jobs.
  await chooseOption(page, 'map-method', 'quebras naturais (Jenks)');
  await expect(page.getByTestId('map-legend')).toHaveAttribute('data-method', 'jenks');
  const jenks = await legend.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  expect(jenks.reduce((a, b) => a + b, 0)).toBe(853);
  await chooseOption(page, 'map-site-metric', 'Município: Empregos formais 2020');
  await expect(map).toHaveAttribute('data-render-finished', 'true');
  await page.screenshot({ path: testInfo.outputPath('map-population-jenks.png') });

  // The map goes into a new meeting sequence; a comparison's bars join it.
  await page.getByTestId('map-add-to-meeting').click();
  await page.getByTestId('map-add-to-meeting-new').click();
  await expect(page.getByText('Vista adicionada').first()).toBeVisible();
  await page.getByTestId('tab-compare').click();
  const picker = page.getByTestId('compare-subjects');
  for (const town of ['Juiz de Fora', 'Uberaba']) {
    await picker.click();
    await picker.fill(town);
    await page.getByRole('option', { name: `Distrito Industrial de ${town} (${town})` }).click();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-bar')).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('compare-bar-add-to-meeting').click();
  await page.getByTestId('compare-bar-add-to-meeting-sequence').first().click();
  await expect(page.getByText('(2)').first()).toBeVisible();

  await page.getByTestId('tab-meeting').click();
  await expect(page.getByTestId('meeting-view')).toHaveCount(2);
  await page.getByTestId('meeting-present-Reunião 1').click();
  const overlay = page.getByTestId('meeting-overlay');
  await expect(overlay).toHaveAttribute('data-count', '2');
  await expect(overlay).toHaveAttribute('data-index', '0');
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('map-legend')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('meeting-1-map.png') });
  await page.keyboard.press('ArrowRight');
  await expect(overlay).toHaveAttribute('data-index', '1');
  await expect(page.getByTestId('meeting-step')).toHaveText('2 / 2');
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
  await page.screenshot({ path: testInfo.outputPath('meeting-2-compare.png') });
  await page.keyboard.press('ArrowLeft');
  await expect(overlay).toHaveAttribute('data-index', '0');
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);

  // Any chart goes full screen from its menu, and exports to SVG from there too.
  await page.getByTestId('tab-maps').click();
  await expect(map).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('compare-map-export').click();
  await page.getByTestId('compare-map-present').click();
  await expect(overlay).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('meeting-chart-export').click();
  const svg = page.waitForEvent('download');
  await page.getByTestId('meeting-chart-export-svg').click();
  expect((await readFile(await (await svg).path(), 'utf8')).startsWith('<svg')).toBe(true);
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);

  // The sequence was made in Portuguese; presented in English, each slide is titled in English (the
  // title stored with a view is the language of the day it was added: "…— Minas Gerais (municípios)").
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-meeting').click();
  await page.getByTestId('meeting-present-Reunião 1').click();
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('meeting-title')).toHaveText(/^Resident population 2022 — Minas Gerais \(municipalities\)$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('meeting-title')).toHaveText(/^Formal jobs \(municipality\) \(2020\)$/);
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);

  // A slide whose data is gone (Uberaba's district deleted since the comparison was added) says so:
  // it was a spinner for ever.
  await page.getByTestId('tab-sites').click();
  await page.locator('[data-testid="sites-grid"] [col-id="name"]', { hasText: 'Distrito Industrial de Uberaba' }).first().click();
  await page.getByTestId('site-delete').click();
  await page.getByTestId('site-delete-modal-confirm').click();
  await expect(page.getByTestId('sites-grid-row-count')).toHaveAttribute('data-value', '12');
  await page.getByTestId('tab-meeting').click();
  await page.getByTestId('meeting-present-Reunião 1').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('meeting-step')).toHaveText('2 / 2');
  await expect(page.getByTestId('meeting-no-data')).toContainText('There is nothing to draw for this view');
  await page.screenshot({ path: testInfo.outputPath('meeting-no-data-en.png') });
  await page.keyboard.press('Escape');
});
