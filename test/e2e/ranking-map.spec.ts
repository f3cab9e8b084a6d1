import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/**
 * Issue 14: on the ranking map the districts around Belo Horizonte (Jatobá, Contagem, Betim,
 * Vespasiano, Santa Luzia… all near one point) were drawn on top of each other. They are set apart
 * on a ring, by pixels of the drawn map: every pair of markers at least MIN_GAP px apart.
 */
const MIN_GAP = 16; // a top-N marker is 16 px wide

type Marker = [name: string, x: number, y: number, rank: number];

async function pick(page: Page, testId: string, option: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function markers(page: Page): Promise<Marker[]> {
  const map = page.getByTestId('ranking-map');
  await expect(map).toHaveAttribute('data-render-finished', 'true');
  return JSON.parse((await map.getAttribute('data-marker-pixels')) ?? '[]') as Marker[];
}

test('ranking map: the districts around Belo Horizonte are set apart, none hides another', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await page.getByTestId('nav-prioritization').click();
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill('Mapa');
  await page.getByTestId('scenario-name-confirm').click();
  await pick(page, 'criterion-add', 'População residente 2022');
  await pick(page, 'criterion-add', 'Empregos indústria de transformação 2020');
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-dirty')).toHaveCount(0);
  await page.getByTestId('tab-results').click();
  const map = page.getByTestId('ranking-map');
  await expect(map).toHaveAttribute('data-points', '13');
  await expect(map).toHaveAttribute('data-render-finished', 'true');
  // The spacing follows the drawn scale: wait until the markers no longer move.
  await expect
    .poll(async () => {
      const first = JSON.stringify(await markers(page));
      await page.waitForTimeout(0);
      return first === JSON.stringify(await markers(page)) ? (await markers(page)).length : -1;
    })
    .toBe(13);
  const placed = await markers(page);

  const close: string[] = [];
  let nearest = Infinity;
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const [a, ax, ay] = placed[i] as Marker;
      const [b, bx, by] = placed[j] as Marker;
      const d = Math.hypot(ax - bx, ay - by);
      nearest = Math.min(nearest, d);
      if (d < MIN_GAP) close.push(`${a} / ${b}: ${d.toFixed(1)} px`);
    }
  testInfo.annotations.push({ type: 'nearest markers (px)', description: nearest.toFixed(1) });
  expect(close).toEqual([]);

  // Around Belo Horizonte: the densest spot of the map (the most markers within 60 px), shown close up.
  const around = (m: Marker) => placed.filter((o) => Math.hypot(o[1] - m[1], o[2] - m[2]) < 60).length;
  const centre = [...placed].sort((a, b) => around(b) - around(a))[0] as Marker;
  expect(around(centre)).toBeGreaterThanOrEqual(4);
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('no map box');
  await page.screenshot({ path: testInfo.outputPath('ranking-map.png'), clip: box });
  await page.screenshot({
    path: testInfo.outputPath('ranking-map-bh.png'),
    clip: { x: box.x + centre[1] - 90, y: box.y + centre[2] - 90, width: 180, height: 180 },
  });
});
