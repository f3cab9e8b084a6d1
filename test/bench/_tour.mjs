import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { launchChromium } from '../launch-chromium.mjs';
const port = 4293;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', 'renderer/vite.web.config.ts', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) { try { if ((await fetch(url)).ok) break; } catch {} await new Promise(r => setTimeout(r, 100)); }
const browser = await launchChromium(chromium);
const areas = ['dashboard','territories','economy','prioritization','works','attraction','programmes','initiatives','import-export','settings'];
try {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: process.env.LOC ?? 'pt-BR' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text().slice(0, 300)); });
  await page.goto(url);
  await page.locator('[data-testid="app-ready"][data-preloaded="true"]').waitFor({ state: 'attached', timeout: 60000 });
  for (const a of areas) {
    await page.getByTestId(`nav-${a}`).click();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/work/prof/tour/${process.env.LOC ?? 'pt'}-${a}.png` });
  }
} finally { await browser.close(); server.kill(); }
