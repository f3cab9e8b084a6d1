import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, pickImportFile } from './helpers';

const NAME = 'Programa E2E';
// Hand example (test/unit/programmes/rollup.test.ts): Q1 has 30 participants against 40 → 75 %, amber.
const ACOES = [
  'programme,action_code,type,territory_code,start_date,participants,end_date,women,youth,enterprises_formed,enterprises_legalized,partner,notes',
  `${NAME},A1,field-training,3106705,2025-01-15,20,2025-01-16,12,5,0,0,Emater-MG,`,
  `${NAME},A2,multiplier-training,3118601,2025-02-10,10,,4,6,0,0,,`,
  `${NAME},A3,management-workshop,3106705,2025-04-05,30,,15,10,2,0,,`,
  `${NAME},A4,committee,3136702,2025-07-20,15,,9,3,0,1,,`,
].join('\n');

async function setTargets(page: Page, code: string, targets: [string, string][]): Promise<void> {
  for (const [i, [period, value]] of targets.entries()) {
    await page.getByTestId(`target-add-${code}`).click();
    await page.getByTestId(`target-period-${code}-${i}`).fill(period);
    await page.getByTestId(`target-value-${code}-${i}`).fill(value);
  }
  await page.getByTestId(`target-save-${code}`).click();
  // Typed as stored (2025-Q2), saved, and shown again as Portuguese writes a quarter (trimestre).
  await expect(page.getByTestId(`target-period-${code}-${targets.length - 1}`)).toHaveValue(
    (targets.at(-1)?.[0] ?? '').replace('-Q', '-T'),
  );
}

test('a programme with two indicators and quarterly targets, imported actions, an amber indicator, its actions, the workbook', async ({
  page,
}, testInfo) => {
  // The demo workspace is built in the browser: on a loaded two-core machine that can take minutes.
  test.setTimeout(420_000);
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 240_000 });
  await page.getByTestId('nav-programmes').click();
  // The demo's illustrative programme is labelled so.
  await expect(page.getByTestId('programme-illustrative')).toBeVisible();
  // Said once: the banner's note, then the demo's source without its own "ILUSTRATIVO:" lead.
  await expect(page.getByTestId('programme-illustrative-note')).toHaveText(
    /^Dados ilustrativos: não são dados reais do programa\. Estrutura \(tipos de ação e indicadores\)[^]*demonstração\.$/,
  );
  await expect(page.getByTestId('monitor-chart')).toHaveAttribute('data-render-finished', 'true');
  await page.screenshot({ path: testInfo.outputPath('programmes-demo-pt.png'), fullPage: true });
  // Both thresholds' labels on one line (the amber one wrapped "(%)" under itself in a 150 px field).
  const [green, amber] = [
    await page.getByText('Verde a partir de (%)').boundingBox(),
    await page.getByText('Amarelo a partir de (%)').boundingBox(),
  ];
  expect(amber?.height).toBe(green?.height);
  // The one-page committee summary has its column headings.
  await page.getByTestId('programme-summary').click();
  // With the baseline its achievement starts from (Renda média: 930 of 1.000 is 53,3 % from 850).
  await expect(page.getByTestId('programme-summary-page').locator('th')).toHaveText([
    'Indicador',
    'Período',
    'Linha de base',
    'Meta',
    'Realizado',
    'Alcance',
  ]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('programme-summary-page')).toBeHidden();
  // An action's initiative is a link to it in Polos e iniciativas.
  await page.getByTestId('programme-tab-actions').click();
  // By its name, as the registry lists it (the link showed its code, POLO-APICOLA-DO-NORTE-DE-MINAS).
  await expect(page.getByTestId('initiative-link-P-005')).toHaveText('Polo Apícola do Norte de Minas');
  await page.getByTestId('initiative-link-P-005').click();
  await expect(page.getByTestId('initiative-name')).toContainText('Polo Apícola do Norte de Minas');
  await page.getByTestId('nav-programmes').click();

  await page.getByTestId('programme-new').click();
  await page.getByTestId('programme-name').fill(NAME);
  // A day that does not exist keeps Create off; an end before the start is refused at the end date.
  await page.getByTestId('programme-start').fill('31/02/2025');
  await expect(page.getByTestId('programme-create')).toBeDisabled();
  await page.getByTestId('programme-start').fill('2025-01-01');
  await page.getByTestId('programme-end').fill('2024-12-31');
  await page.getByTestId('programme-create').click();
  await expect(page.getByText('é anterior ao início (01/01/2025)')).toBeVisible();
  await page.getByTestId('programme-end').fill('2025-12-31');
  await page.getByTestId('programme-create').click();
  await expect(page.getByTestId('programme-select')).toHaveValue(NAME);
  // The form opens empty again (it kept the last programme's name and dates).
  await page.getByTestId('programme-new').click();
  await expect(page.getByTestId('programme-name')).toHaveValue('');
  await page.keyboard.press('Escape');

  await page.getByTestId('programme-tab-framework').click();
  // The results framework: an objective and a result under it, the first indicator answering to it.
  await page.getByTestId('objective-add').click();
  await page.getByTestId('objective-form-code').fill('O1');
  await page.getByTestId('objective-form-title').fill('Inclusão produtiva');
  await page.getByTestId('objective-form-save').click();
  await page.getByTestId('result-add-O1').click();
  await page.getByTestId('result-form-code').fill('R1');
  await page.getByTestId('result-form-title').fill('Pessoas capacitadas');
  await page.getByTestId('result-form-save').click();
  await expect(page.getByTestId('result-R1')).toContainText('Pessoas capacitadas');
  await chooseOption(page, 'indicator-result', 'O1 › R1 Pessoas capacitadas');
  await page.getByTestId('indicator-dis-sex').check();
  await page.getByTestId('indicator-dis-territory').check();
  await page.getByTestId('indicator-add').click();
  await expect(page.getByTestId('indicator-participants')).toBeVisible();
  await chooseOption(page, 'indicator-code', 'women — Mulheres');
  await page.getByTestId('indicator-add').click();
  await expect(page.getByTestId('indicator-women')).toBeVisible();
  await setTargets(page, 'participants', [
    ['2025-Q1', '40'],
    ['2025-Q2', '40'],
  ]);
  await expect(page.getByTestId('indicator-participants')).toContainText('O1 › R1 Pessoas capacitadas');
  // Deleting O1 asks first, saying what goes with it (it deleted R1 and detached the indicator without a word).
  await page.getByTestId('objective-O1-delete').click();
  await expect(page.getByTestId('framework-delete')).toContainText('Remove também 1 resultado. 1 indicador fica sem resultado.');
  await page.getByRole('button', { name: 'Cancelar' }).click();
  await expect(page.getByTestId('result-R1')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('programmes-framework-pt.png'), fullPage: true });
  await setTargets(page, 'women', [
    ['2025-Q1', '16'],
    ['2025-Q2', '20'],
    ['2025-Q3', '99'],
  ]);
  // A period saved by mistake comes out of the grid (only deleting the indicator took it away).
  await page.getByTestId('target-remove-women-2').click();
  await page.getByTestId('target-save-women').click();
  await expect(page.getByTestId('target-period-women-1')).toHaveValue('2025-T2');
  await expect(page.getByTestId('target-period-women-2')).toHaveCount(0);
  // A target emptied by mistake is said at its field and nothing is saved (it was saved as 0).
  await page.getByTestId('target-value-women-1').fill('');
  await page.getByTestId('target-save-women').click();
  await expect(page.getByTestId('indicator-women')).toContainText('é obrigatório');
  // The stored target is still 20: the tab is drawn again from the workspace.
  await page.getByTestId('programme-tab-monitor').click();
  await expect(page.getByTestId('monitor-row-women-2025-Q2')).toBeVisible();
  await page.getByTestId('programme-tab-framework').click();
  await expect(page.getByTestId('target-value-women-1')).toHaveValue('20');
  // A custom indicator broken down by sex: its Q1 actual (10) entered with its parts (6 women, 4 men).
  await chooseOption(page, 'indicator-code', 'Personalizado (valores informados)');
  await page.getByTestId('indicator-custom-code').fill('familias');
  await page.getByTestId('indicator-dis-sex').check();
  await page.getByTestId('indicator-add').click();
  await expect(page.getByTestId('indicator-familias')).toBeVisible();
  await page.getByTestId('target-add-familias').click();
  // The period typed as Portuguese writes a quarter (trimestre); it is kept as 2025-Q1.
  await expect(page.getByTestId('target-period-familias-0')).toHaveAttribute('placeholder', '2025-T1, 2025 ou 2025-04');
  await page.getByTestId('target-period-familias-0').fill('2025-T1');
  await page.getByTestId('target-value-familias-0').fill('12');
  await page.getByTestId('target-actual-familias-0').fill('10');
  await page.getByTestId('target-parts-familias-0').click();
  await page.getByTestId('part-sex-women').fill('6');
  await page.getByTestId('part-sex-men').fill('3');
  await expect(page.getByTestId('parts-sum-sex')).toHaveText('Soma: 9 de 10');
  await page.getByTestId('part-sex-men').fill('4');
  await expect(page.getByTestId('parts-sum-sex')).toHaveText('Soma: 10 de 10');
  await page.screenshot({ path: testInfo.outputPath('programmes-parts-pt.png') });
  await page.getByTestId('parts-apply').click();
  await page.getByTestId('target-save-familias').click();
  await expect(page.getByTestId('target-parts-familias-0')).toHaveText('Desagregar (2)');

  // Import the actions through the wizard: the canonical layout is recognized without a template.
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-e2e-'));
  const file = path.join(dir, 'acoes.csv');
  writeFileSync(file, ACOES);
  await pickImportFile(page, file);
  await expect(page.getByTestId('import-template')).toHaveValue(/ações de programa/);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('mapping-target')).toHaveValue('Ações de programa');
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('preview-errors')).toHaveAttribute('data-value', '0');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', '4');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-programmes').click();
  // An indicator chosen for the chart in another programme: the chart shows this one's first (it went blank).
  // Found by typing, as an agency with 25 programmes would.
  await page.getByTestId('programme-select').click();
  await page.getByTestId('programme-select').selectText();
  await page.getByTestId('programme-select').pressSequentially('PRODUZIR');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['PRODUZIR MG — exemplo ilustrativo']);
  await page.getByRole('option', { name: 'PRODUZIR MG — exemplo ilustrativo', exact: true }).click();
  await page.getByTestId('monitor-row-renda_media-2025').click();
  await expect(page.getByTestId('monitor-chart-title')).toContainText('Renda média');
  await chooseOption(page, 'programme-select', NAME);
  const q1 = page.getByTestId('monitor-row-participants-2025-Q1');
  await expect(q1).toHaveAttribute('data-rag', 'amber');
  // Every achievement with one decimal, so the badges line up ("75%" beside "84,2%" before).
  await expect(q1).toContainText('75,0%');
  // The period as Portuguese writes it, not the stored key's English "Q".
  await expect(q1.locator('td').nth(1)).toHaveText('1º trim. 2025');
  await expect(page.getByTestId('monitor-row-women-2025-Q1')).toHaveAttribute('data-rag', 'green');
  await expect(page.getByTestId('monitor-row-women-2025-Q2')).toBeVisible();
  await expect(page.getByTestId('monitor-row-women-2025-Q3')).toHaveCount(0);
  await expect(page.getByTestId('monitor-chart')).toHaveAttribute('data-render-finished', 'true');
  await page.screenshot({ path: testInfo.outputPath('programmes-monitor-pt.png'), fullPage: true });

  // Why this value: the two first-quarter actions.
  await page.getByTestId('monitor-why-participants-2025-Q1').click();
  await expect(page.getByTestId('drill')).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByTestId('drill-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('drill-A1')).toBeVisible();
  await expect(page.getByTestId('drill-A2')).toBeVisible();
  // Disaggregated as the indicator asks: 16 women and 14 men; Betim 20, Contagem 10.
  await expect(page.getByTestId('disaggregation-sex-women')).toHaveAttribute('data-value', '16');
  await expect(page.getByTestId('disaggregation-sex-men')).toHaveAttribute('data-value', '14');
  await expect(page.getByTestId('disaggregation-territory-3106705')).toHaveAttribute('data-value', '20');
  await expect(page.getByTestId('disaggregation-age')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('programmes-drill-pt.png') });
  await page.keyboard.press('Escape');
  // The custom indicator's entered actual, broken down as entered.
  await page.getByTestId('monitor-why-familias-2025-Q1').click();
  await expect(page.getByTestId('disaggregation-sex-women')).toHaveAttribute('data-value', '6');
  await expect(page.getByTestId('disaggregation-sex-men')).toHaveAttribute('data-value', '4');
  await page.screenshot({ path: testInfo.outputPath('programmes-drill-custom-pt.png') });
  await page.keyboard.press('Escape');

  // The monitoring workbook, read back.
  const download = page.waitForEvent('download');
  await page.getByTestId('programme-export').click();
  const saved = path.join(dir, 'monitoramento.xlsx');
  await (await download).saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.getWorksheet('Indicadores por período');
  const row = sheet?.getRow(2);
  expect([row?.getCell(1).value, row?.getCell(3).value, row?.getCell(5).value, row?.getCell(6).value, row?.getCell(7).value]).toEqual([
    'participants',
    '2025-T1',
    40,
    30,
    0.75,
  ]);
  expect(row?.getCell(8).value).toBe('amarelo');
  expect(workbook.getWorksheet('Realizado desagregado')?.getColumn(6).values.slice(2)).toEqual(['Mulheres', 'Homens']);

  await page.getByTestId('programme-tab-actions').click();
  await expect(page.getByTestId('programme-reach')).toContainText('Betim');
  await expect(page.getByTestId('programme-reach-map')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByTestId('programme-reach-map')).toHaveAttribute('data-municipalities', '3');
  await page.screenshot({ path: testInfo.outputPath('programmes-actions-pt.png'), fullPage: true });

  // The grid and the action's form write dates as the UI does (15/01/2025) and take one typed so; undo takes it back.
  const actionsGrid = page.getByTestId('programme-actions-grid');
  const rowOf = async (code: string) =>
    (await actionsGrid
      .locator('[row-index] [col-id="code"]')
      .filter({ hasText: new RegExp(`^${code}$`) })
      .first()
      .locator('xpath=ancestor::*[@row-index][1]')
      .getAttribute('row-index')) ?? '';
  await expect(actionsGrid.locator(`[row-index="${await rowOf('A1')}"] [col-id="startDate"]`).first()).toHaveText('15/01/2025');
  const a3End = actionsGrid.locator(`[row-index="${await rowOf('A3')}"] [col-id="endDate"]`).first();
  await expect(a3End).toHaveText('');
  await a3End.dblclick();
  await expect(page.getByTestId('action-start')).toHaveValue('05/04/2025');
  // An end before the start is said at the end field, not in a notification; the form stays open.
  await page.getByTestId('action-end').fill('01/04/2025');
  await page.getByTestId('action-save').click();
  await expect(page.getByTestId('action-form').getByText('é anterior ao início (05/04/2025)')).toBeVisible();
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
  await page.getByTestId('action-end').fill('06/04/2025');
  await expect(page.getByTestId('action-form').getByText('é anterior ao início (05/04/2025)')).toHaveCount(0);
  await page.getByTestId('action-save').click();
  await expect(page.getByTestId('action-form')).toHaveCount(0);
  await expect(a3End).toHaveText('06/04/2025');
  await page.getByTestId('header-undo').click();
  await expect(a3End).toHaveText('');
  // Typed into the cell as the UI writes dates, the day saved is the one typed (AG Grid took the ISO
  // days for its own date type, and the browser's date input read "15/02/2026" as another day).
  await a3End.click();
  await page.keyboard.type('07/04/2025');
  await page.keyboard.press('Enter');
  await expect(a3End).toHaveText('07/04/2025');
  await page.getByTestId('header-undo').click();
  await expect(a3End).toHaveText('');
  // A new action saved empty: every required field says so at once (it said one at a time, and the
  // municipality "deve ser no mínimo 1000000").
  await page.getByTestId('action-new').click();
  await page.getByTestId('action-save').click();
  await expect(page.getByTestId('action-form').getByText('é obrigatório')).toHaveCount(3);
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancelar' }).click();
  await expect(page.getByTestId('action-form')).toHaveCount(0);

  // The calendar: February 2025 holds A2; opening it edits it (10 → 12 participants), undo puts it back.
  await page.getByTestId('actions-view').getByText('Calendário').click();
  await chooseOption(page, 'calendar-month', 'fevereiro de 2025');
  await expect(page.getByTestId('programme-calendar')).toHaveAttribute('data-actions', '1');
  await page.screenshot({ path: testInfo.outputPath('programmes-calendar-pt.png'), fullPage: true });
  await page.getByTestId('calendar-action-A2').click();
  await page.getByTestId('action-participants').fill('12');
  await chooseOption(page, 'action-site', 'Distrito Industrial de Betim (Betim)');
  await page.screenshot({ path: testInfo.outputPath('programmes-action-form-pt.png') });
  await page.getByTestId('action-save').click();
  await expect(page.getByTestId('action-form')).toHaveCount(0);
  await expect(
    page.getByTestId('programme-actions-grid').locator('[row-index] [col-id="site"]').filter({ hasText: 'Distrito Industrial de Betim' }),
  ).toHaveCount(1);
  await page.getByTestId('actions-view').getByText('Alcance no mapa').click();
  const contagem = page.getByTestId('programme-reach').locator('tr', { hasText: 'Contagem' });
  await expect(contagem.locator('td').nth(2)).toHaveText('12');
  await page.getByTestId('header-undo').click();
  await expect(contagem.locator('td').nth(2)).toHaveText('10');

  // Another language: English labels.
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-programmes').click();
  await expect(page.getByTestId('programme-tab-monitor')).toHaveText('Monitoring');
  await chooseOption(page, 'programme-select', NAME);
  await expect(page.getByTestId('monitor-row-participants-2025-Q1')).toHaveAttribute('data-rag', 'amber');
  await expect(page.getByTestId('monitor-row-participants-2025-Q1').locator('td').nth(1)).toHaveText('Q1 2025');
  await page.screenshot({ path: testInfo.outputPath('programmes-monitor-en.png'), fullPage: true });

  // Renamed (its thresholds and targets kept), then deleted after a question; undo brings it back.
  await page.getByTestId('programme-edit').click();
  await expect(page.getByTestId('programme-name')).toHaveValue(NAME);
  await page.getByTestId('programme-name').fill(`${NAME} II`);
  await page.getByTestId('programme-create').click();
  await expect(page.getByTestId('programme-select')).toHaveValue(`${NAME} II`);
  await expect(page.getByTestId('monitor-row-participants-2025-Q1')).toHaveAttribute('data-rag', 'amber');
  await page.getByTestId('programme-delete').click();
  await expect(page.getByTestId('programme-delete-confirm')).toContainText('results framework, indicators, targets and actions');
  await page.getByTestId('programme-delete-confirm-confirm').click();
  await expect(page.getByTestId('programme-select')).not.toHaveValue(`${NAME} II`);
  await page.getByTestId('header-undo').click();
  await chooseOption(page, 'programme-select', `${NAME} II`);
  await expect(page.getByTestId('monitor-row-participants-2025-Q1')).toHaveAttribute('data-rag', 'amber');

  // In Spanish the actions' types read whole: "Formación de multiplicadores" was cut "Formación de multiplica…" at 190 px.
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'Español');
  await page.getByTestId('nav-programmes').click();
  await page.getByTestId('programme-tab-actions').click();
  const types = page.locator('[data-testid="programme-actions-grid"] [row-index] [col-id="type"]');
  await expect(types.filter({ hasText: 'Formación de multiplicadores' })).toHaveCount(1);
  await expect
    .poll(() => types.evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent)))
    .toEqual([]);
});
