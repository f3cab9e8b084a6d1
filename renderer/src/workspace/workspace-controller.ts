import type { Remote } from 'comlink';
import type { EngineApi, HistoryState } from '../../../shared/rpc/engine-api';
import { ArranjoError } from '../../../shared/errors';
import { isBackupFile } from '../../../shared/domain/workspace-backups';
import type { ShippedFirstScreen, UndoneChange } from '../../../shared/features/workspace';
import { displayName, sameLocation, type LoadedWorkspaceFile, type Platform, type WorkspaceLocation } from '../platform/platform';
import { settleRefusals } from '../notifications/store';
import { isDirty, type WorkspaceSnapshot } from './workspace-snapshot';
import { PrefetchedData } from './prefetched-data';
import { isPreMigrationCopy, keepPreMigrationCopy } from './pre-migration-copy';
import { AutosaveTimer } from './autosave-timer';
import { OneAtATime } from './one-at-a-time';
import { uploadedName, type WorkspaceNames } from './workspace-names';

export type Engine = Remote<EngineApi>;

const AUTOSAVE_DELAY_MS = 2_000;

/**
 * Owns "which workspace is open and is it saved": loading, saving, undo/redo, autosave. Plain
 * TypeScript with a subscribe/snapshot pair, so React reads it with useSyncExternalStore and the
 * logic stays testable without a DOM.
 */
export class WorkspaceController {
  private snapshot: WorkspaceSnapshot = {
    status: 'starting',
    name: '',
    location: null,
    restoredFrom: null,
    revision: 0,
    savedRevision: 0,
    canUndo: false,
    canRedo: false,
    generation: 0,
    dataVersion: 0,
    saving: false,
    lastSavedAt: null,
    demoDay: null,
  };
  private readonly listeners = new Set<() => void>();
  /** Areas' first data asked ahead of their first open; cleared on every change of the workspace. */
  readonly prefetched = new PrefetchedData(() => this.snapshot.dataVersion);
  private readonly autosaveTimer = new AutosaveTimer(AUTOSAVE_DELAY_MS, () => this.autosave());
  /**
   * The location a save was refused at because the file was saved elsewhere since it was opened
   * (another tab, another program): autosave stops trying there, which would only repeat the
   * refusal at each edit; a save the planner asks for still says it. Cleared by opening a
   * workspace or by a save that lands (under a new name).
   */
  private changedElsewhere: WorkspaceLocation | null = null;
  /** Saves run one after another (two overlapping writes of the same file must not interleave), and so do loads. */
  private readonly saves = new OneAtATime();
  private readonly loads = new OneAtATime();
  /**
   * The browser's new demo, not in its store yet: copied there once the first screen is drawn (issue 16),
   * or as soon as anything writes, replaces or reopens a workspace. `null` when nothing waits.
   */
  private pendingStore: { run: () => Promise<void>; started: Promise<void> | null } | null = null;
  /** The demo whose store failed: the next save to it also makes it the workspace to reopen. */
  private unremembered: WorkspaceLocation | null = null;
  /**
   * The shipped demo's dashboard first screen (built with it, resources/demo/) and the data version
   * it stands for: the one the demo has once open, while nothing changed it. `null` otherwise.
   */
  private shippedScreen: { version: number; screen: Promise<ShippedFirstScreen | null> } | null = null;

  constructor(
    private readonly engine: Engine,
    readonly platform: Platform,
    private readonly onAutosaveError: (error: unknown) => void,
    /** Loads the shipped demo's first screen; without it, every first screen is asked of the engine. */
    private readonly loadShippedScreen?: () => Promise<ShippedFirstScreen>,
  ) {}

  /**
   * The dashboard's first screen without asking the engine (issue 16), when `snapshot` shows the
   * shipped demo as shipped: at the data version it opened with, or still opening at first start
   * (the dashboard draws it while the engine opens the demo). Resolves to null if it did not load.
   */
  shippedFirstScreen(snapshot: WorkspaceSnapshot): Promise<ShippedFirstScreen | null> | null {
    const shipped = this.shippedScreen;
    if (!shipped) return null;
    const opening = snapshot.status === 'starting' && snapshot.dataVersion === shipped.version - 1;
    return opening || (snapshot.status !== 'starting' && snapshot.dataVersion === shipped.version) ? shipped.screen : null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  private update(patch: Partial<WorkspaceSnapshot>): void {
    // Any change, undo, redo or load (even one that leaves the revision): nothing asked before it is served.
    if ('revision' in patch || 'dataVersion' in patch || 'generation' in patch || 'status' in patch) this.prefetched.clear();
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private applyHistory(history: HistoryState): void {
    const changed = history.revision !== this.snapshot.revision;
    this.update({
      revision: history.revision,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      dataVersion: changed ? this.snapshot.dataVersion + 1 : this.snapshot.dataVersion,
      demoDay: history.demoDay,
    });
    if (changed) this.scheduleAutosave();
  }

  /**
   * Stores what waits to be stored (the new demo) now, if anything does; resolves once it is stored.
   * The app calls it once its first screen is drawn; saves, opens and creates call it first.
   */
  storePending(): Promise<void> {
    const pending = this.pendingStore;
    if (!pending) return Promise.resolve();
    pending.started ??= pending.run().finally(() => {
      if (this.pendingStore === pending) this.pendingStore = null;
    });
    return pending.started;
  }

  /** After a workspace replaced the previous one: everything resets, nothing unsaved. */
  private async loaded(
    name: string,
    location: WorkspaceLocation | null,
    alreadySaved: boolean,
    remember = true,
    restoredFrom: string | null = null,
  ): Promise<void> {
    this.autosaveTimer.cancel();
    this.changedElsewhere = null;
    const history = await this.engine.history();
    this.update({
      status: 'ready',
      demoDay: history.demoDay,
      name,
      location,
      restoredFrom,
      revision: history.revision,
      // A migrated file differs from what is on disk: it counts as unsaved until written back.
      savedRevision: alreadySaved ? history.revision : -1,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      generation: this.snapshot.generation + 1,
      dataVersion: this.snapshot.dataVersion + 1,
      lastSavedAt: null,
    });
    if (location && remember) await this.platform.rememberOpened(location);
  }

  /**
   * First start: reopen the last workspace the shell remembers, else build the demo. A remembered
   * workspace that no longer opens is reported and the demo opens instead.
   */
  async start(names: WorkspaceNames): Promise<{ reopenError: unknown }> {
    let reopenError: unknown = null;
    const last = await this.platform.lastOpened().catch(() => null);
    if (last) {
      try {
        await this.openFile(await this.platform.read(last), names);
        return { reopenError: null };
      } catch (error) {
        reopenError = error;
      }
    }
    try {
      await this.create({ demo: true }, names);
    } catch (error) {
      this.update({ status: 'failed' });
      throw error;
    }
    return { reopenError };
  }

  /** New workspace (empty reference data, or the demo). The browser stores it under a fresh name. */
  create(options: { demo: boolean }, names: WorkspaceNames): Promise<void> {
    return this.loads.run(async () => {
      await this.flushAutosave();
      // The demo's first screen loads beside it (set before the views hear of the load); `loaded`
      // below moves the data version to `version`.
      const screen = options.demo && this.loadShippedScreen ? this.loadShippedScreen().catch(() => null) : null;
      this.shippedScreen = screen ? { version: this.snapshot.dataVersion + 1, screen } : null;
      this.update({ status: this.snapshot.status === 'starting' ? 'starting' : 'loading' });
      const base = options.demo ? names.demo : names.untitled;
      const browser = this.platform.kind === 'browser' ? this.platform : null;
      // The name is picked while the engine opens the workspace.
      const name = browser?.uniqueName(base);
      name?.catch(() => undefined); // awaited below
      try {
        const info = await this.engine.createWorkspace(options);
        // Built with the shipped file, it holds for that file only: a demo the engine opened otherwise
        // (a build whose demo is stale, migrated on open) answers its first screen itself.
        if (screen && JSON.stringify((await screen)?.info) !== JSON.stringify(info)) this.shippedScreen = null;
      } catch (error) {
        this.shippedScreen = null;
        this.update({ status: this.snapshot.generation > 0 ? 'ready' : 'failed' });
        throw error;
      }
      if (!browser || !name) {
        await this.loaded(base, null, true);
        return;
      }
      const location: WorkspaceLocation = { kind: 'browser', name: await name };
      if (options.demo) {
        // The demo is stored as the app ships it (packed, not a 19 MB export from the engine), and
        // only once the first screen is drawn: nothing on the way to it waits for the browser's
        // store (issue 16). Until then it is exactly the shipped file, so nothing can be lost; it
        // becomes the workspace to reopen once stored.
        this.unremembered = location;
        this.pendingStore = {
          run: async () => {
            await browser.write(location, await browser.shippedDemo());
            await browser.rememberOpened(location);
            if (this.unremembered === location) this.unremembered = null;
          },
          started: null,
        };
        await this.loaded(displayName(location), location, true, false);
        return;
      }
      await this.storeOrKeepUnsaved(displayName(location), location);
    });
  }

  /**
   * Stores the workspace the engine just opened under `location`. Refused (store full, private mode):
   * open as unsaved and stored nowhere, never under the previous one's name, whose copy saves would overwrite.
   */
  private async storeOrKeepUnsaved(name: string, location: WorkspaceLocation): Promise<void> {
    try {
      await this.platform.write(location, await this.engine.exportWorkspace());
    } catch (error) {
      await this.loaded(name, null, false);
      throw error;
    }
    await this.loaded(name, location, true);
  }

  /**
   * Opens workspace bytes. The engine refuses a bad file before replacing anything, so on error the
   * current workspace stays open and unchanged; the error is rethrown for the UI to show.
   */
  openFile(file: LoadedWorkspaceFile, names: WorkspaceNames): Promise<void> {
    return this.loads.run(async () => {
      await this.flushAutosave();
      // A received file gets SQLite's full integrity check; an image this app wrote, the quick one;
      // one it wrote after checking it in memory (the desktop's register says so), none.
      const options = { knownClean: file.knownClean, ...(file.certified === true ? { certified: true } : {}) };
      const result = await this.engine.openWorkspace(file.bytes, file.fileName, options).catch(async (error: unknown) => {
        // Refused: the shell lets go of the file; the open workspace keeps its lock and its check.
        if (file.location) await this.platform.settleOpen(file.location, false).catch(() => undefined);
        throw error;
      });
      // Opened: the engine holds it now, whatever the shell answers (the recent list may fail to save).
      if (file.location) await this.platform.settleOpen(file.location, true).catch(() => undefined);
      const migrated = result.migratedFrom !== result.info.schemaVersion;
      if (migrated && file.location?.kind === 'browser') {
        // The copy kept before an update (named in any language), itself opened: it is the old version. Not
        // copied again ("plano (cópia antes da atualização, formato 17) (cópia antes da atualização, formato 17)"),
        // it opens stored nowhere, so no save replaces it: a save asks for a name.
        if (isPreMigrationCopy(file.displayName, result.migratedFrom)) {
          await this.loaded(file.displayName, null, false);
          return;
        }
        try {
          await keepPreMigrationCopy(this.platform, file, result.migratedFrom, names.preMigration(file.displayName, result.migratedFrom));
        } catch (error) {
          // Not kept (the store full): open as unsaved and stored nowhere, so no save replaces the old one.
          await this.loaded(file.displayName, null, false);
          throw error;
        }
      }
      const backup = file.location?.kind === 'file' && isBackupFile(file.location.path) ? file.location.path : null;
      let location = backup === null ? file.location : null;
      if (!location && this.platform.kind === 'browser') {
        const name = await uploadedName(this.platform, file, names);
        location = { kind: 'browser', name };
        await this.storeOrKeepUnsaved(name, location);
        return;
      }
      await this.loaded(location ? displayName(location) : file.displayName, location, !migrated, true, backup);
    });
  }

  /** Saves to the current location; returns false when there is none yet (the caller asks for one). */
  save(): Promise<boolean> {
    const location = this.snapshot.location;
    if (!location) return Promise.resolve(false);
    return this.saveTo(location).then(() => true);
  }

  saveTo(location: WorkspaceLocation): Promise<void> {
    this.autosaveTimer.cancel();
    return this.saves.run(async () => {
      // The demo's shipped copy first: an older write must not land over this one. If it failed,
      // this save stores the workspace anyway, and then it is the one to reopen.
      await this.storePending().catch(() => undefined);
      const unremembered = this.unremembered !== null && sameLocation(location, this.unremembered);
      this.update({ saving: true });
      try {
        // history and export run in order in the worker, so `revision` is exactly what is written.
        const renamed = !sameLocation(location, this.snapshot.location);
        // A save-as starts a new file, perhaps the one handed on: SQLite's full check first (opens run the quick one).
        if (renamed) await this.engine.checkIntegrity();
        const { revision } = await this.engine.history();
        const bytes = await this.engine.exportWorkspace();
        try {
          await this.platform.write(location, bytes);
        } catch (error) {
          if (error instanceof ArranjoError && error.code === 'WORKSPACE_CHANGED') this.changedElsewhere = location;
          throw error;
        }
        this.changedElsewhere = null;
        this.update({
          savedRevision: revision,
          location,
          restoredFrom: null,
          name: renamed ? displayName(location) : this.snapshot.name,
          lastSavedAt: new Date().toISOString(),
        });
        if (renamed || unremembered) {
          await this.platform.rememberOpened(location);
          this.unremembered = null;
        }
      } finally {
        this.update({ saving: false });
      }
    });
  }

  /** The open workspace as file bytes (for a download). */
  exportBytes(): Promise<Uint8Array> {
    return this.engine.exportWorkspace();
  }

  /** Runs an engine change, then refreshes history (undo state, dirty mark, views); once it saves, earlier refusals go. */
  async mutate<T>(change: (engine: Engine) => Promise<T>): Promise<T> {
    this.prefetched.clear();
    try {
      const result = await change(this.engine);
      settleRefusals();
      return result;
    } finally {
      this.applyHistory(await this.engine.history());
    }
  }

  /** Undoes the last change; returns what it changed back, for the message that says so. */
  async undo(): Promise<UndoneChange | undefined> {
    if (!this.snapshot.canUndo) return undefined;
    const history = await this.engine.undo();
    this.applyHistory(history);
    return history.undone;
  }

  async redo(): Promise<UndoneChange | undefined> {
    if (!this.snapshot.canRedo) return undefined;
    const history = await this.engine.redo();
    this.applyHistory(history);
    return history.undone;
  }

  private scheduleAutosave(): void {
    this.autosaveTimer.cancel();
    if (!this.snapshot.location || !isDirty(this.snapshot) || this.heldBack(this.snapshot.location)) return;
    this.autosaveTimer.schedule();
  }

  private heldBack(location: WorkspaceLocation): boolean {
    return this.changedElsewhere !== null && sameLocation(location, this.changedElsewhere);
  }

  private async autosave(): Promise<void> {
    const location = this.snapshot.location;
    if (!location || !isDirty(this.snapshot) || this.heldBack(location)) return;
    try {
      await this.saveTo(location);
    } catch (error) {
      this.onAutosaveError(error);
    }
  }

  /** Before another workspace replaces this one, write pending changes where they belong. */
  private async flushAutosave(): Promise<void> {
    // A demo still waiting for the store goes in first: its name stays taken, and it stays listed.
    await this.storePending().catch(() => undefined);
    await this.autosaveTimer.flush();
  }
}
