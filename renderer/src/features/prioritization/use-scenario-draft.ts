import { useReducer } from 'react';
import type { Scenario } from '../../../../shared/features/prioritization/types';
import type { Locale } from '../../i18n/locales';
import { markUnsaved } from '../../workspace/unsaved-work';
import { useWorkspace, useWorkspaceController } from '../../workspace/workspace-context';
import { draftOf, sameDraft, type Draft } from './draft';

interface State {
  /** The scenario version the base was taken from (id, update time, freeze time). */
  from: string | null;
  base: Draft | null;
  draft: Draft | null;
}

const EMPTY: State = { from: null, base: null, draft: null };

/**
 * Drafts by workspace generation and scenario id, outside the view: switching area or scenario
 * unmounts the view, and an unsaved rename or weight change must still be there on coming back.
 */
const kept = new Map<string, State>();

/** A version by the language too: the draft is the scenario as shown (scenarioIn), written again after a language switch. */
const versionOf = (s: Scenario, language: Locale) => `${s.id}|${s.updatedAt}|${s.frozenAt ?? ''}|${language}`;
const edited = (s: State) => s.draft !== null && s.base !== null && !sameDraft(s.draft, s.base);

/**
 * The scenario under edit: a local draft saved as a whole (one undo step per save, not per slider
 * move). A new version from the engine (save, undo, another window) replaces the draft unless the
 * user has unsaved edits, which are kept. Results, sensitivity and stakeholders run on the draft
 * (the engine applies it without writing); leaving the page with a draft asks first.
 */
export function useScenarioDraft(id: number, scenario: Scenario | undefined, language: Locale) {
  const controller = useWorkspaceController();
  const { generation } = useWorkspace();
  const key = `${generation}:${id}`;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const state = kept.get(key) ?? EMPTY;

  const setState = (next: (s: State) => State) => {
    const value = next(kept.get(key) ?? EMPTY);
    kept.set(key, value);
    markUnsaved(`scenario:${key}`, edited(value), value.draft?.name ?? '');
    rerender();
  };

  if (scenario && state.from !== versionOf(scenario, language)) {
    const next = draftOf(scenario);
    setState((s) => ({ from: versionOf(scenario, language), base: next, draft: edited(s) ? s.draft : next }));
  }

  const dirty = edited(state);

  const update = (change: (d: Draft) => Draft) => setState((s) => (s.draft ? { ...s, draft: change(s.draft) } : s));

  const save = async (): Promise<Scenario | null> => {
    if (!scenario || !state.draft) return null;
    const draft = state.draft;
    const saved = await controller.mutate((engine) => engine.updateScenario(scenario.id, draft));
    // The engine may have derived values (AHP weights): the saved scenario is the new base and draft.
    const next = draftOf(saved);
    setState(() => ({ from: versionOf(saved, language), base: next, draft: next }));
    return saved;
  };

  const discard = () => setState((s) => ({ ...s, draft: s.base }));

  return { draft: state.draft, dirty, update, save, discard };
}
