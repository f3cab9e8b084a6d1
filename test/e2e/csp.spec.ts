import { expect, test } from '@playwright/test';
import { waitForDashboard, waitForJobsChart } from './helpers';

/**
 * Issue 15 #11: the page's policy allows no <style> element but with its nonce, and the app still draws:
 * Mantine's and AG Grid's injected <style> elements carry the nonce, charts draw, and nothing the
 * policy blocks is reported while the dashboard, a grid with its filter and a chart tooltip show.
 */
test('the CSP: <style> only with a fresh nonce per load; nothing the app draws is blocked; the app styled', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    const blocked: string[] = [];
    (window as unknown as { __blocked: string[] }).__blocked = blocked;
    document.addEventListener('securitypolicyviolation', (e) => blocked.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.target instanceof Element ? e.target.outerHTML.slice(0, 300) : 'the document'}`));
  });
  const response = await page.goto('/');
  const header = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  expect(header).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='/);
  // 'unsafe-inline' only for style attributes (ECharts' tooltip markers; see app-protocol.ts).
  expect(header).toContain("style-src-attr 'unsafe-inline'");
  expect(header.match(/'unsafe-inline'/g)).toHaveLength(1);
  await waitForDashboard(page);
  await waitForJobsChart(page);

  // The page's own policy and the nonce Mantine and AG Grid were handed are this load's.
  const nonce = /'nonce-([^']+)'/.exec(header)?.[1];
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain(`'nonce-${nonce}'`);
  expect(await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce)).toBe(nonce);
  const styles = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.nonce));
  expect(styles.length).toBeGreaterThan(0);
  for (const n of styles) expect(n).toBe(nonce);

  // Styled: Mantine's CSS variables apply (the navbar has its colours), not the browser's defaults.
  const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-blue-6').trim());
  expect(primary).not.toBe('');

  // A chart tooltip and a grid with its column filter.
  const jobs = page.getByTestId('jobs-chart');
  const box = await jobs.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.getByTestId('nav-territories').click();
  await expect(page.getByTestId('sites-grid-row-count')).toHaveAttribute('data-value', '13');
  const gridStyles = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.nonce));
  // AG Grid's theme (injected by the grid kept warm while the page was idle, or by this one), with the nonce.
  expect(await page.evaluate(() => document.querySelectorAll('style[data-ag-css]').length)).toBeGreaterThan(0);
  for (const n of gridStyles) expect(n).toBe(nonce);
  const headerCell = page.locator('[data-testid="sites-grid"] .ag-header-cell[col-id="municipalityName"]');
  await headerCell.locator('.ag-header-cell-filter-button').click();
  await expect(page.locator('.ag-filter-body input').first()).toBeVisible();
  // AG Grid's theme applied (its CSS is one of those <style> elements): the grid has its border and
  // the filter popup floats (absolute), as it would not without the theme.
  expect(await page.locator('[data-testid="sites-grid"] .ag-root-wrapper').evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
  expect(await page.locator('.ag-popup-child').first().evaluate((e) => getComputedStyle(e).position)).toBe('absolute');
  await page.screenshot({ path: testInfo.outputPath('sites-grid-csp.png') });

  // A modal (the district's profile): Mantine locks the page's scroll with react-remove-scroll, whose
  // <style> takes the nonce from get-nonce (style-nonce.ts); blocked, the lock did not apply.
  await page.keyboard.press('Escape');
  await page.getByTestId('sites-grid').locator('[row-index="0"] [col-id="name"]').click();
  await page.getByTestId('site-profile').click();
  await expect(page.locator('body[data-scroll-locked]')).toBeAttached();
  expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
  await page.keyboard.press('Escape');

  expect(await page.evaluate(() => (window as unknown as { __blocked: string[] }).__blocked)).toEqual([]);

  // The policy bites: a <style> element without the nonce, as injected markup would add, is not applied.
  const applied = await page.evaluate(async () => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(255, 0, 0) !important; }';
    document.head.append(style);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return getComputedStyle(document.body).outlineWidth;
  });
  expect(applied).not.toBe('7px');
  // Reported once per policy that forbids it (the header's and the page's meta).
  const blocked = () => page.evaluate(() => (window as unknown as { __blocked: string[] }).__blocked.map((b) => b.split(' ')[0]));
  await expect.poll(blocked).toContain('style-src-elem');
  expect(new Set(await blocked())).toEqual(new Set(['style-src-elem']));

  // Another load, another nonce.
  const again = await page.reload();
  expect((await again?.allHeaders())?.['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
});
