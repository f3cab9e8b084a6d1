import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import initSqlJs from 'sql.js';
import { openApp } from './helpers';

/**
 * A workspace from before schema 18 holding two companies on one lot (the engine refuses it since):
 * opened in the browser, the plan says which lot and which companies, and keeps both.
 */
test('a legacy plan with two companies on one lot names them above the plan', async ({ page }, testInfo) => {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(new URL('../fixtures/workspace-schema-17.arranjo', import.meta.url)));
  db.run(
    "INSERT INTO prospect (site_id, company, cnpj, stage, lot_id, illustrative) VALUES (1, 'Segunda Empresa', NULL, 'negotiation', 2, 0)",
  );
  const bytes = Buffer.from(db.export());
  db.close();

  await openApp(page);
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('action-open-file').click();
  await (await chooser).setFiles({ name: 'legado.arranjo', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(page.getByTestId('workspace-name')).toHaveText('legado');
  await page.getByTestId('nav-attraction').click();
  await page.getByTestId('attraction-plans').locator('.attraction-plan-row', { hasText: 'DI-FIX-1' }).getByRole('button').click();
  const note = page.getByTestId('attraction-shared-lots');
  await expect(note).toHaveText(
    'Um lote está com mais de uma empresa, o que versões anteriores do Arranjo permitiam: L-02 com Empresa Fixture Ltda e Segunda Empresa. O desconto no terreno conta o lote para cada uma delas; confira qual empresa ficou com ele.',
  );
  await page.screenshot({ path: testInfo.outputPath('shared-lot.png') });
});
