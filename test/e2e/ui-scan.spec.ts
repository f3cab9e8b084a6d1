import { expect, test } from '@playwright/test';
import { AREAS } from '../../renderer/src/app/areas';
import { openApp } from './helpers';

/**
 * Issue #14, "Portuguese means Portuguese": every area rendered in pt-BR and its text scanned for
 * i18n keys shown as such ("editor.saved"), placeholders left in ("{{count}}") and English words.
 * One test over the areas' first screens, kept fast.
 */

/** Words that are English and not Portuguese ("remove", "total", "data" are Portuguese too: left out). */
const ENGLISH = [
  'the',
  'and',
  'with',
  'without',
  'from',
  'which',
  'this',
  'that',
  'save',
  'saved',
  'cancel',
  'loading',
  'search',
  'show',
  'hide',
  'delete',
  'edit',
  'close',
  'none',
  'unknown',
  'missing',
  'select',
  'choose',
  'scenario',
  'weights',
  'jobs',
  'value',
  'values',
  'year',
  'years',
  'district',
  'districts',
  'sector',
  'sectors',
  'population',
  'works',
  'settings',
  'language',
  'theme',
  'light',
  'dark',
];
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}\\d_./-])(${ENGLISH.join('|')})(?![\\p{L}\\d_/-])`, 'giu');
/** "namespace.key" or "a.b.c" in camelCase, outside file names (csv, xlsx…). */
const I18N_KEY = /(?<![\w/.-])[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+(?![\w/-])/g;
const FILE_LIKE = /\.(csv|xlsx?|json|md|arranjo|gz|png|svg|pdf|txt)$/i;

test('every area in pt-BR shows no i18n key, placeholder or English word', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openApp(page);
  const found: string[] = [];
  for (const area of AREAS) {
    await page.getByTestId(`nav-${area}`).click();
    await expect(page.getByTestId('area-loading')).toHaveCount(0, { timeout: 60_000 });
    await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 60_000 });
    await page.screenshot({ path: testInfo.outputPath(`scan-${area}.png`) });
    const text = await page.locator('body').innerText();
    for (const m of text.matchAll(I18N_KEY)) if (!FILE_LIKE.test(m[0])) found.push(`${area}: key "${m[0]}"`);
    for (const m of text.matchAll(/\{\{\s*\w+\s*\}\}/g)) found.push(`${area}: placeholder "${m[0]}"`);
    for (const m of text.matchAll(ENGLISH_WORD)) {
      const at = m.index;
      found.push(`${area}: English "${m[0]}" in "…${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…"`);
    }
  }
  expect([...new Set(found)]).toEqual([]);
});
