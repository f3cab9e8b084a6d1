import type { SourceConflict } from './source-conflicts';
import type { ImportIssueCode } from '../domain/import-codes';

/**
 * What the import engine tells the wizard and the CLI: plain data, safe to send across the worker
 * boundary. Rows are numbered as the user sees them in Excel (1-based); columns by index (A = 0)
 * with their letter and header text.
 */
import type { EndReason } from './layout/end-detector';
import type { ImportMapping, ImportTarget } from './mapping/mapping-schema';

export type { ImportMapping, ImportTarget };

export interface ImportProgress {
  phase: 'reading' | 'scanning' | 'checking' | 'writing';
  done: number;
  total: number;
}
export type ProgressListener = (progress: ImportProgress) => void;

export interface SheetSummary {
  name: string;
  rowCount: number;
  columnCount: number;
  hidden: boolean;
  empty: boolean;
}

export interface TemplateMatch {
  templateId: string;
  label: string;
  sheet: string;
  /** certain: the file leaves no doubt; possible: the layout fits but the content cannot tell (e.g. RAIS jobs vs payroll). */
  confidence: 'certain' | 'possible';
  reason: string;
}

export interface ImportOpenResult {
  sessionId: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  encoding: string | null;
  delimiter: string | null;
  sheets: SheetSummary[];
  /** The sheet to start from: the first one a template matches, or the first with data. */
  suggestedSheet: string;
  templates: TemplateMatch[];
}

export type ColumnKind = 'empty' | 'number' | 'code' | 'year' | 'date' | 'text' | 'mixed';

export interface LayoutColumn {
  index: number;
  letter: string;
  header: string;
  kind: ColumnKind;
  /** Up to 5 distinct values from the first data rows, shortened. */
  samples: string[];
  /**
   * Which samples (their indices) a workbook held as numbers: "0.25" is the engine's text of the
   * number 0.25, which the UI writes in its language (0,25); a CSV's "0.25" is the file's own text.
   */
  numericSamples?: number[];
}

/** A row of a sheet as the wizard shows it: its cells' text, and which of them a workbook held as numbers. */
export interface SheetRow {
  row: number;
  cells: string[];
  /** The columns (0-based) whose cell is a number: the UI writes it in its language (0.25 → 0,25). */
  numeric?: number[];
}

export interface YearCandidate {
  year: number;
  source: 'footer' | 'title' | 'file-name';
  text: string;
}

export interface ImportLayout {
  sheet: string;
  rowCount: number;
  /** Header rows (inclusive); null when the table has no header row. */
  headerRows: { first: number; last: number } | null;
  dataStart: number;
  /** Last row of the data block (inclusive), totals included; rows after it are not read. */
  dataEnd: number;
  endReason: EndReason;
  titleRows: { row: number; text: string }[];
  footerRows: { row: number; text: string }[];
  /** Totals rows seen ("Total", "Brasil"): skipped, and checked against the sum when possible. */
  totalRows: number[];
  columns: LayoutColumn[];
  yearCandidates: YearCandidate[];
}

/** The user's corrections to a detected layout. */
export interface LayoutOverrides {
  /** 0 means "no header row". */
  headerFirst?: number;
  headerLast?: number;
  dataStart?: number;
  dataEnd?: number;
}

export type IssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  severity: IssueSeverity;
  /** Stable code the UI can translate and filter on (shared/domain/import-codes.ts). */
  code: ImportIssueCode;
  row: number | null;
  /** Header text, or the column letter when the column has no header. */
  column: string | null;
  message: string;
  /** The offending cell text, shortened. */
  value?: string;
  /** The value is a number the engine wrote ("0.455"), not a text of the file: the UI writes it in its language. */
  numeric?: true;
  /** What the message says, as data, for the UI to say it in the user's language (the message stays English for the CLI). */
  params?: IssueParams;
}

export type IssueParams = Readonly<Record<string, string | number>>;

export interface TerritoryCandidate {
  code: number;
  name: string;
  stateAbbr: string;
  /** 0–1: 1 is the same name without accents and case. */
  score: number;
}

/** A territory the file names that the engine will not guess: the user picks a candidate or skips. */
export interface UnresolvedTerritory {
  /** Give it back in a resolution. */
  key: string;
  text: string;
  state: string | null;
  problem: 'unknown' | 'ambiguous';
  rows: number;
  firstRow: number;
  candidates: TerritoryCandidate[];
}

/** The user's answer for an unresolved territory: a municipality (or state) code, or null to skip its rows. */
export interface TerritoryResolution {
  key: string;
  code: number | null;
}

export interface TotalCheck {
  row: number;
  column: string;
  fileTotal: number;
  sum: number;
  ok: boolean;
}

export interface ImportCounts {
  /** Data rows read (totals included). */
  read: number;
  /** Values (database records) that will be / were inserted; a wide row gives several. */
  imported: number;
  updated: number;
  /** Data rows not imported: totals, rows of skipped territories, excluded rows. */
  skipped: number;
}

export interface ImportPreview {
  target: ImportTarget;
  sheet: string;
  counts: ImportCounts;
  /** Of `counts.updated`, the values the workspace already holds as the file gives them (the same file imported again). */
  unchanged: number;
  errors: number;
  warnings: number;
  /** The first issues (all of them are available paged through importIssues and as CSV). */
  issues: ImportIssue[];
  unresolved: UnresolvedTerritory[];
  totalChecks: TotalCheck[];
  /** Years the rows carry, and indicators or sectors written, for a summary line. */
  years: number[];
  newIndicators: string[];
  /** Stored values of another source the import would replace: it waits for the user's choice. */
  sourceConflicts: SourceConflict[];
  /** False when errors, unresolved territories or values of another source (not chosen to replace) stop the import. */
  canCommit: boolean;
}

export interface ImportCommitResult {
  batchId: number;
  target: ImportTarget;
  counts: ImportCounts;
  warnings: number;
}

export interface ImportBatchInfo {
  id: number;
  sourceFile: string;
  sheet: string | null;
  target: string;
  template: string | null;
  mapping: string | null;
  importedAt: string;
  counts: ImportCounts;
  undoneAt: string | null;
  /** Whether undo is possible now (not undone, no later batch overwrote its values). */
  canUndo: boolean;
  blockedBy: number[];
}

export interface UndoImportResult {
  batchId: number;
  removed: number;
  restored: number;
}

export interface ImportTemplateInfo {
  id: string;
  label: string;
  target: ImportTarget;
  builtIn: boolean;
  description: string;
}
