import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

/**
 * Presenting a chart full screen left the keyboard's focus under the slide (on the page's body): Tab
 * walked the hidden controls of the page beneath, and after Escape the focus was at the top of the
 * page, not on the chart the planner had presented. Focus now moves onto the slide when it opens
 * (keys a planner presses to go on do nothing on the page beneath) and comes back to the chart's
 * menu button when Escape closes it.
 */
test('meeting mode: the keyboard stays on the slide, and Escape gives it back to the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-maps').click();
  await expect(page.getByTestId('compare-map')).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('compare-map-export').click();
  await page.getByTestId('compare-map-present').click();
  const overlay = page.getByTestId('meeting-overlay');
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');

  await expect.poll(() => overlay.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  for (const key of ['Space', 'Enter', 'PageDown']) await page.keyboard.press(key);
  await expect(page.getByTestId('compare-map-export-png')).toHaveCount(0);
  await expect(overlay).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await expect(page.getByTestId('compare-map-export')).toBeFocused();
});
