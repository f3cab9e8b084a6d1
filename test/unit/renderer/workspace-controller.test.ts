import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import type { ShippedFirstScreen } from '../../../shared/features/workspace/first-screen';
import { notifyError } from '../../../renderer/src/notifications/notify-error';
import { dismissNotification, getNotifications, type AppNotification } from '../../../renderer/src/notifications/store';
import { engineQuery } from '../../../renderer/src/workspace/prefetched-data';
import { WorkspaceController, type Engine } from '../../../renderer/src/workspace/workspace-controller';
import { localDay } from '../../../shared/text/local-day';
import { isDirty, referenceDay } from '../../../renderer/src/workspace/workspace-snapshot';
import { controllerFixture, FakeEngine, storedText, WORKSPACE_NAMES } from './workspace-fakes';

const refusalOrNot = (n: AppNotification) => (n.refusal ? 'refusal' : 'other');

const names = WORKSPACE_NAMES;
const text = storedText;

describe('WorkspaceController', () => {
  let { engine, platform, controller } = controllerFixture();
  beforeEach(() => {
    ({ engine, platform, controller } = controllerFixture());
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('an edit that saves takes away the refusals shown before it; other errors stay until closed', async () => {
    await controller.start(names);
    const refused = new ArranjoError('INVALID_INPUT', 'budgetPlanned: must be >= 0', {}, { field: 'budgetPlanned' });
    await expect(controller.mutate(() => Promise.reject(refused))).rejects.toBe(refused);
    notifyError(refused);
    notifyError(new ArranjoError('FILE_ACCESS', 'disk full'));
    const kinds = () => getNotifications().map((n) => refusalOrNot(n));
    expect(kinds()).toEqual(['refusal', 'other']);
    // A change that fails again keeps both.
    await expect(controller.mutate(() => Promise.reject(refused))).rejects.toBe(refused);
    expect(kinds()).toEqual(['refusal', 'other']);
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    expect(kinds()).toEqual(['other']);
    for (const n of getNotifications()) dismissNotification(n.id);
  });

  it('first start opens the demo, and keeps it in the browser under its name once the first screen is drawn', async () => {
    await controller.start(names);
    const s = controller.getSnapshot();
    expect(s.status).toBe('ready');
    expect(s.name).toBe('Demonstração (MG)');
    expect(isDirty(s)).toBe(false);
    // Nothing on the way to the first screen waits for the browser's store.
    expect(platform.store.has('Demonstração (MG)')).toBe(false);
    expect(platform.last).toBe(null);
    // Read at the day it describes (the engine's), whatever today is.
    expect(s.demoDay).toBe('2026-01-01');
    expect(referenceDay(s)).toBe('2026-01-01');
    await controller.storePending();
    // Stored as the app ships it, not exported from the engine; then it is the one to reopen.
    expect(await text(platform.store.get('Demonstração (MG)'))).toBe('shipped demo');
    expect(platform.last).toBe('Demonstração (MG)');
  });

  it("serves the shipped demo's first screen while the demo opens and until anything changes it, and not for another workspace", async () => {
    const screen = { info: { schemaVersion: 1, counts: {} } } as unknown as ShippedFirstScreen;
    let opened!: () => void;
    const slow = new FakeEngine();
    const create = slow.createWorkspace.bind(slow);
    slow.createWorkspace = (options) => new Promise<void>((resolve) => (opened = resolve)).then(() => create(options));
    const shipped = new WorkspaceController(
      slow as unknown as Engine,
      platform,
      () => undefined,
      () => Promise.resolve(screen),
    );
    const starting = shipped.start(names);
    await vi.waitFor(() => expect(opened).toBeDefined());
    // At first start, before the engine has the demo open: the dashboard draws the shipped answer.
    expect(shipped.getSnapshot().status).toBe('starting');
    expect(await shipped.shippedFirstScreen(shipped.getSnapshot())).toBe(screen);
    opened();
    await starting;
    slow.createWorkspace = create;
    expect(await shipped.shippedFirstScreen(shipped.getSnapshot())).toBe(screen);
    // Any change (even one undone later) and the dashboard asks the engine again.
    await shipped.mutate((e) => (e as unknown as FakeEngine).change());
    expect(shipped.shippedFirstScreen(shipped.getSnapshot())).toBeNull();
    // A new demo has it again once open; an empty workspace never does.
    await shipped.create({ demo: true }, names);
    expect(await shipped.shippedFirstScreen(shipped.getSnapshot())).toBe(screen);
    await shipped.create({ demo: false }, names);
    expect(shipped.shippedFirstScreen(shipped.getSnapshot())).toBeNull();
  });

  it('drops the shipped first screen when the demo the engine opened is not the one it was built with', async () => {
    const stale = { info: { schemaVersion: 0, counts: {} } } as unknown as ShippedFirstScreen;
    const shipped = new WorkspaceController(
      engine as unknown as Engine,
      platform,
      () => undefined,
      () => Promise.resolve(stale),
    );
    await shipped.start(names);
    expect(shipped.shippedFirstScreen(shipped.getSnapshot())).toBeNull();
    // Nor without a loader (a shell that ships none), nor when it fails to load.
    await controller.start(names);
    expect(controller.shippedFirstScreen(controller.getSnapshot())).toBeNull();
    const failing = new WorkspaceController(
      engine as unknown as Engine,
      platform,
      () => undefined,
      () => Promise.reject(new Error('gone')),
    );
    await failing.start(names);
    expect(failing.shippedFirstScreen(failing.getSnapshot())).toBeNull();
  });

  it('a save before the demo is stored stores it first, then writes over it', async () => {
    await controller.start(names);
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    expect(await controller.save()).toBe(true);
    expect(await text(platform.store.get('Demonstração (MG)'))).toBe('demo@1');
    expect(platform.last).toBe('Demonstração (MG)');
    // Done once: a later call stores nothing again.
    await controller.storePending();
    expect(await text(platform.store.get('Demonstração (MG)'))).toBe('demo@1');
  });

  it('a second demo before the first is stored gets a name of its own', async () => {
    await controller.start(names);
    await controller.create({ demo: true }, names);
    await controller.storePending();
    expect([...platform.store.keys()]).toEqual(['Demonstração (MG)', 'Demonstração (MG) (2)']);
    expect(platform.last).toBe('Demonstração (MG) (2)');
  });

  it('a demo store that fails does not stop the save: the saved workspace becomes the one to reopen', async () => {
    platform.shippedDemo = () => Promise.reject(new Error('offline'));
    await controller.start(names);
    await expect(controller.storePending()).rejects.toThrow('offline');
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    expect(await controller.save()).toBe(true);
    expect(await text(platform.store.get('Demonstração (MG)'))).toBe('demo@1');
    expect(platform.last).toBe('Demonstração (MG)');
  });

  it('a demo the engine cannot open leaves no stored copy behind', async () => {
    engine.createWorkspace = () => Promise.reject(new ArranjoError('CORRUPT_WORKSPACE', 'broken'));
    await expect(controller.start(names)).rejects.toMatchObject({ code: 'CORRUPT_WORKSPACE' });
    expect([...platform.store.keys()]).toEqual([]);
    expect(controller.getSnapshot().status).toBe('failed');
  });

  it('reads a workspace without a day of its own at today, asked each time (a session can pass midnight)', () => {
    // Local times: the day is the planner's, in the system's time zone (not UTC).
    vi.useFakeTimers({ now: new Date(2026, 11, 5, 23, 59) });
    expect(referenceDay({ demoDay: null })).toBe('2026-12-05');
    vi.setSystemTime(new Date(2026, 11, 6, 0, 1));
    expect(referenceDay({ demoDay: null })).toBe('2026-12-06');
    expect(referenceDay({ demoDay: '2026-01-01' })).toBe('2026-01-01');
  });

  it('a later start reopens the last workspace instead', async () => {
    platform.store.set('Plano 2025', new TextEncoder().encode('plano'));
    platform.last = 'Plano 2025';
    await controller.start(names);
    expect(controller.getSnapshot().name).toBe('Plano 2025');
    expect(engine.current).toBe('plano');
    expect(controller.getSnapshot().demoDay).toBeNull();
    expect(referenceDay(controller.getSnapshot())).toBe(localDay());
  });

  it('falls back to the demo, and reports why, when the last workspace does not open', async () => {
    platform.store.set('Quebrado', new Uint8Array());
    platform.last = 'Quebrado';
    const { reopenError } = await controller.start(names);
    expect((reopenError as ArranjoError).code).toBe('EMPTY_FILE');
    expect(controller.getSnapshot().name).toBe('Demonstração (MG)');
  });

  it('is dirty after a change until saved; saving writes the current revision', async () => {
    await controller.start(names);
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    expect(isDirty(controller.getSnapshot())).toBe(true);
    expect(controller.getSnapshot().canUndo).toBe(true);
    expect(await controller.save()).toBe(true);
    expect(isDirty(controller.getSnapshot())).toBe(false);
    expect(await text(platform.store.get('Demonstração (MG)'))).toBe('demo@1');
    // A save to the same place needs no full integrity check (opens and saves rely on the quick one).
    expect(engine.fullChecks).toBe(0);
  });

  it('refreshes history even when the change fails, and rethrows the engine error', async () => {
    await controller.start(names);
    const before = controller.getSnapshot().dataVersion;
    await expect(
      controller.mutate(async () => {
        throw new ArranjoError('INVALID_INPUT', 'lotsTotal: cannot be negative', { column: 'lotsTotal' }, { field: 'lotsTotal' });
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(controller.getSnapshot().dataVersion).toBe(before);
  });

  it('a refused file leaves the open workspace as it was', async () => {
    await controller.start(names);
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    const before = controller.getSnapshot();
    await expect(
      controller.openFile({ location: null, fileName: 'x.arranjo', displayName: 'x', bytes: new Uint8Array(), knownClean: false }, names),
    ).rejects.toMatchObject({ code: 'EMPTY_FILE', location: { file: 'x.arranjo' } });
    const after = controller.getSnapshot();
    expect(after.name).toBe(before.name);
    expect(after.generation).toBe(before.generation);
    expect(after.revision).toBe(before.revision);
    expect(engine.current).toBe('demo');
  });

  it('tells the desktop whether the engine opened the file it read, so its lock moves only to an opened one', async () => {
    await controller.start(names);
    const file = {
      location: { kind: 'file', path: '/dados/x.arranjo' } as const,
      fileName: 'x.arranjo',
      displayName: 'x',
      knownClean: false,
    };
    await expect(controller.openFile({ ...file, bytes: new Uint8Array() }, names)).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    expect(platform.settleOpen).toHaveBeenLastCalledWith(file.location, false);
    await controller.openFile({ ...file, bytes: new TextEncoder().encode('x') }, names);
    expect(platform.settleOpen).toHaveBeenLastCalledWith(file.location, true);
  });

  it('keeps a stored workspace as it was before its schema update, once, before any save replaces it', async () => {
    await controller.start(names);
    platform.store.set('plano', new TextEncoder().encode('plano v17'));
    engine.migratedFrom = 17;
    const copy = 'plano (cópia antes da atualização, formato 17)';
    await controller.openFile(await platform.read({ kind: 'browser', name: 'plano' }), names);
    expect(await text(platform.store.get(copy))).toBe('plano v17');
    expect(isDirty(controller.getSnapshot())).toBe(true);
    // Opened again before a save: the copy is there already, not made a second time.
    await controller.openFile(await platform.read({ kind: 'browser', name: 'plano' }), names);
    await controller.save();
    expect(await text(platform.store.get('plano'))).toBe('plano v17@0');
    expect(await text(platform.store.get(copy))).toBe('plano v17');
    expect([...platform.store.keys()].filter((n) => n.startsWith('plano')).sort()).toEqual(['plano', copy]);
  });

  it('a copy before the update the store refuses leaves the workspace open unsaved, stored nowhere', async () => {
    await controller.start(names);
    platform.store.set('plano', new TextEncoder().encode('plano v17'));
    engine.migratedFrom = 17;
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const write = platform.write;
    platform.write = async () => Promise.reject(full);
    await expect(controller.openFile(await platform.read({ kind: 'browser', name: 'plano' }), names)).rejects.toBe(full);
    platform.write = write;
    // No save can land over the only copy of the old version: a save asks for a new name.
    expect(controller.getSnapshot().location).toBe(null);
    expect(await controller.save()).toBe(false);
    expect(await text(platform.store.get('plano'))).toBe('plano v17');
  });

  it('an uploaded file is copied into the browser store under a free name', async () => {
    await controller.start(names);
    platform.store.set('plano', new TextEncoder().encode('old'));
    await controller.openFile(
      {
        location: null,
        fileName: 'plano.arranjo',
        displayName: 'plano',
        bytes: new TextEncoder().encode('plano'),
        knownClean: false,
      },
      names,
    );
    expect(controller.getSnapshot().name).toBe('plano (2)');
    // An upload is received: the engine runs its full check (only the app's own store is known clean).
    expect(engine.opens.at(-1)).toEqual({ fileName: 'plano.arranjo', knownClean: false });
    await controller.openFile(await platform.read({ kind: 'browser', name: 'plano (2)' }), names);
    expect(engine.opens.at(-1)).toEqual({ fileName: 'plano (2).arranjo', knownClean: true });
    expect(await text(platform.store.get('plano (2)'))).toBe('plano@0');
    expect(await text(platform.store.get('plano'))).toBe('old');
  });

  it('an upload the browser cannot store stays open as unsaved: its saves never land on the workspace open before', async () => {
    await controller.start(names);
    await controller.saveTo({ kind: 'browser', name: 'anterior' });
    const write = platform.write.bind(platform);
    platform.write = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const upload = {
      location: null,
      fileName: 'novo.arranjo',
      displayName: 'novo',
      bytes: new TextEncoder().encode('novo'),
      knownClean: false,
    };
    await expect(controller.openFile(upload, names)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    const snapshot = controller.getSnapshot();
    expect(snapshot).toMatchObject({ name: 'novo', location: null });
    expect(isDirty(snapshot)).toBe(true);
    platform.write = write;
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    expect(await controller.save()).toBe(false); // Save As asks for a name
    expect(await text(platform.store.get('anterior'))).toBe('demo@0');
  });

  it('a file the desktop certifies (checked in memory before this Arranjo wrote it) opens without the checks', async () => {
    await controller.start(names);
    const file = { location: null, fileName: 'c.arranjo', displayName: 'c', bytes: new TextEncoder().encode('c'), knownClean: true };
    await controller.openFile({ ...file, certified: true }, names);
    expect(engine.opens.at(-1)).toEqual({ fileName: 'c.arranjo', knownClean: true, certified: true });
    await controller.openFile(file, names);
    expect(engine.opens.at(-1)?.certified).toBeUndefined();
  });

  it('Save as renames the workspace and remembers it', async () => {
    await controller.start(names);
    await controller.saveTo({ kind: 'browser', name: 'Codemig 2025' });
    expect(controller.getSnapshot().name).toBe('Codemig 2025');
    expect(platform.last).toBe('Codemig 2025');
    // A new file, perhaps handed on: SQLite's full integrity check ran first.
    expect(engine.fullChecks).toBe(1);
  });

  it('undo goes through the engine and counts as a change', async () => {
    await controller.start(names);
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    await controller.save();
    await controller.undo();
    expect(isDirty(controller.getSnapshot())).toBe(true);
    expect(controller.getSnapshot().canUndo).toBe(false);
  });

  describe('data asked ahead for the areas (issue 16) is never served stale', () => {
    const revisionQuery = engineQuery('test.revision', [], async (e) => (await e.history()).revision);
    const take = () => controller.prefetched.take('test.revision', '[]', controller.getSnapshot().dataVersion, async () => -1);

    it('is served when nothing changed, also across the demo being stored', async () => {
      await controller.start(names);
      void controller.prefetched.prefetch(revisionQuery, engine as unknown as Engine);
      await controller.storePending();
      await expect(take()).resolves.toBe(0);
    });

    it('is dropped by a change, even one that fails, and by undo', async () => {
      await controller.start(names);
      void controller.prefetched.prefetch(revisionQuery, engine as unknown as Engine);
      await controller.mutate((e) => (e as unknown as FakeEngine).change());
      expect(take()).toBeNull();
      void controller.prefetched.prefetch(revisionQuery, engine as unknown as Engine);
      await expect(controller.mutate(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
      expect(take()).toBeNull();
      void controller.prefetched.prefetch(revisionQuery, engine as unknown as Engine);
      await controller.undo();
      expect(take()).toBeNull();
    });

    it('a prefetch that raced a change is dropped once the change is in', async () => {
      await controller.start(names);
      const change = controller.mutate(async (e) => {
        // Asked while the change runs: its answer may hold the data before or after it.
        void controller.prefetched.prefetch(revisionQuery, engine as unknown as Engine);
        await (e as unknown as FakeEngine).change();
      });
      await change;
      expect(take()).toBeNull();
      // What is asked after the change is served, with the changed data.
      void controller.prefetched.prefetch(revisionQuery, engine as unknown as Engine);
      await expect(take()).resolves.toBe(1);
    });

    it('is dropped when another workspace opens', async () => {
      await controller.start(names);
      void controller.prefetched.prefetch(revisionQuery, engine as unknown as Engine);
      await controller.openFile(
        {
          location: null,
          fileName: 'x.arranjo',
          displayName: 'x',
          bytes: new TextEncoder().encode('x'),
          knownClean: true,
        },
        names,
      );
      expect(take()).toBeNull();
    });
  });
});
