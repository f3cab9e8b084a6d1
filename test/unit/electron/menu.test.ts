import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '../../../electron/main/labels';
import { buildMenuTemplate, createMenuController, type MenuState } from '../../../electron/main/menu';

const installed = vi.hoisted(() => ({ templates: [] as unknown[] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => {
      installed.templates.push(template);
      return { template };
    }),
    setApplicationMenu: vi.fn(),
  },
}));

const base: MenuState = { locale: 'pt-BR', recent: [], isDev: false, platform: 'linux' };

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = flatten(items).find((entry) => entry.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
}
function click(item: MenuItemConstructorOptions): void {
  (item.click as unknown as () => void)();
}

describe('application menu', () => {
  it('speaks pt-BR by default and switches to en and es', () => {
    const labels = (state: MenuState) => buildMenuTemplate(state, () => undefined).map((item) => item.label);
    expect(labels(base)).toEqual(['&Arquivo', '&Editar', '&Exibir', 'Aj&uda']);
    expect(labels({ ...base, locale: 'en' })).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels({ ...base, locale: 'es' })).toEqual(['&Archivo', '&Editar', '&Ver', 'Ay&uda']);
    expect(
      find(
        buildMenuTemplate({ ...base, locale: 'es' }, () => undefined),
        'Guardar como…',
      ).accelerator,
    ).toBe('CmdOrCtrl+Shift+S');
  });

  it('has the same keys in every language', () => {
    const keys = Object.keys(LABELS['pt-BR']).sort();
    expect(Object.keys(LABELS.en).sort()).toEqual(keys);
    expect(Object.keys(LABELS.es).sort()).toEqual(keys);
  });

  it('binds the shortcuts of the main actions', () => {
    const l = LABELS.en;
    const template = buildMenuTemplate({ ...base, locale: 'en' }, () => undefined);
    expect(find(template, l.new).accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, l.open).accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, l.save).accelerator).toBe('CmdOrCtrl+S');
    expect(find(template, l.saveAs).accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(find(template, l.undo).accelerator).toBe('CmdOrCtrl+Z');
    const redo = flatten(template)
      .filter((item) => item.label === l.redo)
      .map((item) => item.accelerator);
    expect(redo.sort()).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y']);
  });

  it('sends commands to the renderer on click, undo and redo included (not the text-field roles)', () => {
    const send = vi.fn();
    const l = LABELS.en;
    const template = buildMenuTemplate({ ...base, locale: 'en' }, send);
    const expected: Array<[string, string]> = [
      [l.new, 'workspace.new'],
      [l.newDemo, 'workspace.newDemo'],
      [l.open, 'workspace.open'],
      [l.save, 'workspace.save'],
      [l.saveAs, 'workspace.saveAs'],
      [l.undo, 'edit.undo'],
      [l.redo, 'edit.redo'],
    ];
    for (const [label, command] of expected) {
      const item = find(template, label);
      expect(item.role).toBeUndefined();
      click(item);
      expect(send).toHaveBeenLastCalledWith(command);
    }
    expect(find(template, l.copy).role).toBe('copy');
    expect(find(template, l.paste).role).toBe('paste');
  });

  it('lists recent files, opens them by path, and says when there are none', () => {
    const send = vi.fn();
    const recent = ['/data/MG/plano.arranjo', '/data/BA/polos & distritos.arranjo'];
    const template = buildMenuTemplate({ ...base, locale: 'en', recent }, send);
    const submenu = find(template, LABELS.en.openRecent).submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label)).toEqual(['&1 plano.arranjo — /data/MG', '&2 polos && distritos.arranjo — /data/BA']);
    click(submenu[1] as MenuItemConstructorOptions);
    expect(send).toHaveBeenCalledWith('workspace.openRecent:/data/BA/polos & distritos.arranjo');
    const empty = find(buildMenuTemplate({ ...base, locale: 'en' }, send), LABELS.en.openRecent).submenu as MenuItemConstructorOptions[];
    expect(empty).toEqual([{ label: LABELS.en.noRecent, enabled: false }]);
  });

  it('offers reload and devtools only in development', () => {
    const roles = (state: MenuState) => flatten(buildMenuTemplate(state, () => undefined)).map((item) => item.role);
    expect(roles(base)).not.toContain('reload');
    expect(roles(base)).not.toContain('toggleDevTools');
    expect(roles({ ...base, isDev: true })).toContain('reload');
    expect(roles(base)).toEqual(expect.arrayContaining(['togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom', 'quit', 'about']));
  });

  it('follows platform conventions: app menu and no ampersands on macOS, Ctrl+Y first on Windows', () => {
    const mac = buildMenuTemplate({ ...base, platform: 'darwin', locale: 'en' }, () => undefined);
    expect(mac.map((item) => item.label)).toEqual(['Arranjo', 'File', 'Edit', 'View', 'Window', 'Help']);
    const windows = buildMenuTemplate({ ...base, platform: 'win32', locale: 'en' }, () => undefined);
    const visibleRedo = flatten(windows).find((item) => item.label === LABELS.en.redo && item.visible !== false);
    expect(visibleRedo?.accelerator).toBe('CmdOrCtrl+Y');
  });

  it('rebuilds the installed menu when the locale or the recent list changes', () => {
    const controller = createMenuController({ isDev: false, platform: 'linux', send: () => undefined, locale: 'pt-BR' });
    controller.install();
    controller.setLocale('en');
    expect(controller.locale()).toBe('en');
    const last = installed.templates.at(-1) as MenuItemConstructorOptions[];
    expect(last[0]?.label).toBe('&File');
    controller.setRecent(['/a.arranjo']);
    expect(installed.templates).toHaveLength(3);
  });

  it("starts in the language it is given (the system's) until the UI reports its own", () => {
    const controller = createMenuController({ isDev: false, platform: 'linux', send: () => undefined, locale: 'es' });
    controller.install();
    expect(controller.locale()).toBe('es');
    expect((installed.templates.at(-1) as MenuItemConstructorOptions[])[0]?.label).toBe(LABELS.es.file);
    controller.setLocale('pt-BR');
    expect((installed.templates.at(-1) as MenuItemConstructorOptions[])[0]?.label).toBe(LABELS['pt-BR'].file);
  });
});
