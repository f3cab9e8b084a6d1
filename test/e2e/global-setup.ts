import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_ENV, chromiumLaunchOptions } from '../launch-chromium.mjs';

/**
 * Before any worker starts: Chromium's launch options without the omnibox popup WebUI, Playwright's
 * own disabled features kept (test/launch-chromium.mjs). They need a launch to read, so they are
 * worked out once here and handed to the workers (started after this, with this environment), whose
 * playwright.config.ts reads them.
 */
export default async function globalSetup(): Promise<void> {
  process.env[CHROMIUM_LAUNCH_ENV] = JSON.stringify(await chromiumLaunchOptions(chromium));
}
