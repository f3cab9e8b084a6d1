import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

async function renameSite(page: Page, rowIndex: number, name: string): Promise<void> {
  await page.getByTestId('nav-territories').click();
  await page.locator(`[data-testid="sites-grid"] [row-index="${rowIndex}"] [col-id="name"]`).dblclick();
  const editor = page.locator('[data-testid="sites-grid"] .ag-cell-inline-editing input');
  await editor.fill(name);
  await editor.press('Enter');
  await expect(page.getByTestId('sites-grid')).toContainText(name);
}

test('two tabs with the same workspace: the second save is refused, not written over the first', async ({ page }, testInfo) => {
  await openApp(page);
  await renameSite(page, 0, 'Distrito salvo na aba A');
  await page.getByTestId('header-save').click();
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);

  // The same workspace in a second tab (it reopens the last one): changed and saved there.
  const other = await page.context().newPage();
  await openApp(other);
  await expect(other.getByTestId('workspace-name')).toHaveText((await page.getByTestId('workspace-name').textContent()) ?? '');
  await renameSite(other, 1, 'Distrito salvo na aba B');
  await other.getByTestId('header-save').click();
  await expect(other.getByTestId('dirty-mark')).toHaveCount(0);

  // The first tab, which never saw B's change, saves again: refused with what to do.
  await renameSite(page, 2, 'Distrito da aba A, depois');
  await page.getByTestId('header-save').click();
  const alert = page.getByTestId('error-alert').first();
  await expect(alert).toContainText('foi salvo em outra aba ou janela');
  await expect(alert).toContainText('Salvar como');
  await page.screenshot({ path: testInfo.outputPath('refused-other-tab.png') });
  await expect(page.getByTestId('dirty-mark')).toHaveCount(1);

  // B's change is still stored; A's refused one is not.
  await other.reload();
  await other.getByTestId('nav-territories').click();
  await expect(other.getByTestId('sites-grid')).toContainText('Distrito salvo na aba B');
  await expect(other.getByTestId('sites-grid')).toContainText('Distrito salvo na aba A');
  await expect(other.getByTestId('sites-grid')).not.toContainText('Distrito da aba A, depois');
});
