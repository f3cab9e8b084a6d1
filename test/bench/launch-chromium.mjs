// Debian's Chromium for the browser benches (playwright-core cannot download its own here).
//
// Chromium 156's headless mode opens a real browser window for every new context, and each window
// builds its omnibox popup as a WebUI page: ~200 chrome:// modules loaded and run in renderers of
// their own for the first ~1.9 s of every fresh context (seen in traces of a first start, 2026-12-04),
// on the same 2 cores as the page being timed. No shell of Arranjo has that popup (Electron has no
// omnibox; a planner's Chrome builds it once per window, not per page). The three features that make
// it are turned off. Chromium takes only the last `--disable-features` it is given, so the list is
// added to Playwright's own (read from the switches it launches Chromium with), not given beside it.
import { readFileSync } from 'node:fs';

const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** The switches the end-to-end tests launch Chromium with too (playwright.config.ts). */
const CHROMIUM_ARGS = JSON.parse(readFileSync(new URL('../chromium-switches.json', import.meta.url), 'utf8'));

/** The features Playwright launches Chromium with turned off (`--disable-features=…`), or null. */
async function playwrightDisabledFeatures(chromium, executablePath) {
  const server = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  try {
    return server.process().spawnargs.find((arg) => arg.startsWith('--disable-features=')) ?? null;
  } finally {
    await server.close();
  }
}

/** Launches Chromium as the benches do: headless, Playwright's defaults, no omnibox popup WebUI. */
export async function launchChromium(chromium) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const defaults = await playwrightDisabledFeatures(chromium, executablePath);
  const disabled = [...(defaults ? defaults.slice('--disable-features='.length).split(',') : []), ...OMNIBOX_POPUP_FEATURES];
  return chromium.launch({
    executablePath,
    ignoreDefaultArgs: defaults ? [defaults] : [],
    args: [...CHROMIUM_ARGS, `--disable-features=${disabled.filter(Boolean).join(',')}`],
  });
}
