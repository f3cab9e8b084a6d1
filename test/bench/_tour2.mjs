import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { launchChromium } from '../launch-chromium.mjs';
const port = 4294;
const LOC = process.env.LOC ?? 'pt-BR';
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', 'renderer/vite.web.config.ts', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) { try { if ((await fetch(url)).ok) break; } catch {} await new Promise(r => setTimeout(r, 100)); }
const browser = await launchChromium(chromium);
const areas = (process.env.AREAS ?? 'territories,economy,works,programmes,initiatives').split(',');
try {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: LOC });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.type(), m.text().slice(0, 300)); });
  await page.goto(url);
  await page.locator('[data-testid="app-ready"][data-preloaded="true"]').waitFor({ state: 'attached', timeout: 60000 });
  if (process.env.LANGSEL) { await page.getByTestId('nav-settings').click(); await page.waitForTimeout(500); }
  for (const a of areas) {
    await page.getByTestId(`nav-${a}`).click();
    await page.waitForTimeout(1500);
    const tabs = page.locator('main [role="tab"]:visible');
    const n = await tabs.count();
    for (let i = 0; i < n; i++) {
      const t = tabs.nth(i);
      const label = (await t.innerText()).replace(/[^\p{L}\d]+/gu, '_').slice(0, 30);
      await t.click();
      await page.waitForTimeout(2000);
      await page.screenshot({ path: `/work/prof/tour/${LOC}-${a}-${i}-${label}.png` });
    }
  }
} finally { await browser.close(); server.kill(); }
