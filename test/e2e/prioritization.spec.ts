import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, openApp } from './helpers';

/** Picks an option of a searchable Mantine Select by typing part of its label. */
async function pick(page: Page, testId: string, search: string, option: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function judge(page: Page, cell: string, value: string): Promise<void> {
  await page.getByTestId(cell).click();
  await page.getByRole('option', { name: value, exact: true }).click();
}

test('prioritize the demo districts: AHP with an inconsistent judgement, TOPSIS, walking weights, Monte Carlo, xlsx', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openApp(page);
  await page.getByTestId('nav-prioritization').click();
  // The demo's illustrative scenario is there (and open) before the planner makes one.
  await expect(page.getByTestId('scenario-item')).toHaveCount(1);

  // A new scenario starts with the 13 Codemig districts as alternatives.
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill('Distritos Codemig 2020');
  await page.getByTestId('scenario-name-confirm').click();
  await expect(page.getByTestId('scenario-view')).toHaveAttribute('data-scenario', 'Distritos Codemig 2020');
  await expect(page.getByTestId('alternatives-editor')).toContainText('Alternativas (13)');

  // Three criteria: population, manufacturing jobs, manufacturing LQ (values of each district's municipality).
  await pick(page, 'criterion-add', 'População residente 2022', 'População residente 2022');
  await pick(page, 'criterion-add', 'Empregos indústria de transformação 2020', 'Empregos indústria de transformação 2020');
  await pick(page, 'criterion-add', 'QL indústria de transformação 2020', 'QL indústria de transformação 2020');
  await expect(page.getByTestId('criterion-row')).toHaveCount(3);
  await expect(page.getByTestId('scenario-method')).toHaveValue('TOPSIS');
  await page.screenshot({ path: testInfo.outputPath('prioritization-definition.png'), fullPage: true });

  // AHP weights with a deliberately inconsistent judgement: population ≻ jobs ≻ LQ, yet LQ ≻≻ population.
  await page.getByTestId('tab-weights').click();
  await page.getByTestId('weights-mode').getByText('AHP (comparação par a par)').click();
  await expect(page.getByTestId('ahp-editor')).toBeVisible();
  await judge(page, 'ahp-cell-0-1', '3');
  await judge(page, 'ahp-cell-1-2', '3');
  await judge(page, 'ahp-cell-0-2', '1/5');
  await expect(page.getByTestId('ahp-cell-2-0')).toHaveText('5');
  await expect(page.getByTestId('ahp-warning')).toBeVisible();
  const cr = Number(await page.getByTestId('ahp-cr').getAttribute('data-value'));
  expect(cr).toBeGreaterThan(0.1);
  await expect(page.getByTestId('ahp-judgement').first()).toContainText('os pesos sugerem');
  await page.screenshot({ path: testInfo.outputPath('prioritization-ahp.png'), fullPage: true });

  // Saved as it is (the warning informs, it does not forbid); TOPSIS ranks the 13 districts.
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-dirty')).toHaveCount(0);
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('results-tab')).toHaveAttribute('data-method', 'topsis');
  await expect(page.getByTestId('ranking-grid-row-count')).toHaveAttribute('data-value', '13');
  await expect(page.getByTestId('contribution-chart')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('ranking-map')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('ranking-map')).toHaveAttribute('data-points', '13');
  const top = (await page.getByTestId('results-tab').getAttribute('data-top'))?.split('|') ?? [];
  expect(top).toHaveLength(5);
  await expect(page.locator('body')).not.toContainText('NaN');
  // Scores with the workbook's four decimals (0,0600, not 0,06), all 13 of them.
  const scores = page.getByTestId('results-tab').locator('.ag-cell[col-id="score"]');
  await expect(scores).toHaveCount(13);
  for (const text of await scores.allInnerTexts()) expect(text).toMatch(/^\d,\d{4}$/);
  // Each alternative's name and municipality whole ("Distrito Industrial de Governador Vala…" at 280 px),
  // up to the limit for a fitted column (names 480 px, others 400; past it the value reads whole in its
  // tooltip). At 400 px, in the top rows' bold, "… Juventino Dias (Cidade Industri…" was cut.
  const limit = { label: 479, municipality: 399 };
  for (const column of ['label', 'municipality'] as const) {
    const cut = await page
      .getByTestId('results-tab')
      .locator(`.ag-cell[col-id="${column}"]`)
      .evaluateAll((cells) =>
        cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => [c.textContent, c.getBoundingClientRect().width]),
      );
    expect(
      cut.filter(([, width]) => Number(width) < limit[column]),
      `${column} cells cut below the limit`,
    ).toEqual([]);
  }
  await page.screenshot({ path: testInfo.outputPath('prioritization-results.png'), fullPage: true });
  // Scrolled down the results, the scenario list (New, Duplicate, Compare) stays in view beside them,
  // below the header: it stood at the top of an otherwise empty column and went out of reach.
  await page.mouse.move(800, 500);
  await page.mouse.wheel(0, 5000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const newButton = await page.getByTestId('scenario-new').boundingBox();
  expect(newButton && newButton.y >= 44 && newButton.y + newButton.height <= 900).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  // On a 1280 × 720 laptop the score is in view beside the names, its header whole.
  await page.setViewportSize({ width: 1280, height: 720 });
  const grid = page.getByTestId('results-tab').locator('.ag-root-wrapper');
  const scoreHeader = page.getByTestId('results-tab').locator('.ag-header-cell[col-id="score"]');
  await expect
    .poll(async () => {
      const [g, h] = [await grid.boundingBox(), await scoreHeader.boundingBox()];
      return g && h ? Math.round(g.x + g.width - (h.x + h.width)) : -1;
    })
    .toBeGreaterThanOrEqual(0);
  await page.setViewportSize({ width: 1440, height: 900 });

  // Walking weights: all the weight on the LQ re-ranks the districts at once.
  await page.getByTestId('tab-sensitivity').click();
  const walking = page.getByTestId('walking');
  await expect(walking).toHaveAttribute('data-moved', '0');
  const before = await walking.getAttribute('data-order');
  await page.getByTestId('walk-slider-2').getByRole('slider').focus();
  await page.keyboard.press('End');
  await expect(walking).not.toHaveAttribute('data-moved', '0');
  expect(await walking.getAttribute('data-order')).not.toBe(before);
  await expect(page.getByTestId('walk-row').filter({ hasText: '▲' }).first()).toBeVisible();

  // Monte Carlo: rank acceptability with its own draws and seed.
  await expect(page.getByTestId('stability-table')).toBeVisible();
  await page.getByTestId('mc-draws').fill('5000');
  await page.getByTestId('mc-seed').fill('7');
  await page.getByTestId('mc-run').click();
  const chart = page.getByTestId('acceptability-chart');
  await expect(chart).toHaveAttribute('data-draws', '5000');
  await expect(chart).toHaveAttribute('data-seed', '7');
  await expect(chart).toHaveAttribute('data-render-finished', 'true');
  await expect(page.locator('body')).not.toContainText('NaN');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('prioritization-sensitivity.png'), fullPage: true });

  // The workbook: inputs with sources, AHP with its consistency ratio, results as on screen, Monte Carlo.
  const download = page.waitForEvent('download');
  await page.getByTestId('scenario-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Priorização - Distritos Codemig 2020.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const names = workbook.worksheets.map((w) => w.name);
  expect(names).toEqual(
    expect.arrayContaining(['Entradas', 'Matriz normalizada', 'Pesos', 'AHP', 'Resultados', 'Aceitabilidade (Monte Carlo)', 'Métodos']),
  );
  const results = workbook.getWorksheet('Resultados')!;
  expect(results.rowCount).toBe(14);
  const exportedTop: string[] = [];
  results.eachRow((row, n) => {
    if (n > 1 && row.getCell(5).text === 'sim') exportedTop.push(row.getCell(2).text);
  });
  expect(exportedTop).toEqual(top);
  expect(typeof results.getRow(2).getCell(4).value).toBe('number');
  const ahpRows: string[] = [];
  workbook.getWorksheet('AHP')!.eachRow((row) => ahpRows.push(`${row.getCell(1).text}=${row.getCell(2).text}`));
  const crRow = ahpRows.find((r) => r.startsWith('Razão de consistência (CR)='));
  expect(Number(crRow?.split('=')[1])).toBeCloseTo(cr, 4);
  const inputs = workbook.getWorksheet('Entradas')!;
  expect(inputs.rowCount).toBe(1 + 13 * 3);
  const acceptability = workbook.getWorksheet('Aceitabilidade (Monte Carlo)')!;
  let sum = 0;
  acceptability.eachRow((row, n) => {
    if (n > 1) sum += Number(row.getCell(3).value);
  });
  expect(sum).toBeCloseTo(5, 6);
  const methods: string[] = [];
  workbook.getWorksheet('Métodos')!.eachRow((row) => methods.push(`${row.getCell(1).text}: ${row.getCell(2).text}`));
  expect(methods.join('\n')).toContain('sorteios = 5000, semente = 7');
});

/** The list's buttons, each on one row with its fellows and its label whole (not cut to "Duplica"). */
async function expectListButtonsOnOneRow(page: Page): Promise<void> {
  for (const row of [
    ['scenario-new', 'scenario-compare'],
    ['scenario-duplicate', 'scenario-freeze', 'scenario-delete'],
  ]) {
    const boxes = await Promise.all(row.map((id) => page.getByTestId(id).boundingBox()));
    const tops = boxes.map((b) => Math.round(b?.y ?? -1));
    expect(new Set(tops).size, `${row.join(', ')} at ${tops.join(', ')}`).toBe(1);
    for (const id of row) {
      const label = page.getByTestId(id).locator('.mantine-Button-label');
      const { client, scroll } = await label.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
      expect(client, `${id} cut`).toBeGreaterThanOrEqual(scroll);
    }
  }
  const list = await page.getByTestId('scenario-list').boundingBox();
  const last = await page.getByTestId('scenario-delete').boundingBox();
  expect(list && last && last.x + last.width <= list.x + list.width).toBe(true);
}

/** Each stakeholder weight set's name field shows its whole name (it wraps; nothing scrolled out of view). */
async function expectSetNamesWhole(page: Page, count: number): Promise<void> {
  await page.getByTestId('tab-stakeholders').click();
  const fields = page.locator('[data-testid^="set-name-"]');
  await expect(fields).toHaveCount(count);
  for (const [value, scrollW, clientW, scrollH, clientH] of await fields.evaluateAll((els) =>
    (els as HTMLTextAreaElement[]).map((e) => [e.value, e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight] as const),
  )) {
    expect(value.length, 'a set name').toBeGreaterThan(20);
    expect(scrollW, `"${value}" fits the field's width`).toBeLessThanOrEqual(clientW + 1);
    expect(scrollH, `"${value}" fits the field's height`).toBeLessThanOrEqual(clientH + 1);
  }
}

test("the demo opens Priorização on its illustrative scenario, ranked; the list's buttons stay on one row at 1280 px", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await page.getByTestId('nav-prioritization').click();
  const view = page.getByTestId('scenario-view');
  await expect(view).toHaveAttribute('data-scenario', 'Distritos Codemig — exemplo ilustrativo');
  await expect(page.getByTestId('scenario-item')).toHaveCount(1);
  await expect(view.getByLabel('Descrição')).toHaveValue(/^ILUSTRATIVO: /);
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('ranking-grid-row-count')).toHaveAttribute('data-value', '13');
  await expect(page.getByTestId('ranking-map')).toHaveAttribute('data-points', '13');
  await expect(page.locator('body')).not.toContainText('NaN');
  await expectListButtonsOnOneRow(page);
  await page.screenshot({ path: testInfo.outputPath('demo-scenario-1280-pt-BR.png') });
  await expectSetNamesWhole(page, 2);
  await page.screenshot({ path: testInfo.outputPath('demo-stakeholders-1280-pt-BR.png') });
  // On a wide screen too, each alternative's name in the rankings side by side is on one line
  // (beside the correlation it wrapped word by word at 1440 px).
  await page.setViewportSize({ width: 1440, height: 900 });
  const names = page.getByTestId('stakeholder-table').locator('tbody tr td:nth-child(2)');
  await expect(names).toHaveCount(13);
  const tallest = Math.max(...(await names.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height))));
  const oneLine = await names
    .first()
    .evaluate((c) => parseFloat(getComputedStyle(c).lineHeight) + parseFloat(getComputedStyle(c).paddingTop) * 2);
  expect(tallest, 'the tallest name cell').toBeLessThanOrEqual(oneLine + 1);
  await page.screenshot({ path: testInfo.outputPath('demo-stakeholders-1440-pt-BR.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('tab-results').click();
  // "Descongelar" is the longest of the three labels.
  await page.getByTestId('scenario-freeze').click();
  await expect(page.getByTestId('scenario-frozen-badge')).toBeVisible();
  await expect(page.getByTestId('scenario-freeze')).toHaveText('Descongelar');
  await expectListButtonsOnOneRow(page);
  await page.getByTestId('scenario-freeze').click();
  await expect(page.getByTestId('scenario-frozen-badge')).toHaveCount(0);

  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'Español');
  await page.getByTestId('nav-prioritization').click();
  await expect(page.getByTestId('scenario-delete')).toHaveText('Eliminar');
  await expectListButtonsOnOneRow(page);
  await page.screenshot({ path: testInfo.outputPath('demo-scenario-1280-es.png') });
  await expectSetNamesWhole(page, 2);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectListButtonsOnOneRow(page);
  await page.screenshot({ path: testInfo.outputPath('demo-scenario-1440-es.png') });
});
