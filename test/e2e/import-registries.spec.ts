import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { openApp, pickImportFile, waitForDashboard } from './helpers';

const DATA = fileURLToPath(new URL('../../resources/data/', import.meta.url));
const DISTRICTS = `${DATA}districts/codemig_distritos_prioritarios_2016.csv`;
const POLOS = `${DATA}initiatives/rotas_integracao_polos_municipios.csv`;

const step = (page: Page) => page.getByTestId('import-step');

/** Picks the file, takes the wizard's suggestions through to the review and imports. */
async function importWithSuggestions(page: Page, file: string): Promise<void> {
  await pickImportFile(page, file);
  await expect(step(page)).toHaveAttribute('data-step', 'sheet');
  await page.getByTestId('import-next').click();
  await expect(step(page)).toHaveAttribute('data-step', 'layout');
  await page.getByTestId('import-next').click();
  await expect(step(page)).toHaveAttribute('data-step', 'mapping');
  await page.getByTestId('import-check').click();
  await expect(step(page)).toHaveAttribute('data-step', 'preview');
  await page.getByTestId('import-commit').click();
  await expect(step(page)).toHaveAttribute('data-step', 'done');
}

test('after importing districts and polos, the wizard leads to the area that lists them, not to the dashboard', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-new').click();
  await waitForDashboard(page);

  // Codemig's 13 districts: "Ver em Territórios e distritos" opens the district list, all 13 in it.
  await importWithSuggestions(page, DISTRICTS);
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', '13');
  const show = page.getByTestId('done-show');
  await expect(show).toHaveAttribute('data-area', 'territories');
  await expect(show).toHaveText('Ver em Territórios e distritos');
  await show.click();
  await expect(page.getByTestId('import-wizard-file')).toBeHidden();
  await expect(page.getByTestId('sites-grid-row-count')).toHaveAttribute('data-value', '13');
  await expect(page.getByTestId('sites-grid')).toContainText('Distrito Industrial do Jatobá');

  // The Rotas de Integração polos: "Ver em Polos e iniciativas" opens the 79 polos.
  await importWithSuggestions(page, POLOS);
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', '79');
  await expect(show).toHaveAttribute('data-area', 'initiatives');
  await expect(show).toHaveText('Ver em Polos e iniciativas');
  await show.click();
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '79');
});
