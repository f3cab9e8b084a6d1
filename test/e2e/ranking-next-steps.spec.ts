import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/**
 * From the ranking to acting on it: the district ranked first, or another one picked, opens in Obras
 * (its works, a new work in it) and in Atração (its latest plan's period), as a newcomer at 1280×720 would go.
 */
test.use({ viewport: { width: 1280, height: 720 } });

async function rankByManufacturingJobs(page: Page): Promise<void> {
  await page.getByTestId('nav-prioritization').click();
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill('Empregos na indústria');
  await page.getByTestId('scenario-name-confirm').click();
  const input = page.getByTestId('criterion-add');
  await input.click();
  await input.fill('Empregos indústria de transformação 2020');
  await page.getByRole('option', { name: 'Empregos indústria de transformação 2020', exact: true }).click();
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-dirty')).toHaveCount(0);
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('results-tab')).toHaveAttribute('data-method', 'topsis');
}

test('a ranked district opens in its works and its attraction plan', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await openApp(page);
  await rankByManufacturingJobs(page);

  // The first-ranked district is the one offered: its name is the grid's first row.
  const first = (await page.locator('[data-testid="ranking-grid"] [row-index="0"] [col-id="label"]').first().textContent())?.trim() ?? '';
  expect(first).toMatch(/^Distrito Industrial/);
  const actions = page.getByTestId('ranked-site-actions');
  await expect(page.getByTestId('ranked-site-select')).toHaveValue(`1º · ${first}`);
  await actions.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('ranking-next-steps.png') });

  // Obras opens on that district: the filter names it, and every row shown is one of its works.
  await page.getByTestId('ranked-site-works').click();
  await expect(page.getByTestId('works-area')).toBeVisible();
  await expect(page.getByTestId('works-filter-site')).toHaveValue(first);
  await expect(page.getByTestId('works-ready')).toBeAttached();
  const districts = page.getByTestId('works-grid').locator('[row-index] [col-id="siteName"]');
  await expect(page.getByTestId('works-grid-row-count')).not.toHaveAttribute('data-value', '14');
  // (The grid's last row is its total.)
  const names = async () => [...new Set((await districts.allTextContents()).map((n) => n.trim()))].filter((n) => !n.startsWith('Total'));
  await expect.poll(names).toEqual([first]);
  await page.screenshot({ path: testInfo.outputPath('works-on-ranked-district.png') });
  // A new work starts in it.
  await page.getByTestId('works-new').click();
  await expect(page.getByTestId('work-form-site')).toHaveValue(new RegExp(`^${first} \\(`));
  await page.keyboard.press('Escape');

  // Another ranked district, picked in the list, opens in Atração with its plan's period.
  await page.getByTestId('nav-prioritization').click();
  await page.getByTestId('tab-results').click();
  const select = page.getByTestId('ranked-site-select');
  await select.click();
  await select.fill('Divinópolis');
  await page.getByRole('option', { name: /Distrito Industrial de Divinópolis$/ }).click();
  await page.getByTestId('ranked-site-attraction').click();
  await expect(page.getByTestId('attraction-site')).toHaveValue('Distrito Industrial de Divinópolis (DI-DIVINOPOLIS)');
  await expect(page.getByTestId('attraction-period')).toHaveValue('2026');
  await page.getByTestId('attraction-open').click();
  await expect(page.getByTestId('attraction-plan-title')).toHaveText('Distrito Industrial de Divinópolis — 2026');
  await page.screenshot({ path: testInfo.outputPath('attraction-on-ranked-district.png') });

  // The navbar opens the areas as before, on no district.
  await page.getByTestId('nav-works').click();
  await expect(page.getByTestId('works-filter-site')).toHaveValue('');
});
