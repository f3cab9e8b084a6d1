import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FISCAL_YEAR, fiscalRows, fiscalWorkbook } from '../support/fiscal-workbook';
import { chooseOption, openApp, pickImportFile } from './helpers';

const FILE = `VAF_MG_${FISCAL_YEAR}_ilustrativo.xlsx`;

/**
 * Issue 13 in Spanish: the review's messages, its list of excluded rows (row, column, value, reason)
 * and the choice for a code outside the classification, all in the UI language, as is the issues CSV.
 */
test('the import review in Spanish: excluded rows with their reason, the pseudo-code to "no clasificado", the problems CSV', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath(FILE);
  await writeFile(file, await fiscalWorkbook());
  await openApp(page);
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'Español');
  await expect(page.getByTestId('nav-settings')).toContainText('Configuración');

  await pickImportFile(page, file);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-step')).toHaveAttribute('data-step', 'preview');
  await page.getByTestId('preview-duplicates').getByText('Sumar', { exact: true }).click();
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '1');
  await expect(page.getByText('1 código fuera de la clasificación')).toBeVisible();

  // The issues CSV: Spanish headers, problem names and messages.
  const download = page.waitForEvent('download');
  await page.getByTestId('issues-export').click();
  const csv = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(csv).toContain('Archivo;Hoja;Fila;Columna;Gravedad;Problema;Detalle;Valor en el archivo');
  expect(csv).toContain(`;${fiscalRows().length + 2};CNAE;Error;Sector desconocido;«7000000» no es un código de CNAE — subclase`);
  expect(csv).not.toMatch(/is not a|rows repeated/);

  await page.getByTestId('preview-exclude-errors').click();
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '0');
  await expect(page.getByText('1 fila excluida y por qué')).toBeVisible();
  await expect(
    page.getByTestId('excluded-rows').locator('[col-id="reason"]').filter({ hasText: '«7000000» no es un código de CNAE — subclase' }),
  ).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('es-1-excluded-rows.png'), fullPage: true });

  await page.getByRole('button', { name: 'Incluir de nuevo' }).click();
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '1');
  await chooseOption(page, 'unmapped-choice', 'No clasificado');
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '0');
  await expect(page.getByText('1 fila con un código fuera de la clasificación ("7000000") se importó en el código elegido.')).toBeVisible();
  await expect(page.getByTestId('unmapped-code').filter({ hasText: '7000000' })).toContainText('1');
  await page.screenshot({ path: testInfo.outputPath('es-2-unclassified.png'), fullPage: true });
});
