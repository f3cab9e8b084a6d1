import { app, dialog, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { MENU_EVENT_CHANNEL, OPEN_RECENT_PREFIX, type MenuCommand } from '../../shared/ipc/contract';
import { devServerUrl } from './app-origin';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { attachCloseGuard, type CloseGuard } from './close-guard';
import { createFileAccess } from './file-access';
import { createHandlers } from './handlers';
import { releaseAllWorkspaceLocks } from './workspace-lock';
import { createSenderCheck, registerHandlers } from './ipc';
import { labelsFor } from './labels';
import { workspaceArgs } from './launch-files';
import { createMainWindow } from './main-window';
import { createMenuController } from './menu';
import { createKnownCleanRegister } from './known-clean';
import { createRecentFiles } from './recent-files';
import { hardenApp, hardenSession } from './security';
import { systemLocale } from '../../shared/domain/locales';

// Chromium fixes its scheme table at startup: this has to run before `ready`.
registerAppScheme();

// One window, one process: a second launch (e.g. a double-click on a .arranjo file) hands its
// files to the running instance instead of opening a second database owner.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const devUrl = devServerUrl(app.isPackaged);
  const userData = app.getPath('userData');
  let window: BrowserWindow | null = null;
  let closeGuard: CloseGuard | null = null;
  let pageLoaded = false;
  const pendingOpens: string[] = [];

  const send = (command: MenuCommand): void => {
    if (window && !window.isDestroyed()) window.webContents.send(MENU_EVENT_CHANNEL, command);
  };
  // The menu speaks the system's language until the UI reports its own (a planner's choice may differ).
  const menu = createMenuController({
    isDev: !app.isPackaged,
    platform: process.platform,
    send,
    locale: systemLocale(app.getPreferredSystemLanguages()),
  });
  const access = createFileAccess();
  const recent = createRecentFiles(userData);

  // Files from outside reach the renderer as "open recent" commands once its page has loaded.
  const openFromOutside = (file: string): void => {
    access.grant(file);
    if (pageLoaded) send(`${OPEN_RECENT_PREFIX}${file}`);
    else pendingOpens.push(file);
  };
  for (const file of workspaceArgs(process.argv)) openFromOutside(file);

  hardenApp(app, devUrl);
  registerHandlers(
    createHandlers({
      getWindow: () => window,
      getCloseGuard: () => closeGuard,
      recent,
      menu,
      access,
      // Shared with the CLI (same folder as it computes), so a file saved by either opens quickly in both.
      knownClean: createKnownCleanRegister(),
      defaultDirectory: () => app.getPath('documents'),
    }),
    createSenderCheck(() => window, devUrl),
  );

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    for (const file of workspaceArgs(argv, workingDirectory)) openFromOutside(file);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFromOutside(file);
  });
  // A single-document app: closing its window ends it, on macOS too (nothing to keep in the dock).
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => releaseAllWorkspaceLocks());

  void app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      handleAppProtocol(path.join(__dirname, '../renderer'));
      app.setAboutPanelOptions({ applicationName: 'Arranjo', applicationVersion: app.getVersion() });
      menu.setRecent(await recent.list());

      window = createMainWindow({ preload: path.join(__dirname, '../preload/index.cjs'), userDataDir: userData, devUrl });
      closeGuard = attachCloseGuard(window, { labels: () => labelsFor(menu.locale()), send });
      window.webContents.on('did-start-loading', () => {
        pageLoaded = false;
      });
      window.webContents.on('did-finish-load', () => {
        pageLoaded = true;
        for (const file of pendingOpens.splice(0)) send(`${OPEN_RECENT_PREFIX}${file}`);
      });
      window.on('closed', () => {
        window = null;
        closeGuard = null;
      });
    })
    .catch((error: unknown) => {
      console.error('[main] startup failed:', error);
      dialog.showErrorBox('Arranjo', `Arranjo could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}
