import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { makeXlsx } from '../support/files';
import { openApp, pickImportFile } from './helpers';

/**
 * A workbook's number cells (0.25, 1234.5) are shown in the UI language in the wizard's sheet and
 * column samples ("0,25" in pt-BR, not the engine's "0.25"); codes and years stay as they are.
 */
test('the wizard writes a workbook’s numbers in pt-BR: 0,25 and 1234,5 in the rows and the column samples', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const file = testInfo.outputPath('taxa-ocupacao.xlsx');
  await writeFile(
    file,
    await makeXlsx({
      Dados: [
        ['Código IBGE', 'Município', 'Ano', 'Taxa de ocupação'],
        [3106200, 'Belo Horizonte', 2022, 0.25],
        [3106705, 'Betim', 2022, 1234.5],
        [3118601, 'Contagem', 2022, '0.75'],
      ],
    }),
  );
  await openApp(page);
  await pickImportFile(page, file);
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-step')).toHaveAttribute('data-step', 'layout');
  const raw = page.getByTestId('import-raw-rows');
  await expect(raw.locator('[row-id="2"] [col-id="c3"]')).toHaveText('0,25');
  await expect(raw.locator('[row-id="3"] [col-id="c3"]')).toHaveText('1234,5');
  // Text in a cell is the file's own: shown as written.
  await expect(raw.locator('[row-id="4"] [col-id="c3"]')).toHaveText('0.75');
  await expect(raw.locator('[row-id="2"] [col-id="c0"]')).toHaveText('3106200');
  await expect(raw.locator('[row-id="2"] [col-id="c2"]')).toHaveText('2022');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-step')).toHaveAttribute('data-step', 'mapping');
  await expect(page.getByTestId('mapping-row-3')).toContainText('0,25 · 1234,5 · 0.75');
  await expect(page.getByTestId('mapping-row-0')).toContainText('3106200 · 3106705 · 3118601');
});

/** The footer the structure step quotes is shortened at a word with "…" (it read «… do Censo Demogr»). */
test('the structure step quotes a long footer cut at a word, with …', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const file = testInfo.outputPath('populacao.xlsx');
  const footer = 'Fonte: IBGE. Diretoria de Pesquisas - DPE - Coordenação Técnica do Censo Demográfico - CTD';
  await writeFile(
    file,
    await makeXlsx({
      Dados: [
        ['Código IBGE', 'Município', 'População'],
        [3106200, 'Belo Horizonte', 2315560],
        [3106705, 'Betim', 411846],
        [null, null, null],
        [footer, null, null],
      ],
    }),
  );
  await openApp(page);
  await pickImportFile(page, file);
  await page.getByTestId('import-next').click();
  const reason = page.getByTestId('layout-end-reason');
  await expect(reason).toContainText('rodapé na linha 5');
  await expect(reason).toContainText('«Fonte: IBGE. Diretoria de Pesquisas - DPE - Coordenação Técnica do Censo…»');
});
