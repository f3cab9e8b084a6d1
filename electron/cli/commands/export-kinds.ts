import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { hasSqliteHeader } from '../../../shared/db/sqlite-header';
import { ArranjoError } from '../../../shared/errors';
import { writeFileAtomic } from '../../main/atomic-write';
import type { Engine } from '../../../shared/engine/engine';
import type { OptionSpec, ParsedCommand } from '../command';
import { csvExportKind } from './export-csv';
import { sitePlan } from './plan-view';
import { entryAt, refuseFolder, refuseUnwritableTarget } from './target-file';
import { statusDateOption } from './works';
import { WorkRepository } from '../../../shared/features/works/work-repository';

/**
 * What `arranjo export` can write, one entry per kind: the option that selects it (`--projects`,
 * `--plan <site>`…), its own extra options, and how it builds the file. Add a kind here and nowhere
 * else; `export` refuses a command line that selects none or several.
 */
export interface ExportKind {
  /** The option that selects this kind; a string option carries its argument (`--plan <site>`). */
  option: string;
  type: 'boolean' | 'string';
  /** What the file written ends in (default `.xlsx`: a workbook). */
  extension?: '.csv';
  usage: string;
  options: OptionSpec;
  build(engine: Engine, cmd: ParsedCommand): Promise<{ bytes: Uint8Array; what: string }>;
}

export const LANGS = ['pt-BR', 'en', 'es'] as const;

export const EXPORT_KINDS: readonly ExportKind[] = [
  {
    option: 'projects',
    type: 'boolean',
    usage: 'arranjo export <ws> --projects --out works.xlsx [--status-date D] [--lang pt-BR|en|es]   the works portfolio workbook',
    options: { 'status-date': { type: 'string' } },
    async build(engine, cmd) {
      const lang = cmd.choice('lang', LANGS, 'pt-BR');
      const date = statusDateOption(cmd);
      const bytes = await engine.exportWorksWorkbook(lang, date);
      // Counted, not built again: the workbook's portfolio is every work, and building it twice doubled the work.
      return { bytes, what: `${new WorkRepository(engine.connection()).count()} works` };
    },
  },
  {
    option: 'plan',
    type: 'string',
    usage:
      'arranjo export <ws> --plan <site> --out plan.xlsx [--period P] [--lang pt-BR|en|es]   the attraction plan workbook of a district (its code or name)',
    options: { period: { type: 'string' } },
    async build(engine, cmd) {
      const lang = cmd.choice('lang', LANGS, 'pt-BR');
      const view = await sitePlan(engine, cmd.requiredString('plan'), cmd.string('period'));
      return { bytes: await engine.exportAttractionWorkbook(view.plan.id, lang), what: `${view.site.name}, ${view.plan.period}` };
    },
  },
  csvExportKind,
];

/**
 * Refuses, before any work, an --out no export is to be written to: a folder, a name that does not
 * end in the kind's extension (a workbook kind: "--out works.csv" got one under that name, silently;
 * `--csv`: a CSV under an .xlsx name Excel would refuse to open), or the workspace itself under
 * another name (a link to it: the export replaced the workspace).
 */
export function refuseOut(file: string, workspace: string, extension: '.xlsx' | '.csv' = '.xlsx'): void {
  const example = `arranjo${extension}`;
  refuseFolder(file, `--out ${file}`, example);
  const out = entryAt(file);
  const ws = entryAt(workspace);
  const what = extension === '.csv' ? 'the CSV file' : 'the workbook';
  if (out && ws && out.dev === ws.dev && out.ino === ws.ino) {
    const link = path.resolve(file) === path.resolve(workspace) ? '' : ' (a link to it)';
    throw new ArranjoError(
      'INVALID_INPUT',
      `--out ${file} is the workspace ${workspace}${link}; writing ${what} there would replace the workspace. Give another file name, such as ${path.join(path.dirname(workspace), example)}.`,
      { file },
    );
  }
  // Another workspace (a copy named .csv or .xlsx, or a link to one): the export replaced it, with no .bak.
  if (out?.isFile() && isSqliteFile(file)) {
    throw new ArranjoError(
      'INVALID_INPUT',
      `--out ${file} is a workspace (an SQLite database), not an export; writing ${what} there would destroy it. Give another file name, such as ${path.join(path.dirname(file), example)}; nothing was written.`,
      { file },
    );
  }
  const given = path.extname(file);
  if (given.toLowerCase() === extension) {
    refuseUnwritableTarget(file, `--out ${file}`);
    return;
  }
  const instead = `${file.slice(0, file.length - given.length)}${extension}`;
  const writes =
    extension === '.csv'
      ? 'arranjo export --csv writes a CSV file; give a file name ending in .csv'
      : 'arranjo export writes an Excel workbook; give a file name ending in .xlsx';
  throw new ArranjoError('INVALID_INPUT', `--out ${file}: ${writes}, such as ${instead}.`, {
    file,
  });
}

/** Whether the file at `file` begins as an SQLite database (a workspace under any name); false when it cannot be read. */
function isSqliteFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = new Uint8Array(100);
    return readSync(fd, head, 0, head.length, 0) === head.length && hasSqliteHeader(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes an export whole or not at all (a scratch file renamed over the target), saying in words why
 * the disk refused (never Node's "ENOENT: no such file or directory, open …").
 */
export async function writeOut(file: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(file, bytes, { keepBackup: false });
}
