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
 *
 * Drafts held by a view (a scenario renamed or re-weighted, not saved) are not in the workspace,
 * so saving it would not keep them: while any is reported the box names them and offers only
 * "close without saving" or "cancel" (to save them in their view first).
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
  const mark = state.dirty || state.drafts.length > 0 ? '• ' : '';
  return state.title ? `${mark}${state.title} — Arranjo` : `${mark}Arranjo`;
}

export function attachCloseGuard(window: BrowserWindow, options: CloseGuardOptions): CloseGuard {
  const showMessageBox: ShowMessageBox = options.showMessageBox ?? ((win, box) => dialog.showMessageBox(win, box));
  let document: DocumentState = { title: '', dirty: false, drafts: [] };
  let closeAfterSave = false;
  let asking = false;
  let discardConfirmed = false;
  const unsaved = (): boolean => document.dirty || document.drafts.length > 0;

  // The page's <title> must not overwrite the document title main maintains.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.setTitle(windowTitle(document));

  const askAboutDrafts = async (): Promise<void> => {
    const l = options.labels();
    const names = document.drafts.map((name) => `“${name.trim() || l.unnamedDraft}”`).join(', ');
    const detail = l.draftsDetail.replace('{drafts}', names);
    const { response } = await showMessageBox(window, {
      type: 'warning',
      title: 'Arranjo',
      message: l.draftsMessage.replace('{title}', document.title || 'Arranjo'),
      detail: document.dirty ? `${detail}\n\n${l.draftsWorkspaceToo}` : detail,
      buttons: [l.closeAnywayButton, l.cancelButton],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (window.isDestroyed()) return;
    if (response === 0) {
      discardConfirmed = true;
      window.close();
    }
  };

  const askAboutWorkspace = async (): Promise<void> => {
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
    if (discardConfirmed || !unsaved()) return;
    event.preventDefault();
    if (asking) return; // a second click on the close button while the box is open
    asking = true;
    (document.drafts.length > 0 ? askAboutDrafts() : askAboutWorkspace())
      .catch((error: unknown) => console.error('[close-guard] could not ask about unsaved changes:', error))
      .finally(() => {
        asking = false;
      });
  });

  return {
    setDocument(state) {
      document = { title: state.title, dirty: state.dirty, drafts: [...state.drafts] };
      if (window.isDestroyed()) return;
      window.setTitle(windowTitle(document));
      window.setDocumentEdited(unsaved());
      if (closeAfterSave) {
        closeAfterSave = false;
        if (!unsaved()) window.close();
      }
    },
    saveAbandoned() {
      closeAfterSave = false;
    },
    isDirty: unsaved,
  };
}
