import { expect, test, type Page } from '@playwright/test';

/** Presents a chart of the page full screen from its menu, as a planner does in a meeting. */
async function present(page: Page, testId: string): Promise<void> {
  await expect(page.getByTestId(testId)).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId(`${testId}-export`).click();
  await page.getByTestId(`${testId}-present`).click();
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
}

/**
 * The demo's attraction plan is illustrative: the page says so with a badge and a note, but the
 * pipeline chart presented full screen was "Empresas por etapa" alone, with no source line, so the
 * example companies read as the district's real pipeline in a meeting. Its slide (and exported
 * image) now names the district and period and says first that the plan is illustrative; so does the
 * lots map's.
 */
test('meeting mode: the illustrative attraction plan is labelled illustrative on its slides', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 240_000 });
  await page.getByTestId('nav-attraction').click();
  const demoPlan = page.getByTestId('attraction-plans').locator('.attraction-plan-row', { hasText: 'DI-DIVINOPOLIS' });
  await demoPlan.getByRole('button', { name: 'Abrir plano' }).click();
  await expect(page.getByTestId('attraction-illustrative')).toBeVisible();

  await page.getByTestId('attraction-tab-summary').click();
  await present(page, 'attraction-stage-chart');
  await expect(page.getByTestId('meeting-title')).toHaveText(/^Empresas por etapa — .*Divinópolis.*, 2026$/);
  await expect(page.getByTestId('meeting-source')).toHaveText(/^Plano ilustrativo: dados de exemplo, não são dados reais do distrito\. /);
  await page.screenshot({ path: testInfo.outputPath('stage-chart-pt.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('meeting-overlay')).toHaveCount(0);

  await page.getByTestId('attraction-tab-lots').click();
  await present(page, 'attraction-lots-map');
  await expect(page.getByTestId('meeting-source')).toHaveText(
    /^Plano ilustrativo: dados de exemplo, não são dados reais do distrito\. Ponto: /,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('meeting-overlay')).toHaveCount(0);
});
