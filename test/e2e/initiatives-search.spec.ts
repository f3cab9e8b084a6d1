import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

/**
 * From a district to its polos: the registry's quick search finds the polos a municipality belongs
 * to (the grid shows their member count, not the names, and the search found none).
 */
test('the quick search finds the polos of a municipality', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByTestId('nav-initiatives').click();
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '79');
  // Montes Claros (Distrito Industrial de Montes Claros) is in two Rotas polos.
  await page.getByTestId('initiatives-grid-search').fill('Montes Claros');
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '2');
  const names = page.getByTestId('initiatives-grid').locator('[row-index] [col-id="name"]');
  await expect(names.filter({ hasText: 'Polo Apícola do Norte de Minas' })).toHaveCount(1);
  await expect(names.filter({ hasText: 'Polo do Pescado das Gerais' })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('initiatives-search-municipality.png') });
  // A polo's own name is still found.
  await page.getByTestId('initiatives-grid-search').fill('Cerrado Digital');
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '1');
});
