/**
 * Where our own content comes from. Every check that asks "is this us?" (IPC sender, navigation)
 * goes through `isAppUrl`, so the answer cannot drift between them.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'arranjo';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The dev server URL electron-vite hands to main in `electron-vite dev`; ignored in a packaged app
 * so that a stray environment variable cannot point the installed app at a remote page.
 */
export function devServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (isPackaged) return undefined;
  const url = env['ELECTRON_RENDERER_URL'];
  return url && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/?/.test(url) ? url : undefined;
}

/**
 * True for URLs of our own origin. Compares protocol and host rather than `URL.origin`, because
 * Node reports the origin of non-special schemes such as `app:` as the string "null".
 */
export function isAppUrl(url: string, devUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devUrl) return false;
  try {
    return parsed.origin === new URL(devUrl).origin;
  } catch {
    return false;
  }
}
