import { defineConfig, type LaunchOptions } from '@playwright/test';
import { CHROMIUM_LAUNCH_ENV, CHROMIUM_PATH, CHROMIUM_SWITCHES } from './test/launch-chromium.mjs';

/**
 * Debian's Chromium as the benches launch it (test/launch-chromium.mjs): the workers get the options
 * worked out by the global setup; the runner, which launches no browser, the plain switches.
 */
const launched = process.env[CHROMIUM_LAUNCH_ENV];
const launchOptions: LaunchOptions = launched
  ? (JSON.parse(launched) as LaunchOptions)
  : { executablePath: CHROMIUM_PATH, args: CHROMIUM_SWITCHES };

const CI = Boolean(process.env.CI);
const PORT = Number(process.env.ARRANJO_WEB_PORT ?? 4173);

/**
 * End-to-end tests run the browser build (`npm run build:web`, served by `vite preview`) in
 * Debian's Chromium: Playwright's own browser downloads are unavailable on these machines.
 */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results',
  // Two cores: one worker for the browser, the other for the preview server and the engine worker.
  workers: 1,
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1440, height: 900 },
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    screenshot: 'only-on-failure',
    // Tracing every run triples the time on two cores; a retried failure still gets a trace.
    trace: 'on-first-retry',
    launchOptions,
  },
  webServer: {
    command: 'npm run preview:web',
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !CI,
    timeout: 60_000,
  },
});
