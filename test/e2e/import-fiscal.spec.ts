import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { FISCAL_YEAR, fiscalRows, fiscalWorkbook } from '../support/fiscal-workbook';
import { chooseOption, openApp, pickImportFile } from './helpers';

/** The file name says the state (MG) and the year; the values are illustrative and the workbook says so. */
const FILE = `VAF_MG_${FISCAL_YEAR}_ilustrativo.xlsx`;
const BETIM = 3106705;
const ptBr2 = (n: number) => new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/** Betim's pseudo-code row (7000000, "outros"): mapped to "não classificado", it counts in Betim's and the state's totals. */
const UNCLASSIFIED_BETIM = 55_000;

/** Betim's LQ of value added in division 29 (vehicles) by hand: repeated rows added up, the pseudo-code row unclassified. */
function expectedVehiclesLq(): number {
  let betim = UNCLASSIFIED_BETIM;
  let betim29 = 0;
  let all = UNCLASSIFIED_BETIM;
  let all29 = 0;
  for (const r of fiscalRows()) {
    const vehicles = r.subclass.slice(0, 2) === '29';
    all += r.value;
    if (vehicles) all29 += r.value;
    if (r.code === BETIM) {
      betim += r.value;
      if (vehicles) betim29 += r.value;
    }
  }
  return betim29 / betim / (all29 / all);
}

const step = (page: Page) => page.getByTestId('import-step');

test('a fiscal value-added workbook (names only, subclasses as numbers, repeated keys, a pseudo-code): state default accepted, rows added up, the pseudo-code unclassified, LQ of value added by CNAE division for Betim', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  const file = testInfo.outputPath(FILE);
  await writeFile(file, await fiscalWorkbook());
  await openApp(page);

  // The wizard proposes the data sheet (most rows), not the summary sheet that comes first.
  await pickImportFile(page, file);
  await expect(step(page)).toHaveAttribute('data-step', 'sheet');
  await expect(page.getByTestId('import-sheet-1')).toHaveAttribute('data-selected', 'true');
  await shot('1-sheet');
  await page.getByTestId('import-next').click();
  await expect(step(page)).toHaveAttribute('data-step', 'layout');
  await page.getByTestId('import-next').click();

  // Long layout read: names as territories, the CNAE column as subclasses, the money column as value added; MG from the file name.
  await expect(step(page)).toHaveAttribute('data-step', 'mapping');
  await expect(page.getByTestId('mapping-target')).toHaveValue('Emprego e atividade econômica');
  await expect(page.getByTestId('mapping-classification')).toHaveValue('CNAE — subclasse');
  await expect(page.getByTestId('mapping-name-state')).toHaveValue('Minas Gerais (MG)');
  await expect(page.getByText('Proposto pelo nome do arquivo (MG): confira.')).toBeVisible();
  await shot('2-mapping');

  // Checked: the repeated keys and the pseudo-code are errors, said in Portuguese; no territory left to resolve.
  await page.getByTestId('import-check').click();
  await expect(step(page)).toHaveAttribute('data-step', 'preview');
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '3');
  await expect(page.getByText('«7000000» não é um código de CNAE — subclasse do espaço de trabalho.')).toBeVisible();
  await shot('3-preview-errors');

  // Repeated rows added up (the user's choice); the pseudo-code is offered as a code outside the classification.
  await page.getByTestId('preview-duplicates').getByText('Somar', { exact: true }).click();
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '1');
  await expect(page.getByText(/^2 linhas repetiam a chave .* os valores foram somados, como escolhido\.$/)).toBeVisible();
  const pseudo = page.getByTestId('unmapped-code').filter({ hasText: '7000000' });
  await expect(pseudo).toContainText('1');
  // Left out first, to see what would go: the excluded row listed with its file row, column, value and reason.
  await page.getByTestId('preview-exclude-errors').click();
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('preview-excluded')).toBeVisible();
  const excluded = page.getByTestId('excluded-rows');
  await expect(page.getByTestId('excluded-rows-row-count')).toHaveAttribute('data-value', '1');
  await expect(excluded.locator('[col-id="row"]').filter({ hasText: String(fiscalRows().length + 2) })).toHaveCount(1);
  await expect(excluded.locator('[col-id="reason"]').filter({ hasText: '«7000000» não é um código de CNAE — subclasse' })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('4-preview-excluded-rows.png'), fullPage: true });
  // Brought back and mapped to "não classificado" instead: counted in Betim's total, said in a warning.
  await page.getByRole('button', { name: 'Incluir de novo' }).click();
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '1');
  // Taken to a code of the classification, picked by name from the CNAE subclasses: no error left.
  await chooseOption(page, 'unmapped-choice', 'Levar a um código…');
  await page.getByTestId('unmapped-code-picker').fill('automóveis');
  await page.screenshot({ path: testInfo.outputPath('5a-preview-code-picker.png'), fullPage: true });
  await page.getByRole('option', { name: '2910701 — Fabricação de automóveis, camionetas e utilitários' }).click();
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('unmapped-code-picker')).toHaveValue('2910701 — Fabricação de automóveis, camionetas e utilitários');
  // Then to "não classificado" after all (the hand computation below counts it there).
  await chooseOption(page, 'unmapped-choice', 'Não classificado');
  await expect(page.getByTestId('unmapped-code-picker')).toHaveCount(0);
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('preview-excluded-rows')).toHaveCount(0);
  await expect(page.getByText('1 linha com código fora da classificação ("7000000") foi importada no código escolhido.')).toBeVisible();
  await expect(page.getByTestId('preview-total-checks')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('5-preview-unclassified.png'), fullPage: true });
  await page.getByTestId('import-commit').click();
  await expect(step(page)).toHaveAttribute('data-step', 'done');
  await page.getByTestId('done-close').click();

  // Economy: Betim, CNAE divisions, value added, the file's year — the vehicles LQ equals the hand computation.
  await page.getByTestId('nav-economy').click();
  await page.getByTestId('economy-territory').click();
  await page.getByTestId('economy-territory').fill('betim');
  await page.getByRole('option', { name: 'Betim', exact: true }).click();
  // The levels offered follow the measure: value added first, then its CNAE divisions (rolled up from subclasses).
  await chooseOption(page, 'economy-measure', 'Valor adicionado');
  await chooseOption(page, 'economy-classification', 'CNAE 2.x — divisões');
  await chooseOption(page, 'economy-year', String(FISCAL_YEAR));
  const lq = page.getByTestId('vocations-lq-29');
  await expect(lq).toHaveText(ptBr2(expectedVehiclesLq()));
  expect(Number(await lq.getAttribute('data-value'))).toBeCloseTo(expectedVehiclesLq(), 9);
  // Value added said in reais, and the source line names the imported file, not MTE/RAIS.
  await expect(page.getByTestId('vocations-total-jobs')).toHaveText(/^R\$\s[\d.]+$/);
  // The row kept as "não classificado" has its LQ shown (10,10) but is no activity: not a specialization.
  await expect(page.getByTestId('vocations-sector-NC')).toHaveAttribute('data-specialized', 'false');
  await expect(page.getByTestId('vocations-specialized-count')).toHaveText('6');
  await page.screenshot({ path: testInfo.outputPath('6-economy-lq.png'), fullPage: true });

  // Mapped: the LQ map of division 29 for the same selection.
  await page.getByTestId('economy-tab-map').click();
  await page.getByTestId('map-sector').click();
  await page
    .getByRole('option', { name: /ve[ií]culos automotores/i })
    .first()
    .click();
  await expect(page.getByTestId('economy-map')).toHaveAttribute('data-sector', '29');
  await expect(page.getByTestId('economy-map')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByText(`Fonte: ${FILE} (importado no espaço de trabalho), ${FISCAL_YEAR}.`, { exact: false }).first()).toBeVisible();
  // Within the economy area (the dashboard stays mounted, hidden, and its jobs maps are RAIS).
  await expect(page.getByTestId('area-economy').getByText('MTE/RAIS')).toHaveCount(0);
  await shot('7-economy-map');

  // Exported: Betim's diagnosis workbook for value added by CNAE division, its LQ sheet holding division 29.
  await page.getByTestId('economy-export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('economy-export-territory').click();
  const saved = testInfo.outputPath('diagnostico.xlsx');
  await (await download).saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const lqSheet = workbook.getWorksheet('Quociente locacional');
  const cells: string[] = [];
  lqSheet?.eachRow((row) => cells.push(JSON.stringify(row.values)));
  expect(cells.some((line) => /ve[ií]culos automotores/i.test(line))).toBe(true);

  // Ranked: the LQ of value added in division 29 as the criterion of a new scenario over the demo's
  // districts, offered like any other `activity:` metric; districts in towns without the file's values
  // are left out (the default missing-value policy), the four in the file's towns are ranked.
  await page.getByTestId('nav-prioritization').click();
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill('Distritos por QL do valor adicionado');
  await page.getByTestId('scenario-name-confirm').click();
  const criterion = `QL valor adicionado divisão CNAE 29 ${FISCAL_YEAR}`;
  const add = page.getByTestId('criterion-add');
  await add.click();
  await add.fill('valor adicionado divisão CNAE 29');
  await page.getByRole('option', { name: criterion, exact: true }).click();
  await expect(page.getByTestId('criterion-row')).toHaveCount(1);
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-dirty')).toHaveCount(0);
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('ranking-grid-row-count')).toHaveAttribute('data-value', '4');
  await expect(page.locator('body')).not.toContainText('NaN');
  await shot('8-ranking-by-value-added-lq');
});
