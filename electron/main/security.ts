import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Everything the page could do to reach beyond itself is refused here: new windows, navigation
 * away from our origin, `<webview>`, and every permission (camera, notifications, clipboard
 * read…). Arranjo needs none of them, and a refusal costs nothing when nothing asks.
 */

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Same-origin navigations stay allowed so that a reload (Vite's HMR fallback, the dev menu) keeps
 * working; the page cannot go anywhere else.
 */
export function hardenWebContents(contents: WebContents, devUrl: string | undefined): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies `hardenWebContents` to every web contents ever created, not only the main window's. */
export function hardenApp(app: App, devUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl));
}
