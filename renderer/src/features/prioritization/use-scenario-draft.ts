import { useState } from 'react';
import type { Scenario } from '../../../../shared/features/prioritization/types';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { draftOf, sameDraft, type Draft } from './draft';

interface State {
  /** The scenario version the base was taken from (id, update time, freeze time). */
  from: string | null;
  base: Draft | null;
  draft: Draft | null;
}

const versionOf = (s: Scenario) => `${s.id}|${s.updatedAt}|${s.frozenAt ?? ''}`;

/**
 * The scenario under edit: a local draft saved as a whole (one undo step per save, not per slider
 * move). A new version from the engine (save, undo, another window) replaces the draft unless the
 * user has unsaved edits, which are kept.
 */
export function useScenarioDraft(scenario: Scenario | undefined) {
  const controller = useWorkspaceController();
  const [state, setState] = useState<State>({ from: null, base: null, draft: null });

  if (scenario && state.from !== versionOf(scenario)) {
    const next = draftOf(scenario);
    const edited = state.draft !== null && state.base !== null && !sameDraft(state.draft, state.base);
    setState({ from: versionOf(scenario), base: next, draft: edited ? state.draft : next });
  }

  const dirty = state.draft !== null && state.base !== null && !sameDraft(state.draft, state.base);

  const update = (change: (d: Draft) => Draft) => setState((s) => (s.draft ? { ...s, draft: change(s.draft) } : s));

  const save = async (): Promise<Scenario | null> => {
    if (!scenario || !state.draft) return null;
    const draft = state.draft;
    const saved = await controller.mutate((engine) => engine.updateScenario(scenario.id, draft));
    // The engine may have derived values (AHP weights): the saved scenario is the new base and draft.
    const next = draftOf(saved);
    setState({ from: versionOf(saved), base: next, draft: next });
    return saved;
  };

  const discard = () => setState((s) => ({ ...s, draft: s.base }));

  return { draft: state.draft, dirty, update, save, discard };
}
