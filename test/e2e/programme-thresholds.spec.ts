import { expect, test, type Page } from '@playwright/test';

/** The achievement badge of an indicator's row in the monitor (its title is the status in words). */
const badge = (page: Page, name: string, period: string) =>
  page.getByTestId('monitor-table').getByRole('row').filter({ hasText: name }).filter({ hasText: period }).locator('.mantine-Badge-root');

test('thresholds typed as Portuguese writes them, and a field left empty keeps its threshold', async ({ page }) => {
  // The demo workspace is built in the browser: on a loaded two-core machine that can take minutes.
  test.setTimeout(420_000);
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 240_000 });
  await page.getByTestId('nav-programmes').click();
  await expect(page.getByTestId('monitor-chart')).toHaveAttribute('data-render-finished', 'true');
  // Women, 3rd quarter: 42 of 45 = 93,3 %, green from 90 %.
  await expect(badge(page, 'Mulheres', '3º trim. 2025')).toHaveAttribute('title', 'verde');
  const green = page.getByTestId('rag-green');
  // "93,5" is a number in pt-BR: it was refused as "must be a number", and the field went on showing it.
  await green.fill('93,5');
  await green.blur();
  await expect(badge(page, 'Mulheres', '3º trim. 2025')).toHaveAttribute('title', 'amarelo');
  await expect(page.getByText('Não foi possível salvar')).toHaveCount(0);
  await expect(green).toHaveValue('93,5');
  // An emptied field saved 0 %: the 56 % of participants in the 4th quarter turned amber.
  const amber = page.getByTestId('rag-amber');
  await amber.fill('');
  await amber.blur();
  await expect(amber).toHaveValue('60');
  await expect(badge(page, 'Participantes', '4º trim. 2025')).toHaveAttribute('title', 'vermelho');
});
