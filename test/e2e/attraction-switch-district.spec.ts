import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

/**
 * Picking another district while a plan is open: the plan of the first one went on showing under a
 * picker naming the other (its figures read as the other's); now it closes, and the plans list and
 * "Abrir plano" lead to the picked district's plan.
 */
test('another district picked closes the plan on screen', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByTestId('nav-attraction').click();
  await page.getByTestId('attraction-plans').locator('.attraction-plan-row', { hasText: 'DI-DIVINOPOLIS' }).getByRole('button').click();
  await expect(page.getByTestId('attraction-plan-title')).toHaveText('Distrito Industrial de Divinópolis — 2026');

  await page.getByTestId('attraction-site').click();
  await page.getByRole('option', { name: 'Distrito Industrial de Betim (DI-BETIM)' }).click();
  await expect(page.getByTestId('attraction-site')).toHaveValue('Distrito Industrial de Betim (DI-BETIM)');
  await expect(page.getByTestId('attraction-plan-title')).toHaveCount(0);
  await expect(page.getByTestId('attraction-plans')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('attraction-switched.png') });

  await page.getByTestId('attraction-open').click();
  await expect(page.getByTestId('attraction-plan-title')).toContainText('Distrito Industrial de Betim — ');
});
