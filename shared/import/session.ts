import type { Connection } from '../db/connection';
import { ArranjoError } from '../errors';
import type { IndicatorDefinition } from '../repositories/indicator-repository';
import { newIndicatorDefinitions, readDictionary } from './indicator-definitions';
import { detectLayout } from './layout/detect-layout';
import type { ImportMapping } from './mapping/mapping-schema';
import { OperationControl } from './pipeline/control';
import { refuseFormulasWithoutResults } from './pipeline/formula-results';
import { runPass, type PassResult } from './pipeline/run-pass';
import type { TableSource } from './read/table-source';
import type { ImportRequest } from './request-schema';
import type { ImportLayout, LayoutOverrides, ProgressListener } from './types';
import { importRefusal } from '../domain/import-codes';
import { findSourceConflicts, type SourceConflict } from './source-conflicts';

export interface PreparedImport {
  key: string;
  /** The workspace the rows were checked against (sites are matched to its sites). */
  conn: Connection;
  request: ImportRequest;
  layout: ImportLayout;
  mapping: ImportMapping;
  pass: PassResult;
  definitions: IndicatorDefinition[];
  /** Stored values of another source the records would replace (refused unless the request says replace). */
  conflicts: SourceConflict[];
}

/**
 * One file opened for import: its sheets, the layouts detected in them, the operation running on
 * it (one at a time, cancellable) and the last pass, which a commit of the same request reuses.
 */
export class ImportSession {
  private readonly layouts = new Map<string, ImportLayout | ArranjoError>();
  private operation: OperationControl | null = null;
  private prepared: PreparedImport | null = null;
  lastUsed = Date.now();

  constructor(
    readonly id: string,
    readonly source: TableSource,
  ) {}

  /** The detected layout of a sheet, or the user's corrected one. */
  layout(sheet: string, overrides: LayoutOverrides = {}): ImportLayout {
    if (Object.keys(overrides).length > 0) return detectLayout(this.source, sheet, overrides);
    let cached = this.layouts.get(sheet);
    if (!cached) {
      try {
        cached = detectLayout(this.source, sheet);
        refuseFormulasWithoutResults(this.source, sheet, cached);
      } catch (error) {
        if (!(error instanceof ArranjoError)) throw error;
        cached = error;
      }
      this.layouts.set(sheet, cached);
    }
    if (cached instanceof ArranjoError) throw cached;
    return cached;
  }

  /** Why a sheet has no usable table (empty, headers only), or null. */
  layoutProblem(sheet: string): ArranjoError | null {
    return this.tryLayout(sheet) === null ? ((this.layouts.get(sheet) as ArranjoError | undefined) ?? null) : null;
  }

  /** The layout when the sheet has a table, null when it is empty or has no data. */
  tryLayout(sheet: string): ImportLayout | null {
    try {
      return this.layout(sheet);
    } catch (error) {
      if (error instanceof ArranjoError) return null;
      throw error;
    }
  }

  /** Runs a long operation: one at a time per file, with progress, cancellable. */
  async run<T>(listener: ProgressListener | undefined, work: (control: OperationControl) => Promise<T>): Promise<T> {
    if (this.operation) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `${this.source.fileName}: another operation on this file is still running; wait for it or cancel it.`,
        { file: this.source.fileName },
        importRefusal('busy'),
      );
    }
    const control = new OperationControl(listener);
    this.operation = control;
    this.lastUsed = Date.now();
    try {
      return await work(control);
    } finally {
      this.operation = null;
    }
  }

  cancel(): void {
    this.operation?.cancel();
  }

  /** Reads the rows for a request, or reuses the last pass when the request is the same. */
  async prepare(conn: Connection, request: ImportRequest, control: OperationControl): Promise<PreparedImport> {
    const key = JSON.stringify(request);
    if (this.prepared?.key === key && this.prepared.conn === conn) return this.prepared;
    this.prepared = null;
    const layout = this.layout(request.sheet, request.layout);
    const mapping = request.mapping;
    control.phase = 'reading';
    const pass = await runPass(
      conn,
      { source: this.source, layout, mapping, resolutions: request.resolutions, excludeRows: request.excludeRows },
      control,
    );
    let definitions: IndicatorDefinition[] = [];
    if (pass.records.target === 'indicator-values' || pass.records.target === 'population') {
      const codes = pass.records.store.indicatorCodes();
      const dictionary = mapping.dictionary ? await readDictionary(this.source, mapping, control) : new Map();
      definitions = newIndicatorDefinitions(conn, codes, mapping, layout, dictionary, this.source.fileName);
    }
    const conflicts = findSourceConflicts(conn, pass, mapping, this.source.fileName);
    this.prepared = { key, conn, request, layout, mapping, pass, definitions, conflicts };
    return this.prepared;
  }

  get lastPrepared(): PreparedImport | null {
    return this.prepared;
  }

  /**
   * Lets go of the parsed file when nothing more will be read from it (a one-shot import, before
   * it writes; see TableSource.release). The session can only write its last pass afterwards.
   */
  releaseSource(): void {
    this.source.release?.();
  }

  /** Forgets the cached pass (after a commit: the workspace changed under it). */
  forgetPass(): void {
    this.prepared = null;
  }
}
