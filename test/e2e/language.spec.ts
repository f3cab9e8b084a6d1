import { expect, test, type Page } from '@playwright/test';
import { chooseOption, countValue, openApp, waitForDashboard } from './helpers';

/** A quick search in the districts grid that finds nothing says so in the UI language (AG Grid's own "No Matching Rows" showed in pt-BR and es). */
async function expectNoMatchSaid(page: Page, text: string): Promise<void> {
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('sites-grid-search').fill('Distrito que não existe');
  await expect(page.getByTestId('sites-grid-row-count')).toHaveAttribute('data-value', '0');
  // The grid's overlay (and its live-region copy for screen readers).
  await expect(page.getByTestId('sites-grid').getByText(text, { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('sites-grid').getByText('No Matching Rows')).toHaveCount(0);
}

async function expectCountFormatted(page: Page, testId: string, locale: string, expected: string): Promise<void> {
  const value = await countValue(page, testId);
  expect(new Intl.NumberFormat(locale).format(value)).toBe(expected);
  await expect(page.getByTestId(testId)).toHaveText(expected);
}

test('switching the language changes the UI and the number format', async ({ page }, testInfo) => {
  // Each language's texts are a chunk of their own (assets/<language>-<hash>.js): the first start
  // fetches the stored language's only, another when it is chosen.
  const textChunks: string[] = [];
  page.on('request', (request) => {
    const chunk = /\/assets\/(pt-BR|en|es)-[\w-]+\.js$/.exec(request.url())?.[1];
    if (chunk) textChunks.push(chunk);
  });
  await openApp(page);
  expect(textChunks).toEqual(['pt-BR']);
  await expect(page.getByTestId('nav-dashboard')).toContainText('Painel');
  await expect(page.getByTestId('nav-settings')).toContainText('Configurações');
  await expectCountFormatted(page, 'count-employment', 'pt-BR', '13.648');
  await expectNoMatchSaid(page, 'Nenhuma linha corresponde à pesquisa ou aos filtros');

  await page.getByTestId('nav-settings').click();
  // The data sources: the file column gives way to the description beside it (a long file name
  // breaks after "_" and "/" rather than squeezing the description to a few words a line).
  const heads = page.getByTestId('data-sources').locator('th');
  const [fileColumn, whatColumn] = [await heads.nth(0).boundingBox(), await heads.nth(1).boundingBox()];
  expect(whatColumn?.width ?? 0).toBeGreaterThan(fileColumn?.width ?? Infinity);
  await chooseOption(page, 'language-select', 'English');
  await expect(page.getByTestId('nav-dashboard')).toContainText('Dashboard');
  await expect(page.getByTestId('nav-settings')).toContainText('Settings');
  await expect(page.getByTestId('nav-territories')).toContainText('Territories and districts');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(textChunks).toEqual(['pt-BR', 'en']);
  await expectNoMatchSaid(page, 'No rows match the search or the filters');

  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);
  await expectCountFormatted(page, 'count-employment', 'en', '13,648');
  await expectCountFormatted(page, 'count-indicator-values', 'en', '77,980');
  await expect(page.getByText('Formal jobs by IBGE sector (MG)')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('dashboard-en.png') });

  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'Español');
  await expect(page.getByTestId('nav-settings')).toContainText('Configuración');
  await expect(page.getByTestId('nav-territories')).toContainText('Territorios y distritos');
  await expectNoMatchSaid(page, 'Ninguna fila coincide con la búsqueda o los filtros');
  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);
  await expectCountFormatted(page, 'count-employment', 'es', '13.648');
  await expect(page.getByText('Empleos formales por sector del IBGE (MG)')).toBeVisible();

  // The choice survives a reload.
  await page.reload();
  await waitForDashboard(page);
  await expect(page.getByTestId('nav-dashboard')).toContainText('Panel');
  await expect(page.getByTestId('nav-settings')).toContainText('Configuración');
  await page.screenshot({ path: testInfo.outputPath('dashboard-es.png') });
});

test.describe('a first start on a Spanish-language system', () => {
  test.use({ locale: 'es-CL' });

  test("opens in the system's language before any choice", async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('nav-dashboard')).toContainText('Panel');
    await expect(page.getByTestId('nav-territories')).toContainText('Territorios y distritos');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expectCountFormatted(page, 'count-employment', 'es', '13.648');
  });
});
