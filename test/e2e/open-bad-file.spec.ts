import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import initSqlJs from 'sql.js';
import { countValue, openApp, waitForDashboard } from './helpers';

async function uploadWorkspace(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('action-open-file').click();
  await (await chooser).setFiles(file);
}

test('a corrupt or foreign file is refused with a message and the open workspace stays as it was; a legacy one opens and says what it holds', async ({
  page,
}, testInfo) => {
  await openApp(page);
  const name = await page.getByTestId('workspace-name').textContent();
  const sites = await countValue(page, 'count-sites');
  const employment = await countValue(page, 'count-employment');

  // The Open dialog says which stored workspace is the open one (it had a greyed Open button and
  // nothing more), and gives sizes as a file manager does ("8.528 KB" for the demo before).
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const current = page
    .getByTestId('stored-workspaces')
    .getByRole('row')
    .filter({ has: page.getByTestId('stored-current') });
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Aberto agora');
  await expect(current).toContainText(/\d,\d MB/);
  await expect(current.getByRole('button')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('stored-workspaces')).toBeHidden();

  await uploadWorkspace(page, { name: 'x.arranjo', mimeType: 'application/octet-stream', buffer: randomBytes(8192) });
  const alert = page.getByTestId('error-alert').first();
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('x.arranjo');
  await expect(alert).toContainText('não é um espaço de trabalho do Arranjo');
  await page.screenshot({ path: testInfo.outputPath('refused-random-bytes.png') });
  await page.keyboard.press('Escape');
  await alert.getByRole('button').click();
  await expect(page.getByTestId('error-alert')).toHaveCount(0);

  await uploadWorkspace(page, {
    name: 'notas.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Reunião com a Codemig\nPauta: distritos prioritários\n'.repeat(20)),
  });
  await expect(page.getByTestId('error-alert').first()).toContainText('notas.txt');
  await page.keyboard.press('Escape');

  await uploadWorkspace(page, { name: 'vazio.arranjo', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) });
  await expect(page.getByTestId('error-alert').filter({ hasText: 'vazio.arranjo' })).toContainText('Arquivo vazio');
  await page.keyboard.press('Escape');

  // A damaged workspace (a page overwritten, as a copy cut short or a failing disk leave it): the message
  // sent the planner to "the backup (.bak)", which the browser does not keep.
  const fixture = readFileSync(new URL('../fixtures/workspace-schema-17.arranjo', import.meta.url));
  const damaged = Buffer.from(fixture);
  damaged.fill(0xff, 10 * 4096 + 8, 10 * 4096 + 400);
  await uploadWorkspace(page, { name: 'danificado.arranjo', mimeType: 'application/octet-stream', buffer: damaged });
  const damagedAlert = page.getByTestId('error-alert').filter({ hasText: 'danificado.arranjo' });
  await expect(damagedAlert).toContainText('O arquivo danificado.arranjo está danificado e não pode ser lido. Abra uma cópia anterior');
  await expect(damagedAlert).not.toContainText('.bak');
  await page.screenshot({ path: testInfo.outputPath('damaged-in-browser.png') });
  await page.keyboard.press('Escape');

  // Still the same workspace, with the same data.
  await expect(page.getByTestId('workspace-name')).toHaveText(name ?? '');
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);
  expect(await countValue(page, 'count-sites')).toBe(sites);
  expect(await countValue(page, 'count-employment')).toBe(employment);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);

  // A workspace from before schema 18 holding two companies on one lot (the engine refuses it since):
  // it opens, and the plan says which lot and which companies, keeping both.
  const SQL = await initSqlJs();
  const legacy = new SQL.Database(fixture);
  legacy.run(
    "INSERT INTO prospect (site_id, company, cnpj, stage, lot_id, illustrative) VALUES (1, 'Segunda Empresa', NULL, 'negotiation', 2, 0)",
  );
  const legacyBytes = Buffer.from(legacy.export());
  legacy.close();
  await uploadWorkspace(page, { name: 'legado.arranjo', mimeType: 'application/octet-stream', buffer: legacyBytes });
  await expect(page.getByTestId('workspace-name')).toHaveText('legado');
  await page.getByTestId('nav-attraction').click();
  await page.getByTestId('attraction-plans').locator('.attraction-plan-row', { hasText: 'DI-FIX-1' }).getByRole('button').click();
  await expect(page.getByTestId('attraction-shared-lots')).toHaveText(
    'Um lote está com mais de uma empresa, o que versões anteriores do Arranjo permitiam: L-02 com Empresa Fixture Ltda e Segunda Empresa. O desconto no terreno conta o lote para cada uma delas; confira qual empresa ficou com ele.',
  );
  await page.screenshot({ path: testInfo.outputPath('shared-lot.png') });
});
