/** The import wizard's state, as plain data: what the hook holds and how a request is built from it. */
import type {
  ImportCommitResult,
  ImportIssue,
  ImportLayout,
  ImportMapping,
  ImportOpenResult,
  ImportPreview,
  ImportProgress,
  ImportRequestInput,
  ImportTarget,
  LayoutOverrides,
  SheetRow,
  StateOrigin,
  UnresolvedTerritory,
} from '../../../../shared/import/api';
import { resolutionList, type Resolutions } from './resolutions';

export const WIZARD_STEPS = ['sheet', 'layout', 'mapping', 'territories', 'preview', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export type BusyKind = 'open' | 'layout' | 'suggest' | 'preview' | 'commit' | 'undo' | 'exclude';

export interface Busy {
  kind: BusyKind;
  progress: ImportProgress | null;
}

export interface SheetRows {
  sheet: string;
  head: SheetRow[];
  tail: SheetRow[];
}

export interface WizardState {
  opened: ImportOpenResult | null;
  openError: unknown;
  step: WizardStep;
  sheet: string;
  /** The template the mapping comes from; null: suggested from the headers for `target`. */
  template: string | null;
  /** Labels of the templates saved in this wizard (the engine's matches name the others). */
  savedTemplates: Record<string, string>;
  /** What the file holds, when no template says it; null: let the engine guess. */
  target: ImportTarget | null;
  overrides: LayoutOverrides;
  layout: ImportLayout | null;
  layoutError: unknown;
  rows: SheetRows | null;
  mapping: ImportMapping | null;
  /** The sheet, template, target and layout the mapping was suggested for. */
  mappingFor: string | null;
  mappingError: unknown;
  /** Where the state of names-only territories in the mapping was proposed from; null: not proposed. */
  stateOrigin: StateOrigin | null;
  resolutions: Resolutions;
  /** Every territory the engine asked about in this wizard, answered or not. */
  territories: UnresolvedTerritory[];
  excludeRows: number[];
  /** Why each excluded row was left out: its errors when the user excluded it (the check after no longer sees them). */
  excludedIssues: ImportIssue[];
  /** The user chose to replace stored values of another source (the review asks when there are any). */
  replaceOtherSources: boolean;
  preview: ImportPreview | null;
  /** The request the preview answers; a changed request needs a new check before importing. */
  previewKey: string | null;
  previewError: unknown;
  result: ImportCommitResult | null;
  commitError: unknown;
  undone: boolean;
  busy: Busy | null;
  /** The user cancelled the last long operation: said quietly. */
  cancelled: boolean;
}

/** What changes with a new sheet: everything read from the old one. */
export const SHEET_RESET = {
  overrides: {},
  layout: null,
  layoutError: null,
  rows: null,
  mapping: null,
  mappingFor: null,
  mappingError: null,
  stateOrigin: null,
  resolutions: {},
  territories: [],
  excludeRows: [],
  excludedIssues: [],
  replaceOtherSources: false,
  preview: null,
  previewKey: null,
  previewError: null,
} satisfies Partial<WizardState>;

export const INITIAL: WizardState = {
  ...SHEET_RESET,
  opened: null,
  openError: null,
  step: 'sheet',
  sheet: '',
  template: null,
  savedTemplates: {},
  target: null,
  result: null,
  commitError: null,
  undone: false,
  busy: null,
  cancelled: false,
};

export const HEAD_ROWS = 40;
export const TAIL_ROWS = 12;
export const ISSUE_PAGE = 5_000;

/** The sheet, template, target and layout corrections a mapping is suggested for. */
export function suggestionKey(s: Pick<WizardState, 'sheet' | 'template' | 'target' | 'overrides'>): string {
  return JSON.stringify([s.sheet, s.template, s.target, s.overrides]);
}

/** The first template the file certainly matches on this sheet. */
export function certainTemplate(opened: ImportOpenResult | null, sheet: string): string | null {
  return opened?.templates.find((m) => m.sheet === sheet && m.confidence === 'certain')?.templateId ?? null;
}

/** What preview and commit are asked: the sheet, the corrections, the mapping and the user's answers. */
export function buildRequest(s: WizardState): ImportRequestInput | null {
  if (!s.mapping || !s.sheet) return null;
  return {
    sheet: s.sheet,
    layout: s.overrides,
    mapping: s.mapping,
    resolutions: resolutionList(s.resolutions),
    excludeRows: s.excludeRows,
    template: s.template,
    replaceOtherSources: s.replaceOtherSources,
  };
}
