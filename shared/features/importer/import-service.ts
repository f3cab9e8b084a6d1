import { z } from 'zod';
import type { Connection } from '../../db/connection';
import { ArranjoError } from '../../errors';
import { reapplyImport } from '../../import/commit';
import { refuseIfInvalid, writePrepared } from '../../import/quick-import';
import { importMappingSchema, IMPORT_TARGETS, type ImportMapping } from '../../import/mapping/mapping-schema';
import { suggestMapping } from '../../import/mapping/suggest';
import { issuesToCsv } from '../../import/pipeline/issues';
import { buildPreview } from '../../import/preview';
import { proposeSheet } from '../../import/layout/sheet-choice';
import { openTableSource } from '../../import/read/open-file';
import { cellToText } from '../../import/read/table-source';
import { clip } from '../../import/values/text';
import {
  importOpenOptionsSchema,
  importRequestSchema,
  issueQuerySchema,
  layoutOverridesSchema,
  type ImportOpenOptions,
  type ImportRequestInput,
  type IssueQuery,
} from '../../import/request-schema';
import { ImportSession, type PreparedImport } from '../../import/session';
import { matchTemplates } from '../../import/templates/match';
import { TemplateRegistry, templateFromMapping } from '../../import/templates/registry';
import { applyTemplate } from '../../import/templates/template';
import type {
  ImportBatchInfo,
  ImportCommitResult,
  ImportIssue,
  ImportLayout,
  ImportOpenResult,
  ImportPreview,
  ImportTemplateInfo,
  LayoutOverrides,
  ProgressListener,
  SheetRow,
  UndoImportResult,
} from '../../import/types';
import { checkUndoable, snapshotBatch, undoImportBatch, type BatchSnapshot } from '../../import/undo';
import { loadFeatureTargets } from '../../import/targets/feature-targets';
import { BatchRepository } from '../../repositories/batch-repository';
import { ImportTemplateRepository } from '../../repositories/import-template-repository';
import { ImportUndoRepository } from '../../repositories/import-undo-repository';
import { parseInput } from '../../rpc/validate';
import type { History } from '../../engine/history';
import { importRefusal } from '../../domain/import-codes';

const MAX_SESSIONS = 4;
const sessionIdSchema = z.string().min(1).max(40);
const fileNameSchema = z.string().min(1).max(1000);
const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'Expected a Uint8Array' });

export interface SaveTemplateInput {
  /** Lower-case letters, digits and "-": how the CLI's --template names it. */
  id: string;
  label: string;
  sessionId: string;
  sheet: string;
  mapping: ImportMapping;
  layout?: LayoutOverrides;
}

export interface SuggestedImport {
  layout: ImportLayout;
  mapping: ImportMapping;
  template: string | null;
}

/**
 * The import wizard's engine side: files opened as sessions, layouts, suggested mappings,
 * previews and commits, batch history and undo, templates. Long steps report progress and can be
 * cancelled; a cancelled or refused import writes nothing.
 */
export class ImportService {
  private readonly sessions = new Map<string, ImportSession>();
  private counter = 0;

  constructor(
    private readonly db: () => Connection,
    private readonly history: () => History,
    private readonly now: () => string,
  ) {}

  private session(id: string): ImportSession {
    const session = this.sessions.get(parseInput(sessionIdSchema, id, 'sessionId'));
    if (!session)
      throw new ArranjoError('NOT_FOUND', `Import session ${id} is closed or unknown; open the file again.`, {}, importRefusal('session'));
    session.lastUsed = Date.now();
    return session;
  }

  private templates(): TemplateRegistry {
    return new TemplateRegistry(this.db());
  }

  async open(bytes: Uint8Array, fileName: string, options: ImportOpenOptions = {}): Promise<ImportOpenResult> {
    const name = parseInput(fileNameSchema, fileName, 'fileName');
    const { encoding } = parseInput(importOpenOptionsSchema, options, 'options');
    const source = await openTableSource(parseInput(bytesSchema, bytes, 'bytes'), name, { encoding });
    if (this.sessions.size >= MAX_SESSIONS) {
      const oldest = [...this.sessions.values()].sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (oldest) this.sessions.delete(oldest.id);
    }
    const session = new ImportSession(`import-${++this.counter}`, source);
    this.sessions.set(session.id, session);
    const sheets = source.sheets.map((s) => ({ ...s, empty: session.tryLayout(s.name) === null }));
    const templates = matchTemplates(name, source.sheets, this.templates().all(), (sheet) => session.tryLayout(sheet));
    const suggestedSheet =
      templates[0]?.sheet ??
      proposeSheet(sheets, (sheet) => session.tryLayout(sheet)) ??
      sheets.find((s) => !s.hidden)?.name ??
      sheets[0]?.name ??
      '';
    return {
      sessionId: session.id,
      fileName: name,
      format: source.format,
      encoding: source.encoding ?? null,
      delimiter: source.delimiter ?? null,
      sheets,
      suggestedSheet,
      templates,
    };
  }

  async layout(sessionId: string, sheet: string, overrides: LayoutOverrides = {}): Promise<ImportLayout> {
    return this.session(sessionId).layout(
      parseInput(z.string().min(1).max(300), sheet, 'sheet'),
      parseInput(layoutOverridesSchema, overrides, 'layout'),
    );
  }

  /**
   * The first or last rows of a sheet as text, for the wizard to show where header, data and footer
   * are; `numeric` lists the cells (by column) a workbook held as numbers, for the UI to write in its
   * language.
   */
  async rows(sessionId: string, sheet: string, part: 'head' | 'tail', count: number): Promise<SheetRow[]> {
    // Up to a whole name → code lookup sheet (5,571 municipalities and its header).
    const n = parseInput(z.number().int().min(1).max(6_000), count, 'count');
    const source = this.session(sessionId).source;
    const name = parseInput(z.string().min(1).max(300), sheet, 'sheet');
    if (!source.sheets.some((s) => s.name === name))
      throw new ArranjoError('NOT_FOUND', `${source.fileName}: there is no sheet "${name}".`, { file: source.fileName, sheet: name });
    const rows = parseInput(z.enum(['head', 'tail']), part, 'part') === 'head' ? source.head(name, n) : source.tail(name, n);
    return rows.map((r) => {
      const numeric = r.cells.flatMap((c, i) => (typeof c === 'number' ? [i] : []));
      return { row: r.row, cells: r.cells.map((c) => clip(cellToText(c), 200)), ...(numeric.length > 0 ? { numeric } : {}) };
    });
  }

  /** The layout and a mapping to start from: a template's, or one suggested from the headers. */
  async suggest(
    sessionId: string,
    sheet: string,
    options: { template?: string; target?: (typeof IMPORT_TARGETS)[number]; layout?: LayoutOverrides } = {},
  ): Promise<SuggestedImport> {
    const opts = parseInput(
      z.object({
        template: z.string().max(80).optional(),
        target: z.enum(IMPORT_TARGETS).optional(),
        layout: layoutOverridesSchema.optional(),
      }),
      options,
      'options',
    );
    const session = this.session(sessionId);
    const layout = session.layout(sheet, opts.layout);
    if (opts.template) {
      return {
        layout,
        mapping: applyTemplate(this.templates().get(opts.template), layout, { file: session.source.fileName }),
        template: opts.template,
      };
    }
    return { layout, mapping: suggestMapping(layout, opts.target), template: null };
  }

  async preview(sessionId: string, request: ImportRequestInput, onProgress?: ProgressListener): Promise<ImportPreview> {
    const req = parseInput(importRequestSchema, request, 'request');
    const session = this.session(sessionId);
    return session.run(onProgress, async (control) => {
      const prepared = await session.prepare(this.db(), req, control);
      control.phase = 'checking';
      control.report(0, 1, true);
      return buildPreview(this.db(), prepared.pass, prepared.layout.sheet, prepared.definitions, {
        found: prepared.conflicts,
        replace: prepared.request.replaceOtherSources,
      });
    });
  }

  async issues(sessionId: string, query: IssueQuery = {}): Promise<{ total: number; issues: ImportIssue[] }> {
    const q = parseInput(issueQuerySchema, query, 'query');
    const prepared = this.session(sessionId).lastPrepared;
    if (!prepared) return { total: 0, issues: [] };
    const all = prepared.pass.issues.list(q);
    return { total: all.length, issues: all.slice(q.offset, q.offset + q.limit) };
  }

  async issuesCsv(sessionId: string): Promise<string> {
    const session = this.session(sessionId);
    const prepared = session.lastPrepared;
    return issuesToCsv(prepared?.pass.issues.list() ?? [], session.source.fileName, prepared?.layout.sheet ?? '');
  }

  async commit(sessionId: string, request: ImportRequestInput, onProgress?: ProgressListener): Promise<ImportCommitResult> {
    const req = parseInput(importRequestSchema, request, 'request');
    const session = this.session(sessionId);
    return session.run(onProgress, async (control) => {
      const prepared = await session.prepare(this.db(), req, control);
      refuseIfInvalid(prepared, session.source.fileName);
      if (prepared.conn !== this.db()) {
        throw new ArranjoError(
          'INVALID_INPUT',
          'Another workspace was opened while the file was being read; nothing was written. Import it again.',
          {},
          importRefusal('workspace-changed'),
        );
      }
      control.phase = 'writing';
      control.report(0, 1, true);
      control.throwIfCancelled();
      const result = this.write(prepared, session.source.fileName);
      session.forgetPass();
      control.report(1, 1, true);
      return result;
    });
  }

  /** Writes a prepared import as one batch and records it in the session's undo history. */
  write(prepared: PreparedImport, fileName: string): ImportCommitResult {
    const { batchId, counts } = writePrepared(this.db(), prepared, fileName, this.now());
    this.recordInHistory(batchId, prepared.mapping.target);
    return { batchId, target: prepared.mapping.target, counts, warnings: prepared.pass.issues.warnings };
  }

  /** Ctrl+Z undoes the import as a batch; what it wrote is read back first, so Ctrl+Y can write it again. */
  private recordInHistory(batchId: number, target: string): void {
    const conn = this.db();
    let snapshot: BatchSnapshot | null = null;
    this.history().record({
      label: 'import',
      undo: () => {
        snapshot = snapshotBatch(conn, batchId, target);
        undoImportBatch(conn, batchId, this.now());
      },
      redo: () => {
        if (snapshot) reapplyImport(conn, batchId, snapshot.records, snapshot.source, snapshot.definitions);
      },
    });
  }

  async cancel(sessionId: string): Promise<void> {
    this.sessions.get(sessionId)?.cancel();
  }

  async close(sessionId: string): Promise<void> {
    this.sessions.get(sessionId)?.cancel();
    this.sessions.delete(sessionId);
  }

  async batches(): Promise<ImportBatchInfo[]> {
    const conn = this.db();
    const undo = new ImportUndoRepository(conn);
    return new BatchRepository(conn).list().map((b) => {
      const blockedBy = b.undoneAt ? [] : undo.blockingBatches(b.id);
      return { ...b, canUndo: b.undoneAt === null && blockedBy.length === 0, blockedBy };
    });
  }

  async undo(batchId: number): Promise<UndoImportResult> {
    const id = parseInput(z.number().int().positive(), batchId, 'batchId');
    // Undo looks at every feature's tables (a composition root may load them only when needed).
    await loadFeatureTargets();
    const conn = this.db();
    checkUndoable(conn, id);
    const target = new BatchRepository(conn).get(id)?.target ?? 'employment';
    // The snapshot lets the session's Undo (Ctrl+Z) bring the batch back.
    const snapshot = snapshotBatch(conn, id, target);
    const result = undoImportBatch(conn, id, this.now());
    this.history().record({
      label: 'undo-import',
      undo: () => reapplyImport(conn, id, snapshot.records, snapshot.source, snapshot.definitions),
      redo: () => undoImportBatch(conn, id, this.now()),
    });
    return result;
  }

  async templateList(): Promise<ImportTemplateInfo[]> {
    return this.templates().infos();
  }

  /** Saves the mapping used on a sheet as a template for files with the same headers. */
  async saveTemplate(input: SaveTemplateInput): Promise<ImportTemplateInfo> {
    const i = parseInput(
      z.object({
        id: z.string(),
        label: z.string().trim().min(1).max(200),
        sessionId: sessionIdSchema,
        sheet: z.string().min(1).max(300),
        mapping: importMappingSchema,
        layout: layoutOverridesSchema.optional(),
      }),
      input,
      'template',
    );
    const session = this.session(i.sessionId);
    const layout = session.layout(i.sheet, i.layout);
    const template = templateFromMapping(i.id, i.label, i.mapping, layout, session.source.format === 'xlsx' ? i.sheet : null);
    const registry = this.templates();
    const repo = new ImportTemplateRepository(this.db());
    const before = repo.get(template.id);
    registry.save(template, this.now());
    const after = repo.get(template.id);
    // A change like any other: it marks the workspace unsaved (so autosave keeps it) and Ctrl+Z takes it back.
    this.history().record({
      label: 'import-template.save',
      undo: () => {
        if (before) repo.save(before, before.updatedAt);
        else repo.delete(template.id);
      },
      redo: () => {
        if (after) repo.save(after, after.updatedAt);
      },
    });
    return (
      registry.infos().find((t) => t.id === template.id) ?? {
        id: template.id,
        label: template.label,
        target: template.target,
        builtIn: false,
        description: template.description,
      }
    );
  }

  async deleteTemplate(id: string): Promise<void> {
    const templateId = parseInput(z.string().min(1).max(80), id, 'id');
    const repo = new ImportTemplateRepository(this.db());
    const before = repo.get(templateId);
    this.templates().delete(templateId);
    if (before) {
      this.history().record({
        label: 'import-template.delete',
        undo: () => repo.save(before, before.updatedAt),
        redo: () => {
          repo.delete(templateId);
        },
      });
    }
  }
}
