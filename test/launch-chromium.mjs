// Debian's Chromium for the benches and the end-to-end tests (Playwright cannot download its own here).
//
// Chromium 156's headless mode opens a real browser window for every new context, and each window
// builds its omnibox popup as a WebUI page: ~200 chrome:// modules loaded and run in renderers of
// their own for the first ~1.9 s of every fresh context (seen in traces of a first start, 2026-12-04),
// on the same 2 cores as the page being timed or tested. No shell of Arranjo has that popup (Electron
// has no omnibox; a planner's Chrome builds it once per window, not per page). The three features that
// make it are turned off. Chromium takes only the last `--disable-features` it is given, so the list
// is added to Playwright's own (read from the switches it launches Chromium with), not given beside it.
import { readFileSync } from 'node:fs';

const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];
const DISABLE_FEATURES = '--disable-features=';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The switches every launch here gives Chromium (also read by playwright.config.ts). */
export const CHROMIUM_SWITCHES = JSON.parse(readFileSync(new URL('./chromium-switches.json', import.meta.url), 'utf8'));

/** The `--disable-features=…` switch Playwright launches Chromium with, or null. */
async function playwrightDisabledFeatures(chromium) {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_SWITCHES });
  try {
    return server.process().spawnargs.find((arg) => arg.startsWith(DISABLE_FEATURES)) ?? null;
  } finally {
    await server.close();
  }
}

/** Launch options: Debian's Chromium, Playwright's defaults, no omnibox popup WebUI. */
export async function chromiumLaunchOptions(chromium) {
  const defaults = await playwrightDisabledFeatures(chromium);
  const disabled = [...(defaults ? defaults.slice(DISABLE_FEATURES.length).split(',') : []), ...OMNIBOX_POPUP_FEATURES];
  return {
    executablePath: CHROMIUM_PATH,
    ignoreDefaultArgs: defaults ? [defaults] : [],
    args: [...CHROMIUM_SWITCHES, `${DISABLE_FEATURES}${disabled.filter(Boolean).join(',')}`],
  };
}

/** Where the end-to-end tests' global setup hands `chromiumLaunchOptions` (JSON) to the workers. */
export const CHROMIUM_LAUNCH_ENV = 'ARRANJO_CHROMIUM_LAUNCH';

/** Launches Chromium with `chromiumLaunchOptions`. */
export async function launchChromium(chromium) {
  return chromium.launch(await chromiumLaunchOptions(chromium));
}
