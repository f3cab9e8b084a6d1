import type {
  ImportBatchInfo,
  ImportCommitResult,
  ImportFileOptions,
  ImportIssue,
  ImportLayout,
  ImportOpenOptions,
  ImportOpenResult,
  ImportPreview,
  ImportRequestInput,
  ImportTarget,
  ImportTemplateInfo,
  IssueQuery,
  LayoutOverrides,
  ProgressListener,
  SheetRow,
  UndoImportResult,
} from '../../import/api';
import type { CanonicalLayoutName } from '../../export/canonical-layouts';
import type { CanonicalExport } from './canonical-export';
import type { ImportFileResult } from './import-file';
import type { SaveTemplateInput, SuggestedImport } from './import-service';

/**
 * Import wizard (DESIGN.md §5): open a file → sheets and matching templates → layout (header,
 * data end, columns) → suggested mapping → preview (counts, issues, unresolved territories) →
 * commit as one batch; batch history and undo; templates. `onProgress` may be a Comlink proxy;
 * `importCancel` stops a running preview or commit, and nothing is written.
 */
export interface ImportApi {
  importOpen(bytes: Uint8Array, fileName: string, options?: ImportOpenOptions): Promise<ImportOpenResult>;
  importLayout(sessionId: string, sheet: string, overrides?: LayoutOverrides): Promise<ImportLayout>;
  /** The first or last rows of a sheet as text (≤ 500), to show titles, header, totals and footers. */
  importRows(sessionId: string, sheet: string, part: 'head' | 'tail', count: number): Promise<SheetRow[]>;
  importSuggest(
    sessionId: string,
    sheet: string,
    options?: { template?: string; target?: ImportTarget; layout?: LayoutOverrides },
  ): Promise<SuggestedImport>;
  importPreview(sessionId: string, request: ImportRequestInput, onProgress?: ProgressListener): Promise<ImportPreview>;
  importIssues(sessionId: string, query?: IssueQuery): Promise<{ total: number; issues: ImportIssue[] }>;
  /** The last preview's issues as CSV (";" and BOM, for Excel). */
  importIssuesCsv(sessionId: string): Promise<string>;
  importCommit(sessionId: string, request: ImportRequestInput, onProgress?: ProgressListener): Promise<ImportCommitResult>;
  importCancel(sessionId: string): Promise<void>;
  importClose(sessionId: string): Promise<void>;
  /** Open, pick the template the file leaves no doubt about (or the one given), and commit — the CLI's import. */
  importFile(bytes: Uint8Array, fileName: string, options: ImportFileOptions, onProgress?: ProgressListener): Promise<ImportFileResult>;
  importBatches(): Promise<ImportBatchInfo[]>;
  undoImport(batchId: number): Promise<UndoImportResult>;
  importTemplates(): Promise<ImportTemplateInfo[]>;
  saveImportTemplate(input: SaveTemplateInput): Promise<ImportTemplateInfo>;
  deleteImportTemplate(id: string): Promise<void>;
  /** One of §10's canonical layouts as CSV, the whole workspace's or (site-keyed layouts) one district's. */
  exportCanonicalCsv(layout: CanonicalLayoutName, siteId?: number): Promise<CanonicalExport>;
}
