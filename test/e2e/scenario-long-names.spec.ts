import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

/**
 * Scenario names as planners write them ("… 2027–2030 (versão de trabalho)") are long: the list
 * shows them on two lines and keeps the method and "frozen" badges whole beside them.
 */
test('a long scenario name does not squeeze the list badges (frozen, method) out of sight', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByTestId('nav-prioritization').click();
  const name = 'Priorização dos distritos industriais de Minas Gerais para o ciclo de investimento 2027–2030 (versão de trabalho)';
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill(name);
  await page.getByTestId('scenario-name-confirm').click();
  await expect(page.getByTestId('scenario-view')).toHaveAttribute('data-scenario', name);
  await page.getByTestId('scenario-freeze').click();
  const item = page.getByTestId('scenario-item').filter({ has: page.getByTestId('scenario-frozen-badge') });
  await expect(item).toHaveCount(1);
  for (const badge of [item.getByTestId('scenario-frozen-badge'), item.getByText('TOPSIS', { exact: true })]) {
    await expect(badge).toBeVisible();
    // Whole: as wide as its text, not cut to a dot.
    const { client, scroll } = await badge.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(client).toBeGreaterThanOrEqual(scroll);
    expect(client).toBeGreaterThan(30);
  }
  await expect(item.getByTestId('scenario-item-name')).toHaveAttribute('title', name);
  await page.screenshot({ path: testInfo.outputPath('scenario-long-name.png') });
});
