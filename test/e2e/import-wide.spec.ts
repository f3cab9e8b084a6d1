import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, pickImportFile } from './helpers';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/import-wide-${name}.png`, fullPage: false });
}

/** OB-BET-01's S-curve at the status date: its latest actual physical progress. */
async function curveOfWork(page: Page): Promise<ReturnType<Page['getByTestId']>> {
  await page.getByTestId('nav-works').click();
  await page.getByTestId('works-status-date').fill('2025-07-02');
  await expect(page.getByTestId('works-ready')).toHaveAttribute('data-status-date', '2025-07-02');
  await page.getByTestId('works-tab-scurve').click();
  await chooseOption(page, 'works-scurve-scope', 'OB-BET-01 · Pavimentação das vias internas');
  const curve = page.getByTestId('works-scurve');
  await expect(curve).toHaveAttribute('data-render-finished', 'true');
  return curve;
}

test('wide measurements: an agency sheet with one column per month goes in through the wizard and the S-curve follows', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 180_000 });

  // Each area's first data is asked ahead while the page is idle (issue 16): wait until it was, so the
  // import below must make the works area ask again rather than show the portfolio from before it.
  await expect(page.getByTestId('app-ready')).toHaveAttribute('data-preloaded', 'true', { timeout: 60_000 });

  // The works first (canonical layout), so the sheet's work codes are known; no measurement yet.
  await pickImportFile(page, `${FIXTURES}works/obras.csv`);
  await expect(page.getByTestId('import-template')).toHaveValue(/Arranjo — obras/);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('preview-imported')).toHaveAttribute('data-value', '3');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', '3');
  await page.getByTestId('done-close').click();
  // Not the portfolio prefetched before the import: the new work is in the grid at the default status date.
  await page.getByTestId('nav-works').click();
  await page.getByTestId('works-grid-search').fill('OB-BET-01');
  await expect(page.getByTestId('works-grid-row-count')).toHaveAttribute('data-value', '1');
  await page.getByTestId('works-grid-search').fill('');
  const before = await curveOfWork(page);
  await expect(before).toHaveAttribute('data-actual', '0.0');
  await shot(page, 'scurve-before');

  // The agency's sheet: title rows, "Avanço físico acumulado (%)" over six months, "Valor pago acumulado (R$)" over the same.
  await pickImportFile(page, `${FIXTURES}wide/medicoes-mensais.xlsx`);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-step')).toHaveAttribute('data-step', 'mapping');
  await expect(page.getByTestId('mapping-target')).toHaveValue('Medições de obras');
  // Each block of month columns is one "periods" row, with what its cells hold.
  const physical = page.getByTestId('mapping-period-group-2');
  const paid = page.getByTestId('mapping-period-group-8');
  await expect(physical).toHaveAttribute('data-count', '6');
  await expect(physical).toHaveAttribute('data-field', 'physicalProgress');
  await expect(physical).toHaveAttribute('data-bad', '0');
  await expect(physical).toContainText('Períodos: 6 colunas (jan. de 2025 a jun. de 2025)');
  await expect(paid).toHaveAttribute('data-field', 'disbursed');
  await expect(page.getByTestId('mapping-row-3')).toHaveCount(0);
  await expect(page.getByTestId('mapping-unpivot')).toHaveAttribute('data-by', 'period');
  await shot(page, 'mapping');
  // Opening a block shows its columns, each with its own role.
  await page.getByTestId('mapping-period-group-toggle-2').click();
  await expect(page.getByTestId('mapping-row-3')).toHaveAttribute('data-role', 'period-value');
  await page.getByTestId('mapping-period-group-toggle-2').click();

  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-step')).toHaveAttribute('data-step', 'preview');
  await expect(page.getByTestId('preview-imported')).toHaveAttribute('data-value', '15');
  await expect(page.getByTestId('preview-periods')).toHaveAttribute('data-columns', '12');
  await expect(page.getByTestId('preview-periods')).toContainText('de jan. de 2025 a jun. de 2025');
  await shot(page, 'preview');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', '15');
  await page.getByTestId('done-close').click();

  // OB-BET-01 measured 40 % by June: its S-curve now has its actual line.
  const after = await curveOfWork(page);
  await expect(after).toHaveAttribute('data-actual', '40.0');
  await shot(page, 'scurve-after');
});

test('wide measurements: a column given to periods whose header is not one is refused in the mapping step, naming it', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 180_000 });
  const file = testInfo.outputPath('medicoes-total.csv');
  writeFileSync(file, 'Obra;jan/2025;fev/2025;Total\nOB-BET-01;5;8;13\n');
  await pickImportFile(page, file);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('mapping-period-group-1')).toHaveAttribute('data-count', '2');
  // The user gives "Total" to the periods too: the engine refuses it by name, and nothing is read.
  await chooseOption(page, 'mapping-role-3', 'Valor de um período');
  await page.getByTestId('import-check').click();
  const alert = page.getByTestId('mapping-error');
  await expect(alert).toContainText('Cabeçalho que não é um período');
  await expect(alert).toContainText('A coluna «Total» da planilha medicoes-total está marcada como período');
  await expect(page.getByTestId('import-step')).toHaveAttribute('data-step', 'mapping');
  await shot(page, 'bad-header');
});
