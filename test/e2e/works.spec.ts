import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseOption, pickImportFile } from './helpers';

const FIXTURES = fileURLToPath(new URL('../fixtures/works/', import.meta.url));

/** Imports a canonical CSV through the wizard: the layout is recognized by its header, no mapping by hand. */
async function importCanonical(page: Page, file: string, template: RegExp, count: number): Promise<void> {
  await pickImportFile(page, `${FIXTURES}${file}`);
  await expect(page.getByTestId('import-template')).toHaveValue(template);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-step')).toHaveAttribute('data-step', 'preview');
  await expect(page.getByTestId('preview-imported')).toHaveAttribute('data-value', String(count));
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', String(count));
  await page.getByTestId('done-close').click();
}

/** Opens a grid cell's editor, replaces what it holds with `text` and commits it, as a planner types. */
async function typeInCell(page: Page, cell: Locator, text: string): Promise<void> {
  await cell.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/works-${name}.png` });
}

interface Header {
  text: string;
  cut: boolean;
  measured: boolean;
}

/**
 * The headers of the works grid drawn now, if they cover the part of it in view (the grid draws only the
 * columns in view, after a scroll), else null: each one's text, whether it reads whole within its cell,
 * and whether AG Grid measured its height (autoHeaderHeight: a layout of the page per header).
 */
async function drawnHeaders(page: Page): Promise<(Header & { id: string })[] | null> {
  return page.getByTestId('works-grid').evaluate((grid) => {
    const viewport = grid.querySelector('.ag-grid-viewport');
    const cells = [...grid.querySelectorAll<HTMLElement>('.ag-header-cell[col-id]')];
    const row = cells[0]?.closest('.ag-header-row')?.getBoundingClientRect();
    if (!viewport || !row) return null;
    // The columns scrolled under the pinned ones (the work's code) are drawn from the pinned ones' edge.
    const pinned = cells.filter((cell) => cell.closest('.ag-grid-pinned-left-cells'));
    const scrolled = cells.filter((cell) => !pinned.includes(cell)).map((cell) => cell.getBoundingClientRect());
    const from = Math.max(viewport.getBoundingClientRect().left, ...pinned.map((cell) => cell.getBoundingClientRect().right));
    const to = Math.min(viewport.getBoundingClientRect().left + viewport.clientWidth, row.right);
    const covered =
      scrolled.length > 0 && Math.min(...scrolled.map((b) => b.left)) <= from + 1 && Math.max(...scrolled.map((b) => b.right)) >= to - 1;
    if (!covered) return null;
    return cells.map((cell) => {
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
      const measured = cell.classList.contains('ag-header-cell-auto-height');
      return { id: cell.getAttribute('col-id') ?? '', text: text?.textContent ?? '', cut, measured };
    });
  });
}

/**
 * At 1280 × 720, every header of the works grid, scrolled through from the first column to the last: each
 * of the 18 reads whole (two lines at most: "Término projetado" wraps) at a fixed height that AG Grid does
 * not measure on each open (it did, a forced layout per header). The grid is left scrolled back to its start.
 */
async function expectWholeHeaders(page: Page, longest: string, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.locator('[data-testid="works-grid"] .ag-row').first()).toBeVisible();
  const scroll = page.locator('[data-testid="works-grid"] .ag-grid-viewport');
  const seen = new Map<string, Header>();
  for (let left = 0, end = false; !end; left += 300) {
    end = await scroll.evaluate((v, x) => {
      v.scrollLeft = x;
      return v.scrollLeft + v.clientWidth >= v.scrollWidth - 1;
    }, left);
    await expect
      .poll(
        async () => {
          const drawn = await drawnHeaders(page);
          for (const { id, ...header } of drawn ?? []) seen.set(id, header);
          return drawn !== null;
        },
        { intervals: [25] },
      )
      .toBe(true);
  }
  const all = [...seen.values()];
  expect(all.map((h) => h.text)).toContain(longest);
  expect(all).toHaveLength(18);
  expect(all.filter((h) => h.cut).map((h) => h.text)).toEqual([]);
  expect(all.filter((h) => h.measured).map((h) => h.text)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`works-headers-${name}.png`) });
  await scroll.evaluate((v) => (v.scrollLeft = 0));
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('works: import works and measurements, late work in red on the Gantt, freeze a baseline, change a date, see the slip, export the workbook', async ({
  page,
}, testInfo) => {
  test.setTimeout(360_000);
  // Building the demo workspace can take minutes on a loaded two-core machine: wait on the marker, longer.
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 180_000 });
  // The dashboard lists the demo's illustrative works by district, read at the day the demo describes
  // (said in the header): one late and one paralysed work, on any later day too.
  await expect(page.getByTestId('dashboard-works')).toHaveAttribute('data-districts', '9');
  await expect(page.getByTestId('workspace-reference-day')).toHaveText(/Demonstração em 01\/01\/2026/i);
  await expect(page.getByText('Obras por distrito em 01/01/2026')).toBeVisible();
  // Betim: one work done, one on schedule (read today, a year on, that one would be late).
  await expect(page.getByTestId('dashboard-works-DI-BETIM')).toContainText(/–\s*–$/);
  // Read at today instead (to build on the demo with real dates), then undone.
  await page.getByTestId('workspace-reference-day').click();
  await page.getByTestId('workspace-read-today').click();
  await expect(page.getByTestId('workspace-reference-day')).toHaveCount(0);
  // Today where the browser is (the config's America/Sao_Paulo), as the app reads it: a UTC day is
  // already tomorrow there from 21:00 (the CI failed so at 01:xx UTC).
  const today = await page.evaluate(() => new Date().toLocaleDateString('pt-BR'));
  await expect(page.getByText(`Obras por distrito em ${today}`)).toBeVisible();
  await page.getByTestId('header-undo').click();
  await expect(page.getByTestId('workspace-reference-day')).toBeVisible();
  await expect(page.getByText('Obras por distrito em 01/01/2026')).toBeVisible();
  await page.getByTestId('dashboard-works').scrollIntoViewIfNeeded();
  await shot(page, 'dashboard-pt');
  await importCanonical(page, 'obras.csv', /Arranjo — obras/, 3);
  await importCanonical(page, 'medicoes.csv', /Arranjo — medições/, 5);

  await page.getByTestId('nav-works').click();
  await expect(page.getByTestId('works-status-date')).toHaveValue('01/01/2026');
  // Typed as a planner in Brazil writes it (the field follows the UI language, not the browser's locale).
  await page.getByTestId('works-status-date').fill('02/07/2025');
  const ready = page.getByTestId('works-ready');
  await expect(ready).toHaveAttribute('data-status-date', '2025-07-02');
  // The demo's 14 illustrative works, labelled so, plus the 3 imported.
  await expect(ready).toHaveAttribute('data-count', '17');
  // Its 18 headers read whole at 1280 px, at a fixed height not measured on each open.
  await expectWholeHeaders(page, 'Término projetado', 'pt');
  await expect(page.getByTestId('works-illustrative-badge')).toBeVisible();
  // Betim's works only (the demo has two there, not started at this date): grid, Gantt and S-curve follow the filter.
  // Found by typing: an agency's 60 districts all begin "Distrito Industrial de", cut in the picker.
  await page.getByTestId('works-filter-site').click();
  await page.getByTestId('works-filter-site').pressSequentially('Bet');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['Distrito Industrial de Betim']);
  await page.getByRole('option', { name: 'Distrito Industrial de Betim', exact: true }).click();
  const grid = page.getByTestId('works-grid');
  // OB-BET-01: 40 % done against 50 % planned → SPI 0,80, late (red).
  const late = grid.locator('[row-index] [col-id="health"]').filter({ hasText: 'Atrasada' });
  await expect(late).toHaveCount(1);
  await expect(late).toHaveCSS('color', 'rgb(224, 49, 49)');
  // Each work's code, its key, is shown whole (the demo's OBR-DEMO-01 read "OBR-DEMO…").
  const codes = grid.locator('[row-index] [col-id="workCode"]');
  await expect(codes.filter({ hasText: 'OBR-DEMO-01' })).toHaveCount(1);
  const cut = await codes.evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
  expect(cut).toEqual([]);
  await shot(page, 'grid-pt');

  await page.getByTestId('works-tab-gantt').click();
  const gantt = page.getByTestId('works-gantt');
  await expect(gantt).toHaveAttribute('data-render-finished', 'true');
  await expect(gantt).toHaveAttribute('data-late', 'OB-BET-01');
  await shot(page, 'gantt-pt');
  // Betim's Gantt goes into a new meeting sequence (shown in meeting mode further on).
  await page.getByTestId('works-gantt-meeting').click();
  await page.getByTestId('works-gantt-meeting-new').click();
  await expect(page.getByText('Vista adicionada').first()).toBeVisible();

  // Freeze the plan, then move OB-BET-01's planned end by 30 days in the grid: the slip shows.
  await page.getByTestId('works-freeze').click();
  // The name offered says its month as the UI writes months ("jan. de 2026", not the key "2026-01").
  await expect(page.getByTestId('works-baseline-name')).toHaveValue(/^Linha de base [a-zç]{3,4}\. de \d{4}$/);
  // A planner's own long name: whole in the list and on hover (the select shows what fits in 260 px).
  const longName = 'Linha de base após o segundo aditivo de prazo — março de 2025';
  await page.getByTestId('works-baseline-name').fill(longName);
  await page.getByTestId('works-baseline-save').click();
  await expect(page.getByTestId('works-baseline-select')).toHaveValue(longName);
  await expect(page.getByTestId('works-baseline-select')).toHaveAttribute('title', longName);
  await page.getByTestId('works-baseline-select').click();
  const listed = page.getByRole('option', { name: longName });
  await expect(listed).toBeVisible();
  // On one line, not wrapped in a list as narrow as the select.
  const lines = (el: Element) => {
    const tops = new Set<number>();
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
    }
    return tops.size;
  };
  expect(await listed.evaluate(lines)).toBe(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('works-baseline-compare')).toHaveAttribute('data-changed', '0');
  await expect(gantt).toHaveAttribute('data-baseline', 'yes');

  await page.getByTestId('works-tab-portfolio').click();
  const cell = page.getByTestId('works-grid').locator('[row-index="0"] [col-id="plannedEnd"]');
  await expect(cell).toHaveText('31/12/2025');
  await typeInCell(page, cell, '30/01/2026');
  await expect(cell).toHaveText('30/01/2026');
  // A budget typed as the UI writes numbers is that budget (AG Grid's number editor kept "1,5"); undone after.
  const budget = page.getByTestId('works-grid').locator('[row-index="0"] [col-id="budgetPlanned"]');
  const before = (await budget.textContent()) ?? '';
  await typeInCell(page, budget, '1.500.000,25');
  await expect(budget).toHaveText(/^R\$\s1\.500\.000,25$/);
  // The editor opens on the number as pt-BR writes it, ungrouped ("1500000.25" read back as 150000025).
  await budget.click();
  await page.keyboard.press('Enter');
  await expect(budget.locator('input')).toHaveValue('1500000,25');
  await page.keyboard.press('Escape');
  await expect(budget).toHaveText(/^R\$\s1\.500\.000,25$/);
  await page.keyboard.press('Control+z');
  await expect(budget).toHaveText(before);
  const slip = page.getByTestId('works-slip-OB-BET-01');
  await expect(slip).toHaveAttribute('data-slip', '30');
  await expect(slip).toContainText('30 dias');
  await page.getByTestId('works-tab-gantt').click();
  await expect(gantt).toHaveAttribute('data-render-finished', 'true');
  await shot(page, 'gantt-baseline-pt');

  await page.getByTestId('works-tab-scurve').click();
  await expect(page.getByTestId('works-scurve')).toHaveAttribute('data-render-finished', 'true');
  // Each chart of a pair says what it shows.
  await expect(page.getByText('Curva S — previsto × real', { exact: true })).toBeVisible();
  await expect(page.getByText('Valor agregado ao longo do tempo', { exact: true })).toBeVisible();
  await shot(page, 'scurve-pt');
  // The curve of one work picked goes into the meeting sequence as that work's, not Betim's.
  await chooseOption(page, 'works-scurve-scope', 'OB-BET-01 · Pavimentação das vias internas');
  await expect(page.getByTestId('works-scurve')).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('works-scurve-meeting').click();
  await page.getByTestId('works-scurve-meeting-sequence').first().click();
  await expect(page.getByText('Vista adicionada').first()).toBeVisible();
  await page.getByTestId('works-tab-budget').click();
  await expect(page.getByTestId('works-budget-district')).toHaveAttribute('data-render-finished', 'true');
  await expect(page.getByText('Orçamento por fonte de recursos', { exact: true })).toBeVisible();

  // The workbook: typed cells, the grid's figures, the changed date.
  const download = page.waitForEvent('download');
  await page.getByTestId('works-export').click();
  const file = testInfo.outputPath('obras.xlsx');
  await (await download).saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((s) => s.name)).toEqual(['Carteira', 'Medições', 'Curva S', 'Por distrito', 'Métodos']);
  const sheet = wb.getWorksheet('Carteira');
  expect(sheet?.rowCount).toBe(18);
  const header = (sheet?.getRow(1).values as unknown[]).slice(1);
  const row = Array.from({ length: 17 }, (_, i) => sheet?.getRow(i + 2)).find((r) => r?.getCell(3).value === 'OB-BET-01');
  expect(row?.getCell(header.indexOf('Término previsto') + 1).value).toEqual(new Date('2026-01-30T00:00:00.000Z'));
  expect(row?.getCell(header.indexOf('Orçamento previsto (R$)') + 1).value).toBe(1_000_000);
  expect(row?.getCell(header.indexOf('Avanço físico') + 1).value).toBe(0.4);
  // Coded fields in words, as the grid says them.
  expect(row?.getCell(header.indexOf('Andamento') + 1).value).toBe('Atrasada');
  expect(row?.getCell(header.indexOf('Situação') + 1).value).toBe('Em andamento');

  // The work's page: a measurement below the previous one is refused in words, nothing written; a good one is added.
  await page.getByTestId('works-tab-portfolio').click();
  await page.getByTestId('works-grid').locator('[row-index] [col-id="workCode"]').filter({ hasText: 'OB-BET-01' }).dblclick();
  await expect(page.getByTestId('work-drawer-ready')).toBeAttached();
  // The need it answers (from its category) by the survey item's name, not its code (INFRA_PAVING).
  await expect(page.getByTestId('work-drawer').locator('tr', { hasText: 'Necessidades atendidas' }).locator('td')).toHaveText(
    'Pavimentação',
  );
  await page.getByTestId('work-tab-measurements').click();
  // The steps below type into the shown panel: rows counted in a hidden one would not say it is shown.
  await expect(page.getByTestId('work-measurements')).toBeVisible();
  // Only the open tab's panel is in the page (no hidden forms of the other tabs).
  await expect(page.getByTestId('work-paralysis-form')).toHaveCount(0);
  const measurements = page.getByTestId('work-measurements').locator('tbody tr');
  await expect(measurements).toHaveCount(2);
  const measure = async (date: string, physical: string, committed: string, disbursed: string) => {
    await page.getByTestId('measurement-date').fill(date);
    await page.getByTestId('measurement-physical').fill(physical);
    await page.getByTestId('measurement-committed').fill(committed);
    await page.getByTestId('measurement-disbursed').fill(disbursed);
    await page.getByTestId('measurement-add').click();
  };
  await measure('31/07/2025', '30', '700000', '520000');
  await expect(
    page.getByText(/Avanço físico: o avanço físico \(30%\) é menor que o da medição de 30\/06\/2025 \(40%\)/).first(),
  ).toBeVisible();
  await expect(measurements).toHaveCount(2);
  await shot(page, 'measurement-refused-pt');
  // Above 100 % is refused with its reason, never turned into 100 % on leaving the field.
  await measure('31/07/2025', '150', '700000', '520000');
  await expect(page.getByTestId('measurement-physical')).toHaveValue('150');
  await expect(page.getByText('Avanço físico: deve ser no máximo 100').first()).toBeVisible();
  await expect(measurements).toHaveCount(2);
  // An emptied amount is required at its field (it was saved as R$ 0, the financial curve dropping to zero).
  await measure('31/07/2025', '55', '', '520000');
  await expect(page.getByTestId('work-drawer')).toContainText('é obrigatório');
  await expect(measurements).toHaveCount(2);
  // A committed amount a contract for this budget cannot reach (a digit too many) is pointed out as typed.
  await page.getByTestId('measurement-committed').fill('700000000');
  await expect(page.getByTestId('work-drawer')).not.toContainText('é obrigatório');
  await expect(page.getByTestId('measurement-beyond-budget')).toContainText('Lei 14.133/2021, art. 125');
  await shot(page, 'measurement-beyond-budget-pt');
  await measure('31/07/2025', '55', '700000', '520000');
  await expect(page.getByTestId('measurement-beyond-budget')).toHaveCount(0);
  await expect(measurements).toHaveCount(3);
  await expect(measurements.nth(2)).toContainText('55,0%');
  // The corrected measurement saved: the two refusals above are stale and gone.
  await expect(page.getByText('Avanço físico: deve ser no máximo 100')).toHaveCount(0);
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
  await shot(page, 'measurement-added-pt');
  await page.keyboard.press('Escape');

  // The district's profile shows its works at the works area's status date (2025-07-02), the late ones named.
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('sites-grid-search').fill('Betim');
  await page.getByTestId('sites-grid').locator('[row-index="0"] [col-id="name"]').click();
  await page.getByTestId('site-profile').click();
  const works = page.getByTestId('profile-works');
  await expect(works).toHaveAttribute('data-works', '4');
  await expect(works).toHaveAttribute('data-status-date', '2025-07-02');
  await expect(works).toContainText('na data de referência 02/07/2025');
  await expect(page.getByTestId('profile-works-late-OB-BET-01')).toBeVisible();
  await works.scrollIntoViewIfNeeded();
  await shot(page, 'profile-works-pt');
  await page.keyboard.press('Escape');

  // Meeting mode draws the Gantt added above, rebuilt from the workspace.
  await page.getByTestId('tab-meeting').click();
  await page.getByTestId('meeting-present-Reunião 1').click();
  await expect(page.getByTestId('meeting-overlay')).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
  await shot(page, 'meeting-gantt-pt');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('meeting-title')).toHaveText('Curva S — previsto × real — Distrito Industrial de Betim — OB-BET-01');
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
  await shot(page, 'meeting-scurve-one-work-pt');
  await page.keyboard.press('Escape');

  // A new work through the form: an end before its start is refused at its field, nothing written; corrected, it is created and its page opens.
  await page.getByTestId('nav-works').click();
  await expect(page.getByTestId('works-ready')).toBeAttached();
  const count = Number(await page.getByTestId('works-ready').getAttribute('data-count'));
  await page.getByTestId('works-new').click();
  // Sent empty: each of the six required fields says so, in Portuguese. The browser's own bubble said
  // "Please fill out this field.", and the engine named the district only, in English.
  await page.getByTestId('work-form-submit').click();
  await expect(page.getByTestId('work-form').getByText('Obrigatório', { exact: true })).toHaveCount(6);
  await chooseOption(page, 'work-form-site', 'Distrito Industrial de Betim (DI-BETIM)');
  await page.getByTestId('work-form-code').fill('OB-BET-09');
  await page.getByTestId('work-form-title').fill('Iluminação da avenida central');
  await chooseOption(page, 'work-form-category', 'Iluminação');
  await chooseOption(page, 'work-form-funding', 'Convênio');
  await page.getByTestId('work-form-budgetPlanned').fill('450000');
  await page.getByTestId('work-form-plannedStart').fill('01/09/2025');
  await page.getByTestId('work-form-plannedEnd').fill('01/08/2025');
  await page.getByTestId('work-form-contractNumber').fill('CT-77/2025');
  await page.getByTestId('work-form-submit').click();
  await expect(page.getByTestId('work-form')).toContainText('é anterior ao início (01/09/2025)');
  await shot(page, 'work-form-refused-pt');
  await page.getByTestId('work-form-plannedEnd').fill('31/03/2026');
  await page.getByTestId('work-form-submit').click();
  await expect(page.getByTestId('work-drawer-ready')).toBeAttached();
  await expect(page.getByTestId('work-drawer')).toContainText('OB-BET-09 · Iluminação da avenida central');
  await expect(page.getByTestId('work-drawer')).toContainText('CT-77/2025');
  await shot(page, 'work-created-pt');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('works-ready')).toHaveAttribute('data-count', String(count + 1));

  // Another language: the same views in English.
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await page.getByTestId('nav-works').click();
  await page.getByTestId('works-status-date').fill('2025-07-02');
  await expect(page.getByTestId('works-ready')).toHaveAttribute('data-status-date', '2025-07-02');
  // Of the two Betim works imported above, the one behind its plan is late (the demo's own works have their own states).
  const betimLate = page.getByTestId('works-grid').locator('.ag-row').filter({ hasText: 'OB-BET-' }).filter({ hasText: 'Late' });
  await expect(betimLate).toHaveCount(1);
  await expect(betimLate).toContainText('OB-BET-01');
  await shot(page, 'grid-en');
  await expectWholeHeaders(page, 'Schedule health', 'en');
  await page.getByTestId('works-tab-gantt').click();
  await expect(page.getByTestId('works-gantt')).toHaveAttribute('data-render-finished', 'true');
  await shot(page, 'gantt-en');
  await page.getByTestId('works-tab-scurve').click();
  await expect(page.getByTestId('works-scurve')).toHaveAttribute('data-render-finished', 'true');
  await shot(page, 'scurve-en');
  // The English workbook's file is named in English (it was "obras-…" in every language).
  const english = page.waitForEvent('download');
  await page.getByTestId('works-export').click();
  expect((await english).suggestedFilename()).toBe('works-2025-07-02.xlsx');

  // And in Spanish, the grid's headers (its longest, "Término proyectado", wraps on two lines).
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'Español');
  await page.getByTestId('nav-works').click();
  await page.getByTestId('works-tab-portfolio').click();
  await expect(page.getByTestId('works-tab-portfolio')).toHaveText('Cartera');
  await expect(page.getByTestId('works-ready')).toBeAttached();
  await expectWholeHeaders(page, 'Término proyectado', 'es');
  // The demo's paralysed work says its reason and milestones in Spanish (stored in Portuguese, they read so).
  await page.getByTestId('works-grid').locator('[row-index] [col-id="workCode"]').filter({ hasText: 'OBR-DEMO-04' }).dblclick();
  await expect(page.getByTestId('work-drawer-ready')).toBeAttached();
  await expect(page.getByTestId('work-drawer')).toContainText('Rescisión del contrato: la empresa abandonó la obra (ejemplo ilustrativo)');
  await page.getByTestId('work-drawer').getByRole('tab', { name: 'Hitos' }).click();
  await expect(page.getByTestId('work-drawer')).toContainText('Orden de inicio');
  await expect(page.getByTestId('work-drawer')).not.toContainText('Ordem de serviço');
  await page.keyboard.press('Escape');
  // Its baseline, named in Spanish, reads whole once chosen ("Línea de base ilustrativa 20…" at 220 px).
  await page.getByTestId('works-baseline-select').click();
  await page.getByRole('option', { name: /^Línea de base ilustrativa \d{4}-\d{2}$/ }).click();
  const baseline = page.getByTestId('works-baseline-select');
  await expect(baseline).toHaveValue(/^Línea de base ilustrativa \d{4}-\d{2}$/);
  expect(await baseline.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});
