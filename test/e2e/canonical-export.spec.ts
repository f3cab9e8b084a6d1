import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { openApp, pickImportFile } from './helpers';

/** DESIGN.md §10 `arranjo-obras`, every optional column included. */
const OBRAS_HEADER =
  'site_code,work_code,title,category,budget_planned,planned_start,planned_end,actual_start,actual_end,status,funding_source,agency,contractor,contract_value';

/** Exports one layout from Import/Export › "Exportar para reimportar" and returns the file's name and rows. */
async function exportLayout(page: Page, layout: string): Promise<{ name: string; rows: string[][] }> {
  const download = page.waitForEvent('download');
  await page.getByTestId(`canonical-export-${layout}`).click();
  const file = await download;
  const text = await readFile((await file.path()) ?? '', 'utf8');
  return { name: file.suggestedFilename(), rows: Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data };
}

/** Chooses the district whose code is `code` in the panel's searchable select. */
async function chooseSite(page: Page, code: string): Promise<void> {
  await expect(page.getByTestId('canonical-export')).toHaveAttribute('data-ready', 'true');
  const select = page.getByTestId('canonical-site');
  await select.click();
  await select.fill(code);
  await page.getByRole('option', { name: new RegExp(`\\(${code}\\)$`) }).click();
  await expect(select).toHaveValue(new RegExp(`\\(${code}\\)$`));
}

test("a district's works out to a spreadsheet and back: the canonical CSV, edited, re-imported as an update", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openApp(page);
  await page.getByTestId('nav-import-export').click();
  await page.getByTestId('import-tab-export').click();
  await expect(page.getByTestId('canonical-layouts').locator('tbody tr')).toHaveCount(7);

  // All the works, then one district's: the same header, only its rows.
  const all = await exportLayout(page, 'arranjo-obras');
  expect(all.name).toBe('arranjo-obras.csv');
  expect(all.rows[0]?.join(',')).toBe(OBRAS_HEADER);
  const siteCode = all.rows[1]?.[0] ?? '';
  await chooseSite(page, siteCode);
  const one = await exportLayout(page, 'arranjo-obras');
  expect(one.name).toBe(`arranjo-obras-${siteCode}.csv`);
  expect(one.rows[0]?.join(',')).toBe(OBRAS_HEADER);
  const works = one.rows.slice(1);
  expect(works.length).toBeGreaterThan(0);
  expect(works.length).toBeLessThan(all.rows.length - 1);
  expect(works.every((r) => r[0] === siteCode)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('canonical-export.png'), fullPage: true });

  // Edited as in a spreadsheet (a contractor with a comma), imported back: every row an update, none new.
  const contractor = 'Construtora Horizonte, Ltda.';
  const edited = [one.rows[0] ?? [], ...works.map((r, i) => (i === 0 ? r.map((cell, j) => (j === 12 ? contractor : cell)) : r))];
  const file = testInfo.outputPath(one.name);
  await writeFile(file, Papa.unparse(edited) + '\n');
  await pickImportFile(page, file);
  await expect(page.getByTestId('import-template')).toHaveValue(/Arranjo — obras/);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-step')).toHaveAttribute('data-step', 'preview');
  await expect(page.getByTestId('preview-updated')).toHaveAttribute('data-value', String(works.length));
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', '0');
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-updated', String(works.length));
  await page.getByTestId('done-close').click();

  // Exported again (the district still chosen): the edit is there, nothing else changed.
  await expect(page.getByTestId('canonical-site')).toHaveValue(new RegExp(`\\(${siteCode}\\)$`));
  await expect(page.getByTestId('canonical-export')).toHaveAttribute('data-ready', 'true');
  const again = await exportLayout(page, 'arranjo-obras');
  expect(again.rows).toEqual(edited);
});
