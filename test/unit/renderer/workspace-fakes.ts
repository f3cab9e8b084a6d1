import { vi } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import { freeName } from '../../../renderer/src/platform/free-name';
import type { HistoryState } from '../../../shared/rpc/engine-api';
import type {
  BrowserPlatform,
  LoadedWorkspaceFile,
  StoredWorkspaceSummary,
  WorkspaceLocation,
} from '../../../renderer/src/platform/platform';
import { WorkspaceController, type Engine } from '../../../renderer/src/workspace/workspace-controller';
import { preMigrationName } from '../../../renderer/src/workspace/pre-migration-copy';
import { restoreNames } from '../../../shared/domain/workspace-backups';

/** Doubles for the workspace controller's tests: an engine and a browser store in memory. */

/** An engine double: a revision counter and the bytes of the "open" workspace. */
export class FakeEngine {
  revision = 0;
  undoable = 0;
  current = 'none';
  async createWorkspace(options: { demo: boolean }) {
    this.current = options.demo ? 'demo' : 'empty';
    this.revision = 0;
    return { schemaVersion: 1, counts: {} };
  }
  opens: { fileName: string; knownClean: boolean | undefined; certified?: boolean }[] = [];
  /** The schema the next opened file had (1, the current one: not migrated). */
  migratedFrom = 1;
  async openWorkspace(bytes: Uint8Array, fileName: string, options?: { knownClean?: boolean; certified?: boolean }) {
    this.opens.push({ fileName, knownClean: options?.knownClean, certified: options?.certified });
    if (bytes.length === 0) throw new ArranjoError('EMPTY_FILE', `${fileName} is empty`, { file: fileName });
    this.current = new TextDecoder().decode(bytes);
    this.revision = 0;
    return { info: { schemaVersion: 1, counts: {} }, migratedFrom: this.migratedFrom };
  }
  fullChecks = 0;
  async checkIntegrity() {
    this.fullChecks++;
  }
  async exportWorkspace() {
    return new TextEncoder().encode(`${this.current}@${this.revision}`);
  }
  async history(): Promise<HistoryState> {
    // The demo describes a day of its own (the engine's meta); any other workspace is read today.
    const demoDay = this.current === 'demo' ? '2026-01-01' : null;
    return { canUndo: this.undoable > 0, canRedo: false, revision: this.revision, demoDay };
  }
  async undo(): Promise<HistoryState> {
    this.undoable--;
    this.revision++;
    return this.history();
  }
  async redo(): Promise<HistoryState> {
    return this.history();
  }
  async change() {
    this.revision++;
    this.undoable++;
  }
}

export function memoryPlatform(): BrowserPlatform & { store: Map<string, Uint8Array | Blob>; last: string | null } {
  const store = new Map<string, Uint8Array | Blob>();
  const platform = {
    kind: 'browser' as const,
    store,
    last: null as string | null,
    async list(): Promise<StoredWorkspaceSummary[]> {
      return [...store].map(([name, bytes]) => ({
        name,
        savedAt: '2025-01-01T00:00:00Z',
        size: bytes instanceof Blob ? bytes.size : bytes.length,
      }));
    },
    async read(location: WorkspaceLocation): Promise<LoadedWorkspaceFile> {
      if (location.kind !== 'browser') throw new Error('browser only');
      const stored = store.get(location.name);
      if (!stored) throw new ArranjoError('NOT_FOUND', 'gone');
      const bytes = stored instanceof Blob ? new Uint8Array(await stored.arrayBuffer()) : stored;
      return { location, fileName: `${location.name}.arranjo`, displayName: location.name, bytes, knownClean: true };
    },
    async write(location: WorkspaceLocation, bytes: Uint8Array | Blob) {
      if (location.kind === 'browser') store.set(location.name, bytes);
    },
    async remove(name: string) {
      store.delete(name);
    },
    async uniqueName(base: string) {
      return freeName(base, new Set(store.keys()));
    },
    async lastOpened(): Promise<WorkspaceLocation | null> {
      return platform.last ? { kind: 'browser', name: platform.last } : null;
    },
    async rememberOpened(location: WorkspaceLocation) {
      if (location.kind === 'browser') platform.last = location.name;
    },
    download: vi.fn(),
    settleOpen: vi.fn(async () => undefined),
    shippedDemo: async () => new Blob(['shipped demo']),
    listRecent: async () => [],
    setDocument: vi.fn(),
    setLocale: vi.fn(),
    onMenuCommand: () => () => undefined,
  };
  return platform;
}

/** The names the controller gives a new workspace (the app's pt-BR texts). */
export const WORKSPACE_NAMES = {
  demo: 'Demonstração (MG)',
  untitled: 'Novo espaço de trabalho',
  preMigration: (name: string, schema: number) => preMigrationName(name, schema, 'pt-BR'),
  restored: (backup: string) => restoreNames(backup, 'pt-BR'),
};

/** What the store holds for a workspace, as text ("demo@2", "shipped demo"). */
export const storedText = async (bytes: Uint8Array | Blob | undefined): Promise<string | undefined> =>
  bytes instanceof Blob ? bytes.text() : bytes ? new TextDecoder().decode(bytes) : undefined;

/** A controller over the two doubles, and the autosave errors it reports. */
export function controllerFixture() {
  const engine = new FakeEngine();
  const platform = memoryPlatform();
  const autosaveErrors: unknown[] = [];
  const controller = new WorkspaceController(engine as unknown as Engine, platform, (e) => autosaveErrors.push(e));
  return { engine, platform, controller, autosaveErrors };
}
