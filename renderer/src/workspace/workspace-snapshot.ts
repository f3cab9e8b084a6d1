import { localDay } from '../../../shared/text/local-day';
import type { WorkspaceLocation } from '../platform/platform';

/** What the shell shows of the open workspace: its name, place, revision and save state. */
export interface WorkspaceSnapshot {
  /** 'starting' until the first workspace is open; 'loading' while another one replaces it. */
  status: 'starting' | 'loading' | 'ready' | 'failed';
  name: string;
  location: WorkspaceLocation | null;
  /**
   * The backup (desktop: `<file>.bak`, `<file>.schema-<n>.bak`) this workspace was opened from as a
   * copy, stored nowhere yet: Save As suggests its workspace's name beside it. null once saved.
   */
  restoredFrom: string | null;
  revision: number;
  savedRevision: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Changes whenever a different workspace is loaded: views reset their selections. */
  generation: number;
  /** Changes whenever data may have changed (edit, undo, load): views refetch. */
  dataVersion: number;
  saving: boolean;
  lastSavedAt: string | null;
  /** The day the open demo describes, at which its dates are read (the engine's history state); null: today. */
  demoDay: string | null;
}

/** Today where the planner is (YYYY-MM-DD), as the engine dates a day. */
const todayIso = (): string => localDay();

/**
 * The day the workspace's dates are read at by default: a demo's own day, else today, asked each time
 * (a session open over midnight reads the new day).
 */
export function referenceDay(snapshot: Pick<WorkspaceSnapshot, 'demoDay'>): string {
  return snapshot.demoDay ?? todayIso();
}

export function isDirty(s: WorkspaceSnapshot): boolean {
  return s.revision !== s.savedRevision;
}
