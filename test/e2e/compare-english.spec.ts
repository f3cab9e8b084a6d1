import { expect, test } from '@playwright/test';
import { chooseOption, openApp, waitForDashboard } from './helpers';

/** The comparison as a planner working in English sees it at 1280 × 720. */
test.use({ viewport: { width: 1280, height: 720 } });

test("the comparison's unit column reads whole in English", async ({ page }) => {
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
});
