import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearUnsavedWork,
  hasUnsavedWork,
  markUnsaved,
  subscribeUnsavedWork,
  unsavedWorkNames,
} from '../../../renderer/src/workspace/unsaved-work';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('unsaved work held by views (what the close box and beforeunload ask about)', () => {
  afterEach(() => clearUnsavedWork());

  it('knows at once that a draft is unsaved, and tells listeners its name after the render', async () => {
    const listener = vi.fn();
    const unsubscribe = subscribeUnsavedWork(listener);
    markUnsaved('scenario:1:7', true, 'Rascunho renomeado');
    expect(hasUnsavedWork()).toBe(true);
    expect(listener).not.toHaveBeenCalled(); // not during the view's render
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(unsavedWorkNames()).toEqual(['Rascunho renomeado']);

    const before = unsavedWorkNames();
    markUnsaved('scenario:1:7', true, 'Rascunho renomeado'); // the same: no news
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(unsavedWorkNames()).toBe(before); // a stable snapshot

    markUnsaved('scenario:1:7', true, 'Outro nome');
    markUnsaved('scenario:1:8', true, 'B');
    await settle();
    expect(listener).toHaveBeenCalledTimes(2); // coalesced
    expect(unsavedWorkNames()).toEqual(['Outro nome', 'B']);

    markUnsaved('scenario:1:7', false);
    await settle();
    expect(unsavedWorkNames()).toEqual(['B']);
    unsubscribe();
  });

  it('forgets every draft when another workspace opens', async () => {
    markUnsaved('scenario:1:7', true, 'A');
    clearUnsavedWork();
    expect(hasUnsavedWork()).toBe(false);
    await settle();
    expect(unsavedWorkNames()).toEqual([]);
  });
});
