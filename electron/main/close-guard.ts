import { dialog, type BrowserWindow, type MessageBoxOptions, type MessageBoxReturnValue } from 'electron';
import type { IpcInput, MenuCommand } from '../../shared/ipc/contract';
import type { Labels } from './labels';

/**
 * The window's document state as the renderer reports it, shown in the title bar, and the
 * "save before closing?" question when the planner closes a window with unsaved work.
 *
 * Protocol: when the planner picks Save, main sends `workspace.save`; the renderer's next
 * `setDocument` decides: dirty=false closes the window, dirty=true (save failed or was cancelled)
 * keeps it open. A cancelled Save As dialog or a failed write also abandon the close.
 */

export type DocumentState = IpcInput<'app:window.setDocument'>;
type ShowMessageBox = (window: BrowserWindow, options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;

export interface CloseGuardOptions {
  labels: () => Labels;
  send: (command: MenuCommand) => void;
  showMessageBox?: ShowMessageBox;
}

export interface CloseGuard {
  setDocument(state: DocumentState): void;
  /** The save started for a close did not happen (dialog cancelled, write failed). */
  saveAbandoned(): void;
  isDirty(): boolean;
}

const SAVE = 0;
const DISCARD = 1;
const CANCEL = 2;

export function windowTitle(state: DocumentState): string {
  const mark = state.dirty ? '• ' : '';
  return state.title ? `${mark}${state.title} — Arranjo` : `${mark}Arranjo`;
}

export function attachCloseGuard(window: BrowserWindow, options: CloseGuardOptions): CloseGuard {
  const showMessageBox: ShowMessageBox = options.showMessageBox ?? ((win, box) => dialog.showMessageBox(win, box));
  let document: DocumentState = { title: '', dirty: false };
  let closeAfterSave = false;
  let asking = false;
  let discardConfirmed = false;

  // The page's <title> must not overwrite the document title main maintains.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.setTitle(windowTitle(document));

  const ask = async (): Promise<void> => {
    const l = options.labels();
    const { response } = await showMessageBox(window, {
      type: 'warning',
      title: 'Arranjo',
      message: l.unsavedMessage.replace('{title}', document.title || 'Arranjo'),
      detail: l.unsavedDetail,
      buttons: [l.saveButton, l.discardButton, l.cancelButton],
      defaultId: SAVE,
      cancelId: CANCEL,
      noLink: true,
    });
    if (window.isDestroyed()) return;
    if (response === SAVE) {
      closeAfterSave = true;
      options.send('workspace.save');
    } else if (response === DISCARD) {
      discardConfirmed = true;
      window.close();
    }
  };

  window.on('close', (event) => {
    if (discardConfirmed || !document.dirty) return;
    event.preventDefault();
    if (asking) return; // a second click on the close button while the box is open
    asking = true;
    ask()
      .catch((error: unknown) => console.error('[close-guard] could not ask about unsaved changes:', error))
      .finally(() => {
        asking = false;
      });
  });

  return {
    setDocument(state) {
      document = { title: state.title, dirty: state.dirty };
      if (window.isDestroyed()) return;
      window.setTitle(windowTitle(document));
      window.setDocumentEdited(document.dirty);
      if (closeAfterSave) {
        closeAfterSave = false;
        if (!document.dirty) window.close();
      }
    },
    saveAbandoned() {
      closeAfterSave = false;
    },
    isDirty: () => document.dirty,
  };
}
