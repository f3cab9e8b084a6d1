import { BUILT_IN_TEMPLATES } from '../../shared/import/templates/built-ins';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { countValue, openApp, pickImportFile, waitForDashboard, waitForJobsChart } from './helpers';

const DATA = fileURLToPath(new URL('../../resources/data/', import.meta.url));
const RAIS_FILE = 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv';
const RAIS = `${DATA}employment/${RAIS_FILE}`;
const POP_FILE = 'POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx';
const POP = `${DATA}population/${POP_FILE}`;
const LEGACY_XLS = `${DATA}population/estimativa_dou_2024.xls`;

const ptBr = (n: number) => new Intl.NumberFormat('pt-BR').format(n);

/** The RAIS file's own "Total" row (ISO-8859-1, ";"): the state's jobs by sector, independent of the app. */
async function raisTotal(): Promise<number> {
  const text = new TextDecoder('latin1').decode(await readFile(RAIS));
  const total = text.split(/\r?\n/).find((line) => line.startsWith('Total;'));
  if (!total) throw new Error('the RAIS file has no Total row');
  return Number(total.split(';')[9]);
}

/** Drops a file onto the window, as a user dragging it from the file manager would. */
async function dropFile(page: Page, bytes: Buffer, name: string, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ data, fileName, mime }) => {
      const transfer = new DataTransfer();
      const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([raw], fileName, { type: mime }));
      return transfer;
    },
    { data: bytes.toString('base64'), fileName: name, mime: type },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('import-drop-overlay')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByTestId('import-drop-overlay')).toBeHidden();
}

function step(page: Page) {
  return page.getByTestId('import-step');
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/imp-${name}.png` });
}

test('imports RAIS (dropped, one name fixed by hand) and the IBGE Census workbook (picked), shows the data, then undoes the RAIS batch', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const expectedTotal = await raisTotal();

  // A fresh, empty workspace: every value on the dashboard then comes from these imports.
  await openApp(page);
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-new').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Novo espaço de trabalho');
  await waitForDashboard(page);
  await expect(page.getByTestId('count-employment')).toHaveText('0');
  await expect(page.getByTestId('jobs-empty')).toBeVisible();
  // The areas whose registries start empty say how to fill them, rather than an empty grid.
  await page.getByTestId('nav-territories').click();
  await expect(page.getByTestId('sites-empty')).toContainText('Novo distrito…');
  // Works and attraction plans need a district: they say so and lead to where one is added, rather
  // than offer an empty district list.
  await page.getByTestId('nav-works').click();
  await expect(page.getByTestId('works-no-districts')).toContainText('Territórios e distritos › Distritos e polos');
  await expect(page.getByTestId('works-new')).toBeDisabled();
  // No plan to freeze nor portfolio to export yet.
  await expect(page.getByTestId('works-freeze')).toBeDisabled();
  await expect(page.getByTestId('works-export')).toBeDisabled();
  await page.getByTestId('nav-attraction').click();
  await expect(page.getByTestId('attraction-no-districts')).toBeVisible();
  await page.getByTestId('attraction-no-districts-go').click();
  await expect(page.getByTestId('sites-empty')).toBeVisible();
  await page.getByTestId('nav-initiatives').click();
  await expect(page.getByTestId('initiatives-empty')).toContainText('Nova iniciativa');
  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);

  // A copy of the real RAIS 2020 export, made at test time, with ONE territory deliberately
  // misspelt and without its code ("310010:MG-ABADIA DOS DOURADOS" → "ABADIA DOS DORADOS (MG)"),
  // so that the engine cannot match it and the user has to resolve it by hand.
  const original = await readFile(RAIS);
  const damaged = Buffer.from(original.toString('latin1').replace('310010:MG-ABADIA DOS DOURADOS', 'ABADIA DOS DORADOS (MG)'), 'latin1');
  expect(damaged.equals(original)).toBe(false);
  const copy = testInfo.outputPath(RAIS_FILE);
  await writeFile(copy, damaged);

  // 1. Dropped onto the window (over the dashboard): the wizard opens on the file.
  await dropFile(page, damaged, RAIS_FILE, 'text/csv');
  // The modal's root has no box of its own: its title line says whether it is open.
  const wizard = page.getByTestId('import-wizard-file');
  await expect(wizard).toBeVisible();
  await expect(page.getByTestId('import-wizard-file')).toHaveText(RAIS_FILE);
  await expect(step(page)).toHaveAttribute('data-step', 'sheet');
  await expect(page.getByTestId('import-file-format')).toContainText('windows-1252');
  await expect(page.getByTestId('import-template')).toHaveValue(/RAIS — vínculos ativos em 31\/12/);
  await expect(page.getByTestId('import-template-confidence')).toHaveText('reconhecido com certeza');
  await shot(page, '1-rais-sheet');

  // 2. Structure: title row 1, header row 2, data 3–856 with the Total row, footer from 858.
  await page.getByTestId('import-next').click();
  await expect(step(page)).toHaveAttribute('data-step', 'layout');
  await expect(page.getByTestId('layout-data-rows')).toHaveAttribute('data-start', '3');
  await expect(page.getByTestId('layout-data-rows')).toHaveAttribute('data-end', '856');
  await expect(page.getByTestId('layout-summary')).toContainText('Cabeçalho: linha 2');
  await expect(page.getByTestId('layout-end-reason')).toContainText('rodapé na linha 858');
  await expect(page.getByTestId('layout-year')).toContainText('2020 (rodapé)');
  const raw = page.getByTestId('import-raw-rows');
  await expect(raw.locator('[row-id="2"] [col-id="mark"]')).toHaveText('Cabeçalho');
  await expect(raw.locator('[row-id="3"] [col-id="mark"]')).toHaveText('Dados');
  await shot(page, '2-rais-layout');
  await page.getByTestId('layout-go-end').click();
  await expect(raw.locator('[row-id="856"] [col-id="mark"]')).toHaveText('Total (ignorado)');
  await expect(raw.locator('[row-id="857"] [col-id="mark"]')).toHaveText('Em branco');
  await expect(raw.locator('[row-id="858"] [col-id="mark"]')).toHaveText('Rodapé, notas');
  await shot(page, '2b-rais-layout-end');

  // 3. Columns: the municipality label, eight sector columns unpivoted, the year from the footer.
  await page.getByTestId('import-next').click();
  await expect(step(page)).toHaveAttribute('data-step', 'mapping');
  await expect(page.getByTestId('mapping-target')).toHaveValue('Emprego e atividade econômica');
  await expect(page.getByTestId('mapping-unpivot')).toHaveAttribute('data-columns', '8');
  await expect(page.getByTestId('mapping-row-0')).toHaveAttribute('data-role', 'territory');
  await expect(page.getByTestId('mapping-row-9')).toHaveAttribute('data-role', 'ignore');
  await expect(page.getByTestId('mapping-year')).toHaveAttribute('data-source', 'file');
  await expect(page.getByTestId('mapping-problems')).toHaveCount(0);
  await shot(page, '3-rais-mapping');

  // 4. The check finds the misspelt name: listed with ranked suggestions, never guessed.
  await page.getByTestId('import-check').click();
  await expect(step(page)).toHaveAttribute('data-step', 'territories');
  await expect(page.getByTestId('territories-status')).toHaveAttribute('data-pending', '1');
  await expect(page.getByTestId('territory-row-0')).toContainText('ABADIA DOS DORADOS (MG)');
  await expect(page.getByTestId('import-apply-territories')).toBeDisabled();
  await page.getByTestId('territory-answer-0').click();
  const best = page.getByRole('option', { name: /^Abadia dos Dourados \(MG\) · 99% semelhante · 3100104$/ });
  await expect(best).toBeVisible();
  await shot(page, '4-rais-territories');
  await best.click();
  await expect(page.getByTestId('territories-status')).toHaveAttribute('data-pending', '0');
  await page.getByTestId('import-apply-territories').click();

  // 5. Review: 853 municipalities × 8 sectors new, the Total row skipped and equal to the sum.
  await expect(step(page)).toHaveAttribute('data-step', 'preview');
  await expect(page.getByTestId('preview-read')).toHaveAttribute('data-value', '854');
  await expect(page.getByTestId('preview-imported')).toHaveAttribute('data-value', String(853 * 8));
  await expect(page.getByTestId('preview-updated')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('preview-skipped')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('preview-total-checks')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('preview-resolved')).toHaveText('1 território resolvido por você.');
  // No problem left to export: neither the problems CSV nor the grid's exports are offered empty.
  await expect(page.getByTestId('issues-export')).toBeDisabled();
  await expect(page.getByTestId('import-issues-export-xlsx')).toBeDisabled();
  await expect(page.getByTestId('import-commit')).toHaveText(`Importar ${ptBr(853 * 8)} valores`);
  await shot(page, '5-rais-preview');

  // 6. One transaction; then the result, with undo at hand.
  await page.getByTestId('import-commit').click();
  await expect(step(page)).toHaveAttribute('data-step', 'done');
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', String(853 * 8));
  await shot(page, '6-rais-done');

  // 7. On the dashboard: the jobs chart for 2020, its total equal to the file's own Total row.
  await expect(page.getByTestId('done-show')).toHaveAttribute('data-area', 'dashboard');
  await page.getByTestId('done-show').click();
  await expect(wizard).toBeHidden();
  await waitForDashboard(page);
  await waitForJobsChart(page);
  expect(await countValue(page, 'count-employment')).toBe(853 * 8);
  const jobs = page.getByTestId('jobs-chart');
  await expect(jobs).toHaveAttribute('data-year', '2020');
  await expect(jobs).toHaveAttribute('data-bar-count', '8');
  await expect(page.getByText(`Total: ${ptBr(expectedTotal)} empregos formais em 31/12.`)).toBeVisible();
  await shot(page, '7-dashboard-after-rais');

  // 8. The IBGE Census 2022 workbook, picked with the Import button: empty first column, a title
  // cell, 5-digit codes with the state, a "Fonte" footer; two sheets, the municipalities one suggested.
  await pickImportFile(page, POP);
  await expect(wizard).toBeVisible();
  await expect(page.getByTestId('import-sheets').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('import-sheet-0')).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('import-template')).toHaveValue(/IBGE — Censo 2022/);
  await shot(page, '8-pop-sheet');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('layout-data-rows')).toHaveAttribute('data-start', '4');
  await expect(page.getByTestId('layout-data-rows')).toHaveAttribute('data-end', '5573');
  await expect(page.getByTestId('layout-end-reason')).toContainText('Fonte: IBGE');
  await shot(page, '9-pop-layout');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('mapping-target')).toHaveValue('População');
  await expect(page.getByTestId('mapping-row-0')).toHaveAttribute('data-role', 'ignore');
  await expect(page.getByTestId('mapping-row-3')).toHaveAttribute('data-role', 'territory');
  await expect(page.getByTestId('mapping-row-7')).toHaveAttribute('data-role', 'value');
  await expect(page.getByTestId('mapping-year')).toHaveAttribute('data-source', 'value');
  await expect(page.getByTestId('mapping-year-value')).toHaveValue('2022');
  await shot(page, '10-pop-mapping');
  // The mapping saved as the user's own template (the id for the CLI is made from the name).
  await page.getByTestId('import-save-template').click();
  await page.getByTestId('template-label').fill('Censo 2022 — municípios (secretaria)');
  await expect(page.getByTestId('template-id')).toHaveValue('censo-2022-municipios-secretaria');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-label')).toBeHidden();
  await expect(page.getByTestId('mapping-origin')).toContainText('«Censo 2022 — municípios (secretaria)»');
  await page.getByTestId('import-check').click();

  // Every code matched: straight to the review, with the two renamed municipalities as warnings.
  await expect(step(page)).toHaveAttribute('data-step', 'preview');
  await expect(page.getByTestId('preview-imported')).toHaveAttribute('data-value', '5570');
  await expect(page.getByTestId('preview-warnings')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('import-issues-row-count')).toHaveAttribute('data-value', '2');
  // Filtered by severity in the engine: no errors, the two warnings; then exported as CSV for Excel.
  await page.getByTestId('issues-severity').getByText('Erros (0)').click();
  await expect(page.getByTestId('import-issues-row-count')).toHaveAttribute('data-value', '0');
  await page.getByTestId('issues-severity').getByText('Avisos (2)').click();
  await expect(page.getByTestId('import-issues-row-count')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('import-issues').locator('[col-id="code"]').filter({ hasText: 'Nome difere do código' })).toHaveCount(2);
  await shot(page, '11-pop-preview');
  const download = page.waitForEvent('download');
  await page.getByTestId('issues-export').click();
  const csv = await readFile((await (await download).path()) ?? '', 'utf8');
  // In the UI language, headers, problem names and messages alike.
  expect(csv).toContain('Arquivo;Planilha;Linha;Coluna;Gravidade;Problema;Detalhe;Valor no arquivo');
  expect(csv).toContain(
    `${POP_FILE};Municípios;368;COD. MUNIC;Aviso;Nome difere do código;"No espaço de trabalho este código é Fortaleza do Tabocão (TO); o arquivo o chama`,
  );
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', '5570');

  // 9. The history: both batches with file, sheet, target, template and counts.
  await page.getByTestId('done-history').click();
  await expect(wizard).toBeHidden();
  const history = page.getByTestId('import-history-grid');
  await expect(page.getByTestId('import-history-grid-row-count')).toHaveAttribute('data-value', '2');
  const raisRow = history.locator('[role="row"]').filter({ hasText: RAIS_FILE });
  const popRow = history.locator('[role="row"]').filter({ hasText: POP_FILE });
  await expect(raisRow.locator('[col-id="imported"]')).toHaveText(ptBr(853 * 8));
  await expect(raisRow.locator('[col-id="skipped"]')).toHaveText('1');
  await expect(raisRow.locator('[col-id="template"]')).toHaveText('rais-setor-vinculos');
  await expect(popRow.locator('[col-id="imported"]')).toHaveText(ptBr(5570));
  await expect(popRow.locator('[col-id="sheet"]')).toHaveText('Municípios');
  await expect(popRow.locator('[col-id="template"]')).toHaveText('censo-2022-municipios-secretaria');
  await raisRow.locator('[col-id="sourceFile"]').click();
  await expect(page.getByTestId('batch-details')).toContainText('1 território resolvido à mão');
  await expect(page.getByTestId('batch-details')).toContainText('Valor de um setor (8)');
  await shot(page, '12-history');

  // The saved template is listed beside the built-in ones, and can be deleted.
  await page.getByTestId('import-tab-templates').click();
  await expect(page.getByTestId('import-templates-grid-row-count')).toHaveAttribute('data-value', String(BUILT_IN_TEMPLATES.length + 1));
  await shot(page, '12b-templates');
  // Each template's name for the command line reads whole ("rais-setor-estabeleciment…" before), and
  // the hint's option is one unbroken piece of code ("(--" / "template)" on two lines before).
  const ids = page.locator('[data-testid="import-templates-grid"] [row-index] [col-id="id"]');
  await expect(ids.filter({ hasText: 'rais-setor-estabelecimentos' })).toHaveCount(1);
  await expect.poll(() => ids.evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).length)).toBe(0);
  const option = page.getByTestId('import-templates').locator('code', { hasText: '--template' });
  expect(await option.evaluate((e) => e.getClientRects().length)).toBe(1);
  await page.getByTestId('template-delete-censo-2022-municipios-secretaria').click();
  await page.getByTestId('template-delete-confirm-confirm').click();
  await expect(page.getByTestId('import-templates-grid-row-count')).toHaveAttribute('data-value', String(BUILT_IN_TEMPLATES.length));
  await page.getByTestId('import-tab-history').click();

  // The population is in the workspace too: 5,570 values of the new POP indicator.
  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);
  expect(await countValue(page, 'count-indicator-values')).toBe(5570);
  expect(await countValue(page, 'count-indicators')).toBeGreaterThanOrEqual(1);

  // 10. Undo the RAIS batch from the history: the jobs are gone, the population stays.
  await page.getByTestId('nav-import-export').click();
  const raisBatch = await raisRow.locator('[col-id="id"]').innerText();
  await page.getByTestId(`batch-undo-${raisBatch}`).click();
  await page.getByTestId('batch-undo-confirm-confirm').click();
  await expect(page.getByTestId(`batch-status-${raisBatch}`)).toHaveAttribute('data-status', 'undone');
  await shot(page, '13-history-undone');
  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);
  await expect(page.getByTestId('count-employment')).toHaveText('0');
  await expect(page.getByTestId('jobs-empty')).toBeVisible();
  expect(await countValue(page, 'count-indicator-values')).toBe(5570);
});

test('a legacy .xls is refused with how to convert it; the wizard offers another file', async ({ page }) => {
  await openApp(page);
  await pickImportFile(page, LEGACY_XLS);
  const refused = page.getByTestId('import-open-error');
  await expect(refused).toHaveAttribute('data-reason', 'legacy-xls');
  await expect(refused).toContainText('Planilha do Excel antiga (.xls)');
  await expect(page.getByTestId('import-open-error-message')).toContainText('estimativa_dou_2024.xls');
  await expect(page.getByTestId('import-open-error-action')).toContainText('Excel 2007-365 (.xlsx)');
  await expect(page.getByTestId('import-choose-another')).toBeVisible();
  await shot(page, '14-legacy-xls');
  await page.getByTestId('import-refused-close').click();
  await expect(page.getByTestId('import-wizard-file')).toBeHidden();
  // Nothing was written: the demo's history still holds only its own six batches (RAIS ×2, population estimates, Census 2022, districts, Rotas polos).
  await expect(page.getByTestId('import-history-grid-row-count')).toHaveAttribute('data-value', '6');
});

test('a long check shows progress and can be cancelled; nothing is written and the window stays usable', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openApp(page);
  // A long-format CSV of 853 MG municipalities × 8 sectors × 120 years (818,880 rows), made at test
  // time: long enough to be cancelled while it is checked (60 years were checked, once the pass made
  // less garbage, before the cancel could be clicked).
  const text = new TextDecoder('utf-8').decode(await readFile(`${DATA}municipalities/kelvins_municipios.csv`));
  const codes = text
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','))
    .filter((cells) => cells[5] === '31')
    .map((cells) => cells[0]);
  expect(codes).toHaveLength(853);
  const lines = ['territory_code,classification,sector_code,year,jobs'];
  for (let year = 1900; year < 2020; year++)
    for (const code of codes) for (let s = 1; s <= 8; s++) lines.push(`${code},ibge-setor,${s},${year},${s}`);
  const big = testInfo.outputPath('empregos-longo.csv');
  await writeFile(big, lines.join('\n'));

  await pickImportFile(page, big);
  await expect(page.getByTestId('import-template')).toHaveValue(/formato longo/);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(step(page)).toHaveAttribute('data-step', 'mapping');
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-busy-phase')).toContainText(/de \d/);
  await shot(page, '15-progress');
  // The UI thread is free while the worker reads: the step tabs still answer hover and the page evaluates.
  expect(await page.evaluate(() => document.title.length >= 0)).toBe(true);
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancelled')).toBeVisible();
  await expect(step(page)).toHaveAttribute('data-step', 'mapping');
  await page.getByTestId('import-close').click();
  await page.getByTestId('import-close-confirm-confirm').click();
  await expect(page.getByTestId('import-history-grid-row-count')).toHaveAttribute('data-value', '6');
});
