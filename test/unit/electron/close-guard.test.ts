import { EventEmitter } from 'node:events';
import type { BrowserWindow, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { attachCloseGuard, windowTitle } from '../../../electron/main/close-guard';
import { LABELS } from '../../../electron/main/labels';

vi.mock('electron', () => ({ dialog: {} }));

class FakeWindow extends EventEmitter {
  title = '';
  edited = false;
  closed = false;
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.edited = edited;
  }
  isDestroyed() {
    return this.closed;
  }
  /** Like Electron: emits a cancellable 'close'; closes unless a listener prevented it. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
}

function setup(response: number, labels = LABELS.en) {
  const window = new FakeWindow();
  const send = vi.fn();
  const showMessageBox = vi.fn(async (_window: BrowserWindow, _options: MessageBoxOptions): Promise<MessageBoxReturnValue> => ({
    response,
    checkboxChecked: false,
  }));
  const guard = attachCloseGuard(window as unknown as BrowserWindow, { labels: () => labels, send, showMessageBox });
  return { window, send, showMessageBox, guard };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('close guard', () => {
  it('shows the document in the title, marked when dirty', () => {
    const { window, guard } = setup(2);
    guard.setDocument({ title: 'Plano MG', dirty: true, drafts: [] });
    expect(window.title).toBe('• Plano MG — Arranjo');
    expect(window.edited).toBe(true);
    guard.setDocument({ title: 'Plano MG', dirty: false, drafts: [] });
    expect(window.title).toBe('Plano MG — Arranjo');
    expect(windowTitle({ title: '', dirty: false, drafts: [] })).toBe('Arranjo');
  });

  it('closes a clean window without asking', () => {
    const { window, showMessageBox } = setup(2);
    window.close();
    expect(window.closed).toBe(true);
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('keeps a dirty window open on Cancel', async () => {
    const { window, guard, showMessageBox } = setup(2);
    guard.setDocument({ title: 'Plano', dirty: true, drafts: [] });
    window.close();
    await settle();
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    expect(showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Save', 'Don’t save', 'Cancel'], cancelId: 2 });
    expect(window.closed).toBe(false);
  });

  it('closes after Discard', async () => {
    const { window, guard } = setup(1);
    guard.setDocument({ title: 'Plano', dirty: true, drafts: [] });
    window.close();
    await settle();
    expect(window.closed).toBe(true);
  });

  it('on Save asks the renderer to save and closes once it reports a clean document', async () => {
    const { window, guard, send } = setup(0);
    guard.setDocument({ title: 'Plano', dirty: true, drafts: [] });
    window.close();
    await settle();
    expect(send).toHaveBeenCalledWith('workspace.save');
    expect(window.closed).toBe(false);
    guard.setDocument({ title: 'Plano', dirty: false, drafts: [] });
    expect(window.closed).toBe(true);
  });

  it('stays open when the save fails or is abandoned, and does not close on a later save', async () => {
    const { window, guard } = setup(0);
    guard.setDocument({ title: 'Plano', dirty: true, drafts: [] });
    window.close();
    await settle();
    guard.setDocument({ title: 'Plano', dirty: true, drafts: [] }); // the renderer reports the save failed
    guard.setDocument({ title: 'Plano', dirty: false, drafts: [] }); // a later, unrelated save
    expect(window.closed).toBe(false);

    guard.setDocument({ title: 'Plano', dirty: true, drafts: [] });
    window.close();
    await settle();
    guard.saveAbandoned(); // e.g. Save As dialog cancelled
    guard.setDocument({ title: 'Plano', dirty: false, drafts: [] });
    expect(window.closed).toBe(false);
  });

  it('asks once even when close is clicked repeatedly', async () => {
    const { window, guard, showMessageBox } = setup(2);
    guard.setDocument({ title: 'Plano', dirty: true, drafts: [] });
    window.close();
    window.close();
    await settle();
    expect(showMessageBox).toHaveBeenCalledTimes(1);
  });

  describe('unsaved scenario drafts (a view holds them; saving the workspace would not keep them)', () => {
    it('asks on close when only a draft is unsaved, naming it, and stays open on Cancel', async () => {
      const { window, guard, showMessageBox, send } = setup(1, LABELS['pt-BR']);
      guard.setDocument({ title: 'Plano', dirty: false, drafts: ['Rascunho renomeado'] });
      expect(window.title).toBe('• Plano — Arranjo');
      expect(window.edited).toBe(true);
      window.close();
      await settle();
      expect(showMessageBox).toHaveBeenCalledTimes(1);
      const box = showMessageBox.mock.calls[0]?.[1];
      expect(box).toMatchObject({
        message: 'Fechar “Plano” sem salvar os cenários em edição?',
        buttons: ['Fechar sem salvar', 'Cancelar'],
        defaultId: 1,
        cancelId: 1,
      });
      expect(box?.detail).toContain('“Rascunho renomeado”');
      expect(box?.detail).not.toContain('também');
      expect(send).not.toHaveBeenCalled();
      expect(window.closed).toBe(false);
    });

    it('closes on "close without saving"; says the workspace is unsaved too when it is', async () => {
      const { window, guard, showMessageBox } = setup(0);
      guard.setDocument({ title: 'Plano', dirty: true, drafts: ['A', ' '] });
      window.close();
      await settle();
      const box = showMessageBox.mock.calls[0]?.[1];
      expect(box?.buttons).toEqual(['Close without saving', 'Cancel']);
      expect(box?.detail).toContain('“A”, “unnamed”');
      expect(box?.detail).toContain(LABELS.en.draftsWorkspaceToo);
      expect(window.closed).toBe(true);
    });

    it('closes without asking once the draft is saved or discarded', () => {
      const { window, guard, showMessageBox } = setup(1);
      guard.setDocument({ title: 'Plano', dirty: false, drafts: ['A'] });
      guard.setDocument({ title: 'Plano', dirty: false, drafts: [] });
      expect(window.title).toBe('Plano — Arranjo');
      window.close();
      expect(window.closed).toBe(true);
      expect(showMessageBox).not.toHaveBeenCalled();
    });

    it('does not close after a workspace save while a draft remains', async () => {
      const { window, guard } = setup(0);
      guard.setDocument({ title: 'Plano', dirty: true, drafts: [] });
      window.close();
      await settle();
      guard.setDocument({ title: 'Plano', dirty: false, drafts: ['A'] });
      expect(window.closed).toBe(false);
    });
  });
});
