import { expect, test } from '@playwright/test';
import { chooseOption, openApp } from './helpers';

/**
 * A quick search that finds nothing says so in the UI language: the grids showed AG Grid's own
 * "No Matching Rows" in the pt-BR and es interfaces.
 */
test('a quick search with no match says so in pt-BR, es and en', async ({ page }, testInfo) => {
  await openApp(page);
  // The grid's overlay (and its live-region copy for screen readers).
  const saying = (text: string) => page.getByTestId('sites-grid').getByText(text, { exact: true }).first();
  const search = async (text: string) => {
    await page.getByTestId('nav-territories').click();
    await page.getByTestId('sites-grid-search').fill(text);
    await expect(page.getByTestId('sites-grid-row-count')).toHaveAttribute('data-value', '0');
  };

  await search('Distrito que não existe');
  await expect(saying('Nenhuma linha corresponde à pesquisa ou aos filtros')).toBeVisible();
  await expect(page.getByTestId('sites-grid').getByText('No Matching Rows')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('no-match-pt.png') });

  for (const [language, text] of [
    ['Español', 'Ninguna fila coincide con la búsqueda o los filtros'],
    ['English', 'No rows match the search or the filters'],
  ] as const) {
    await page.getByTestId('nav-settings').click();
    await chooseOption(page, 'language-select', language);
    await search('zzz');
    await expect(saying(text)).toBeVisible();
  }
});
