import { expect, test } from '@playwright/test';
import { chooseOption, openApp, waitForDashboard } from './helpers';

/** The comparison, and the demo's ranking scenario and programme, as a planner working in English sees them at 1280 × 720. */
test.use({ viewport: { width: 1280, height: 720 } });

test("the comparison's unit column reads whole in English; the demo's scenario and programme are in English too", async ({ page }) => {
  await openApp(page);
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-compare').click();
  const picker = page.getByTestId('compare-subjects');
  for (const town of ['Betim', 'Uberlândia']) {
    await picker.click();
    await picker.fill(town);
    await page.getByRole('option', { name: `Distrito Industrial de ${town} (${town})` }).click();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-panel')).toHaveAttribute('data-ready', 'true');
  const units = page.locator('[data-testid="compare-grid"] [row-index] [col-id="unitLabel"]');
  await expect(units.filter({ hasText: 'per 1,000 inhab.' })).toHaveCount(1);
  // "per 1,000 inhab." was drawn "per 1,000…" in a 100 px column.
  await expect
    .poll(() => units.evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent)))
    .toEqual([]);

  // The demo's scenario, stored in Portuguese, in English: its name and the criteria the editor
  // labelled from the list read "Distritos Codemig — exemplo ilustrativo" and "População residente 2022".
  await page.getByTestId('nav-prioritization').click();
  const view = page.getByTestId('scenario-view');
  await expect(view).toHaveAttribute('data-scenario', 'Codemig districts — illustrative example');
  await expect(page.getByTestId('scenario-item')).toHaveAttribute('data-name', 'Codemig districts — illustrative example');
  await expect(view.getByLabel('Description')).toHaveValue(/^ILLUSTRATIVE: criteria, AHP judgements/);
  const population = view.locator('[data-testid="criterion-row"][data-source="indicator:POP:2022"]').getByLabel('Name', { exact: true });
  await expect(population).toHaveValue('Resident population 2022');
  // Shown in English, not edited: nothing to save.
  await expect(page.getByTestId('scenario-dirty')).toHaveCount(0);
  // Duplicate suggests the name as shown.
  await page.getByTestId('scenario-duplicate').click();
  await expect(page.getByTestId('scenario-name-input')).toHaveValue('Codemig districts — illustrative example (copy)');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('scenario-name-input')).toBeHidden();
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('ranking-grid-row-count')).toHaveAttribute('data-value', '13');
  // The criteria's columns lie right of the names and scores (off screen at 1280 px, so not drawn):
  // the grid is scrolled right until the first one's header is drawn.
  const header = page.locator('[data-testid="ranking-grid"] .ag-header-cell-text').filter({ hasText: 'Resident population 2022' });
  const scroller = page.locator('[data-testid="ranking-grid"] .ag-body-horizontal-scroll-viewport');
  await expect
    .poll(async () => {
      if ((await header.count()) === 0) await scroller.evaluate((viewport) => viewport.scrollBy({ left: 150 }));
      return header.count();
    })
    .toBe(1);
  await expect(page.locator('body')).not.toContainText(/População residente|exemplo ilustrativo/);

  // The demo programme's objective and results, stored in Portuguese, in English: they read
  // "Inclusão produtiva de comunidades pobres…" and "Comunidades mobilizadas e capacitadas".
  await page.getByTestId('nav-programmes').click();
  await page.getByTestId('programme-tab-framework').click();
  await expect(page.getByTestId('programme-framework')).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByTestId('objective-O1')).toContainText(
    'O1 Productive inclusion of poor communities through productive arrangements',
  );
  await expect(page.getByTestId('result-R1')).toContainText('R1 Communities mobilised and trained');
  await expect(page.locator('body')).not.toContainText(/Inclusão produtiva|Comunidades mobilizadas/);
});
