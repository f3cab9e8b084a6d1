import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { CloseGuard } from '../../../electron/main/close-guard';

const electron = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  addRecentDocument: vi.fn(),
}));
vi.mock('electron', () => ({
  app: { addRecentDocument: electron.addRecentDocument },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: electron.showSaveDialog },
}));

const { createHandlers, safeFileName, withExtension } = await import('../../../electron/main/handlers');
const { createFileAccess } = await import('../../../electron/main/file-access');
const { createRecentFiles } = await import('../../../electron/main/recent-files');
const { createKnownCleanRegister, KNOWN_CLEAN_NAME } = await import('../../../electron/main/known-clean');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'arranjo-handlers-'));
  vi.clearAllMocks();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup() {
  const menu = { install: vi.fn(), locale: () => 'en' as const, setLocale: vi.fn(), setRecent: vi.fn() };
  const guard: CloseGuard = { setDocument: vi.fn(), saveAbandoned: vi.fn(), isDirty: () => false };
  const recent = createRecentFiles(path.join(dir), 'linux');
  const handlers = createHandlers({
    getWindow: () => null,
    getCloseGuard: () => guard,
    recent,
    menu,
    access: createFileAccess('linux'),
    knownClean: createKnownCleanRegister(path.join(dir, 'state')),
    defaultDirectory: () => dir,
  });
  return { handlers, menu, guard, recent };
}

describe('IPC handlers', () => {
  it('opens the file picked in the dialog, remembers it, and may then save over it', async () => {
    const file = path.join(dir, 'plano.arranjo');
    writeFileSync(file, 'v1');
    const { handlers, menu } = setup();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handlers['app:workspace.open']({})).toBeNull();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const opened = await handlers['app:workspace.open']({});
    expect(opened?.path).toBe(file);
    expect(new TextDecoder().decode(opened?.bytes)).toBe('v1');
    expect(electron.showOpenDialog.mock.calls[1]?.[0]).toMatchObject({ filters: [{ extensions: ['arranjo', 'bak'] }] });
    await handlers['app:workspace.settle']({ path: file, opened: true });
    expect(menu.setRecent).toHaveBeenLastCalledWith([file]);
    expect(electron.addRecentDocument).toHaveBeenCalledWith(file);
    expect(await handlers['app:workspace.write']({ path: file, bytes: new TextEncoder().encode('v2') })).toEqual({ path: file, bytes: 2 });
    expect(readFileSync(file, 'utf8')).toBe('v2');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v1');
  });

  it("shows a workspace's backups in the Open dialog, .schema-<n>.bak included, and opens one; Save As offers workspaces only", async () => {
    // "Open its backup (.bak)", the damaged-file message says; the dialog's filter hid every .bak.
    const backup = path.join(dir, 'plano.arranjo.schema-17.bak');
    writeFileSync(backup, 'before the migration');
    const { handlers } = setup();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [backup] });
    const opened = await handlers['app:workspace.open']({});
    const filters = (electron.showOpenDialog.mock.calls[0]?.[0] as OpenDialogOptions).filters ?? [];
    expect(filters).toEqual([{ name: 'Arranjo workspace or backup (.bak)', extensions: ['arranjo', 'bak'] }]);
    // The extension a dialog matches is the name's last one: the migration's backup is among those shown.
    expect(filters[0]?.extensions).toContain(path.extname(backup).slice(1));
    expect(new TextDecoder().decode(opened?.bytes)).toBe('before the migration');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await handlers['app:workspace.chooseSavePath']({ suggestedName: 'plano' });
    expect(electron.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ filters: [{ name: 'Arranjo workspace', extensions: ['arranjo'] }] });
  });

  it('a backup opened is a copy to restore from: never in the recent lists, and Save As suggests its workspace beside it', async () => {
    const workspace = path.join(dir, 'plano.arranjo');
    const backup = `${workspace}.schema-17.bak`;
    writeFileSync(backup, 'before the migration');
    const { handlers, menu, recent } = setup();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [backup] });
    await handlers['app:workspace.open']({});
    await handlers['app:workspace.settle']({ path: backup, opened: true });
    // It went on top of the recent list (and the system's): reopened from there, it passed for the workspace.
    expect(menu.setRecent).not.toHaveBeenCalled();
    expect(electron.addRecentDocument).not.toHaveBeenCalled();
    expect(await handlers['app:recent.list']({})).toEqual([]);
    // A list kept before holds one: it is not offered.
    writeFileSync(workspace, 'damaged');
    await recent.add(workspace);
    await recent.add(`${workspace}.bak`);
    writeFileSync(`${workspace}.bak`, 'v1');
    expect(await handlers['app:recent.list']({})).toEqual([workspace]);

    // Save As suggested "plano.arranjo.schema-17.bak.arranjo": the workspace's name beside the backup,
    // never a file there (one Enter would replace it), in the UI's language.
    const suggested = async () => {
      electron.showSaveDialog.mockResolvedValueOnce({ canceled: true });
      await handlers['app:workspace.chooseSavePath']({ suggestedName: 'plano.arranjo.schema-17.bak', restoredFrom: backup });
      return (electron.showSaveDialog.mock.lastCall?.[0] as SaveDialogOptions).defaultPath;
    };
    expect(await suggested()).toBe(path.join(dir, 'plano (restored).arranjo'));
    writeFileSync(path.join(dir, 'plano (restored).arranjo'), 'restored before');
    expect(await suggested()).toBe(path.join(dir, 'plano (restored) (2).arranjo'));
    rmSync(workspace);
    expect(await suggested()).toBe(workspace);
    // A path the planner never opened says nothing about its folder.
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await handlers['app:workspace.chooseSavePath']({ suggestedName: 'plano', restoredFrom: path.join(tmpdir(), 'x.arranjo.bak') });
    expect((electron.showSaveDialog.mock.lastCall?.[0] as SaveDialogOptions).defaultPath).toBe(path.join(dir, 'plano.arranjo'));
  });

  it('says whether the bytes read are an image this Arranjo wrote: received files get the full check', async () => {
    const file = path.join(dir, 'recebido.arranjo');
    writeFileSync(file, 'from another agency');
    const { handlers } = setup();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await handlers['app:workspace.open']({})).toMatchObject({ knownClean: false, certified: false });
    await handlers['app:workspace.write']({ path: file, bytes: new TextEncoder().encode('saved here') });
    // Saved by this Arranjo (its images pass the quick check in memory before export): certified, as the CLI opens it.
    expect(await handlers['app:workspace.read']({ path: file })).toMatchObject({ knownClean: true, certified: true });
    // Another program changes it: received again.
    writeFileSync(file, 'saved here, then edited');
    expect(await handlers['app:workspace.read']({ path: file })).toMatchObject({ knownClean: false, certified: false });
  });

  it('an image an older register recorded (not checked at save) is known clean but not certified: the quick check', async () => {
    const file = path.join(dir, 'antigo.arranjo');
    writeFileSync(file, 'saved by an older Arranjo');
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    mkdirSync(path.join(dir, 'state'), { recursive: true });
    writeFileSync(path.join(dir, 'state', KNOWN_CLEAN_NAME), JSON.stringify({ version: 1, images: [sha256] }));
    const { handlers } = setup();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await handlers['app:workspace.open']({})).toMatchObject({ knownClean: true, certified: false });
  });

  it('a file the engine refuses is let go: the open workspace keeps its lock and its check against changes made elsewhere', async () => {
    const open = path.join(dir, 'plano.arranjo');
    const received = path.join(dir, 'recebido.arranjo');
    writeFileSync(open, 'v1');
    writeFileSync(received, 'not a workspace');
    const { handlers, menu } = setup();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [open] });
    await handlers['app:workspace.open']({});
    await handlers['app:workspace.settle']({ path: open, opened: true });
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [received] });
    await handlers['app:workspace.open']({});
    expect(existsSync(`${received}.lock`)).toBe(true);
    await handlers['app:workspace.settle']({ path: received, opened: false });
    expect(existsSync(`${received}.lock`)).toBe(false);
    expect(existsSync(`${open}.lock`)).toBe(true);
    expect(menu.setRecent).toHaveBeenLastCalledWith([open]);
    // Another program saves the open file meanwhile: the next save refuses instead of writing over it.
    writeFileSync(open, 'saved by the command line');
    await expect(handlers['app:workspace.write']({ path: open, bytes: new TextEncoder().encode('v2') })).rejects.toMatchObject({
      code: 'WORKSPACE_CHANGED',
    });
    expect(readFileSync(open, 'utf8')).toBe('saved by the command line');
  });

  it('a file the engine opens takes the lock over from the one open before', async () => {
    const first = path.join(dir, 'um.arranjo');
    const second = path.join(dir, 'dois.arranjo');
    writeFileSync(first, '1');
    writeFileSync(second, '2');
    const { handlers } = setup();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [first] });
    await handlers['app:workspace.open']({});
    await handlers['app:workspace.settle']({ path: first, opened: true });
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [second] });
    await handlers['app:workspace.open']({});
    expect(existsSync(`${first}.lock`)).toBe(true);
    await handlers['app:workspace.settle']({ path: second, opened: true });
    expect(existsSync(`${first}.lock`)).toBe(false);
    expect(existsSync(`${second}.lock`)).toBe(true);
    expect(await handlers['app:workspace.write']({ path: second, bytes: new Uint8Array([2]) })).toEqual({ path: second, bytes: 1 });
  });

  it('refuses to read or write a file the planner never chose', async () => {
    const file = path.join(dir, 'other.arranjo');
    writeFileSync(file, 'secret');
    const { handlers } = setup();
    await expect(handlers['app:workspace.read']({ path: file })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { reason: 'not-granted' },
    });
    await expect(handlers['app:workspace.write']({ path: file, bytes: new Uint8Array(1) })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(readFileSync(file, 'utf8')).toBe('secret');
  });

  it('reads files from the recent list, and forgets one that disappeared', async () => {
    const file = path.join(dir, 'recent.arranjo');
    writeFileSync(file, 'r');
    const { handlers, recent, menu } = setup();
    await recent.add(file);
    expect((await handlers['app:workspace.read']({ path: file })).path).toBe(file);
    rmSync(file);
    await expect(handlers['app:workspace.read']({ path: file })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(menu.setRecent).toHaveBeenLastCalledWith([]);
  });

  it('chooses a save path with the extension, and abandons a pending close when cancelled', async () => {
    const { handlers, guard } = setup();
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'novo') });
    const chosen = await handlers['app:workspace.chooseSavePath']({ suggestedName: '../Plano: MG?' });
    expect(chosen).toBe(path.join(dir, 'novo.arranjo'));
    expect(electron.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: path.join(dir, 'Plano_ MG_.arranjo') });
    await handlers['app:workspace.write']({ path: chosen as string, bytes: new Uint8Array([1]) });
    expect(readFileSync(chosen as string)).toEqual(Buffer.from([1]));

    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await handlers['app:workspace.chooseSavePath']({ suggestedName: 'x' })).toBeNull();
    expect(guard.saveAbandoned).toHaveBeenCalledTimes(1);
  });

  it('abandons a pending close when the write fails', async () => {
    const { handlers, guard } = setup();
    const target = path.join(dir, 'missing-folder', 'x');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const chosen = (await handlers['app:workspace.chooseSavePath']({ suggestedName: 'x' })) as string;
    await expect(handlers['app:workspace.write']({ path: chosen, bytes: new Uint8Array(1) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(guard.saveAbandoned).toHaveBeenCalled();
  });

  it('passes document state to the close guard and the locale to the menu', async () => {
    const { handlers, guard, menu } = setup();
    await handlers['app:window.setDocument']({ title: 'Plano', dirty: true, drafts: [] });
    expect(guard.setDocument).toHaveBeenCalledWith({ title: 'Plano', dirty: true, drafts: [] });
    await handlers['app:ui.setLocale']({ locale: 'es' });
    expect(menu.setLocale).toHaveBeenCalledWith('es');
  });

  it('makes safe file names', () => {
    expect(safeFileName('a/b\\c.arranjo')).toBe('c.arranjo');
    expect(safeFileName('  ')).toBe('workspace');
    expect(safeFileName('plano\u0007 MG...')).toBe('plano_ MG');
    expect(withExtension('x.ARRANJO')).toBe('x.ARRANJO');
    expect(withExtension('x')).toBe('x.arranjo');
  });
});
