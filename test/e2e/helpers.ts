import { expect, type Page } from '@playwright/test';

/** Opens the import area and picks `file` with its "Importar arquivo…" button (the wizard then opens). */
export async function pickImportFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('nav-import-export').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(file);
}

/** Opens the app and waits until the workspace and the dashboard data are loaded. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await waitForDashboard(page);
}

/** Waits for the ready marker and for both dashboard charts to report their frame drawn. */
export async function waitForDashboard(page: Page): Promise<void> {
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
  await expect(page.getByTestId('dashboard-map')).toHaveAttribute('data-render-finished', 'true');
}

export async function waitForJobsChart(page: Page): Promise<void> {
  await expect(page.getByTestId('jobs-chart')).toHaveAttribute('data-render-finished', 'true');
}

/** Picks an option of a Mantine Select by its visible label. */
export async function chooseOption(page: Page, selectTestId: string, label: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/**
 * Picks MG municipalities in a municipality multi-select by typing each name, then closes the list by
 * clicking `closeOn` (another field of the dialog: Escape would close the dialog as well).
 */
export async function pickMunicipalities(page: Page, selectTestId: string, names: readonly string[], closeOn: string): Promise<void> {
  const select = page.getByTestId(selectTestId);
  for (const name of names) {
    await select.click();
    await select.fill(name);
    await page.getByRole('option', { name: `${name} – MG`, exact: true }).click();
  }
  await page.getByTestId(closeOn).click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

/** The number a count card holds (its raw value, not the formatted text). */
export async function countValue(page: Page, testId: string): Promise<number> {
  const raw = await page.getByTestId(testId).getAttribute('data-value');
  return Number(raw);
}

/** Waits for a dialog's finite animations (a drawer's slide-in): a screenshot during them shows it cut. */
export async function waitForDialogSettled(page: Page): Promise<void> {
  await page.getByRole('dialog').evaluate((el) =>
    Promise.all(
      el
        .getAnimations({ subtree: true })
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished),
    ),
  );
}
