import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Types into a picker and returns the options it then lists. */
async function typeIn(page: Page, testId: string, text: string): Promise<string[]> {
  const picker = page.getByTestId(testId);
  await picker.click();
  // A picker showing its choice: the planner selects that text and types over it.
  await picker.selectText();
  await picker.pressSequentially(text);
  const options = page.getByRole('listbox').getByRole('option');
  // Typing filters at once; then what is listed is read (none: the list hidden or empty).
  await expect(options.filter({ hasNotText: new RegExp(text, 'i') })).toHaveCount(0);
  const listed = await options.allTextContents();
  await page.keyboard.press('Escape');
  return listed;
}

// An agency's portfolio has 60 districts whose names all begin "Distrito Industrial de …" (cut in a
// 190-px picker) and 25 programmes: the pickers that list them are searched by typing, as the
// attraction area's district picker already was.
test('the district and programme pickers of Obras and Programas are searched by typing', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);

  await page.getByTestId('nav-works').click();
  await expect(page.getByTestId('works-filter-site')).toBeVisible();
  expect(await typeIn(page, 'works-filter-site', 'Uberl')).toEqual(['Distrito Industrial de Uberlândia']);

  await page.getByTestId('nav-programmes').click();
  await expect(page.getByTestId('programmes-area')).toHaveAttribute('data-loaded', 'true');
  expect(await typeIn(page, 'programme-select', 'PRODUZIR')).toEqual(['PRODUZIR MG — exemplo ilustrativo']);
  expect(await typeIn(page, 'programme-select', 'Fomento')).toEqual([]);

  await page.getByTestId('programme-tab-actions').click();
  await page.getByTestId('action-new').click();
  await expect(page.getByTestId('action-form')).toBeVisible();
  expect(await typeIn(page, 'action-site', 'Sete')).toEqual([expect.stringContaining('Distrito Industrial de Sete Lagoas')]);
});
