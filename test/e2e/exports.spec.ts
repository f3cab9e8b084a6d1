import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openApp, waitForJobsChart } from './helpers';

test('a chart exports to PNG and SVG, a grid to CSV with labelled columns', async ({ page }, testInfo) => {
  await openApp(page);
  await waitForJobsChart(page);

  await page.getByTestId('jobs-chart-export').click();
  const png = page.waitForEvent('download');
  await page.getByTestId('jobs-chart-export-png').click();
  const pngDownload = await png;
  expect(pngDownload.suggestedFilename()).toBe('Empregos formais por setor IBGE, MG, 2020.png');
  const pngBytes = await readFile(await pngDownload.path());
  await pngDownload.saveAs(testInfo.outputPath('jobs-export.png'));
  expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  await page.getByTestId('dashboard-map-export').click();
  const svg = page.waitForEvent('download');
  await page.getByTestId('dashboard-map-export-svg').click();
  const svgDownload = await svg;
  const svgText = await readFile(await svgDownload.path(), 'utf8');
  await svgDownload.saveAs(testInfo.outputPath('map-export.svg'));
  expect(svgText).toMatch(/^<svg/);
  expect(svgText.length).toBeGreaterThan(10_000);

  await page.getByTestId('nav-territories').click();
  await expect(page.locator('[data-testid="sites-grid"] [row-index="0"]')).toBeVisible();
  const csv = page.waitForEvent('download');
  await page.getByTestId('sites-grid-export-csv').click();
  const csvDownload = await csv;
  expect(csvDownload.suggestedFilename()).toBe('distritos.csv');
  const csvText = (await readFile(await csvDownload.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = csvText.trim().split(/\r?\n/);
  // pt-BR: ";" separates columns, as a spreadsheet in that locale expects.
  expect(header).toContain('"Código";"Nome";"Tipo";"Município"');
  expect(rows).toHaveLength(13);
  expect(csvText).toContain('"Distrito industrial"');
  expect(csvText).toContain('"Distrito Industrial do Jatobá"');
});
