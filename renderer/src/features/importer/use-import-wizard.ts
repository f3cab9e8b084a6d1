import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  proposeNameState,
  type EncodingChoice,
  type ImportMapping,
  type ImportTarget,
  type LayoutOverrides,
} from '../../../../shared/import/api';
import { FOCUS_STATE_ABBR } from '../../../../shared/domain/focus-state';
import { toEngineError } from '../../lib/engine-error';
import { useEngine, useWorkspaceController } from '../../workspace/workspace-context';
import { progressCallback, transferBytes } from './import-engine';
import { isCancelled } from './import-errors';
import type { BulkAnswers } from './bulk-answers';
import { mergeUnresolved, withAnswer } from './resolutions';
import { mappingWithSeparateSeries } from './source-conflicts';
import {
  buildRequest,
  certainTemplate,
  HEAD_ROWS,
  INITIAL,
  ISSUE_PAGE,
  SHEET_RESET,
  suggestionKey,
  TAIL_ROWS,
  type SheetRows,
  type WizardState,
  type WizardStep,
} from './wizard-state';

export type { Busy, SheetRows, WizardState, WizardStep } from './wizard-state';
export { WIZARD_STEPS } from './wizard-state';

/**
 * The import wizard's state and its engine calls: open the file as an import session, read the
 * layout and rows of a sheet, suggest a mapping, check (preview) and import (commit) with progress
 * and cancel. The session is closed when the wizard goes away — the engine keeps only four.
 */
export function useImportWizard(file: File) {
  const engine = useEngine();
  const controller = useWorkspaceController();
  const [state, setState] = useState<WizardState>({ ...INITIAL, busy: { kind: 'open', progress: null } });
  const stateRef = useRef(state);
  const sessionRef = useRef<string | null>(null);
  const aliveRef = useRef(true);
  // A text file's encoding as the user picked it ('auto': detected); a change opens the file again.
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');

  // The ref is the source of truth, updated at once: an action that awaits reads what the previous line set.
  const update = useCallback((patch: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>)) => {
    if (!aliveRef.current) return;
    const current = stateRef.current;
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    stateRef.current = next;
    setState(next);
  }, []);

  // Open the file once; close its session when the wizard goes away (or when it opens too late).
  useEffect(() => {
    aliveRef.current = true;
    let disposed = false;
    void (async () => {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const opened = await engine.importOpen(transferBytes(bytes), file.name, { encoding });
        if (disposed) {
          void engine.importClose(opened.sessionId);
          return;
        }
        sessionRef.current = opened.sessionId;
        const sheet = opened.suggestedSheet;
        update({ opened, sheet, template: certainTemplate(opened, sheet), busy: null });
      } catch (error) {
        if (!disposed) update({ openError: error, busy: null });
      }
    })();
    return () => {
      disposed = true;
      aliveRef.current = false;
      const session = sessionRef.current;
      sessionRef.current = null;
      if (session) void engine.importClose(session).catch(() => undefined);
    };
  }, [engine, file, update, encoding]);

  const selectEncoding = (next: EncodingChoice) => {
    if (next === encoding) return;
    update({ ...INITIAL, busy: { kind: 'open', progress: null } });
    setEncoding(next);
  };

  const session = (): string => {
    const id = sessionRef.current;
    if (!id) throw new Error('The import file is not open.');
    return id;
  };

  // Made per call (in an action, never during render): the worker reports through it until the call ends.
  const progressListener = () =>
    progressCallback((progress) => {
      update((s) => (s.busy ? { busy: { ...s.busy, progress } } : {}));
    });

  const selectSheet = (sheet: string) => {
    update((s) => ({ ...SHEET_RESET, sheet, template: certainTemplate(s.opened, sheet) }));
  };

  const selectTemplate = (template: string | null) => {
    update({ template, mappingError: null, preview: null, previewKey: null });
  };

  const selectTarget = (target: ImportTarget | null) => {
    update({ target, template: null, mappingError: null, preview: null, previewKey: null });
  };

  /** Reads the layout (with the user's corrections) and, once per sheet, the rows to show. */
  const loadLayout = async (overrides: LayoutOverrides): Promise<boolean> => {
    const { sheet, rows } = stateRef.current;
    update({ busy: { kind: 'layout', progress: null }, overrides });
    try {
      const id = session();
      const [layout, sheetRows] = await Promise.all([
        engine.importLayout(id, sheet, overrides),
        rows?.sheet === sheet
          ? Promise.resolve(rows)
          : Promise.all([engine.importRows(id, sheet, 'head', HEAD_ROWS), engine.importRows(id, sheet, 'tail', TAIL_ROWS)]).then(
              ([head, tail]): SheetRows => ({ sheet, head, tail }),
            ),
      ]);
      update({ layout, layoutError: null, rows: sheetRows, busy: null });
      return true;
    } catch (error) {
      update({ layoutError: error, busy: null });
      return false;
    }
  };

  const toLayout = async () => {
    const s = stateRef.current;
    const fresh = s.layout?.sheet === s.sheet && s.rows?.sheet === s.sheet;
    if (!fresh) await loadLayout(s.overrides);
    update({ step: 'layout' });
  };

  const setOverrides = async (overrides: LayoutOverrides) => {
    await loadLayout(overrides);
    update({ preview: null, previewKey: null });
  };

  /** Suggests the mapping (from the template, or from the headers for the target) unless one is already made for this layout. */
  const suggest = async (force = false): Promise<boolean> => {
    const s = stateRef.current;
    const key = suggestionKey(s);
    if (!force && s.mapping && s.mappingFor === key) return true;
    update({ busy: { kind: 'suggest', progress: null } });
    try {
      const options = s.template
        ? { template: s.template, layout: s.overrides }
        : { layout: s.overrides, ...(s.target ? { target: s.target } : {}) };
      const suggested = await engine.importSuggest(session(), s.sheet, options);
      // Names without codes: the state the file name names, else the workspace's focus, shown to be changed.
      const proposal = proposeNameState(suggested.mapping, suggested.layout, file.name, FOCUS_STATE_ABBR);
      update({
        layout: suggested.layout,
        mapping: proposal ? { ...suggested.mapping, state: proposal.state } : suggested.mapping,
        stateOrigin: proposal?.origin ?? null,
        mappingFor: key,
        mappingError: null,
        target: s.template ? suggested.mapping.target : s.target,
        preview: null,
        previewKey: null,
        busy: null,
      });
      return true;
    } catch (error) {
      update({ mapping: null, mappingFor: null, mappingError: error, busy: null });
      return false;
    }
  };

  const toMapping = async () => {
    await suggest();
    update({ step: 'mapping' });
  };

  const setMapping = (mapping: ImportMapping) => {
    update({ mapping, mappingError: null, preview: null, previewKey: null });
  };

  const changeTarget = async (target: ImportTarget) => {
    update({ target, template: null });
    await suggest(true);
  };

  /** Checks the whole file (the engine's preview) and goes where the answer leads. */
  const check = async (): Promise<void> => {
    const s = stateRef.current;
    const request = buildRequest(s);
    if (!request) return;
    update({ busy: { kind: 'preview', progress: null }, previewError: null, cancelled: false, commitError: null });
    try {
      const preview = await engine.importPreview(session(), request, progressListener());
      update((current) => ({
        preview,
        previewKey: JSON.stringify(request),
        territories: mergeUnresolved(current.territories, preview.unresolved),
        busy: null,
        step: preview.unresolved.length > 0 ? 'territories' : 'preview',
      }));
    } catch (error) {
      if (isCancelled(error)) update({ busy: null, cancelled: true });
      // A mapping the engine refuses (a period column whose header is no period too): back to the columns, the alert above them.
      else if (['mapping', 'period-header'].includes(String(toEngineError(error).params.reason)))
        update({ busy: null, mappingError: error, step: 'mapping' });
      else update({ busy: null, previewError: error });
    }
  };

  const answer = (key: string, value: string | null) => {
    update((s) => ({ resolutions: withAnswer(s.resolutions, key, value) }));
  };

  /** Several answers at once (the top suggestions in a state, or the workbook's own name → code sheet). */
  const answerMany = (answers: BulkAnswers) => {
    update((s) => ({ resolutions: { ...s.resolutions, ...Object.fromEntries(answers) } }));
  };

  /** Leaves out every row with an error (the user's explicit choice; the rows are listed and can be brought back). */
  const excludeErrorRows = async () => {
    update({ busy: { kind: 'exclude', progress: null } });
    try {
      const id = session();
      const rows = new Set(stateRef.current.excludeRows);
      const reasons = [...stateRef.current.excludedIssues];
      for (let offset = 0; ; offset += ISSUE_PAGE) {
        const page = await engine.importIssues(id, { severity: 'error', offset, limit: ISSUE_PAGE });
        for (const issue of page.issues) {
          if (issue.row === null) continue;
          rows.add(issue.row);
          reasons.push(issue);
        }
        if (offset + ISSUE_PAGE >= page.total || page.issues.length === 0) break;
      }
      reasons.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      update({ excludeRows: [...rows].sort((a, b) => a - b), excludedIssues: reasons, busy: null });
    } catch (error) {
      update({ previewError: error, busy: null });
      return;
    }
    await check();
  };

  /** How rows repeating a key are taken (the user's explicit choice, kept in the mapping and its template), then the file is checked again. */
  const chooseDuplicates = async (duplicates: NonNullable<ImportMapping['duplicates']>) => {
    const mapping = stateRef.current.mapping;
    if (!mapping) return;
    setMapping({ ...mapping, duplicates });
    await check();
  };

  /**
   * The review's answer for a sector code outside the classification: a code, "NC" (não classificado),
   * null to skip its rows, or undefined to take the answer back; kept in the mapping (and its template).
   */
  const chooseSectorCode = async (text: string, answer: string | null | undefined) => {
    const mapping = stateRef.current.mapping;
    if (!mapping) return;
    const { [text]: _previous, ...others } = mapping.sectorMap ?? {};
    const sectorMap = answer === undefined ? others : { ...others, [text]: answer };
    setMapping({ ...mapping, sectorMap });
    await check();
  };

  /**
   * Stored values of another source: the file's go to a series apart (its year columns get the
   * suggested code), or replace them (the user's explicit choice, undoable with the batch).
   */
  const chooseSourceConflict = async (choice: 'separate' | 'replace' | 'keep') => {
    const s = stateRef.current;
    if (choice === 'separate') {
      const mapping = s.mapping && mappingWithSeparateSeries(s.mapping, s.preview?.sourceConflicts ?? []);
      if (!mapping) return;
      update({ mapping, replaceOtherSources: false, preview: null, previewKey: null });
    } else update({ replaceOtherSources: choice === 'replace' });
    await check();
  };

  const includeAllRows = async () => {
    update({ excludeRows: [], excludedIssues: [] });
    await check();
  };

  const commit = async () => {
    const s = stateRef.current;
    const request = buildRequest(s);
    if (!request) return;
    update({ busy: { kind: 'commit', progress: null }, commitError: null, cancelled: false });
    try {
      const id = session();
      const listener = progressListener();
      const result = await controller.mutate((e) => e.importCommit(id, request, listener));
      update({ result, step: 'done', busy: null, undone: false });
    } catch (error) {
      if (isCancelled(error)) update({ busy: null, cancelled: true });
      else update({ busy: null, commitError: error });
    }
  };

  const cancel = () => {
    const id = sessionRef.current;
    if (id) void engine.importCancel(id);
  };

  const undoImport = async () => {
    const batchId = stateRef.current.result?.batchId;
    if (batchId === undefined) return;
    update({ busy: { kind: 'undo', progress: null }, commitError: null });
    try {
      await controller.mutate((e) => e.undoImport(batchId));
      update({ undone: true, busy: null });
    } catch (error) {
      update({ commitError: error, busy: null });
    }
  };

  const saveTemplate = async (id: string, label: string) => {
    const s = stateRef.current;
    if (!s.mapping) return null;
    const mapping = s.mapping;
    const saved = await controller.mutate((e) =>
      e.saveImportTemplate({ id, label, sessionId: session(), sheet: s.sheet, mapping, layout: s.overrides }),
    );
    // The mapping now comes from the saved template (recorded with the batch); it stays as edited.
    update((current) => ({
      template: saved.id,
      savedTemplates: { ...current.savedTemplates, [saved.id]: saved.label },
      mappingFor: suggestionKey({ ...current, template: saved.id }),
    }));
    return saved;
  };

  const goTo = (step: WizardStep) => update({ step, cancelled: false });

  const requestKey = useMemo(() => {
    const request = buildRequest(state);
    return request ? JSON.stringify(request) : null;
  }, [state]);

  return {
    state,
    sessionId: state.opened?.sessionId ?? null,
    /** The preview is for the request as it stands now (no edits since the last check). */
    previewCurrent: state.preview !== null && state.previewKey === requestKey,
    encoding,
    selectEncoding,
    selectSheet,
    selectTemplate,
    selectTarget,
    toLayout,
    setOverrides,
    toMapping,
    suggest,
    setMapping,
    changeTarget,
    check,
    answer,
    answerMany,
    excludeErrorRows,
    chooseDuplicates,
    chooseSectorCode,
    chooseSourceConflict,
    includeAllRows,
    commit,
    cancel,
    undoImport,
    saveTemplate,
    goTo,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
