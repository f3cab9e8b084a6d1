import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('action-open-file').click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test('the Open dialog says in full which stored workspace is open, even beside a long name; a desktop backup uploaded is stored as its workspace', async ({
  page,
}, testInfo) => {
  await openApp(page);
  const old = readFileSync('test/fixtures/workspace-schema-3.arranjo');
  await upload(page, 'Plano São João del-Rei — versão antiga.arranjo', old);
  await expect(page.getByTestId('workspace-name')).toHaveText('Plano São João del-Rei — versão antiga');
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const label = page.getByTestId('stored-current').locator('.mantine-Badge-label');
  await expect(label).toHaveText('Aberto agora');
  await page.screenshot({ path: testInfo.outputPath('open-dialog-current.png') });
  // Not cut to "ABERTO AG…": the label shows all it holds.
  expect(await label.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');

  // The backups the damaged-file and update messages name, uploaded: they were stored and shown as
  // "plano.arranjo.bak" (downloaded as "plano.arranjo.bak.arranjo"). A backup takes its workspace's name,
  // unless a stored workspace has it (which may hold newer work): then "… (restaurado)".
  await upload(page, 'plano.arranjo.bak', old);
  await expect(page.getByTestId('workspace-name')).toHaveText('plano');
  await upload(page, 'Plano São João del-Rei — versão antiga.arranjo.schema-3.bak', old);
  await expect(page.getByTestId('workspace-name')).toHaveText('Plano São João del-Rei — versão antiga (restaurado)');
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  // The list is read once the dialog opens: the open one marked says it is there.
  await expect(page.getByTestId('stored-current').locator('xpath=ancestor::tr')).toContainText('(restaurado)');
  const stored = await page.getByTestId('stored-workspaces').locator('tbody tr td:first-child').allInnerTexts();
  expect(stored).toEqual(
    expect.arrayContaining(['plano', 'Plano São João del-Rei — versão antiga', 'Plano São João del-Rei — versão antiga (restaurado)']),
  );
  expect(stored.filter((name) => name.includes('.bak'))).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('open-dialog-restored.png') });
});
