import { expect, test, type Page } from '@playwright/test';
import { chooseOption, openApp, waitForDashboard } from './helpers';

/** Obras as a planner sees it at 1280 × 720. */
test.use({ viewport: { width: 1280, height: 720 } });

/**
 * Every header of the works grid as drawn, scrolled through from the first column to the last (the
 * grid draws only the columns in view): its text, whether the text reads whole within its cell, and
 * whether AG Grid measured its height (autoHeaderHeight: a forced layout of the page per header).
 */
async function headers(page: Page): Promise<{ text: string; cut: boolean; measured: boolean }[]> {
  const seen = new Map<string, { text: string; cut: boolean; measured: boolean }>();
  const viewport = page.locator('[data-testid="works-grid"] .ag-body-horizontal-scroll-viewport');
  const width = await viewport.evaluate((v) => v.scrollWidth);
  for (let left = 0; ; left += 300) {
    await viewport.evaluate((v, x) => (v.scrollLeft = x), left);
    await page.waitForTimeout(100);
    const drawn = await page.locator('[data-testid="works-grid"] .ag-header-cell[col-id]').evaluateAll((cells) =>
      cells.map((cell) => {
        const text = cell.querySelector<HTMLElement>('.ag-header-cell-text');
        const box = cell.getBoundingClientRect();
        const own = text?.getBoundingClientRect();
        const cut =
          !text ||
          !own ||
          own.top < box.top ||
          own.bottom > box.bottom ||
          text.scrollWidth > text.clientWidth ||
          text.scrollHeight > text.clientHeight;
        return {
          id: cell.getAttribute('col-id') ?? '',
          text: text?.textContent ?? '',
          cut,
          measured: cell.classList.contains('ag-header-cell-auto-height'),
        };
      }),
    );
    for (const { id, ...header } of drawn) seen.set(id, header);
    if (left >= width) break;
  }
  return [...seen.values()];
}

test("the works grid's headers read whole in pt-BR, English and Spanish, at a fixed height that is not measured on each open", async ({
  page,
}) => {
  await openApp(page);
  for (const [language, longest] of [
    ['Português (Brasil)', 'Término projetado'],
    ['English', 'Schedule health'],
    ['Español', 'Término proyectado'],
  ] as const) {
    if (language !== 'Português (Brasil)') {
      await page.getByTestId('nav-settings').click();
      await chooseOption(page, 'language-select', language);
      await page.getByTestId('nav-dashboard').click();
      await waitForDashboard(page);
    }
    await page.getByTestId('nav-works').click();
    await expect(page.locator('[data-testid="works-grid"] .ag-row').first()).toBeVisible();
    const all = await headers(page);
    expect(all.map((h) => h.text)).toContain(longest);
    expect(all).toHaveLength(18);
    // Each of the 18 headers whole (two lines at most: "Término projetado" wraps), none measured.
    expect(all.filter((h) => h.cut).map((h) => h.text)).toEqual([]);
    expect(all.filter((h) => h.measured).map((h) => h.text)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`works-headers-${language.slice(0, 2)}.png`) });
    await page.getByTestId('nav-dashboard').click();
  }
});
