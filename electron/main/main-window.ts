import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { loadWindowState, MIN_WINDOW_SIZE, trackWindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  userDataDir: string;
  /** The Vite dev server in `electron-vite dev`; the built renderer on app:// otherwise. */
  devUrl: string | undefined;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(
    options.userDataDir,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Arranjo',
    // Shown once painted, so the planner never sees a white flash or a half-drawn layout.
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  trackWindowState(options.userDataDir, window);
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[main-window] renderer gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  void window.loadURL(options.devUrl ?? APP_ENTRY_URL);
  return window;
}
