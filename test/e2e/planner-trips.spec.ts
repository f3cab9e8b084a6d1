import { expect, test, type Page } from '@playwright/test';
import { chooseOption, openApp, waitForDialogSettled } from './helpers';

/**
 * Issue #14, what a planner trips over: economic records named per measure on the dashboard, and
 * an undo that crosses areas saying what it undid and offering to show it (pt-BR, then English).
 */

async function editLotsOfBetim(page: Page, text: string): Promise<void> {
  await page.getByTestId('nav-territories').click();
  await expect(page.getByTestId('sites-grid-row-count')).toHaveAttribute('data-value', '13');
  const name = page.locator('[data-testid="sites-grid"] [col-id="name"]', { hasText: 'Distrito Industrial de Betim' });
  const row = await name.first().locator('xpath=ancestor::*[@row-index][1]').getAttribute('row-index');
  const cell = page.locator(`[data-testid="sites-grid"] [row-index="${row}"] [col-id="lotsTotal"]`);
  await cell.dblclick();
  const editor = page.locator('[data-testid="sites-grid"] .ag-cell-inline-editing input');
  await editor.fill(text);
  await editor.press('Enter');
  await expect(cell).toHaveText(text);
}

test('dashboard names its economic records per measure', async ({ page }, testInfo) => {
  await openApp(page);
  await expect(page.getByTestId('count-employment-jobs')).toHaveAttribute('data-value', String(853 * 8 * 2));
  await expect(page.getByTestId('count-employment-jobs')).toHaveText('Empregos: 13.648');
  await page.screenshot({ path: testInfo.outputPath('dashboard-counts-pt.png') });
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('count-employment-jobs')).toHaveText('Jobs: 13,648');
  await page.screenshot({ path: testInfo.outputPath('dashboard-counts-en.png') });
});

test('undo from another area says what it undid and shows it', async ({ page }, testInfo) => {
  await openApp(page);
  await editLotsOfBetim(page, '42');
  await page.getByTestId('nav-prioritization').click();
  await expect(page.getByTestId('area-prioritization')).toBeVisible();
  await page.locator('body').press('Control+z');
  const message = page.getByTestId('notification-info').filter({ hasText: 'Desfeito' });
  await expect(message).toContainText('Lotes (total) de Distrito Industrial de Betim');
  await page.screenshot({ path: testInfo.outputPath('undo-message-pt.png') });
  await message.getByTestId('undone-show').click();
  await expect(page.getByTestId('sites-grid')).toBeVisible();

  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await editLotsOfBetim(page, '7');
  await page.getByTestId('nav-prioritization').click();
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('notification-info').filter({ hasText: 'Undone' })).toContainText(
    'Lots (total) of Distrito Industrial de Betim',
  );
  await page.screenshot({ path: testInfo.outputPath('undo-message-en.png') });
});

test('a scenario draft: results follow it, Entropy works on it, it survives an area switch', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByTestId('nav-prioritization').click();
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill('Rascunho');
  await page.getByTestId('scenario-name-confirm').click();
  for (const name of ['População residente 2022', 'Empregos indústria de transformação 2020']) {
    const input = page.getByTestId('criterion-add');
    await input.click();
    await input.fill(name);
    await page.getByRole('option', { name, exact: true }).click();
  }
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-dirty')).toHaveCount(0);

  // Unsaved: a new name and the TOPSIS method become WSM. Results already use the draft.
  await page.getByTestId('scenario-name').fill('Rascunho renomeado');
  await page.getByTestId('scenario-method').click();
  await page.getByRole('option', { name: 'Soma ponderada', exact: true }).click();
  await expect(page.getByTestId('scenario-dirty')).toBeVisible();
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('results-tab')).toHaveAttribute('data-method', 'wsm');
  await expect(page.getByTestId('results-from-draft')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('draft-results-pt.png') });

  // Entropy is enabled on the draft.
  await page.getByTestId('tab-weights').click();
  await expect(page.getByTestId('weights-entropy')).toBeEnabled();
  await page.getByTestId('weights-entropy').click();
  await expect(page.getByText('Pesos calculados por Entropia')).toBeVisible();

  // Another area and back: the draft is still there, and leaving the page would ask.
  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('nav-prioritization').click();
  await expect(page.getByTestId('scenario-dirty')).toBeVisible();
  await page.getByTestId('tab-definition').click();
  await expect(page.getByTestId('scenario-name')).toHaveValue('Rascunho renomeado');
  const asks = await page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(asks).toBe(true);

  // In English too (the draft survives the trip to Settings).
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-prioritization').click();
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('results-from-draft')).toContainText('unsaved changes');
  await expect(page.getByTestId('results-tab')).toHaveAttribute('data-method', 'wsm');
  await page.screenshot({ path: testInfo.outputPath('draft-results-en.png') });
});

test('meeting-mode slides carry their source line', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-maps').click();
  await chooseOption(page, 'map-metric', 'População residente 2022');
  await expect(page.getByTestId('compare-map')).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('map-add-to-meeting').click();
  await page.getByTestId('map-add-to-meeting-new').click();
  await page.getByTestId('tab-meeting').click();
  await page.getByTestId('meeting-present-Reunião 1').click();
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
  // A slide of a sequence (not only a single chart) names its source and period.
  // The map's title carries the period ("População residente 2022"), its source line the source.
  await expect(page.getByTestId('meeting-source')).toHaveText('Fonte: IBGE');
  // And the room sees it: the line is what the screen shows at its place, not clipped under the
  // chart's box (it was, below every slide's fold).
  const seen = await page.getByTestId('meeting-source').evaluate((line) => {
    const box = line.getBoundingClientRect();
    return line.contains(document.elementFromPoint(box.left + 4, box.top + box.height / 2));
  });
  expect(seen).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('meeting-source-pt.png') });
});

test('a comparison of five districts stays within the window; a 5-criterion AHP matrix fits beside nothing', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-compare').click();
  const picker = page.getByTestId('compare-subjects');
  for (const town of ['Juiz de Fora', 'Uberaba', 'Betim', 'Uberlândia', 'Montes Claros']) {
    await picker.click();
    await picker.fill(town);
    await page.getByRole('option', { name: `Distrito Industrial de ${town} (${town})` }).click();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-radar')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('compare-radar')).toHaveAttribute('data-series', /^[5-9]$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('compare-five-pt.png'), fullPage: true });

  // A district's profile: the radar and the sector treemap (screenshot: no zero for a missing value,
  // no name broken mid-word, the export icon off the tiles).
  await page.getByRole('button', { name: 'Perfil: Distrito Industrial de Betim' }).click();
  await expect(page.getByTestId('profile-radar')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('profile-sectors')).toHaveAttribute('data-render-finished', 'true');
  // The drawer's slide-in done (a screenshot during it shows the profile cut at the right edge).
  await waitForDialogSettled(page);
  await page.screenshot({ path: testInfo.outputPath('profile-betim-pt.png') });
  await page.keyboard.press('Escape');

  // AHP with five criteria at 1440 px: the matrix and the weights list do not overlap.
  await page.getByTestId('nav-prioritization').click();
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill('Cinco critérios');
  await page.getByTestId('scenario-name-confirm').click();
  const input = page.getByTestId('criterion-add');
  for (let k = 0; k < 5; k++) {
    await input.click();
    await page.getByRole('option').first().click();
  }
  await expect(page.getByTestId('criterion-row')).toHaveCount(5);
  await page.getByTestId('tab-weights').click();
  await page.getByTestId('weights-mode').getByText('AHP (comparação par a par)').click();
  const cell = await page.getByTestId('ahp-cell-3-4').boundingBox();
  const weights = await page.getByTestId('ahp-weights').boundingBox();
  // The weights list sits below the matrix (five criteria), not over its last column.
  expect(cell && weights && weights.y >= cell.y + cell.height).toBe(true);
  // Headers are not cut: the first column header shows the whole name (wrapped on whole words).
  const header = page.locator('[data-testid="ahp-editor"] thead th').nth(1);
  expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('ahp-five-pt.png'), fullPage: true });
});
