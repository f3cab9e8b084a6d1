import { expect, test } from '@playwright/test';
import { chooseOption, openApp } from './helpers';

/**
 * The registry on a 1280×720 screen in English and Spanish: its kind and route cells read whole (at a
 * fixed 150 px the English kind read "Rotas de Integraç…", cut mid-word, and a route "Rota da Economia Circu…").
 */
for (const [language, label, settings] of [
  ['en', 'English', 'Settings'],
  ['es', 'Español', 'Configuración'],
] as const) {
  test(`the registry's kind and route read whole at 1280×720 (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page);
    await page.getByTestId('nav-settings').click();
    await chooseOption(page, 'language-select', label);
    await expect(page.getByTestId('nav-settings')).toContainText(settings);
    await page.getByTestId('nav-initiatives').click();
    await expect(page.getByTestId('initiatives-area')).toHaveAttribute('data-ready', 'true');
    const grid = page.getByTestId('initiatives-grid');
    await expect(grid.locator('[row-index="0"] [col-id="kind"]')).toBeVisible();
    // Cells whose text overflows their width (AG Grid ends them with "…"), once the columns are fitted.
    const cut = () =>
      grid.locator('[role="gridcell"][col-id="kind"], [role="gridcell"][col-id="route"]').evaluateAll((cells) => {
        const shown = cells.filter((el) => el.getBoundingClientRect().width > 0);
        if (shown.length < 10) return ['(fewer than 10 cells drawn)'];
        return shown.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent ?? '');
      });
    await expect.poll(cut, { timeout: 10_000 }).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`registry-${language}.png`) });
  });
}
