import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import { isDirty } from '../../../renderer/src/workspace/workspace-snapshot';
import { controllerFixture, storedText, WORKSPACE_NAMES, type FakeEngine } from './workspace-fakes';

const names = WORKSPACE_NAMES;
const text = storedText;

/** The workspace controller's autosave: when it writes, and when it stops trying. */
describe('WorkspaceController autosave', () => {
  let { platform, controller, autosaveErrors } = controllerFixture();
  beforeEach(() => {
    ({ platform, controller, autosaveErrors } = controllerFixture());
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('autosaves two seconds after the last change', async () => {
    await controller.start(names);
    await controller.storePending();
    vi.useFakeTimers();
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    await vi.advanceTimersByTimeAsync(1_900);
    // Stored as the app ships it, not exported from the engine.
    expect(await text(platform.store.get('Demonstração (MG)'))).toBe('shipped demo');
    await vi.advanceTimersByTimeAsync(200);
    expect(await text(platform.store.get('Demonstração (MG)'))).toBe('demo@2');
    expect(isDirty(controller.getSnapshot())).toBe(false);
    expect(autosaveErrors).toEqual([]);
  });

  it('once a save is refused because another tab saved the workspace, autosave stops repeating it; a save-as lands and autosave resumes', async () => {
    await controller.start(names);
    await controller.storePending();
    const write = platform.write.bind(platform);
    let refusals = 0;
    platform.write = async (location, bytes) => {
      if (location.kind === 'browser' && location.name === 'Demonstração (MG)') {
        refusals++;
        throw new ArranjoError('WORKSPACE_CHANGED', 'saved from another tab', { file: location.name }, { reason: 'other-tab' });
      }
      return write(location, bytes);
    };
    vi.useFakeTimers();
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    await vi.advanceTimersByTimeAsync(2_100);
    expect(refusals).toBe(1);
    expect(autosaveErrors).toHaveLength(1);
    // Each later edit used to try again, and to say the same refusal again.
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    await vi.advanceTimersByTimeAsync(2_100);
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    await vi.advanceTimersByTimeAsync(2_100);
    expect(refusals).toBe(1);
    expect(autosaveErrors).toHaveLength(1);
    expect(isDirty(controller.getSnapshot())).toBe(true);
    // Asked for, the save still tries, and is still refused.
    await expect(controller.save()).rejects.toMatchObject({ code: 'WORKSPACE_CHANGED' });
    expect(refusals).toBe(2);
    // Saved under a new name: that one autosaves again.
    await controller.saveTo({ kind: 'browser', name: 'Codemig (cópia)' });
    await controller.mutate((e) => (e as unknown as FakeEngine).change());
    await vi.advanceTimersByTimeAsync(2_100);
    expect(isDirty(controller.getSnapshot())).toBe(false);
    expect(autosaveErrors).toHaveLength(1);
  });
});
