import { Menu, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { OPEN_RECENT_PREFIX, type MenuCommand } from '../../shared/ipc/contract';
import { labelsFor, type Labels, type Locale } from './labels';

/**
 * The application menu. Items that act on the workspace (including Undo/Redo, which are the
 * app's own history, not the text field's) only send a command to the renderer; it decides.
 */

export interface MenuState {
  locale: Locale;
  recent: readonly string[];
  isDev: boolean;
  platform: NodeJS.Platform;
}
export type SendMenuCommand = (command: MenuCommand) => void;

export function buildMenuTemplate(state: MenuState, send: SendMenuCommand): MenuItemConstructorOptions[] {
  const l = labelsFor(state.locale);
  const mac = state.platform === 'darwin';
  // macOS shows mnemonic ampersands literally; Windows and Linux use them for Alt+letter.
  const top = (label: string): string => (mac ? label.replace('&', '') : label);
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push(appMenu(l));
  template.push({
    label: top(l.file),
    submenu: [
      command(l.new, 'workspace.new', 'CmdOrCtrl+N'),
      command(l.newDemo, 'workspace.newDemo'),
      { type: 'separator' },
      command(l.open, 'workspace.open', 'CmdOrCtrl+O'),
      { label: l.openRecent, submenu: recentItems(state.recent, l, send, mac) },
      { type: 'separator' },
      command(l.save, 'workspace.save', 'CmdOrCtrl+S'),
      command(l.saveAs, 'workspace.saveAs', 'CmdOrCtrl+Shift+S'),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  });
  // Windows users expect Ctrl+Y for redo, everyone else Shift+Z; the other one stays as a hidden alias.
  const [redoKey, redoAlias] = state.platform === 'win32' ? ['CmdOrCtrl+Y', 'CmdOrCtrl+Shift+Z'] : ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'];
  template.push({
    label: top(l.edit),
    submenu: [
      command(l.undo, 'edit.undo', 'CmdOrCtrl+Z'),
      command(l.redo, 'edit.redo', redoKey),
      { ...command(l.redo, 'edit.redo', redoAlias), visible: false, acceleratorWorksWhenHidden: true },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  });
  template.push({
    label: top(l.view),
    submenu: [
      ...(state.isDev
        ? [
            { role: 'reload', label: l.reload } as const,
            { role: 'toggleDevTools', label: l.toggleDevTools } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'togglefullscreen', label: l.toggleFullScreen },
      { type: 'separator' },
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
    ],
  });
  if (mac) template.push({ role: 'windowMenu', label: l.window });
  template.push({ label: top(l.help), role: 'help', submenu: [{ role: 'about', label: l.about }] });
  return template;
}

function appMenu(l: Labels): MenuItemConstructorOptions {
  return {
    label: 'Arranjo',
    submenu: [
      { role: 'about', label: l.about },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: l.quit },
    ],
  };
}

function recentItems(recent: readonly string[], l: Labels, send: SendMenuCommand, mac: boolean): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: l.noRecent, enabled: false }];
  return recent.map((file, index) => {
    // The folder tells apart two "plano.arranjo" from different agencies.
    const text = `${path.basename(file)} — ${path.dirname(file)}`;
    // Elsewhere an "&" in a file name would turn into a mnemonic; "&&" shows one ampersand.
    const label = mac ? text : `${index < 9 ? `&${index + 1} ` : ''}${text.replaceAll('&', '&&')}`;
    return { label, click: () => send(`${OPEN_RECENT_PREFIX}${file}`) };
  });
}

/**
 * Holds what the menu depends on and rebuilds it when any of it changes. `locale`: the language to
 * start in, until the UI reports its own (the system's, as the UI's first start picks it).
 */
export function createMenuController(options: { isDev: boolean; platform: NodeJS.Platform; send: SendMenuCommand; locale: Locale }) {
  const state: MenuState = { locale: options.locale, recent: [], isDev: options.isDev, platform: options.platform };
  const install = (): void => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, options.send)));
  return {
    install,
    locale: (): Locale => state.locale,
    setLocale(locale: Locale): void {
      state.locale = locale;
      install();
    },
    setRecent(recent: readonly string[]): void {
      state.recent = [...recent];
      install();
    },
  };
}
export type MenuController = ReturnType<typeof createMenuController>;
