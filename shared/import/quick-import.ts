import { compilePattern } from '../text/safe-pattern';
import { refuseSourceConflicts } from './source-conflicts';
import type { Connection } from '../db/connection';
import { ArranjoError, describeLocation } from '../errors';
import { IndicatorRepository } from '../repositories/indicator-repository';
import { commitImport } from './commit';
import { OperationControl } from './pipeline/control';
import { openTableSource } from './read/open-file';
import { ImportSession, type PreparedImport } from './session';
import { BUILT_IN_TEMPLATES } from './templates/built-ins';
import { applyTemplate } from './templates/template';
import type { ImportCounts } from './types';
import { importRefusal } from '../domain/import-codes';

/** All or nothing: an import with errors or unresolved territories is refused, naming the first problem. */
export function refuseIfInvalid(prepared: PreparedImport, fileName: string): void {
  const { pass, layout } = prepared;
  if (pass.issues.errors === 0 && pass.unresolved.length === 0 && pass.records.store.length > 0) {
    refuseSourceConflicts(prepared.conflicts, prepared.request.replaceOtherSources, fileName);
    return;
  }
  if (pass.records.store.length === 0 && pass.issues.errors === 0) {
    throw new ArranjoError(
      'BAD_SOURCE_FILE',
      `${fileName}, sheet ${layout.sheet}: no values to import (rows ${layout.dataStart}–${layout.dataEnd} give none).`,
      { file: fileName, sheet: layout.sheet },
      importRefusal('no-data'),
    );
  }
  const first = pass.issues.list({ severity: 'error' })[0];
  const where = {
    file: fileName,
    sheet: layout.sheet,
    ...(first?.row ? { row: first.row } : {}),
    ...(first?.column ? { column: first.column } : {}),
  };
  throw new ArranjoError(
    'BAD_SOURCE_FILE',
    `${describeLocation(where)}: ${first?.message ?? 'unresolved territories'} (${pass.issues.errors} error${pass.issues.errors === 1 ? '' : 's'} in all; nothing was imported)`,
    where,
    importRefusal('row-errors', { errors: pass.issues.errors }),
  );
}

/** Writes a prepared (and valid) import as one batch. */
export function writePrepared(
  conn: Connection,
  prepared: PreparedImport,
  fileName: string,
  now: string,
): { batchId: number; counts: ImportCounts } {
  refuseIfInvalid(prepared, fileName);
  // Only indicator imports bring definitions; an employment import need not read the indicator list.
  const existing = new Set(prepared.definitions.length > 0 ? new IndicatorRepository(conn).list().map((d) => d.code) : []);
  const { mapping, layout, pass, request } = prepared;
  return commitImport(
    conn,
    {
      sourceFile: fileName,
      sheet: layout.sheet,
      target: mapping.target,
      template: request.template,
      mapping: JSON.stringify({ layout: request.layout, mapping, resolutions: request.resolutions, excludeRows: request.excludeRows }),
      importedAt: now,
      source: mapping.source ? `${mapping.source} — ${fileName}` : fileName,
    },
    pass.records,
    { read: pass.read, skipped: pass.skipped },
    prepared.definitions.filter((d) => !existing.has(d.code)),
  );
}

/** Reads a file with a built-in template, without a wizard (the demo workspace, benchmarks). */
export async function prepareWithTemplate(
  conn: Connection,
  bytes: Uint8Array,
  fileName: string,
  templateId: string,
): Promise<PreparedImport> {
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === templateId);
  if (!template) throw new ArranjoError('NOT_FOUND', `There is no built-in import template "${templateId}".`);
  const session = new ImportSession('direct', await openTableSource(bytes, fileName));
  const sheetPattern = template.sheet ? compilePattern(template.sheet) : null;
  const sheet = session.source.sheets.find((s) => !sheetPattern || sheetPattern.test(s.name))?.name ?? '';
  const layout = session.layout(sheet);
  const mapping = applyTemplate(template, layout, { file: fileName });
  return session.prepare(
    conn,
    { sheet, layout: {}, mapping, resolutions: [], excludeRows: [], template: template.id, replaceOtherSources: false },
    new OperationControl(),
  );
}
