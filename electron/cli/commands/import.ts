import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ArranjoError } from '../../../shared/errors';
import type { ImportFileResult } from '../../../shared/features/importer';
import { ENCODING_CHOICES } from '../../../shared/import/api';
import { countsValues } from '../../../shared/import/mapping/mapping-schema';
import { printable } from '../../../shared/text/printable';
import { VALUE_FORMATS, type CliCommand } from '../command';
import { createImportEngine } from '../../../shared/engine/import-engine';
import { openWorkspaceWith, saveWorkspace } from '../workspace-session';
import { entryAt } from './target-file';

async function readInput(file: string, what: string): Promise<Uint8Array> {
  if (!existsSync(file)) throw new ArranjoError('INVALID_INPUT', `${file}: no such file (the ${what}).`, { file });
  if (statSync(file).isDirectory())
    throw new ArranjoError('INVALID_INPUT', `${file}: is a folder, not a file (the ${what}); give the file's path.`, { file });
  // A plain view of the Buffer's memory, not a copy: 16 MB of fresh memory for the all-Brazil CSV.
  const read = await readFile(file);
  return new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
}

async function readMapping(file: string): Promise<unknown> {
  const text = new TextDecoder().decode(await readInput(file, 'mapping'));
  if (text.trim() === '')
    throw new ArranjoError(
      'INVALID_INPUT',
      `${file}: the mapping file is empty; write the mapping as JSON ({"target": …, "columns": […]}).`,
      { file },
    );
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // Where, in the editor's terms; not the parser's wording ("Expected double-quoted property name in JSON at position 24").
    const at = /position (\d+)/.exec((error as Error).message);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    const where = `line ${before.length}, character ${(before.at(-1)?.length ?? 0) + 1}`;
    throw new ArranjoError(
      'INVALID_INPUT',
      `${file}: the mapping is not valid JSON (it breaks off at ${where}). Check it in a text editor: names in double quotes, no comma before } or ], every { and [ closed.`,
      { file },
    );
  }
}

/**
 * The input size from which an import runs SQLite long enough for V8's optimizing compiler to pay
 * off. Whole imports into an empty workspace, medians of 4-5 interleaved runs (2026-12-04), baseline
 * compiler only against both tiers: 10,000 rows (0.3 MB) 0.49 vs 0.63 s, 50,000 (1.7 MB) 0.69 vs
 * 0.78, 150,000 (5 MB) 1.13 vs 1.19, 300,000 (10 MB) 1.76 vs 1.73, the all-Brazil 484,409 (16 MB)
 * 2.69 vs 2.42.
 */
export const OPTIMIZE_IMPORTS_FROM_BYTES = 8 * 1024 * 1024;

/** One problem as a line: row, column (unless the message starts with it) and words, printable. */
function issueLine(severity: string, issue: ImportFileResult['errors'][number]): string {
  const column = issue.column && !issue.message.startsWith(`${issue.column}:`) ? ` ${issue.column}` : '';
  return printable(`${severity} ${issue.row ?? '-'}${column}: ${issue.message}`);
}

/**
 * The readable summary. Its counts name what they count: "values imported" said of 3 works (records,
 * as the wizard says) misnamed them.
 */
export function importSummary(r: ImportFileResult, dryRun: boolean): string {
  const imported = r.target === null ? 'imported' : countsValues(r.target) ? 'values imported' : 'records imported';
  const lines = [
    r.refused
      ? `Refused: nothing was written.`
      : `${dryRun ? 'Dry run (nothing written)' : `Imported as batch ${r.batch}`}: ${r.target}, template ${r.template ?? '(mapping file)'}, sheet ${r.sheet}.`,
    `rows read ${r.rows.read}, ${imported} ${r.rows.imported}, updated ${r.rows.updated}, rows skipped ${r.rows.skipped}`,
    ...r.errors.slice(0, 20).map((e) => issueLine('error  ', e)),
    ...r.warnings.slice(0, 20).map((w) => issueLine('warning', w)),
    ...r.skipped.slice(0, 20).map((w) => issueLine('skipped', w)),
  ];
  const listed = [r.errors, r.warnings, r.skipped];
  const more = listed.reduce((n, list) => n + list.length - Math.min(20, list.length), 0);
  if (more > 0) lines.push(`… and ${more} more (use --format json)`);
  return lines.join('\n') + '\n';
}

/**
 * `arranjo import`: all or nothing. A file with any error is refused (exit 2), its errors listed
 * in the JSON on stdout, and the workspace file is not touched; otherwise the batch is written and
 * the workspace saved atomically.
 */
export const importCommand: CliCommand = {
  name: 'import',
  maxArguments: 2,
  usage:
    'arranjo import <ws> <file> [--sheet S] [--template T] [--mapping m.json] [--encoding auto|utf-8|windows-1252|utf-16le|utf-16be] [--decimal auto|comma|dot]\n' +
    '                   [--state UF] [--duplicates refuse|sum|mean|last] [--skip-invalid] [--dry-run] [--format json]\n' +
    '                   import a spreadsheet or CSV (refused with exit 2, nothing written, when any row has an error;\n' +
    '                   --skip-invalid imports the rest and lists the rows left out in "skipped";\n' +
    '                   --replace-other-sources replaces stored values of another source, refused otherwise)',
  options: {
    sheet: { type: 'string' },
    template: { type: 'string' },
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean' },
    encoding: { type: 'string' },
    decimal: { type: 'string' },
    state: { type: 'string' },
    duplicates: { type: 'string' },
    'skip-invalid': { type: 'boolean' },
    'replace-other-sources': { type: 'boolean' },
  },
  formats: VALUE_FORMATS,
  longSqliteWork(cmd) {
    const file = cmd.optionalPositional(1);
    // A missing file is refused below, with its reason.
    const size = file === undefined ? 0 : (entryAt(file)?.size ?? 0);
    return size >= OPTIMIZE_IMPORTS_FROM_BYTES;
  },
  async run(cmd) {
    const ws = cmd.positional(0, 'workspace file');
    const file = cmd.positional(1, 'file to import');
    const [sheet, template, state] = [cmd.namedString('sheet'), cmd.namedString('template'), cmd.namedString('state')];
    const mappingFile = cmd.namedString('mapping');
    const bytes = await readInput(file, 'file to import');
    const mapping = mappingFile ? await readMapping(mappingFile) : undefined;
    const dryRun = cmd.flag('dry-run');
    const engine = await openWorkspaceWith(createImportEngine, ws, { write: !dryRun });
    const result = await engine.importFile(bytes, path.basename(file), {
      sheet,
      template,
      mapping,
      dryRun,
      encoding: cmd.choice('encoding', ENCODING_CHOICES, 'auto'),
      decimal: cmd.choice('decimal', ['auto', 'comma', 'dot'] as const, 'auto'),
      state,
      ...(cmd.string('duplicates') !== undefined
        ? { duplicates: cmd.choice('duplicates', ['refuse', 'sum', 'mean', 'last'] as const, 'refuse') }
        : {}),
      skipInvalid: cmd.flag('skip-invalid'),
      replaceOtherSources: cmd.flag('replace-other-sources'),
    });
    if (!result.refused && !dryRun) await saveWorkspace(engine, ws);
    // DESIGN.md §10's keys in its order, then what the contract does not list: the template and sheet used.
    const json = {
      batch: result.batch,
      target: result.target,
      rows: result.rows,
      warnings: result.warnings,
      errors: result.errors,
      // --skip-invalid: the rows left out, each with its reason (DESIGN.md §10).
      ...(cmd.flag('skip-invalid') ? { skipped: result.skipped } : {}),
      template: result.template,
      sheet: result.sheet,
      // "warnings" and "errors" list the first 1,000 of each; these say how many there are in all.
      issues: result.issueCounts,
    };
    return {
      json,
      text: importSummary(result, dryRun),
      ...(result.refused ? { refused: result.message ?? 'the import was refused' } : {}),
    };
  },
  // Refused before the engine could read the file (a missing file or mapping, a damaged or locked
  // workspace, a bad option) or when its save failed: the same keys, the refusal as the one error.
  refusalJson: (cmd, message, error) => ({
    batch: null,
    target: null,
    rows: { read: 0, imported: 0, updated: 0, skipped: 0 },
    warnings: [],
    errors: [{ row: error.location.row ?? null, column: error.location.column ?? null, message }],
    ...(cmd.flag('skip-invalid') ? { skipped: [] } : {}),
    issues: { errors: 1, warnings: 0 },
  }),
};
