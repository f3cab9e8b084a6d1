import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

/**
 * A damaged workspace uploaded to the browser: the message sent the planner to "the backup (.bak)",
 * which the browser does not keep; it says to open an earlier copy or ask the sender instead.
 */
test('a damaged workspace in the browser is refused without pointing to a .bak', async ({ page }, testInfo) => {
  await openApp(page);
  // A workspace with a page overwritten, as a copy cut short or a failing disk leave it.
  const bytes = readFileSync(new URL('../fixtures/workspace-schema-17.arranjo', import.meta.url));
  bytes.fill(0xff, 10 * 4096 + 8, 10 * 4096 + 400);
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('action-open').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('action-open-file').click();
  await (await chooser).setFiles({ name: 'danificado.arranjo', mimeType: 'application/octet-stream', buffer: bytes });
  const alert = page.getByTestId('error-alert').first();
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('O arquivo danificado.arranjo está danificado e não pode ser lido. Abra uma cópia anterior');
  await expect(alert).not.toContainText('.bak');
  await page.screenshot({ path: testInfo.outputPath('damaged-in-browser.png') });
});
