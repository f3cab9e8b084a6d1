import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** The presented slide's measures: the chart's type scale, the heading's and source's px, the chart's box. */
async function measures(page: Page): Promise<{ scale: number; title: number; source: number; chartHeight: number }> {
  const chart = page.getByTestId('meeting-chart');
  await expect(chart).toHaveAttribute('data-render-finished', 'true');
  const px = async (testId: string) => parseFloat(await page.getByTestId(testId).evaluate((e) => getComputedStyle(e).fontSize));
  return {
    scale: Number(await chart.getAttribute('data-type-scale')),
    title: await px('meeting-title'),
    source: await px('meeting-source'),
    chartHeight: (await chart.boundingBox())?.height ?? 0,
  };
}

/**
 * A slide's type followed neither the window nor the projector: 34 px headings and the same chart
 * type at 1024 × 768 (where it crowded the chart) as at 1920 × 1080 (where it read small from the
 * back of the room). Now every size on the slide scales with the window from the 1280 × 720 it was
 * set for, and the chart keeps the rest of the screen.
 */
test('meeting mode: the slide scales with the window, from a 1024 × 768 projector to a 1920 × 1080 one', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-maps').click();
  const map = page.getByTestId('compare-map');
  await expect(map).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('compare-map-export').click();
  await page.getByTestId('compare-map-present').click();
  await expect(page.getByTestId('meeting-overlay')).toBeVisible();

  const small = await measures(page);
  await page.screenshot({ path: testInfo.outputPath('meeting-1024x768.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByTestId('meeting-title')).not.toHaveCSS('font-size', `${small.title}px`);
  const large = await measures(page);
  await page.screenshot({ path: testInfo.outputPath('meeting-1920x1080.png') });

  // 1024 × 768 is 0.8 of 1280 × 720 (its width), 1920 × 1080 is 1.5: heading and source in that
  // ratio (both were 34 px and 16 px at any size), the chart's type 1.8 × each.
  expect(large.title / small.title).toBeCloseTo(1.5 / 0.8, 1);
  expect(large.source / small.source).toBeCloseTo(1.5 / 0.8, 1);
  expect(small.scale).toBeCloseTo(1.44, 5);
  expect(large.scale).toBeCloseTo(2.7, 5);
  // The chart fills what the heading, source and step lines leave: more than two thirds of the screen.
  expect(small.chartHeight).toBeGreaterThan((768 * 2) / 3);
  expect(large.chartHeight).toBeGreaterThan((1080 * 2) / 3);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('meeting-overlay')).toHaveCount(0);
});
