import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { WorkspaceActions } from './workspace-context';
import type { WorkspaceController } from './workspace-controller';
import { isDirty, type WorkspaceSnapshot } from './workspace-snapshot';
import { clearUnsavedWork, hasUnsavedWork, subscribeUnsavedWork, unsavedWorkNames } from './unsaved-work';

/** True while the user types in a field: there, Ctrl+Z belongs to the field, not to the workspace. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** The action a key press stands for, or null. Exported for unit tests. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'workspace.saveAs' : 'workspace.save';
  if (key === 'o' && !event.shiftKey) return 'workspace.open';
  if (key === 'z') return event.shiftKey ? 'edit.redo' : 'edit.undo';
  if (key === 'y' && !event.shiftKey) return 'edit.redo';
  return null;
}

function runCommand(command: MenuCommand, actions: WorkspaceActions): void {
  switch (command) {
    case 'workspace.new':
      return actions.newWorkspace(false);
    case 'workspace.newDemo':
      return actions.newWorkspace(true);
    case 'workspace.open':
      return actions.open();
    case 'workspace.save':
      return actions.save();
    case 'workspace.saveAs':
      return actions.saveAs();
    case 'edit.undo':
      return actions.undo();
    case 'edit.redo':
      return actions.redo();
    default: {
      const prefix = 'workspace.openRecent:';
      if (command.startsWith(prefix)) actions.openRecent({ kind: 'file', path: command.slice(prefix.length) });
    }
  }
}

/**
 * Keeps the shell in step with the workspace: window title and dirty state, the unsaved-work
 * warning, keyboard shortcuts and the Electron menu.
 */
export function useWorkspaceEffects(controller: WorkspaceController, actions: WorkspaceActions, snapshot: WorkspaceSnapshot): void {
  const platform = controller.platform;
  const dirty = isDirty(snapshot);
  const drafts = useSyncExternalStore(subscribeUnsavedWork, unsavedWorkNames);

  // Main's close box asks about both: the workspace's unsaved changes and the views' drafts.
  useEffect(() => {
    if (snapshot.status === 'starting') return;
    platform.setDocument({ title: snapshot.name, dirty, drafts });
  }, [platform, snapshot.name, snapshot.status, dirty, drafts]);

  // Another workspace: the drafts held by views belonged to the previous one.
  useEffect(() => clearUnsavedWork(), [snapshot.generation]);

  // The browser can lose work that autosave has not written yet (or a view's unsaved draft, such as
  // a scenario's); Electron's main asks on close (it gets both through setDocument).
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  useEffect(() => {
    if (platform.kind !== 'browser') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current && !hasUnsavedWork()) return;
      event.preventDefault();
      // Older Chromium builds still need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [platform]);

  useEffect(() => {
    // In Electron the menu accelerators already send these commands; handling the keys here too
    // would run each action twice.
    if (platform.kind === 'electron') return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutFor(event);
      if (!command) return;
      const undoRedo = command === 'edit.undo' || command === 'edit.redo';
      if (undoRedo && isEditableTarget(event.target)) return;
      event.preventDefault();
      runCommand(command, actions);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [platform, actions]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        // The Edit menu's Undo while typing means "undo my typing", not "undo the last change".
        if ((command === 'edit.undo' || command === 'edit.redo') && isEditableTarget(document.activeElement)) {
          document.execCommand(command === 'edit.undo' ? 'undo' : 'redo');
          return;
        }
        runCommand(command, actions);
      }),
    [platform, actions],
  );
}
