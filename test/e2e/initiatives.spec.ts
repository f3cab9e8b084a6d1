import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, pickMunicipalities } from './helpers';

const APICOLA = 'Polo Apícola do Norte de Minas';

async function openInitiatives(page: Page): Promise<void> {
  await page.getByTestId('nav-initiatives').click();
  await expect(page.getByTestId('initiatives-area')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('initiatives-map')).toHaveAttribute('data-render-finished', 'true');
}

async function openProfile(page: Page, name: string): Promise<void> {
  await page.getByTestId('initiatives-grid').locator('[row-index] [col-id="name"]').filter({ hasText: name }).click();
  const profile = page.getByTestId('initiative-profile');
  await expect(profile).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('initiative-name')).toHaveText(name);
}

test('initiatives: filter MG, open the Polo Apícola, learn from a related polo, record an exchange, export the grid, run its diagnosis', async ({
  page,
}, testInfo) => {
  test.setTimeout(360_000);
  const brMap = () => page.getByTestId('initiatives-map');
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`initiatives-${name}.png`) });
  // Building the demo workspace can take minutes on a loaded two-core machine: wait on the marker, longer.
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 180_000 });

  // The dashboard map outlines the MG polos.
  const dashboardMap = page.getByTestId('dashboard-map');
  await expect(dashboardMap).toHaveAttribute('data-render-finished', 'true');
  await expect(dashboardMap).not.toHaveAttribute('data-polo-municipalities', '0');
  await shot('dashboard-pt');

  // While the planner reads the dashboard, the app draws this area ahead, hidden (issue 16): its
  // map is drawn before the click, and the click only shows it.
  await expect(page.getByTestId('app-ready')).toHaveAttribute('data-preloaded', 'true', { timeout: 60_000 });
  const warmed = page.getByTestId('warm-area-host');
  await expect(warmed.getByTestId('initiatives-map')).toHaveAttribute('data-render-finished', 'true');
  await expect(warmed.getByTestId('initiatives-area')).toBeHidden();
  await openInitiatives(page);
  await expect(warmed.getByTestId('initiatives-map')).toBeVisible();
  // The near-duplicate is shown, not merged; the planner merges it, and one undo takes it back.
  const duplicates = page.getByTestId('initiatives-near-duplicates');
  await expect(duplicates).toContainText('Polo dp MEL do Meio do Mundo');
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '79');
  // The totals row: the 1,587 memberships are 1,184 distinct municipalities, each population once;
  // the population says what it is (the workspace's latest POP: IBGE's 2024 estimate).
  const grid = page.getByTestId('initiatives-grid');
  const totalOf = (colId: string) => grid.locator(`.ag-row-pinned [col-id="${colId}"]`);
  await expect(totalOf('municipalities')).toHaveText('1.184');
  await expect(totalOf('population')).toHaveText('53.658.980');
  await expect(grid.locator('.ag-header-cell[col-id="population"]')).toContainText('População (IBGE, estimativa 2024)');
  await expect(page.getByTestId('initiatives-totals-note')).toContainText('IBGE, estimativa da população 2024');
  await duplicates.getByTestId('merge-keep-a').click();
  // The confirmation says what the merge carries and that, where both differ, the kept one's value stays.
  await expect(page.getByRole('dialog')).toContainText('Onde as duas têm valores diferentes, fica o de');
  await page.getByTestId('merge-confirm-confirm').click();
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '78');
  await expect(duplicates).toBeHidden();
  await page.getByTestId('header-undo').click();
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '79');
  await expect(duplicates).toContainText('Polo dp MEL do Meio do Mundo');
  // Undone from another area, the kept area shows its previous map until the list's new answer is
  // in: while it loads the map does not say it is drawn (a test or the bench waiting on the marker
  // read the merged list's map as the current one).
  const mapped = await brMap().getAttribute('data-initiatives');
  await duplicates.getByTestId('merge-keep-a').click();
  await page.getByTestId('merge-confirm-confirm').click();
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '78');
  await expect(brMap()).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('initiatives-area')).toBeHidden();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { staleMap: string[] }).staleMap = seen;
    const look = () => {
      const area = document.querySelector('[data-testid="initiatives-area"]');
      const map = document.querySelector('[data-testid="initiatives-map"]');
      if (area?.getAttribute('data-ready') === 'false' && map?.getAttribute('data-render-finished') === 'true')
        seen.push(map.getAttribute('data-initiatives') ?? '');
    };
    new MutationObserver(look).observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-ready', 'data-render-finished'],
    });
  });
  await page.getByTestId('header-undo').click();
  await openInitiatives(page);
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '79');
  expect(await brMap().getAttribute('data-initiatives')).toBe(mapped);
  expect(await page.evaluate(() => (window as unknown as { staleMap: string[] }).staleMap)).toEqual([]);
  await expect(duplicates).toContainText('Polo dp MEL do Meio do Mundo');

  // A new initiative entered by hand, as a planner registers an APL no file lists: refused without
  // municipalities, then saved with two; its profile opens and the registry counts it; one undo removes it.
  const NEW_APL = 'APL de Confecções do Centro-Oeste Mineiro';
  await page.getByTestId('initiative-new').click();
  // A name the registry has is said before creating (not refused), with the one that has it.
  await page.getByTestId('initiative-new-name').fill('polo apicola do norte de minas');
  await expect(page.getByTestId('initiative-new-same-name')).toContainText('Já existe uma iniciativa com este nome');
  await expect(page.getByTestId('initiative-new-same-name')).toContainText(`${APICOLA} (Rota do Mel · MG ·`);
  await page.getByTestId('initiative-new-name').fill(NEW_APL);
  await expect(page.getByTestId('initiative-new-same-name')).toBeHidden();
  await expect(page.getByTestId('initiative-new-code')).toHaveText('Código: APL-DE-CONFECCOES-DO-CENTRO-OESTE-MINEIRO');
  await page.getByTestId('initiative-new-submit').click();
  await expect(page.getByTestId('initiative-new-form')).toContainText('Escolha ao menos um município');
  await pickMunicipalities(page, 'initiative-new-municipalities', ['Divinópolis', 'Nova Serrana'], 'initiative-new-name');
  await page.getByTestId('initiative-new-submit').click();
  await expect(page.getByTestId('initiative-new-form')).toBeHidden();
  await expect(page.getByTestId('initiative-name')).toHaveText(NEW_APL);
  await expect(page.getByTestId('initiative-profile')).toContainText('Nova Serrana');
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '80');
  await shot('new-initiative-pt');
  // Deleted from its profile after a question that says what goes with it (the engine could, the UI could not).
  await page.getByTestId('initiative-delete').click();
  await expect(page.getByTestId('initiative-delete-confirm')).toContainText('Saem com ela os seus municípios');
  await page.getByTestId('initiative-delete-confirm-confirm').click();
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '79');
  await expect(page.getByTestId('initiative-profile')).toBeHidden();
  await page.getByTestId('header-undo').click();
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '80');
  await page.getByTestId('header-undo').click();
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '79');
  await expect(page.getByTestId('initiative-profile')).toBeHidden();
  // A polo with nothing in MG, opened from the list: the map turns to Brazil, where it shows, rather
  // than leaving MG's map with nothing in the selected colour.
  await expect(brMap()).toHaveAttribute('data-scope', 'mg');
  // From a district to its polos: the quick search finds the polos a municipality belongs to (the
  // grid shows their member count, not the names, and the search found none). Montes Claros is in two.
  await page.getByTestId('initiatives-grid-search').fill('Montes Claros');
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '2');
  const nameCells = grid.locator('[row-index] [col-id="name"]');
  await expect(nameCells.filter({ hasText: APICOLA })).toHaveCount(1);
  await expect(nameCells.filter({ hasText: 'Polo do Pescado das Gerais' })).toHaveCount(1);
  await page.getByTestId('initiatives-grid-search').fill('Litoral Sul da Bahia');
  await openProfile(page, 'Polo Litoral Sul da Bahia');
  await expect(brMap()).toHaveAttribute('data-scope', 'br');
  await expect(brMap()).toHaveAttribute('data-selected', /.+/);
  await expect(brMap()).toHaveAttribute('data-render-finished', 'true');
  await shot('map-bahia-pt');
  await page.getByTestId('initiatives-grid-search').fill('');
  // Brazil by state.
  await page.getByTestId('initiatives-map-scope').getByText('Brasil (UFs)').click();
  await expect(brMap()).toHaveAttribute('data-scope', 'br');
  await expect(brMap()).toHaveAttribute('data-render-finished', 'true');
  await shot('map-br-pt');
  await chooseOption(page, 'initiatives-state', 'MG');
  // MG's 7 polos of the Rotas de Integração, and the map on MG by municipality.
  await expect(page.getByTestId('initiatives-grid-row-count')).toHaveAttribute('data-value', '7');
  const map = page.getByTestId('initiatives-map');
  await expect(map).toHaveAttribute('data-initiatives', '7');
  await expect(totalOf('municipalities')).toHaveText('121');
  await expect(totalOf('population')).toHaveText('6.688.663');
  await page.getByTestId('initiatives-map-scope').getByText('Minas Gerais (municípios)').click();
  await expect(map).toHaveAttribute('data-scope', 'mg');
  await expect(map).toHaveAttribute('data-render-finished', 'true');

  await openProfile(page, APICOLA);
  await expect(map).toHaveAttribute('data-selected', /.+/);
  await expect(map).toHaveAttribute('data-render-finished', 'true');
  // Initiatives to learn from, ranked, with the figures of the ranking (pt-BR decimals).
  const suggestions = page.getByTestId('initiative-suggestions').locator('tbody tr');
  await expect(suggestions.first()).toBeVisible();
  expect(await suggestions.count()).toBeGreaterThan(1);
  // More suggestions than the box holds: its scrollbar shows without the pointer over it.
  const scrollbar = page.getByTestId('initiative-profile').locator('.mantine-ScrollArea-scrollbar[data-orientation="vertical"]');
  await expect(scrollbar.nth(1)).toHaveAttribute('data-state', 'visible');
  const first = suggestions.first();
  await expect(first.locator('td').nth(4)).toHaveText(/^\d,\d{3}$/);
  const partner = (await first.locator('a').textContent()) ?? '';
  expect(partner).not.toBe('');
  await page.screenshot({ path: testInfo.outputPath('initiatives-profile-full-pt.png'), fullPage: true });
  await shot('profile-pt');

  // Record an exchange with the first suggestion.
  await chooseOption(page, 'exchange-partner', partner);
  await page.getByTestId('exchange-what').fill('Visita técnica à casa do mel');
  await page.getByTestId('exchange-record').click();
  const exchanges = page.getByTestId('initiative-exchanges');
  await expect(exchanges).toContainText('Visita técnica à casa do mel');
  await expect(exchanges).toContainText(partner);
  // It moves on (proposed → done) and can go; each change undoable.
  const status = exchanges.locator('[data-testid^="exchange-status-"]').first();
  await expect(status).toHaveValue('proposto');
  await status.click();
  await page.getByRole('option', { name: 'concluído' }).click();
  await expect(status).toHaveValue('concluído');
  await exchanges.locator('[data-testid^="exchange-delete-"]').first().click();
  await expect(exchanges).not.toContainText('Visita técnica à casa do mel');
  await page.getByTestId('header-undo').click();
  await expect(exchanges).toContainText('Visita técnica à casa do mel');
  await expect(status).toHaveValue('concluído');

  // The grid's export, read back: the 7 MG polos, typed numbers, the source in the notes.
  const download = page.waitForEvent('download');
  await page.getByTestId('initiatives-grid-export-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('polos-e-iniciativas.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const header = (sheet?.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  expect(header).toContain('Municípios');
  const names: string[] = [];
  let apicolaMunicipalities: unknown = null;
  sheet?.eachRow((row, index) => {
    const name = row.getCell(header.indexOf('Nome')).value;
    if (index === 1 || typeof name !== 'string' || name === '' || name.startsWith('Total')) return;
    names.push(name);
    if (name === APICOLA) apicolaMunicipalities = row.getCell(header.indexOf('Municípios')).value;
  });
  expect(names).toHaveLength(7);
  expect(names).toContain(APICOLA);
  expect(typeof apicolaMunicipalities).toBe('number');
  const notes = workbook.worksheets.at(-1);
  const noteText = JSON.stringify(notes?.getSheetValues());
  expect(noteText).toContain('Rotas');
  // The notes say what the population is, and the totals row as the grid shows it.
  expect(noteText).toContain('IBGE, estimativa da população 2024');
  expect(noteText).toContain('121 (Municípios distintos');
  expect(header).toContain('População (IBGE, estimativa 2024)');

  // Territórios: the polo's territory set apart, labelled by its polo, and not deleted from there.
  await page.getByTestId('nav-territories').click();
  // Left, the area drawn ahead stays, hidden: its next open shows what it drew (issue 16).
  await expect(page.getByTestId('warm-area-host').getByTestId('initiatives-map')).toBeHidden();
  await page.getByTestId('tab-sets').click();
  await page
    .getByTestId('territory-sets-shown')
    .getByText(/De iniciativas/)
    .click();
  const sets = page.getByTestId('territory-sets-grid');
  await sets.locator('[row-index] [col-id="initiativeName"]').filter({ hasText: APICOLA }).click();
  await shot('territory-sets-pt');
  await page.getByTestId('territory-set-delete').click();
  await expect(page.getByTestId('error-alert')).toContainText(`municípios da iniciativa “${APICOLA}”`);
  await shot('territory-refusal-pt');

  // One click: the economic diagnosis of the polo's municipalities. The refusal above stays in its
  // area: it goes when the planner leaves it (a notification worded again after a language switch
  // is test/unit/renderer/translate-error.test.ts's).
  await openInitiatives(page);
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
  await openProfile(page, APICOLA);
  await expect(page.getByTestId('initiative-population-header')).toHaveText('População (IBGE, estimativa 2024)');
  await page.getByTestId('initiative-diagnose').click();
  await expect(page.getByTestId('area-economy')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('vocations-title')).toContainText(APICOLA);
  await shot('diagnosis-pt');

  // Spanish: the same area, its map, profile and library.
  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'Español');
  await openInitiatives(page);
  await expect(page.getByTestId('initiatives-area')).toContainText('Biblioteca de metodologías');
  await openProfile(page, APICOLA);
  await expect(page.getByTestId('initiative-governance')).toContainText('Gobernanza');
  await expect(page.getByTestId('initiative-exchanges').locator('[data-testid^="exchange-status-"]').first()).toHaveValue('concluido');
  await shot('profile-es');
  await page.getByTestId('methodology-library-open').click();
  await expect(page.getByTestId('methodology-table')).toBeVisible();
  await shot('library-es');
  await page.keyboard.press('Escape');

  // The polo's territory set, described in Spanish (its stored note is Portuguese).
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-sets').click();
  await page
    .getByTestId('territory-sets-shown')
    .getByText(/De iniciativas/)
    .click();
  const apicolaSet = page.getByTestId('territory-sets-grid').locator('[row-index]').filter({ hasText: APICOLA });
  await expect(apicolaSet.locator('[col-id="description"]')).toHaveText('Mantenido por el área Polos e iniciativas');
});
