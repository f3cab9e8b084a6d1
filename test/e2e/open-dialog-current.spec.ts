import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('the Open dialog says in full which stored workspace is open, even beside a long name', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('action-open-file').click();
  await (
    await chooser
  ).setFiles({
    name: 'Plano São João del-Rei — versão antiga.arranjo',
    mimeType: 'application/octet-stream',
    buffer: readFileSync('test/fixtures/workspace-schema-3.arranjo'),
  });
  await expect(page.getByTestId('workspace-name')).toHaveText('Plano São João del-Rei — versão antiga');
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const label = page.getByTestId('stored-current').locator('.mantine-Badge-label');
  await expect(label).toHaveText('Aberto agora');
  await page.screenshot({ path: testInfo.outputPath('open-dialog-current.png') });
  // Not cut to "ABERTO AG…": the label shows all it holds.
  expect(await label.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});
