import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { countValue, openApp, waitForDashboard } from './helpers';

async function uploadWorkspace(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('action-open-file').click();
  await (await chooser).setFiles(file);
}

test('a corrupt or foreign file is refused with a message and the open workspace stays as it was', async ({ page }, testInfo) => {
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

  await uploadWorkspace(page, { name: 'notas.txt', mimeType: 'text/plain', buffer: Buffer.from('Reunião com a Codemig\nPauta: distritos prioritários\n'.repeat(20)) });
  await expect(page.getByTestId('error-alert').first()).toContainText('notas.txt');
  await page.keyboard.press('Escape');

  await uploadWorkspace(page, { name: 'vazio.arranjo', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) });
  await expect(page.getByTestId('error-alert').filter({ hasText: 'vazio.arranjo' })).toContainText('Arquivo vazio');
  await page.keyboard.press('Escape');

  // Still the same workspace, with the same data.
  await expect(page.getByTestId('workspace-name')).toHaveText(name ?? '');
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('nav-dashboard').click();
  await waitForDashboard(page);
  expect(await countValue(page, 'count-sites')).toBe(sites);
  expect(await countValue(page, 'count-employment')).toBe(employment);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
});
